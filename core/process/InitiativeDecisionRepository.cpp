#include "process/InitiativeDecisionRepository.h"

#include "base/SqlStatement.h"
#include "mesas/CommitmentRepository.h"
#include "process/InitiativeRepository.h"
#include "process/ProcessRepository.h"
#include "process/ScoringRepository.h"

#include <QSet>
#include "process/ProcessRows.h"

namespace taller {

using namespace Qt::StringLiterals;
using namespace processRows;

Result<qint64> InitiativeDecisionRepository::nextBatch() const
{
    TRY_LET(b,
            SqlStatement::scalar(m_file.database(), u"SELECT coalesce(max(batch), 0) + 1 FROM initiative_decision"_s));
    return b->toLongLong();
}

Status InitiativeDecisionRepository::record(const Initiative &before, const Record &r)
{
    const QSqlDatabase db = m_file.database();
    const InitiativeDecision &d = r.decision;
    TRY(SqlStatement::run(db,
                          u"INSERT INTO initiative_decision (batch, initiative_id, stage, kind, reason, score, rank, of_count, "
                          "at, merged_into, commitment_id, previous_stage, previous_status, previous_merged_into) "
                          "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                          {d.batch, before.id, d.stage, keyOf(d.kind), d.reason,
                           d.score ? QVariant(*d.score) : QVariant(QMetaType::fromType<double>()), d.rank, d.of, now(),
                           optionalId(d.mergedInto), optionalId(d.commitmentId), before.stage, keyOf(before.status),
                           optionalId(before.mergedInto)}));
    return SqlStatement::run(db, u"UPDATE initiative SET stage = ?, status = ?, merged_into = ? WHERE id = ?"_s,
                             {r.newStage, keyOf(r.newStatus),
                              optionalId(d.mergedInto ? d.mergedInto : before.mergedInto), before.id});
}

Result<qint64> InitiativeDecisionRepository::advance(int stage, const QList<qint64> &chosen, const QString &reason)
{
    qint64 batchId = 0;
    Status written = m_file.write([&]() -> Status {
        TRY_LET(p, ProcessRepository(m_file).requireProcess());
        const ProcessStage *target = p->stage(stage);
        if (!target)
            return Error{tr("The process has no stage %1.").arg(stage)};
        const int from = stage - 1;
        TRY_LET(r, ScoringRepository(m_file).ranking(from));
        if (r->size() == 0)
            return Error{tr("No initiative is competing at stage %1 to advance to stage %2.").arg(Initiatives::roman(from), Initiatives::roman(stage))};
        const QSet<qint64> chosenSet(chosen.cbegin(), chosen.cend());
        for (qint64 id : chosen) {
            if (!r->find(id))
                return Error{tr("Initiative %1 is not competing at stage %2.").arg(id).arg(Initiatives::roman(from))};
        }
        const ProcessStage *fromStage = p->stage(from);
        const StageMethod method = fromStage ? fromStage->method : StageMethod::Scores;
        TRY_LET(batch, nextBatch());
        batchId = *batch;
        for (const Ranking::Entry &e : r->entries()) {
            TRY_LET(before, InitiativeRepository(m_file).initiative(e.initiativeId));
            Record rec;
            rec.decision.batch = batchId;
            rec.decision.stage = stage;
            rec.decision.score = e.score;
            rec.decision.rank = e.rank;
            rec.decision.of = r->size();
            const QString numbers = Initiatives::reasonFromNumbers(e.score, method, e.rank, r->size());
            if (chosenSet.contains(e.initiativeId)) {
                rec.decision.kind = DecisionKind::Advanced;
                rec.decision.reason = numbers;
                rec.newStage = stage;
                rec.newStatus = InitiativeStatus::Advanced;
            } else {
                rec.decision.kind = DecisionKind::NotAdvanced;
                rec.decision.reason = reason.trimmed().isEmpty() ? numbers : reason.trimmed() + u" ("_s + numbers + u")"_s;
                rec.newStage = (*before)->stage;
                rec.newStatus = InitiativeStatus::NotAdvanced;
            }
            TRY(record(**before, rec));
        }
        return {};
    });
    if (!written)
        return written.error();
    return batchId;
}

Result<qint64> InitiativeDecisionRepository::merge(qint64 initiativeId, qint64 intoId, const QString &reason)
{
    qint64 batchId = 0;
    TRY(m_file.write([&]() -> Status {
        if (initiativeId == intoId)
            return Error{tr("An initiative cannot be merged into itself.")};
        TRY_LET(from, InitiativeRepository(m_file).initiative(initiativeId));
        TRY_LET(into, InitiativeRepository(m_file).initiative(intoId));
        if (!from->has_value())
            return Error{tr("There is no initiative %1.").arg(initiativeId)};
        if (!into->has_value())
            return Error{tr("There is no initiative %1.").arg(intoId)};
        if (!(*from)->isActive() || !(*into)->isActive())
            return Error{tr("Only initiatives still competing can be merged.")};
        TRY_LET(batch, nextBatch());
        batchId = *batch;
        Record rec;
        rec.decision.batch = batchId;
        rec.decision.stage = (*from)->stage;
        rec.decision.kind = DecisionKind::Merged;
        rec.decision.mergedInto = intoId;
        const QString merged = tr("merged into %1 \"%2\"").arg(intoId).arg((*into)->title());
        rec.decision.reason = reason.trimmed().isEmpty() ? merged : reason.trimmed() + u" ("_s + merged + u")"_s;
        rec.newStage = (*from)->stage;
        rec.newStatus = InitiativeStatus::Merged;
        return record(**from, rec);
    }));
    return batchId;
}

Result<qint64> InitiativeDecisionRepository::select(const QList<qint64> &chosen, const QString &reason)
{
    qint64 batchId = 0;
    Status written = m_file.write([&]() -> Status {
        if (chosen.isEmpty())
            return Error{tr("Choose at least one initiative.")};
        TRY_LET(p, ProcessRepository(m_file).requireProcess());
        const int last = p->lastStage();
        TRY_LET(all, InitiativeRepository(m_file).initiatives());
        QHash<qint64, Initiative> byId;
        QList<qint64> active;
        for (const Initiative &i : std::as_const(*all)) {
            byId.insert(i.id, i);
            if (i.isActive())
                active.append(i.id);
        }
        for (qint64 id : chosen) {
            if (!byId.contains(id))
                return Error{tr("There is no initiative %1.").arg(id)};
            if (!byId[id].isActive())
                return Error{tr("Initiative %1 is %2; only initiatives still competing can be selected.")
                                 .arg(id)
                                 .arg(displayNameOf(byId[id].status).toLower())};
        }
        TRY_LET(batch, nextBatch());
        batchId = *batch;
        // Each competing initiative is ranked at the stage where it stands.
        QHash<int, Ranking> rankings;
        const QSet<qint64> chosenSet(chosen.cbegin(), chosen.cend());
        CommitmentRepository commitments(m_file);
        for (qint64 id : std::as_const(active)) {
            const Initiative &before = byId[id];
            if (!rankings.contains(before.stage)) {
                TRY_LET(r, ScoringRepository(m_file).ranking(before.stage));
                rankings.insert(before.stage, *r);
            }
            const Ranking &r = rankings[before.stage];
            const Ranking::Entry *e = r.find(id);
            const ProcessStage *st = p->stage(before.stage);
            const QString numbers = Initiatives::reasonFromNumbers(e ? e->score : std::nullopt, st ? st->method : StageMethod::Scores,
                                                                   e ? e->rank : 0, r.size());
            Record rec;
            rec.decision.batch = batchId;
            rec.decision.stage = last;
            rec.decision.score = e ? e->score : std::nullopt;
            rec.decision.rank = e ? e->rank : 0;
            rec.decision.of = r.size();
            if (chosenSet.contains(id)) {
                Commitment c;
                c.title = before.title();
                c.description = before.field(FichaField::Description);
                c.problem = before.field(FichaField::ExpectedResults).isEmpty() ? QString() : tr("Expected results: %1").arg(before.field(FichaField::ExpectedResults));
                c.responsible = before.organisation;
                c.participants = before.field(FichaField::Beneficiaries);
                c.resources = before.field(FichaField::Budget);
                c.indicator = before.field(FichaField::Indicator);
                c.origin = CommitmentOrigin::Input;
                c.source = tr("Ficha %1 (%2)").arg(id).arg(before.organisation);
                TRY_LET(saved, commitments.save(c));
                QList<qint64> fichas{id};
                for (const Initiative &other : std::as_const(*all)) {
                    if (other.status == InitiativeStatus::Merged && other.mergedInto == id)
                        fichas.append(other.id);
                }
                for (qint64 ficha : fichas) {
                    SqlStatement link(m_file.database(), u"INSERT INTO commitment_initiative (commitment_id, initiative_id) VALUES (?, ?)"_s);
                    link.bind(saved->id).bind(ficha);
                    TRY(link.exec());
                }
                rec.decision.kind = DecisionKind::Selected;
                rec.decision.commitmentId = saved->id;
                rec.decision.reason = reason.trimmed().isEmpty() ? numbers : reason.trimmed() + u" ("_s + numbers + u")"_s;
                rec.newStage = last;
                rec.newStatus = InitiativeStatus::Selected;
            } else {
                rec.decision.kind = DecisionKind::NotAdvanced;
                rec.decision.reason = tr("not selected; %1").arg(numbers);
                rec.newStage = before.stage;
                rec.newStatus = InitiativeStatus::NotAdvanced;
            }
            TRY(record(before, rec));
        }
        return {};
    });
    if (!written)
        return written.error();
    return batchId;
}

Result<QList<qint64>> InitiativeDecisionRepository::commitmentsOfBatch(qint64 batch) const
{
    return SqlStatement::ids(m_file.database(),
                             u"SELECT commitment_id FROM initiative_decision WHERE batch = ? AND commitment_id IS NOT NULL"_s, {batch});
}

Status InitiativeDecisionRepository::undo(qint64 batch)
{
    return m_file.write([&]() -> Status {
        const QSqlDatabase db = m_file.database();
        TRY_LET(made, commitmentsOfBatch(batch));
        SqlStatement q(db, u"SELECT id, initiative_id, kind, previous_stage, previous_status, previous_merged_into FROM initiative_decision "
                           "WHERE batch = ? ORDER BY id DESC"_s);
        q.bind(batch);
        TRY(q.exec());
        struct Back { qint64 id, initiative; QString kind; int stage; QString status; QVariant merged; };
        QList<Back> backs;
        while (q.next())
            backs.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(), q.value(3).toInt(), q.value(4).toString(), q.value(5)});
        if (backs.isEmpty())
            return Error{tr("Nothing to undo: those decisions are no longer in the file.")};
        // Only the latest decisions on an initiative can be taken back.
        for (const Back &b : std::as_const(backs)) {
            TRY_LET(later, SqlStatement::scalar(
                               db, u"SELECT count(*) FROM initiative_decision WHERE initiative_id = ? AND batch > ?"_s,
                               {b.initiative, batch}));
            if (later->toInt() > 0)
                return Error{tr("Initiative %1 was decided on again since; undo that first.").arg(b.initiative)};
        }
        for (qint64 c : std::as_const(*made)) {
            TRY(CommitmentRepository(m_file).remove(c));
        }
        for (const Back &b : std::as_const(backs)) {
            if (b.kind == u"entered"_s) {
                for (const QString &sql : {u"DELETE FROM initiative_score WHERE initiative_id = ?"_s, u"DELETE FROM initiative_vote WHERE initiative_id = ?"_s,
                                           u"DELETE FROM initiative_decision WHERE initiative_id = ?"_s, u"DELETE FROM initiative WHERE id = ?"_s}) {
                    SqlStatement del(db, sql);
                    del.bind(b.initiative);
                    TRY(del.exec());
                }
                continue;
            }
            SqlStatement update(db, u"UPDATE initiative SET stage = ?, status = ?, merged_into = ? WHERE id = ?"_s);
            // Only an invalid QVariant binds as NULL.
            update.bind(b.stage).bind(b.status).bind(b.merged.isNull() ? QVariant() : QVariant(b.merged.toLongLong())).bind(b.initiative);
            TRY(update.exec());
            SqlStatement del(db, u"DELETE FROM initiative_decision WHERE id = ?"_s);
            del.bind(b.id);
            TRY(del.exec());
        }
        return {};
    });
}

Result<QList<InitiativeDecision>> InitiativeDecisionRepository::decisions(qint64 initiativeId) const
{
    return SqlStatement::rows(m_file.database(),
                              u"SELECT id, initiative_id, stage, kind, reason, score, rank, of_count, at, merged_into, commitment_id, batch "
                              "FROM initiative_decision WHERE ? = 0 OR initiative_id = ? ORDER BY id"_s,
                              {initiativeId, initiativeId}, decisionFrom);
}

Result<QList<qint64>> InitiativeDecisionRepository::fichasOf(qint64 commitmentId) const
{
    return SqlStatement::ids(m_file.database(),
                             u"SELECT initiative_id FROM commitment_initiative WHERE commitment_id = ? ORDER BY initiative_id"_s,
                             {commitmentId});
}

Result<CommitmentTrace> InitiativeDecisionRepository::trace(qint64 commitmentId) const
{
    TRY_LET(commitment, CommitmentRepository(m_file).find(commitmentId));
    if (!commitment->has_value())
        return Error{tr("There is no commitment %1.").arg(commitmentId)};
    TRY_LET(ids, fichasOf(commitmentId));
    if (ids->isEmpty())
        return Error{tr("Commitment %1 did not come from a ficha of the process.").arg(commitmentId)};
    TRY_LET(p, ProcessRepository(m_file).requireProcess());
    CommitmentTrace t;
    t.commitmentId = commitmentId;
    t.commitmentTitle = (*commitment)->title;
    for (qint64 id : std::as_const(*ids)) {
        TRY_LET(i, InitiativeRepository(m_file).initiative(id));
        if (i->has_value())
            t.fichas.append(**i);
        TRY_LET(ds, decisions(id));
        for (const InitiativeDecision &d : std::as_const(*ds)) {
            const ProcessStage *st = p->stage(d.stage);
            CommitmentTrace::Step step;
            step.at = d.at;
            step.initiativeId = id;
            step.stage = d.stage;
            step.what = u"%1 — %2"_s.arg(st ? Initiatives::stageTitle(*st) : Initiatives::roman(d.stage), displayNameOf(d.kind));
            step.reason = d.reason;
            t.steps.append(step);
        }
    }
    // What came after: the plenary's decision and every acta it is in.
    const Commitment &c = **commitment;
    CommitmentTrace::Step plenary;
    plenary.what = tr("Commitment %1 — %2").arg(commitmentId).arg(displayNameOf(c.status));
    plenary.reason = c.plenaryNote;
    SqlStatement updated(m_file.database(), u"SELECT updated_at FROM commitment WHERE id = ?"_s);
    updated.bind(commitmentId);
    TRY(updated.exec());
    if (updated.next())
        plenary.at = QDateTime::fromString(updated.value(0).toString(), Qt::ISODateWithMs);
    t.steps.append(plenary);
    SqlStatement actas(m_file.database(), u"SELECT a.version, a.closed_at, a.fingerprint, "
                                          "(SELECT count(*) FROM signatory s WHERE s.meeting_id = a.meeting_id AND s.acta_version = a.version "
                                          " AND s.signed_at IS NOT NULL), "
                                          "(SELECT count(*) FROM signatory s WHERE s.meeting_id = a.meeting_id AND s.acta_version = a.version) "
                                          "FROM acta_commitment ac JOIN acta a ON a.meeting_id = ac.meeting_id AND a.version = ac.acta_version "
                                          "WHERE ac.commitment_id = ? AND a.closed_at IS NOT NULL ORDER BY a.version"_s);
    actas.bind(commitmentId);
    TRY(actas.exec());
    while (actas.next()) {
        CommitmentTrace::Step step;
        step.at = QDateTime::fromString(actas.value(1).toString(), Qt::ISODateWithMs);
        step.what = tr("In the Acta de Compromisos, version %1 (fingerprint %2)").arg(actas.value(0).toInt()).arg(actas.value(2).toString().left(16));
        step.reason = tr("%1 of %2 signatories signed").arg(actas.value(3).toInt()).arg(actas.value(4).toInt());
        t.steps.append(step);
    }
    return t;
}

} // namespace taller

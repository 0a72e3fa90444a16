#include "process/ProcessRepository.h"

#include "base/Clock.h"
#include "base/SqlStatement.h"
#include "mesas/CommitmentRepository.h"
#include "process/Deliverables.h"

#include <QSet>

namespace taller {

using namespace Qt::StringLiterals;

namespace {

QString now()
{
    return Clock::currentDateTime().toUTC().toString(Qt::ISODateWithMs);
}

QString fieldColumns()
{
    QStringList columns;
    for (FichaField f : valuesOf<FichaField>())
        columns.append(keyOf(f));
    return columns.join(u", "_s);
}

const QString initiativeColumns = u"id, organisation, "_s + fieldColumns() + u", stage, status, merged_into, source"_s;

Initiative initiativeFrom(const SqlStatement &row)
{
    RowReader r(row);
    Initiative i;
    i.id = r.id();
    i.organisation = r.text();
    for (QString &field : i.fields)
        field = r.text();
    i.stage = r.number();
    i.status = fromKey<InitiativeStatus>(r.text()).value_or(InitiativeStatus::Proposed);
    i.mergedInto = r.optional<qint64>();
    i.source = r.text();
    return i;
}

InitiativeDecision decisionFrom(const SqlStatement &row)
{
    RowReader r(row);
    return {.id = r.id(),
            .initiativeId = r.id(),
            .stage = r.number(),
            .kind = fromKey<DecisionKind>(r.text()).value_or(DecisionKind::Entered),
            .reason = r.text(),
            .score = r.optional<double>(),
            .rank = r.number(),
            .of = r.number(),
            .at = QDateTime::fromString(r.text(), Qt::ISODateWithMs),
            .mergedInto = r.optional<qint64>(),
            .commitmentId = r.optional<qint64>(),
            .batch = r.id()};
}

QVariant optionalId(const std::optional<qint64> &id)
{
    return id ? QVariant(*id) : QVariant(QMetaType::fromType<qint64>());
}

} // namespace

Result<std::optional<Process>> ProcessRepository::process() const
{
    const QSqlDatabase db = m_file.database();
    SqlStatement head(db, u"SELECT name, institution, entry_stage FROM process WHERE id = 1"_s);
    TRY(head.exec());
    if (!head.next())
        return std::optional<Process>();
    Process p;
    p.name = head.value(0).toString();
    p.institution = head.value(1).toString();
    p.entryStage = head.value(2).toInt();
    SqlStatement stages(db, u"SELECT number, name, starts, ends, method, dots_per_scorer FROM process_stage ORDER BY number"_s);
    TRY(stages.exec());
    while (stages.next()) {
        ProcessStage st;
        st.number = stages.value(0).toInt();
        st.name = stages.value(1).toString();
        st.starts = QDate::fromString(stages.value(2).toString(), Qt::ISODate);
        st.ends = QDate::fromString(stages.value(3).toString(), Qt::ISODate);
        st.method = fromKey<StageMethod>(stages.value(4).toString()).value_or(StageMethod::Scores);
        st.dotsPerScorer = stages.value(5).toInt();
        p.stages.append(st);
    }
    return std::optional<Process>(p);
}

Result<Process> ProcessRepository::requireProcess() const
{
    TRY_LET(p, process());
    if (!p->has_value())
        return Error{tr("This event has no co-creation process yet.")};
    return **p;
}

Result<Process> ProcessRepository::ensureProcess(const QString &institution)
{
    Process made;
    TRY(m_file.write([&]() -> Status {
        TRY_LET(existing, process());
        if (existing->has_value()) {
            made = **existing;
            return {};
        }
        made = Initiatives::defaultProcess(institution);
        SqlStatement insert(m_file.database(), u"INSERT INTO process (id, name, institution, entry_stage, created_at) VALUES (1, ?, ?, ?, ?)"_s);
        insert.bind(made.name).bind(made.institution).bind(made.entryStage).bind(now());
        TRY(insert.exec());
        TRY(saveProcess(made));
        TRY(DeliverableRepository(m_file).addDefaults(made.entryStage));
        TRY_LET(existingCriteria, criteria());
        if (existingCriteria->isEmpty()) {
            for (const Criterion &c : Initiatives::defaultCriteria()) {
                TRY(addCriterion(c.name, c.weight));
            }
        }
        return {};
    }));
    return made;
}

Status ProcessRepository::saveProcess(const Process &p)
{
    if (p.stages.isEmpty())
        return Error{tr("A process needs at least one stage.")};
    if (!p.stage(p.entryStage))
        return Error{tr("Initiatives enter at stage %1, which the process does not have.").arg(p.entryStage)};
    return m_file.write([&]() -> Status {
        const QSqlDatabase db = m_file.database();
        TRY_LET(highest, SqlStatement::scalar(db, u"SELECT coalesce(max(stage), 0) FROM initiative"_s));
        if (highest->toInt() > p.lastStage())
            return Error{tr("Initiatives have reached stage %1; the process cannot end before it.").arg(Initiatives::roman(highest->toInt()))};
        SqlStatement head(db, u"UPDATE process SET name = ?, institution = ?, entry_stage = ? WHERE id = 1"_s);
        head.bind(p.name).bind(p.institution).bind(p.entryStage);
        TRY(head.exec());
        TRY(SqlStatement::run(db, u"DELETE FROM process_stage"_s));
        int number = 0;
        for (const ProcessStage &st : p.stages) {
            SqlStatement insert(db, u"INSERT INTO process_stage (number, name, starts, ends, method, dots_per_scorer) VALUES (?, ?, ?, ?, ?, ?)"_s);
            insert.bind(++number)
                .bind(st.name)
                .bind(st.starts.isValid() ? st.starts.toString(Qt::ISODate) : QString(u""_s))
                .bind(st.ends.isValid() ? st.ends.toString(Qt::ISODate) : QString(u""_s))
                .bind(keyOf(st.method))
                .bind(std::max(1, st.dotsPerScorer));
            TRY(insert.exec());
        }
        return {};
    });
}

Result<QList<Criterion>> ProcessRepository::criteria() const
{
    return SqlStatement::rows(m_file.database(), u"SELECT id, name, weight FROM criterion ORDER BY position, id"_s, {},
                              [](const SqlStatement &row) {
                                  return Criterion{row.value(0).toLongLong(), row.value(1).toString(), row.value(2).toDouble()};
                              });
}

Result<Criterion> ProcessRepository::addCriterion(const QString &name, double weight)
{
    const QString trimmed = name.simplified();
    if (trimmed.isEmpty())
        return Error{tr("A criterion needs a name.")};
    if (!(weight > 0))
        return Error{tr("The weight of \"%1\" must be more than zero.").arg(trimmed)};
    Criterion added{0, trimmed, weight};
    TRY(m_file.write([&]() -> Status {
        TRY_LET(existing,
                SqlStatement::scalar(m_file.database(),
                                     u"SELECT count(*) FROM criterion WHERE name = ? COLLATE NOCASE"_s, {trimmed}));
        if (existing->toInt() > 0)
            return Error{tr("There is already a criterion \"%1\".").arg(trimmed)};
        TRY_LET(id, SqlStatement::insert(m_file.database(),
                                         u"INSERT INTO criterion (position, name, weight) VALUES "
                                         "((SELECT coalesce(max(position), 0) + 1 FROM criterion), ?, ?)"_s,
                                         {trimmed, weight}));
        added.id = *id;
        return {};
    }));
    return added;
}

Status ProcessRepository::updateCriterion(const Criterion &c)
{
    if (c.name.simplified().isEmpty())
        return Error{tr("A criterion needs a name.")};
    if (!(c.weight > 0))
        return Error{tr("The weight of \"%1\" must be more than zero.").arg(c.name)};
    return m_file.write([&]() -> Status {
        SqlStatement update(m_file.database(), u"UPDATE criterion SET name = ?, weight = ? WHERE id = ?"_s);
        update.bind(c.name.simplified()).bind(c.weight).bind(c.id);
        TRY(update.exec());
        if (update.rowsAffected() == 0)
            return Error{tr("There is no criterion %1.").arg(c.id)};
        return {};
    });
}

Result<QList<Initiative>> ProcessRepository::initiatives() const
{
    return SqlStatement::rows(m_file.database(), u"SELECT "_s + initiativeColumns + u" FROM initiative ORDER BY id"_s, {},
                              initiativeFrom);
}

Result<std::optional<Initiative>> ProcessRepository::initiative(qint64 id) const
{
    return SqlStatement::firstRow(m_file.database(), u"SELECT "_s + initiativeColumns + u" FROM initiative WHERE id = ?"_s, {id},
                                  initiativeFrom);
}

Result<qint64> ProcessRepository::nextBatch() const
{
    TRY_LET(b,
            SqlStatement::scalar(m_file.database(), u"SELECT coalesce(max(batch), 0) + 1 FROM initiative_decision"_s));
    return b->toLongLong();
}

Result<ProcessRepository::Entry> ProcessRepository::nextEntry() const
{
    TRY_LET(p, requireProcess());
    TRY_LET(batch, nextBatch());
    return Entry{p->entryStage, *batch};
}

Status ProcessRepository::insertInitiative(Initiative &i, const Entry &entry)
{
    if (i.title().trimmed().isEmpty())
        return Error{tr("An initiative needs the name of its activity.")};
    const QSqlDatabase db = m_file.database();
    QStringList marks;
    for (int f = 0; f < FichaFieldCount + 4; ++f)
        marks.append(u"?"_s);
    SqlStatement insert(db, u"INSERT INTO initiative (organisation, "_s + fieldColumns() + u", stage, source, created_at, id) VALUES ("_s
                                + marks.join(u", "_s) + u", ?)"_s);
    insert.bind(i.organisation.trimmed());
    for (const QString &value : i.fields)
        insert.bind(value.trimmed());
    insert.bind(entry.stage).bind(i.source).bind(now()).bind(i.id > 0 ? QVariant(i.id) : QVariant(QMetaType::fromType<qint64>()));
    TRY(insert.exec());
    i.id = insert.lastInsertId().toLongLong();
    i.stage = entry.stage;
    i.status = InitiativeStatus::Proposed;
    SqlStatement entered(db, u"INSERT INTO initiative_decision (batch, initiative_id, stage, kind, reason, at, previous_stage, previous_status) "
                             "VALUES (?, ?, ?, 'entered', ?, ?, ?, 'proposed')"_s);
    entered.bind(entry.batch).bind(i.id).bind(entry.stage).bind(i.source).bind(now()).bind(entry.stage);
    return entered.exec();
}

Result<Initiative> ProcessRepository::saveInitiative(const Initiative &initiative)
{
    Initiative saved = initiative;
    TRY(m_file.write([&]() -> Status {
        TRY_LET(existing, initiative.id > 0 ? this->initiative(initiative.id)
                                            : Result<std::optional<Initiative>>(std::optional<Initiative>()));
        if (!existing->has_value()) {
            TRY_LET(entry, nextEntry());
            return insertInitiative(saved, *entry);
        }
        if (saved.title().trimmed().isEmpty())
            return Error{tr("An initiative needs the name of its activity.")};
        QStringList sets{u"organisation = ?"_s};
        for (FichaField f : valuesOf<FichaField>())
            sets.append(keyOf(f) + u" = ?"_s);
        SqlStatement update(m_file.database(), u"UPDATE initiative SET "_s + sets.join(u", "_s) + u" WHERE id = ?"_s);
        update.bind(saved.organisation.trimmed());
        for (const QString &value : saved.fields)
            update.bind(value.trimmed());
        update.bind(saved.id);
        TRY(update.exec());
        const Initiative &before = **existing;
        saved.stage = before.stage;
        saved.status = before.status;
        saved.mergedInto = before.mergedInto;
        saved.source = before.source;
        return {};
    }));
    return saved;
}

Status ProcessRepository::addInitiatives(QList<Initiative> &list)
{
    return m_file.write([&]() -> Status {
        TRY_LET(entry, nextEntry());
        for (Initiative &i : list) {
            if (Status s = insertInitiative(i, *entry); !s)
                return Error{tr("\"%1\": %2").arg(i.title(), s.errorMessage())};
        }
        return {};
    });
}

Result<QHash<qint64, Tally>> ProcessRepository::tallies(int stage, StageMethod method) const
{
    const QString sql = method == StageMethod::Dots
                            ? u"SELECT initiative_id, sum(dots), 1, count(*) FROM initiative_vote WHERE stage = ? GROUP BY initiative_id"_s
                            : u"SELECT s.initiative_id, sum(s.value * c.weight), sum(c.weight), count(DISTINCT s.scorer) "
                              "FROM initiative_score s JOIN criterion c ON c.id = s.criterion_id WHERE s.stage = ? GROUP BY s.initiative_id"_s;
    SqlStatement q(m_file.database(), sql);
    q.bind(stage);
    TRY(q.exec());
    QHash<qint64, Tally> result;
    while (q.next())
        result.insert(q.value(0).toLongLong(), Tally{q.value(1).toDouble(), q.value(2).toDouble(), q.value(3).toInt()});
    return result;
}

Result<Initiative> ProcessRepository::activeInitiative(qint64 initiativeId, const QString &consequence) const
{
    TRY_LET(found, initiative(initiativeId));
    if (!found->has_value())
        return Error{tr("There is no initiative %1.").arg(initiativeId)};
    if (!(*found)->isActive())
        return Error{tr("Initiative %1 is %2; %3.").arg(initiativeId).arg(displayNameOf((*found)->status).toLower(), consequence)};
    return **found;
}

Result<ProcessRepository::Prioritised> ProcessRepository::prioritised(qint64 initiativeId, const QString &consequence) const
{
    TRY_LET(p, requireProcess());
    TRY_LET(active, activeInitiative(initiativeId, consequence));
    const ProcessStage *stage = p->stage(active->stage);
    return Prioritised{*active, stage ? std::optional(*stage) : std::nullopt};
}

Status ProcessRepository::setScore(qint64 initiativeId, qint64 criterionId, const QString &scorer, std::optional<int> value)
{
    const QString who = scorer.simplified();
    if (who.isEmpty())
        return Error{tr("Say who scores (a mesa or a person).")};
    if (value && (*value < 1 || *value > 5))
        return Error{tr("A score is from 1 to 5; %1 is not.").arg(*value)};
    return m_file.write([&]() -> Status {
        TRY_LET(target, prioritised(initiativeId, tr("it is no longer scored")));
        const Initiative &ini = target->initiative;
        const std::optional<ProcessStage> &stage = target->stage;
        if (stage && stage->method == StageMethod::Dots)
            return Error{tr("Stage %1 prioritises by dot voting; give dots instead.").arg(Initiatives::roman(ini.stage))};
        const QSqlDatabase db = m_file.database();
        if (!value) {
            SqlStatement del(db, u"DELETE FROM initiative_score WHERE stage = ? AND initiative_id = ? AND criterion_id = ? AND scorer = ?"_s);
            del.bind(ini.stage).bind(initiativeId).bind(criterionId).bind(who);
            return del.exec();
        }
        TRY_LET(known, SqlStatement::scalar(db, u"SELECT count(*) FROM criterion WHERE id = ?"_s, {criterionId}));
        if (known->toInt() == 0)
            return Error{tr("There is no criterion %1.").arg(criterionId)};
        SqlStatement upsert(db, u"INSERT INTO initiative_score (initiative_id, stage, criterion_id, scorer, value, at) VALUES (?, ?, ?, ?, ?, ?) "
                                "ON CONFLICT (stage, initiative_id, criterion_id, scorer) DO UPDATE SET value = excluded.value, at = excluded.at"_s);
        upsert.bind(initiativeId).bind(ini.stage).bind(criterionId).bind(who).bind(*value).bind(now());
        return upsert.exec();
    });
}

Result<std::optional<int>> ProcessRepository::score(qint64 initiativeId, qint64 criterionId, const QString &scorer) const
{
    SqlStatement q(m_file.database(), u"SELECT s.value FROM initiative_score s JOIN initiative i ON i.id = s.initiative_id "
                                      "WHERE s.initiative_id = ? AND s.stage = i.stage AND s.criterion_id = ? AND s.scorer = ?"_s);
    q.bind(initiativeId).bind(criterionId).bind(scorer.simplified());
    TRY(q.exec());
    return q.next() ? std::optional(q.value(0).toInt()) : std::nullopt;
}

Status ProcessRepository::setVote(qint64 initiativeId, const QString &scorer, std::optional<int> dots)
{
    const QString who = scorer.simplified();
    if (who.isEmpty())
        return Error{tr("Say who votes (a mesa or a person).")};
    if (dots && *dots < 0)
        return Error{tr("Dots cannot be fewer than zero.")};
    return m_file.write([&]() -> Status {
        TRY_LET(target, prioritised(initiativeId, tr("it is no longer voted on")));
        const Initiative &ini = target->initiative;
        const std::optional<ProcessStage> &stage = target->stage;
        if (!stage || stage->method != StageMethod::Dots)
            return Error{tr("Stage %1 prioritises by weighted criteria; give scores instead.").arg(Initiatives::roman(ini.stage))};
        const QSqlDatabase db = m_file.database();
        SqlStatement del(db, u"DELETE FROM initiative_vote WHERE stage = ? AND initiative_id = ? AND scorer = ?"_s);
        del.bind(ini.stage).bind(initiativeId).bind(who);
        TRY(del.exec());
        if (!dots || *dots == 0)
            return {};
        TRY_LET(used, SqlStatement::scalar(
                          db, u"SELECT coalesce(sum(dots), 0) FROM initiative_vote WHERE stage = ? AND scorer = ?"_s,
                          {ini.stage, who}));
        if (used->toInt() + *dots > stage->dotsPerScorer)
            return Error{tr("%1 has %2 dots at this stage and has already given %3.").arg(who).arg(stage->dotsPerScorer).arg(used->toInt())};
        SqlStatement insert(db, u"INSERT INTO initiative_vote (initiative_id, stage, scorer, dots, at) VALUES (?, ?, ?, ?, ?)"_s);
        insert.bind(initiativeId).bind(ini.stage).bind(who).bind(*dots).bind(now());
        return insert.exec();
    });
}

Result<std::optional<int>> ProcessRepository::vote(qint64 initiativeId, const QString &scorer) const
{
    SqlStatement q(m_file.database(), u"SELECT v.dots FROM initiative_vote v JOIN initiative i ON i.id = v.initiative_id "
                                      "WHERE v.initiative_id = ? AND v.stage = i.stage AND v.scorer = ?"_s);
    q.bind(initiativeId).bind(scorer.simplified());
    TRY(q.exec());
    return q.next() ? std::optional(q.value(0).toInt()) : std::nullopt;
}

Result<Ranking> ProcessRepository::ranking(int stage) const
{
    TRY_LET(p, requireProcess());
    const ProcessStage *st = p->stage(stage);
    const StageMethod method = st ? st->method : StageMethod::Scores;
    TRY_LET(candidates,
            SqlStatement::ids(
                m_file.database(),
                u"SELECT id FROM initiative WHERE stage = ? AND status IN ('proposed', 'advanced') ORDER BY id"_s,
                {stage}));
    // Nobody competes there any more: the scores need not be read.
    if (candidates->isEmpty())
        return Ranking::compute({}, {}, method);
    TRY_LET(t, tallies(stage, method));
    return Ranking::compute(*candidates, *t, method);
}

Result<QList<ProcessRepository::Standing>> ProcessRepository::standings() const
{
    TRY_LET(p, process());
    if (!p->has_value())
        return QList<Standing>();
    TRY_LET(all, initiatives());
    QHash<int, Ranking> rankings;
    for (const ProcessStage &st : (*p)->stages) {
        TRY_LET(r, ranking(st.number));
        rankings.insert(st.number, *r);
    }
    // The last decision of each initiative, for those no longer competing.
    QHash<qint64, InitiativeDecision> last;
    SqlStatement q(m_file.database(), u"SELECT initiative_id, stage, reason, score, rank, of_count, kind FROM initiative_decision ORDER BY id"_s);
    TRY(q.exec());
    while (q.next()) {
        InitiativeDecision d;
        d.stage = q.value(1).toInt();
        // Entering records where a ficha came from, not a reason.
        d.reason = q.value(6).toString() == u"entered"_s ? QString() : q.value(2).toString();
        if (!q.value(3).isNull())
            d.score = q.value(3).toDouble();
        d.rank = q.value(4).toInt();
        d.of = q.value(5).toInt();
        last.insert(q.value(0).toLongLong(), d);
    }
    QHash<qint64, QList<qint64>> links;
    SqlStatement l(m_file.database(), u"SELECT initiative_id, commitment_id FROM commitment_initiative ORDER BY commitment_id"_s);
    TRY(l.exec());
    while (l.next())
        links[l.value(0).toLongLong()].append(l.value(1).toLongLong());

    QList<Standing> list;
    list.reserve(all->size());
    for (const Initiative &i : std::as_const(*all)) {
        Standing s;
        s.initiative = i;
        const ProcessStage *st = (*p)->stage(i.stage);
        s.method = st ? st->method : StageMethod::Scores;
        s.commitments = links.value(i.id);
        const InitiativeDecision d = last.value(i.id);
        s.reason = d.reason;
        if (i.isActive()) {
            const Ranking &r = rankings[i.stage];
            if (const Ranking::Entry *e = r.find(i.id)) {
                s.score = e->score;
                s.rank = e->rank;
                s.of = r.size();
                s.tied = e->tied;
            }
        } else {
            s.score = d.score;
            s.rank = d.rank;
            s.of = d.of;
        }
        list.append(s);
    }
    return list;
}

Status ProcessRepository::record(const Initiative &before, const Record &r)
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

Result<qint64> ProcessRepository::advance(int stage, const QList<qint64> &chosen, const QString &reason)
{
    qint64 batchId = 0;
    Status written = m_file.write([&]() -> Status {
        TRY_LET(p, requireProcess());
        const ProcessStage *target = p->stage(stage);
        if (!target)
            return Error{tr("The process has no stage %1.").arg(stage)};
        const int from = stage - 1;
        TRY_LET(r, ranking(from));
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
            TRY_LET(before, initiative(e.initiativeId));
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

Result<qint64> ProcessRepository::merge(qint64 initiativeId, qint64 intoId, const QString &reason)
{
    qint64 batchId = 0;
    TRY(m_file.write([&]() -> Status {
        if (initiativeId == intoId)
            return Error{tr("An initiative cannot be merged into itself.")};
        TRY_LET(from, initiative(initiativeId));
        TRY_LET(into, initiative(intoId));
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

Result<qint64> ProcessRepository::select(const QList<qint64> &chosen, const QString &reason)
{
    qint64 batchId = 0;
    Status written = m_file.write([&]() -> Status {
        if (chosen.isEmpty())
            return Error{tr("Choose at least one initiative.")};
        TRY_LET(p, requireProcess());
        const int last = p->lastStage();
        TRY_LET(all, initiatives());
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
                TRY_LET(r, ranking(before.stage));
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

Result<QList<qint64>> ProcessRepository::commitmentsOfBatch(qint64 batch) const
{
    return SqlStatement::ids(m_file.database(),
                             u"SELECT commitment_id FROM initiative_decision WHERE batch = ? AND commitment_id IS NOT NULL"_s, {batch});
}

Status ProcessRepository::undo(qint64 batch)
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

Result<QList<InitiativeDecision>> ProcessRepository::decisions(qint64 initiativeId) const
{
    return SqlStatement::rows(m_file.database(),
                              u"SELECT id, initiative_id, stage, kind, reason, score, rank, of_count, at, merged_into, commitment_id, batch "
                              "FROM initiative_decision WHERE ? = 0 OR initiative_id = ? ORDER BY id"_s,
                              {initiativeId, initiativeId}, decisionFrom);
}

Result<QList<qint64>> ProcessRepository::fichasOf(qint64 commitmentId) const
{
    return SqlStatement::ids(m_file.database(),
                             u"SELECT initiative_id FROM commitment_initiative WHERE commitment_id = ? ORDER BY initiative_id"_s,
                             {commitmentId});
}

Result<ProcessRepository::Trace> ProcessRepository::trace(qint64 commitmentId) const
{
    TRY_LET(commitment, CommitmentRepository(m_file).find(commitmentId));
    if (!commitment->has_value())
        return Error{tr("There is no commitment %1.").arg(commitmentId)};
    TRY_LET(ids, fichasOf(commitmentId));
    if (ids->isEmpty())
        return Error{tr("Commitment %1 did not come from a ficha of the process.").arg(commitmentId)};
    TRY_LET(p, requireProcess());
    Trace t;
    t.commitmentId = commitmentId;
    t.commitmentTitle = (*commitment)->title;
    for (qint64 id : std::as_const(*ids)) {
        TRY_LET(i, initiative(id));
        if (i->has_value())
            t.fichas.append(**i);
        TRY_LET(ds, decisions(id));
        for (const InitiativeDecision &d : std::as_const(*ds)) {
            const ProcessStage *st = p->stage(d.stage);
            TraceStep step;
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
    TraceStep plenary;
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
        TraceStep step;
        step.at = QDateTime::fromString(actas.value(1).toString(), Qt::ISODateWithMs);
        step.what = tr("In the Acta de Compromisos, version %1 (fingerprint %2)").arg(actas.value(0).toInt()).arg(actas.value(2).toString().left(16));
        step.reason = tr("%1 of %2 signatories signed").arg(actas.value(3).toInt()).arg(actas.value(4).toInt());
        t.steps.append(step);
    }
    return t;
}

} // namespace taller

#include "process/ScoringRepository.h"

#include "base/SqlStatement.h"
#include "process/InitiativeRepository.h"
#include "process/ProcessRepository.h"
#include "process/ProcessRows.h"

namespace taller {

using namespace Qt::StringLiterals;
using namespace processRows;

Result<QHash<qint64, Tally>> ScoringRepository::tallies(int stage, StageMethod method) const
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

Result<Initiative> ScoringRepository::activeInitiative(qint64 initiativeId, const QString &consequence) const
{
    TRY_LET(found, InitiativeRepository(m_file).initiative(initiativeId));
    if (!found->has_value())
        return Error{tr("There is no initiative %1.").arg(initiativeId)};
    if (!(*found)->isActive())
        return Error{tr("Initiative %1 is %2; %3.").arg(initiativeId).arg(displayNameOf((*found)->status).toLower(), consequence)};
    return **found;
}

Result<ScoringRepository::Prioritised> ScoringRepository::prioritised(qint64 initiativeId, const QString &consequence) const
{
    TRY_LET(p, ProcessRepository(m_file).requireProcess());
    TRY_LET(active, activeInitiative(initiativeId, consequence));
    const ProcessStage *stage = p->stage(active->stage);
    return Prioritised{*active, stage ? std::optional(*stage) : std::nullopt};
}

Status ScoringRepository::setScore(qint64 initiativeId, qint64 criterionId, const QString &scorer, std::optional<int> value)
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

Result<std::optional<int>> ScoringRepository::score(qint64 initiativeId, qint64 criterionId, const QString &scorer) const
{
    SqlStatement q(m_file.database(), u"SELECT s.value FROM initiative_score s JOIN initiative i ON i.id = s.initiative_id "
                                      "WHERE s.initiative_id = ? AND s.stage = i.stage AND s.criterion_id = ? AND s.scorer = ?"_s);
    q.bind(initiativeId).bind(criterionId).bind(scorer.simplified());
    TRY(q.exec());
    return q.next() ? std::optional(q.value(0).toInt()) : std::nullopt;
}

Status ScoringRepository::setVote(qint64 initiativeId, const QString &scorer, std::optional<int> dots)
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

Result<std::optional<int>> ScoringRepository::vote(qint64 initiativeId, const QString &scorer) const
{
    SqlStatement q(m_file.database(), u"SELECT v.dots FROM initiative_vote v JOIN initiative i ON i.id = v.initiative_id "
                                      "WHERE v.initiative_id = ? AND v.stage = i.stage AND v.scorer = ?"_s);
    q.bind(initiativeId).bind(scorer.simplified());
    TRY(q.exec());
    return q.next() ? std::optional(q.value(0).toInt()) : std::nullopt;
}

Result<Ranking> ScoringRepository::ranking(int stage) const
{
    TRY_LET(p, ProcessRepository(m_file).requireProcess());
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

Result<QList<InitiativeStanding>> ScoringRepository::standings() const
{
    TRY_LET(p, ProcessRepository(m_file).process());
    if (!p->has_value())
        return QList<InitiativeStanding>();
    TRY_LET(all, InitiativeRepository(m_file).initiatives());
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

    QList<InitiativeStanding> list;
    list.reserve(all->size());
    for (const Initiative &i : std::as_const(*all)) {
        InitiativeStanding s;
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

} // namespace taller

#include "process/ProcessRepository.h"

#include "base/SqlStatement.h"
#include "process/Deliverables.h"
#include "process/ProcessRows.h"

namespace taller {

using namespace Qt::StringLiterals;
using namespace processRows;

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

} // namespace taller

#include "process/InitiativeRepository.h"

#include "base/SqlStatement.h"
#include "process/InitiativeDecisionRepository.h"
#include "process/ProcessRepository.h"
#include "process/ProcessRows.h"

namespace taller {

using namespace Qt::StringLiterals;
using namespace processRows;

Result<QList<Initiative>> InitiativeRepository::initiatives() const
{
    return SqlStatement::rows(m_file.database(), u"SELECT "_s + initiativeColumns() + u" FROM initiative ORDER BY id"_s, {},
                              initiativeFrom);
}

Result<std::optional<Initiative>> InitiativeRepository::initiative(qint64 id) const
{
    return SqlStatement::firstRow(m_file.database(), u"SELECT "_s + initiativeColumns() + u" FROM initiative WHERE id = ?"_s, {id},
                                  initiativeFrom);
}

Result<InitiativeRepository::Entry> InitiativeRepository::nextEntry() const
{
    TRY_LET(p, ProcessRepository(m_file).requireProcess());
    TRY_LET(batch, InitiativeDecisionRepository(m_file).nextBatch());
    return Entry{p->entryStage, *batch};
}

Status InitiativeRepository::insertInitiative(Initiative &i, const Entry &entry)
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

Result<Initiative> InitiativeRepository::saveInitiative(const Initiative &initiative)
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

Status InitiativeRepository::addInitiatives(QList<Initiative> &list)
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

} // namespace taller

#include "programme/AgendaRepository.h"

#include "base/SqlStatement.h"

#include <QHash>
#include <QSet>

namespace taller {

using namespace Qt::StringLiterals;

namespace {

QVariant optionalInt(const std::optional<int> &value)
{
    return value ? QVariant(*value) : QVariant();
}

AgendaItem agendaItemFrom(const SqlStatement &row)
{
    RowReader r(row);
    return {.id = r.id(),
            .kind = fromKey<ActivityKind>(r.text()).value_or(ActivityKind::Other),
            .title = r.text(),
            .minutes = r.number(),
            .responsible = {r.text(), r.text(), r.text()},
            .expositionMinutes = r.optional<int>(),
            .questionsMinutes = r.optional<int>(),
            .notes = r.text(),
            .mesaCodes = {}, // read from agenda_item_mesa by the caller
            .actualStart = r.localTime(),
            .actualEnd = r.localTime()};
}

QVariant storedDateTime(const QDateTime &value)
{
    return value.isValid() ? QVariant(value.toUTC().toString(Qt::ISODateWithMs)) : QVariant();
}

} // namespace

Result<QList<AgendaItem>> AgendaRepository::load() const
{
    const QSqlDatabase db = m_file.database();
    TRY_LET(loaded,
            SqlStatement::rows(
                db,
                u"SELECT id, kind, title, minutes, responsible_name, responsible_role, responsible_organisation, "
                "exposition_minutes, questions_minutes, notes, actual_start, actual_end "
                "FROM agenda_item ORDER BY position, id"_s,
                {}, agendaItemFrom));
    QList<AgendaItem> items = std::move(*loaded);

    SqlStatement mesas(db,
                       u"SELECT l.agenda_item_id, m.code FROM agenda_item_mesa l JOIN mesa m ON m.id = l.mesa_id "
                       "ORDER BY m.position, m.id"_s);
    TRY(mesas.exec());
    while (mesas.next()) {
        const qint64 itemId = mesas.value(0).toLongLong();
        for (AgendaItem &item : items) {
            if (item.id == itemId)
                item.mesaCodes.append(mesas.value(1).toString());
        }
    }
    return items;
}

Result<QList<AgendaItem>> AgendaRepository::replaceAll(const QList<AgendaItem> &items)
{
    QList<AgendaItem> stored = items;
    TRY(m_file.write([&]() -> Status {
        TRY(SqlStatement::run(m_file.database(), u"DELETE FROM agenda_item"_s));
        for (int i = 0; i < stored.size(); ++i) {
            TRY(insert(stored[i], i));
        }
        return {};
    }));
    return stored;
}

Result<QList<AgendaItem>> AgendaRepository::applyChange(const QList<AgendaItem> &before, const QList<AgendaItem> &after)
{
    QList<AgendaItem> stored = after;
    TRY(m_file.write([&]() -> Status {
        const QSqlDatabase db = m_file.database();
        QHash<qint64, AgendaItem> was;
        for (const AgendaItem &item : before) {
            if (item.id > 0)
                was.insert(item.id, item);
        }
        QSet<qint64> present;
        for (int i = 0; i < stored.size(); ++i) {
            AgendaItem &item = stored[i];
            const auto old = was.constFind(item.id);
            if (item.id > 0 && old != was.cend() && *old == item) {
                SqlStatement move(db, u"UPDATE agenda_item SET position = ? WHERE id = ?"_s);
                move.bind(i).bind(item.id);
                TRY(move.exec());
            } else {
                // Edited, new, or coming back after an undo: written whole,
                // under the id it had.
                if (item.id > 0) {
                    SqlStatement remove(db, u"DELETE FROM agenda_item WHERE id = ?"_s);
                    remove.bind(item.id);
                    TRY(remove.exec());
                }
                TRY(insert(item, i));
            }
            present.insert(item.id);
        }
        for (auto it = was.cbegin(); it != was.cend(); ++it) {
            if (present.contains(it.key()))
                continue;
            SqlStatement remove(db, u"DELETE FROM agenda_item WHERE id = ?"_s);
            remove.bind(it.key());
            TRY(remove.exec());
        }
        return {};
    }));
    return stored;
}

Status AgendaRepository::insert(AgendaItem &item, int position)
{
    const QSqlDatabase db = m_file.database();
    TRY_LET(id, SqlStatement::insert(
                    db,
                    u"INSERT INTO agenda_item (id, position, kind, title, minutes, responsible_name, responsible_role, "
                    "responsible_organisation, exposition_minutes, questions_minutes, notes, actual_start, actual_end) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                    {item.id > 0 ? QVariant(item.id) : QVariant(), position, keyOf(item.kind), item.title, item.minutes,
                     item.responsible.name, item.responsible.role, item.responsible.organisation,
                     optionalInt(item.expositionMinutes), optionalInt(item.questionsMinutes), item.notes,
                     storedDateTime(item.actualStart), storedDateTime(item.actualEnd)}));
    item.id = *id;

    for (const QString &code : std::as_const(item.mesaCodes)) {
        SqlStatement link(db,
                          u"INSERT INTO agenda_item_mesa (agenda_item_id, mesa_id) "
                          "SELECT ?, id FROM mesa WHERE code = ?"_s);
        link.bind(item.id).bind(code);
        TRY(link.exec());
        if (link.rowsAffected() != 1)
            return Error{QCoreApplication::translate("taller::AgendaRepository", "The activity \"%1\" names mesa %2, which does not exist.")
                             .arg(item.title, code)};
    }
    return {};
}

} // namespace taller

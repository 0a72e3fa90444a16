#include "plenary/PlenaryRepository.h"

#include "mesas/MesaRepository.h"
#include "base/SqlStatement.h"

#include <QHash>

namespace taller {

using namespace Qt::StringLiterals;

namespace {
constexpr int MinutesPerMesaWithoutPlenary = 10;

QVariant stored(const QDateTime &at)
{
    return at.isValid() ? QVariant(at.toUTC().toString(Qt::ISODateWithMs)) : QVariant();
}
} // namespace

Result<int> PlenaryRepository::plenaryMinutes() const
{
    TRY_LET(minutes,
            SqlStatement::scalar(m_file.database(), u"SELECT sum(minutes) FROM agenda_item WHERE kind = 'plenary'"_s));
    return minutes->isNull() ? 0 : minutes->toInt();
}

Result<QList<PlenaryRepository::Turn>> PlenaryRepository::turns() const
{
    TRY_LET(mesas, MesaRepository(m_file).load());
    SqlStatement query(m_file.database(), u"SELECT mesa_id, position, minutes, started_at, ended_at FROM plenary_slot"_s);
    TRY(query.exec());
    struct Row { int position; std::optional<int> minutes; QDateTime started; QDateTime ended; };
    QHash<qint64, Row> rows;
    while (query.next()) {
        rows.insert(query.value(0).toLongLong(),
                    {query.value(1).toInt(), query.value(2).isNull() ? std::nullopt : std::optional(query.value(2).toInt()),
                     QDateTime::fromString(query.value(3).toString(), Qt::ISODateWithMs).toLocalTime(),
                     QDateTime::fromString(query.value(4).toString(), Qt::ISODateWithMs).toLocalTime()});
    }
    QList<Turn> turns;
    for (int i = 0; i < mesas->size(); ++i) {
        const Mesa &mesa = mesas->at(i);
        const Row row = rows.value(mesa.id, Row{1000 + i, std::nullopt, {}, {}});
        turns.append({mesa, row.minutes, 0, row.started, row.ended});
    }
    std::stable_sort(turns.begin(), turns.end(), [&](const Turn &a, const Turn &b) {
        return rows.value(a.mesa.id, Row{1000 + int(mesas->indexOf(a.mesa)), {}, {}, {}}).position
               < rows.value(b.mesa.id, Row{1000 + int(mesas->indexOf(b.mesa)), {}, {}, {}}).position;
    });

    // What is not set by hand shares what is left of the plenary.
    TRY_LET(total, plenaryMinutes());
    int fixed = 0;
    int shared = 0;
    for (const Turn &slot : turns) {
        if (slot.minutesSetByHand)
            fixed += *slot.minutesSetByHand;
        else
            ++shared;
    }
    const int each = *total > 0 && shared > 0 ? std::max(1, (*total - fixed) / shared) : MinutesPerMesaWithoutPlenary;
    for (Turn &slot : turns)
        slot.minutes = slot.minutesSetByHand.value_or(each);
    return turns;
}

Status PlenaryRepository::setOrder(const QList<qint64> &mesaIds)
{
    return m_file.write([&]() -> Status {
        SqlStatement upsert(m_file.database(),
                            u"INSERT INTO plenary_slot (mesa_id, position) VALUES (?, ?) "
                            "ON CONFLICT (mesa_id) DO UPDATE SET position = excluded.position"_s);
        for (int i = 0; i < mesaIds.size(); ++i) {
            upsert.bind(mesaIds.at(i)).bind(i);
            TRY(upsert.exec());
        }
        return {};
    });
}

Status PlenaryRepository::keepOrder()
{
    // A mesa without a slot of its own is placed by its code; giving it a
    // slot (a time, a start) must not move it: every mesa's place is written.
    TRY_LET(current, turns());
    QList<qint64> ids;
    for (const Turn &turn : std::as_const(*current))
        ids.append(turn.mesa.id);
    return setOrder(ids);
}

Status PlenaryRepository::setMinutes(qint64 mesaId, std::optional<int> minutes)
{
    if (minutes && *minutes <= 0)
        return Error{tr("A mesa needs at least one minute to present.")};
    TRY(keepOrder());
    return m_file.write([&]() -> Status {
        SqlStatement upsert(m_file.database(),
                            u"INSERT INTO plenary_slot (mesa_id, position, minutes) VALUES (?, 1000, ?) "
                            "ON CONFLICT (mesa_id) DO UPDATE SET minutes = excluded.minutes"_s);
        upsert.bind(mesaId).bind(minutes ? QVariant(*minutes) : QVariant());
        return upsert.exec();
    });
}

Status PlenaryRepository::start(qint64 mesaId, const QDateTime &at)
{
    TRY(keepOrder());
    return m_file.write([&]() -> Status {
        SqlStatement close(m_file.database(), u"UPDATE plenary_slot SET ended_at = ? WHERE started_at IS NOT NULL AND ended_at IS NULL"_s);
        close.bind(stored(at));
        TRY(close.exec());
        SqlStatement upsert(m_file.database(),
                            u"INSERT INTO plenary_slot (mesa_id, position, started_at) VALUES (?, 1000, ?) "
                            "ON CONFLICT (mesa_id) DO UPDATE SET started_at = excluded.started_at, ended_at = NULL"_s);
        upsert.bind(mesaId).bind(stored(at));
        return upsert.exec();
    });
}

Status PlenaryRepository::finish(qint64 mesaId, const QDateTime &at)
{
    return m_file.write([&]() -> Status {
        SqlStatement update(m_file.database(), u"UPDATE plenary_slot SET ended_at = ? WHERE mesa_id = ? AND ended_at IS NULL"_s);
        update.bind(stored(at)).bind(mesaId);
        return update.exec();
    });
}

Status PlenaryRepository::resetTimes()
{
    return m_file.write([&] { return SqlStatement::run(m_file.database(), u"UPDATE plenary_slot SET started_at = NULL, ended_at = NULL"_s); });
}

} // namespace taller

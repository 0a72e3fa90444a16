#include "mesas/MesaRepository.h"

#include "base/Clock.h"
#include "base/SqlStatement.h"
#include "registration/AttendeeRepository.h"

namespace taller {

using namespace Qt::StringLiterals;

Result<QList<Mesa>> MesaRepository::load() const
{
    return SqlStatement::rows(m_file.database(),
                              u"SELECT id, code, name, theme, moderator, rapporteur, place FROM mesa ORDER BY position, id"_s, {},
                              [](const SqlStatement &row) {
                                  return Mesa{row.value(0).toLongLong(), row.value(1).toString(), row.value(2).toString(),
                                              row.value(3).toString(), row.value(4).toString(), row.value(5).toString(),
                                              row.value(6).toString()};
                              });
}

Result<Mesa> MesaRepository::add(const Mesa &mesa)
{
    Mesa stored = mesa;
    TRY(m_file.write([&]() -> Status {
        if (stored.code.trimmed().isEmpty())
            return Error{tr("A mesa needs a code, such as M1.")};
        TRY_LET(id, SqlStatement::insert(m_file.database(),
                                         u"INSERT INTO mesa (position, code, name, theme, moderator, rapporteur, place) "
                                         "VALUES ((SELECT coalesce(max(position), -1) + 1 FROM mesa), ?, ?, ?, ?, ?, ?)"_s,
                                         {stored.code.trimmed(), stored.name, stored.theme, stored.moderator,
                                          stored.rapporteur, stored.place}));
        stored.id = *id;
        return {};
    }));
    return stored;
}

Status MesaRepository::update(const Mesa &mesa)
{
    return m_file.write([&]() -> Status {
        if (mesa.code.trimmed().isEmpty())
            return Error{tr("A mesa needs a code, such as M1.")};
        SqlStatement update(m_file.database(),
                            u"UPDATE mesa SET code = ?, name = ?, theme = ?, moderator = ?, rapporteur = ?, place = ? WHERE id = ?"_s);
        update.bind(mesa.code.trimmed())
            .bind(mesa.name)
            .bind(mesa.theme)
            .bind(mesa.moderator)
            .bind(mesa.rapporteur)
            .bind(mesa.place)
            .bind(mesa.id);
        if (Status status = update.exec(); !status) {
            if (status.errorMessage().contains(u"UNIQUE"_s))
                return Error{tr("There is already a mesa with code %1.").arg(mesa.code.trimmed())};
            return status;
        }
        return {};
    });
}

Status MesaRepository::remove(qint64 mesaId)
{
    return m_file.write([&]() -> Status {
        TRY_LET(commitments, SqlStatement::scalar(m_file.database(),
                                                  u"SELECT count(*) FROM commitment WHERE mesa_id = ?"_s, {mesaId}));
        if (commitments->toInt() > 0)
            return Error{tr("This mesa has %n commitments; move or delete them before removing the mesa.", nullptr,
                            commitments->toInt())};
        return SqlStatement::run(m_file.database(), u"DELETE FROM mesa WHERE id = ?"_s, {mesaId});
    });
}

Result<QHash<qint64, qint64>> MesaRepository::membership() const
{
    SqlStatement query(m_file.database(), u"SELECT attendee_id, mesa_id FROM mesa_member"_s);
    TRY(query.exec());
    QHash<qint64, qint64> seats;
    while (query.next())
        seats.insert(query.value(0).toLongLong(), query.value(1).toLongLong());
    return seats;
}

Status MesaRepository::setMembership(const QHash<qint64, qint64> &membership)
{
    return m_file.write([&]() -> Status {
        TRY(SqlStatement::run(m_file.database(), u"DELETE FROM mesa_member"_s));
        SqlStatement insert(m_file.database(), u"INSERT INTO mesa_member (attendee_id, mesa_id, assigned_at) VALUES (?, ?, ?)"_s);
        const QString now = Clock::currentDateTime().toUTC().toString(Qt::ISODateWithMs);
        for (auto it = membership.cbegin(); it != membership.cend(); ++it) {
            insert.bind(it.key()).bind(it.value()).bind(now);
            TRY(insert.exec());
        }
        return {};
    });
}

Result<QHash<qint64, MesaRepository::Summary>> MesaRepository::summaries() const
{
    SqlStatement query(m_file.database(), u"SELECT mm.mesa_id, count(*), count(DISTINCT a.sector) FROM mesa_member mm "
                                           "JOIN attendee a ON a.id = mm.attendee_id GROUP BY mm.mesa_id"_s);
    TRY(query.exec());
    QHash<qint64, Summary> summaries;
    while (query.next())
        summaries.insert(query.value(0).toLongLong(), {query.value(1).toInt(), query.value(2).toInt()});
    return summaries;
}

Result<QList<Attendee>> MesaRepository::members(qint64 mesaId) const
{
    return AttendeeRepository(m_file).sorted(u"WHERE a.id IN (SELECT attendee_id FROM mesa_member WHERE mesa_id = ?) ORDER BY a.id"_s, {mesaId});
}

Result<QList<Attendee>> MesaRepository::unseated(int limit) const
{
    return AttendeeRepository(m_file).pageInPeopleOrder(u"WHERE a.id NOT IN (SELECT attendee_id FROM mesa_member)"_s, {}, 0, limit);
}

Result<int> MesaRepository::unseatedCount() const
{
    TRY_LET(count, SqlStatement::scalar(
                       m_file.database(),
                       u"SELECT count(*) FROM attendee WHERE id NOT IN (SELECT attendee_id FROM mesa_member)"_s));
    return count->toInt();
}

Status MesaRepository::assign(qint64 attendeeId, qint64 mesaId)
{
    return m_file.write([&]() -> Status {
        SqlStatement remove(m_file.database(), u"DELETE FROM mesa_member WHERE attendee_id = ?"_s);
        remove.bind(attendeeId);
        if (Status status = remove.exec(); !status || mesaId == 0)
            return status;
        SqlStatement insert(m_file.database(), u"INSERT INTO mesa_member (attendee_id, mesa_id, assigned_at) VALUES (?, ?, ?)"_s);
        insert.bind(attendeeId).bind(mesaId).bind(Clock::currentDateTime().toUTC().toString(Qt::ISODateWithMs));
        return insert.exec();
    });
}

} // namespace taller

#pragma once

#include "base/EventFile.h"
#include "mesas/Mesa.h"
#include "registration/Attendee.h"

#include <QHash>
#include <QList>

namespace taller {

// The working tables, in the order they are listed and present.
class MesaRepository
{
    Q_DECLARE_TR_FUNCTIONS(taller::MesaRepository)

public:
    explicit MesaRepository(EventFile &file) : m_file(file) {}

    Result<QList<Mesa>> load() const;
    // Appends a mesa after the existing ones and returns it with its id.
    Result<Mesa> add(const Mesa &mesa);
    Status update(const Mesa &mesa);
    // Removes a mesa that has no commitments; its members become unassigned.
    Status remove(qint64 mesaId);

    // Who sits where: attendee id to mesa id, for everyone assigned.
    Result<QHash<qint64, qint64>> membership() const;
    // Replaces the whole seating plan in one transaction.
    Status setMembership(const QHash<qint64, qint64> &membership);
    // Seats one person at mesaId, or at none when mesaId is 0.
    Status assign(qint64 attendeeId, qint64 mesaId);

    struct Summary
    {
        int people = 0;
        int sectors = 0;
    };
    // Per mesa id: how many sit there and from how many sectors.
    Result<QHash<qint64, Summary>> summaries() const;
    // The people at a mesa, by surname.
    Result<QList<Attendee>> members(qint64 mesaId) const;
    // Up to limit people seated nowhere, by surname; and how many in all.
    Result<QList<Attendee>> unseated(int limit) const;
    Result<int> unseatedCount() const;

private:
    EventFile &m_file;
};

} // namespace taller

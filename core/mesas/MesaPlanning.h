#pragma once

#include "registration/Attendee.h"
#include "mesas/Mesa.h"

#include <QHash>

namespace taller {

// Seating plans for the working tables. A plan maps attendee id to mesa id.
class MesaPlanning
{
public:
    // Mesas with members from fewer sectors than this are flagged: the seeds
    // want commitments raised by many kinds of actor.
    static constexpr int MinimumSectors = 3;

    // Every person seated; sizes differ by at most one and each sector is
    // spread over the mesas as evenly as its numbers allow.
    static QHash<qint64, qint64> balanced(const QList<Attendee> &people, const QList<Mesa> &mesas);
    // Each person at their preferred mesa; the others, when balanceRest,
    // fill the smallest mesas keeping the sector mix.
    static QHash<qint64, qint64> byPreference(const QList<Attendee> &people, const QList<Mesa> &mesas, bool balanceRest);

    static int sectorCount(const QList<Attendee> &members);
};

} // namespace taller

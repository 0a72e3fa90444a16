#include "mesas/MesaPlanning.h"

#include <QSet>

#include <algorithm>

namespace taller {

namespace {

struct Seating
{
    QList<int> sizes;
    QList<QHash<Sector, int>> sectors;
    QHash<qint64, qint64> plan;

    explicit Seating(qsizetype mesas) : sizes(mesas, 0), sectors(mesas) {}

    void seat(const Attendee &person, int mesa, const QList<Mesa> &mesas)
    {
        plan.insert(person.id, mesas.at(mesa).id);
        ++sizes[mesa];
        ++sectors[mesa][person.sector];
    }

    // The smallest mesa, and among those the one with fewest of this sector.
    int best(Sector sector) const
    {
        int chosen = 0;
        for (int m = 1; m < sizes.size(); ++m) {
            const auto key = std::pair(sizes.at(m), sectors.at(m).value(sector));
            const auto current = std::pair(sizes.at(chosen), sectors.at(chosen).value(sector));
            if (key < current)
                chosen = m;
        }
        return chosen;
    }
};

// Largest sectors first, so that the small ones land where they are missing.
QList<Attendee> inSectorOrder(QList<Attendee> people)
{
    QHash<Sector, int> sizes;
    for (const Attendee &a : people)
        ++sizes[a.sector];
    std::stable_sort(people.begin(), people.end(), [&](const Attendee &a, const Attendee &b) {
        if (sizes.value(a.sector) != sizes.value(b.sector))
            return sizes.value(a.sector) > sizes.value(b.sector);
        if (a.sector != b.sector)
            return a.sector < b.sector;
        return a.id < b.id;
    });
    return people;
}

} // namespace

QHash<qint64, qint64> MesaPlanning::balanced(const QList<Attendee> &people, const QList<Mesa> &mesas)
{
    if (mesas.isEmpty())
        return {};
    Seating seating(mesas.size());
    for (const Attendee &person : inSectorOrder(people))
        seating.seat(person, seating.best(person.sector), mesas);
    return seating.plan;
}

QHash<qint64, qint64> MesaPlanning::byPreference(const QList<Attendee> &people, const QList<Mesa> &mesas, bool balanceRest)
{
    if (mesas.isEmpty())
        return {};
    Seating seating(mesas.size());
    QList<Attendee> rest;
    for (const Attendee &person : people) {
        const auto preferred = std::find_if(mesas.begin(), mesas.end(), [&](const Mesa &m) {
            return !person.preferredMesaCode.isEmpty() && m.code.compare(person.preferredMesaCode, Qt::CaseInsensitive) == 0;
        });
        if (preferred != mesas.end())
            seating.seat(person, int(preferred - mesas.begin()), mesas);
        else
            rest.append(person);
    }
    if (balanceRest) {
        for (const Attendee &person : inSectorOrder(rest))
            seating.seat(person, seating.best(person.sector), mesas);
    }
    return seating.plan;
}

int MesaPlanning::sectorCount(const QList<Attendee> &members)
{
    QSet<Sector> sectors;
    for (const Attendee &a : members)
        sectors.insert(a.sector);
    return int(sectors.size());
}

} // namespace taller

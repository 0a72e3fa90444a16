#pragma once

#include "base/EventFile.h"
#include "plenary/PlenaryTurn.h"

#include <QDateTime>

namespace taller {

// The plenary: the order in which mesas present, the time each has, and
// when each actually presented.
class PlenaryRepository
{
    Q_DECLARE_TR_FUNCTIONS(taller::PlenaryRepository)

public:
    using Turn = PlenaryTurn;

    explicit PlenaryRepository(EventFile &file) : m_file(file) {}

    // Every mesa, in presentation order.
    Result<QList<Turn>> turns() const;
    // The plenary's length from the programme (its "plenary" activity).
    Result<int> plenaryMinutes() const;

    Status setOrder(const QList<qint64> &mesaIds);
    Status setMinutes(qint64 mesaId, std::optional<int> minutes);
    // Starts mesaId's turn now, ending any turn still running.
    Status start(qint64 mesaId, const QDateTime &at);
    Status finish(qint64 mesaId, const QDateTime &at);
    Status resetTimes();

private:
    Status keepOrder();
    EventFile &m_file;
};

} // namespace taller

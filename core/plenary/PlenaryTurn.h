#pragma once

#include "mesas/Mesa.h"

#include <QDateTime>

#include <optional>

namespace taller {

// One mesa's turn to present in the plenary.
struct PlenaryTurn
{
    Mesa mesa;
    // Set by hand; otherwise the plenary's time shared among the mesas.
    std::optional<int> minutesSetByHand;
    int minutes = 0;
    QDateTime startedAt;
    QDateTime endedAt;

    bool isRunning() const { return startedAt.isValid() && !endedAt.isValid(); }
};

} // namespace taller

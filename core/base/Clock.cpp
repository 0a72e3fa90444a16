#include "base/Clock.h"

namespace taller {

namespace {
const Clock systemClock;
const Clock *currentClock = &systemClock;
} // namespace

QDateTime Clock::now() const
{
    return QDateTime::currentDateTime();
}

const Clock &Clock::instance()
{
    return *currentClock;
}

void Clock::setInstance(const Clock *clock)
{
    currentClock = clock ? clock : &systemClock;
}

} // namespace taller

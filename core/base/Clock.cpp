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

QString Clock::stamp()
{
    return storedTime(currentDateTime());
}

QString storedTime(const QDateTime &at)
{
    return at.isValid() ? at.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime fromStoredTime(const QString &text)
{
    return text.isEmpty() ? QDateTime() : QDateTime::fromString(text, Qt::ISODateWithMs).toLocalTime();
}

void Clock::setInstance(const Clock *clock)
{
    currentClock = clock ? clock : &systemClock;
}

} // namespace taller

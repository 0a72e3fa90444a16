#pragma once

#include <QDateTime>

namespace taller {

// The one source of "now" for the whole program, replaceable in tests.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const;

    static const Clock &instance();
    // Takes no ownership; pass nullptr to return to the system clock.
    static void setInstance(const Clock *clock);

    static QDateTime currentDateTime() { return instance().now(); }
    static QDate currentDate() { return instance().now().date(); }
    // Now, as a time is stored (see storedTime).
    static QString stamp();
};

// A time as the file stores it, and as devices send it to each other: UTC,
// ISO 8601 with milliseconds; empty for no time.
QString storedTime(const QDateTime &at);
// A stored time, in local time; invalid for an empty text.
QDateTime fromStoredTime(const QString &text);

} // namespace taller

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
};

} // namespace taller

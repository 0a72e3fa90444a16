#include "LiveFormat.h"

namespace taller {

using namespace Qt::StringLiterals;

QString LiveFormat::countdown(qint64 seconds)
{
    const qint64 magnitude = seconds < 0 ? -seconds : seconds;
    const QString clock = magnitude >= 3600
                              ? u"%1:%2:%3"_s.arg(magnitude / 3600).arg(magnitude / 60 % 60, 2, 10, QLatin1Char('0')).arg(magnitude % 60, 2, 10, QLatin1Char('0'))
                              : u"%1:%2"_s.arg(magnitude / 60, 2, 10, QLatin1Char('0')).arg(magnitude % 60, 2, 10, QLatin1Char('0'));
    return seconds < 0 ? u"+"_s + clock : clock;
}

QString LiveFormat::delay(qint64 seconds)
{
    const qint64 minutes = (seconds < 0 ? -seconds : seconds) / 60;
    if (minutes == 0)
        return tr("on time");
    return seconds > 0 ? tr("%1 min behind").arg(minutes) : tr("%1 min ahead").arg(minutes);
}

} // namespace taller

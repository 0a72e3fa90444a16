#include "event/EventHeader.h"

#include <QLocale>

namespace taller {

using namespace Qt::StringLiterals;

QString EventHeader::dateText(QDate date)
{
    if (!date.isValid())
        return tr("date to be set");
    return QLocale().toString(date, QLocale::LongFormat);
}

QString EventHeader::timeRangeText(QTime start, QTime end)
{
    // A meeting's end is often not known beforehand: then only its start.
    if (!end.isValid())
        return start.isValid() ? start.toString(u"HH:mm"_s) : QString();
    return tr("%1 to %2").arg(start.toString(u"HH:mm"_s), end.toString(u"HH:mm"_s));
}

QString EventHeader::placeText(const EventDetails &details)
{
    if (details.address.isEmpty())
        return details.venue;
    if (details.venue.isEmpty())
        return details.address;
    return u"%1 (%2)"_s.arg(details.venue, details.address);
}

QString EventHeader::durationText(int minutes)
{
    if (minutes < 60)
        return tr("%1 min").arg(minutes);
    if (minutes % 60 == 0)
        return tr("%n h", nullptr, minutes / 60);
    return tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60);
}

void EventHeader::applyRunningHeader(PrintedDocument &document, const EventDetails &details)
{
    const QString date = dateText(details.date);
    document.setRunningHeader(details.title, details.venue.isEmpty() ? date : u"%1 · %2"_s.arg(details.venue, date));
}

} // namespace taller

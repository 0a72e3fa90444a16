#pragma once

#include "event/EventDetails.h"
#include "printing/PrintedDocument.h"

namespace taller {

// Shared wording of the event's header on every printed document.
class EventHeader
{
    Q_DECLARE_TR_FUNCTIONS(taller::EventHeader)
public:
    static QString dateText(QDate date);
    static QString timeRangeText(QTime start, QTime end);
    static QString placeText(const EventDetails &details);
    static QString durationText(int minutes);
    // The running header every page of every document carries.
    static void applyRunningHeader(PrintedDocument &document, const EventDetails &details);
};

} // namespace taller

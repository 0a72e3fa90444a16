#pragma once

#include "documents/PrintedDocument.h"
#include "domain/Agenda.h"
#include "domain/EventDetails.h"
#include "domain/Mesa.h"

namespace taller {

class EventFile;

// The "Programa del taller": the event's header, then time, duration,
// activity and responsible for each item, as the seed programmes lay it out.
class AgendaDocument
{
    Q_DECLARE_TR_FUNCTIONS(taller::AgendaDocument)
public:
    static PrintedDocument build(const EventDetails &details, const QList<AgendaItem> &agenda, const QList<Mesa> &mesas);
    static Result<PrintedDocument> build(EventFile &file);
};

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

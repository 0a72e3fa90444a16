#pragma once

#include "event/EventHeader.h"
#include "printing/PrintedDocument.h"
#include "programme/Agenda.h"
#include "event/EventDetails.h"
#include "mesas/Mesa.h"

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

private:
    // compact: the same content in fewer lines (place, date and time on one
    // line, the audience in one paragraph, a parallel session's mesas on one
    // line), chosen when it saves a page.
    static PrintedDocument layout(const EventDetails &details, const QList<AgendaItem> &agenda, const QList<Mesa> &mesas,
                                  bool compact);
};


} // namespace taller

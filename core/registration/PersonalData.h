#pragma once

#include "base/EventFile.h"
#include "tabular/TabularWriter.h"

namespace taller {

// Attendees' personal data under Peru's Ley 29733: what can be published
// without it, and how it is erased once the event is over.
class PersonalData
{
    Q_DECLARE_TR_FUNCTIONS(taller::PersonalData)
public:
    // Participation by sector, with no names, documents or contacts: what an
    // OGP report publishes.
    static Result<QByteArray> participationCsv(EventFile &file);
    static Result<TabularSheet> participationSheet(EventFile &file);

    // Erases every attendee's personal data (names, documents, contacts,
    // check-ins, seats), keeping the counts by sector and the acta with its
    // signatories. secure_delete and a VACUUM leave nothing readable in the
    // file. The event file must not be open elsewhere.
    static Status purge(EventFile &file);
    static Result<bool> isPurged(EventFile &file);
};

} // namespace taller

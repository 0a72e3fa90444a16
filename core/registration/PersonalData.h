#pragma once

#include "base/EventFile.h"
#include "meetings/Meeting.h"
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
    static Result<TabularSheet> participationSheet(EventFile &file, qint64 meeting = WorkshopMeetingId);

    struct PurgeReport
    {
        // The data had been erased from the file by an earlier purge; this
        // one finished the work (journal, copies) or found nothing left.
        bool alreadyPurged = false;
        // The copies deleted: the program's backups of the event, copies set
        // aside as damaged, unfinished (.partial) files.
        QStringList deleted;
    };

    // Erases every attendee's personal data (names, documents, contacts,
    // check-ins, seats), keeping the counts by sector and the acta with its
    // signatories: from the file (secure_delete, VACUUM), from its journal
    // (checkpointed and truncated), and from every copy the program made of
    // the event (deleted). Refuses, naming why, when another connection is
    // reading the file (nothing is erased) or when the journal could not be
    // emptied or a copy could not be deleted (the purge is then unfinished
    // and running it again finishes it). Never succeeds while data remains
    // where the program put it.
    static Result<PurgeReport> purge(EventFile &file);
    // The second half of a purge, for a file whose people were removed
    // another way (a desk's copy taking in its hub's purge): what remains of
    // them in freed pages, the journal and the program's copies is erased.
    static Result<PurgeReport> eraseTraces(EventFile &file);
    // Every copy of the event at eventPath the program made and purge
    // deletes: backups, damaged copies set aside, unfinished copies.
    static QStringList copiesOf(const QString &eventPath);
    static Result<bool> isPurged(EventFile &file);
};

} // namespace taller

#pragma once

#include "EventSession.h"
#include "programme/Agenda.h"
#include "programme/AgendaCsv.h"
#include "tabular/TabularReader.h"
#include "tabular/TabularWriter.h"
#include "printing/PrintedDocument.h"

namespace taller {

// The day's programme: editing it, running it live, exchanging it as a
// spreadsheet and printing it.
class ProgrammeService
{
    Q_DECLARE_TR_FUNCTIONS(taller::ProgrammeService)
public:
    // A change as it was written: what the programme was and became. Undoing
    // it writes the same change the other way.
    struct Change
    {
        QList<AgendaItem> before;
        QList<AgendaItem> after;
    };

    explicit ProgrammeService(EventSession &session, MeetingRef meeting = {}) : m_session(session), m_meeting(meeting) {}

    Result<QList<AgendaItem>> agenda() const;
    // Writes only the items that differ between before and after (and the
    // order), so a change another desk made to other items stays. Returns
    // after as stored, new items with their ids.
    Result<QList<AgendaItem>> change(const QList<AgendaItem> &before, const QList<AgendaItem> &after);

    // Running the day: each records actual times now and returns the change.
    Result<Change> startDay();
    Result<Change> nextActivity();
    Result<Change> clearActualTimes();

    // A spreadsheet's activities as they would be imported, with what was
    // left out and why; writes nothing.
    Result<AgendaCsv::Import> readSheet(const QString &path, const TabularReader::Options &options = {},
                                        const QStringList &columnChoices = {}) const;
    // Replaces the programme with the activities read; a file with no usable
    // activity changes nothing. The event's start follows the file's first
    // activity when the event had no programme of its own.
    Result<AgendaCsv::Applied> importSheet(const AgendaCsv::Import &import);
    // Every field of every activity, as `import agenda` reads it back.
    Result<TabularSheet> exportSheet() const;
    Result<PrintedDocument> document() const;

private:
    Result<Change> changeTo(const std::function<QList<AgendaItem>(const QList<AgendaItem> &)> &next);

    EventSession &m_session;
    MeetingRef m_meeting;
};

} // namespace taller

#include "registration/AttendanceDocument.h"

#include "event/EventHeader.h"
#include "registration/AttendeeRepository.h"
#include "event/EventRepository.h"
#include "meetings/MeetingRepository.h"

namespace taller {

using namespace Qt::StringLiterals;

PrintedDocument AttendanceDocument::build(const EventDetails &details, const QList<Attendee> &attendees, int blankRows,
                                          const QString &subtitle)
{
    PrintedDocument document(tr("Attendance sheet"));
    EventHeader::applyRunningHeader(document, details);
    document.addTitle(tr("Attendance sheet"));
    document.addSubtitle(details.title);
    if (!subtitle.isEmpty())
        document.addSubtitle(subtitle);
    document.addSpacing(2);
    document.addFields({
        {tr("Organiser"), details.organiser},
        {tr("Venue"), EventHeader::placeText(details)},
        {tr("Date"), u"%1, %2"_s.arg(EventHeader::dateText(details.date), EventHeader::timeRangeText(details.start, details.end))},
    });

    PrintedDocument::Table table;
    table.minimumRowHeightMm = SignatureRowMm;
    table.columns = {
        {tr("No."), 10, Qt::AlignRight},
        {tr("Surnames and given names"), 47, Qt::AlignLeft},
        {tr("Document"), 24, Qt::AlignLeft},
        {tr("Organisation"), 37, Qt::AlignLeft},
        {tr("Sector"), 28, Qt::AlignLeft},
        {tr("Signature"), 34, Qt::AlignLeft},
    };
    int number = 0;
    for (const Attendee &a : attendees) {
        ++number;
        table.rows.append({
            {QString::number(number), {}, false},
            {a.sortName(), {}, false},
            {a.documentNumber, a.documentType == DocumentType::Dni ? QString() : DocumentTypes::shortName(a.documentType), false},
            {a.organisation, {}, false},
            {displayNameOf(a.sector), {}, false},
            {},
        });
    }
    for (int i = 0; i < blankRows; ++i)
        table.rows.append({{QString::number(++number), {}, false}, {}, {}, {}, {}, {}});
    table.spareRows = blankRows;
    document.addTable(table);
    return document;
}

Result<PrintedDocument> AttendanceDocument::build(EventFile &file, int blankRows, qint64 meetingId)
{
    TRY_LET(meeting, MeetingRepository(file).find(meetingId));
    if (meeting->isWorkshop()) {
        TRY_LET(details, EventRepository(file).load());
        TRY_LET(attendees, AttendeeRepository(file).all());
        return build(*details, *attendees, blankRows);
    }
    // A meeting's own sheet: whoever has signed in at it so far, then room
    // for the rest. The register of the whole process is not theirs.
    TRY_LET(present, AttendeeRepository(file, meetingId).checkedIn());
    // The title is above already: the subtitle says which meeting it is.
    Meeting which = *meeting;
    which.title.clear();
    which.date = {};
    return build(meeting->heading(), *present, blankRows, Meetings::label(which));
}

} // namespace taller

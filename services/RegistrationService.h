#pragma once

#include "EventSession.h"
#include "printing/PrintedDocument.h"
#include "registration/AttendeeImport.h"
#include "registration/CheckinRepository.h"
#include "registration/PersonalData.h"
#include "tabular/TabularWriter.h"

namespace taller {

// The registration desk's use cases: find, check in and undo, walk-ins, the
// list imported from a form, the attendance sheet, and personal data.
class RegistrationService
{
    Q_DECLARE_TR_FUNCTIONS(taller::RegistrationService)
public:
    explicit RegistrationService(EventSession &session, MeetingRef meeting = {}) : m_session(session), m_meeting(meeting) {}
    // desk: the desk recorded with each check-in, for a change another
    // device made (the session's own desk otherwise).
    RegistrationService(EventSession &session, MeetingRef meeting, QString desk)
        : m_session(session), m_meeting(meeting), m_desk(std::move(desk))
    {
    }

    Result<QList<Attendee>> search(const QString &text, int limit = 50) const;
    // Sorted by surname then given names.
    Result<QList<Attendee>> attendees() const;
    Result<QList<Attendee>> checkedIn() const;
    Result<std::optional<Attendee>> findByDocument(const QString &document) const;
    Result<std::optional<Attendee>> findById(qint64 attendeeId) const;
    // Registered and present by sector; after a purge, the counts it kept.
    Result<CheckinCounts> counts() const;
    // The people in the file now (none after a purge).
    Result<int> attendeeCount() const;
    Result<int> checkedInCount() const;
    Result<QList<CheckinEntry>> recentCheckins(int limit) const;
    // Who has not arrived yet, a page at a time (the desk's list when
    // nothing is typed), and how many they are.
    Result<QList<Attendee>> notArrived(int offset, int limit) const;
    Result<int> notArrivedCount() const;

    // Each is on disk before it returns. On a desk's copy, each is also kept
    // for the hub (EventSession::journal).
    Result<CheckinResult> checkIn(qint64 attendeeId);
    Result<CheckinResult> checkInByDocument(const QString &document);
    Result<CheckinResult> undoCheckIn(qint64 attendeeId);
    Result<CheckinResult> undoCheckInByDocument(const QString &document);
    Result<Attendee> registerWalkIn(const Attendee &attendee);
    // Corrects a person's details (a name misspelt on the form, the wrong
    // sector); validated as a walk-in is. Check-ins are not touched.
    Result<Attendee> updateAttendee(const Attendee &attendee);

    // Reads and checks the list without writing; import() writes every
    // accepted row or none.
    // headerLine: the line that names the columns (0: found in the first rows).
    Result<AttendeeImport::Plan> prepareImport(const TabularReader::Table &table, const QStringList &columnChoices = {},
                                               int headerLine = 0) const;
    Result<AttendeeImport::Plan> prepareImportFile(const QString &path, const TabularReader::Options &options = {},
                                                   const QStringList &columnChoices = {}, int headerLine = 0) const;
    Result<AttendeeImport::Report> import(const AttendeeImport::Plan &plan);

    // The Lista de asistencia, with blankRows numbered rows for walk-ins.
    Result<PrintedDocument> attendanceSheet(int blankRows) const;
    // Every attendee, as `import attendees` reads them back.
    Result<TabularSheet> exportAttendees() const;
    // Counts by sector with no names, documents or contacts.
    Result<TabularSheet> participationSheet() const;
    // Erases the attendees' personal data from the file, its journal and
    // every copy the program made of it; see PersonalData::purge.
    Result<PersonalData::PurgeReport> purgePersonalData();

private:
    Result<CheckinResult> announced(Result<CheckinResult> result);
    CheckinRepository checkins() const;
    // The document of a person by id, for an operation on a desk's copy.
    QString documentOf(qint64 attendeeId) const;

    EventSession &m_session;
    MeetingRef m_meeting;
    QString m_desk;
};

} // namespace taller

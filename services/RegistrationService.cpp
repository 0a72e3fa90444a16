#include "RegistrationService.h"

#include "registration/AttendanceDocument.h"
#include "registration/AttendeeRepository.h"
#include "registration/AttendeeSearch.h"
#include "registration/PersonalData.h"

namespace taller {

Result<QList<Attendee>> RegistrationService::search(const QString &text, int limit) const
{
    return AttendeeSearch(m_session.file(), m_meeting.id).find(text, limit);
}

Result<QList<Attendee>> RegistrationService::attendees() const
{
    return AttendeeRepository(m_session.file(), m_meeting.id).all();
}

Result<QList<Attendee>> RegistrationService::checkedIn() const
{
    return AttendeeRepository(m_session.file(), m_meeting.id).checkedIn();
}

Result<std::optional<Attendee>> RegistrationService::findByDocument(const QString &document) const
{
    return AttendeeRepository(m_session.file(), m_meeting.id).findByDocument(DocumentTypes::normalizedNumber(document));
}

Result<std::optional<Attendee>> RegistrationService::findById(qint64 attendeeId) const
{
    return AttendeeRepository(m_session.file(), m_meeting.id).findById(attendeeId);
}

Result<CheckinCounts> RegistrationService::counts() const
{
    return CheckinRepository(m_session.file(), {}, m_meeting.id).counts();
}

Result<int> RegistrationService::attendeeCount() const
{
    return AttendeeRepository(m_session.file(), m_meeting.id).count();
}

Result<int> RegistrationService::checkedInCount() const
{
    return AttendeeRepository(m_session.file(), m_meeting.id).checkedInCount();
}

Result<QList<CheckinEntry>> RegistrationService::recentCheckins(int limit) const
{
    return CheckinRepository(m_session.file(), {}, m_meeting.id).recent(limit);
}

Result<QList<Attendee>> RegistrationService::notArrived(int offset, int limit) const
{
    return AttendeeRepository(m_session.file(), m_meeting.id).notArrived(offset, limit);
}

Result<int> RegistrationService::notArrivedCount() const
{
    return AttendeeRepository(m_session.file(), m_meeting.id).notArrivedCount();
}

Result<CheckinResult> RegistrationService::announced(Result<CheckinResult> result)
{
    if (result && (result->outcome == CheckinOutcome::CheckedIn || result->outcome == CheckinOutcome::Undone))
        m_session.announce(Section::Attendees);
    return result;
}

CheckinRepository RegistrationService::checkins() const
{
    return CheckinRepository(m_session.file(), m_desk.isEmpty() ? m_session.desk() : m_desk, m_meeting.id);
}

QString RegistrationService::documentOf(qint64 attendeeId) const
{
    const auto attendee = findById(attendeeId);
    return attendee && attendee->has_value() ? attendee->value().documentNumber : QString();
}

Result<CheckinResult> RegistrationService::checkIn(qint64 attendeeId)
{
    return announced(m_session.journaled<CheckinResult>([&] { return Operation::checkIn(documentOf(attendeeId), m_meeting.id); },
                                                        [&] { return checkins().checkIn(attendeeId); }));
}

Result<CheckinResult> RegistrationService::checkInByDocument(const QString &document)
{
    return announced(m_session.journaled<CheckinResult>(
        [&] { return Operation::checkIn(DocumentTypes::normalizedNumber(document), m_meeting.id); },
        [&] { return checkins().checkInByDocument(document); }));
}

Result<CheckinResult> RegistrationService::undoCheckIn(qint64 attendeeId)
{
    return announced(m_session.journaled<CheckinResult>([&] { return Operation::undoCheckIn(documentOf(attendeeId), m_meeting.id); },
                                                        [&] { return checkins().undo(attendeeId); }));
}

Result<CheckinResult> RegistrationService::undoCheckInByDocument(const QString &document)
{
    return announced(m_session.journaled<CheckinResult>(
        [&] { return Operation::undoCheckIn(DocumentTypes::normalizedNumber(document), m_meeting.id); },
        [&] { return checkins().undoByDocument(document); }));
}

Result<Attendee> RegistrationService::registerWalkIn(const Attendee &attendee)
{
    Attendee walkIn = attendee;
    walkIn.walkIn = true;
    walkIn.documentNumber = DocumentTypes::normalizedNumber(walkIn.documentNumber);
    if (const auto problems = AttendeeValidation::problems(walkIn); !problems.isEmpty())
        return Error{problems.first().message};
    return m_session.announced(
        m_session.journaled<Attendee>([&] { return Operation::walkIn(walkIn, m_meeting.id); },
                                      [&] { return AttendeeRepository(m_session.file(), m_meeting.id).add(walkIn); }),
        Section::Attendees);
}

Result<Attendee> RegistrationService::updateAttendee(const Attendee &attendee)
{
    Attendee changed = attendee;
    changed.documentNumber = DocumentTypes::normalizedNumber(changed.documentNumber);
    if (const auto problems = AttendeeValidation::problems(changed); !problems.isEmpty())
        return Error{problems.first().message};
    return m_session.announced(
        m_session.journaled<Attendee>([&] { return Operation::updateAttendee(documentOf(changed.id), changed, m_meeting.id); },
                                      [&] { return AttendeeRepository(m_session.file(), m_meeting.id).update(changed); }),
        Section::Attendees | Section::Mesas);
}

Result<AttendeeImport::Plan> RegistrationService::prepareImport(const TabularReader::Table &table, const QStringList &columnChoices,
                                                                 int headerLine) const
{
    return AttendeeImport::prepare(m_session.file(), table, columnChoices, headerLine);
}

Result<AttendeeImport::Plan> RegistrationService::prepareImportFile(const QString &path, const TabularReader::Options &options,
                                                                     const QStringList &columnChoices, int headerLine) const
{
    return AttendeeImport::prepareFile(m_session.file(), path, options, columnChoices, headerLine);
}

Result<AttendeeImport::Report> RegistrationService::import(const AttendeeImport::Plan &plan)
{
    auto report = AttendeeImport::commit(m_session.file(), plan);
    if (report && report->imported > 0)
        m_session.announce(Section::Attendees);
    return report;
}

Result<PrintedDocument> RegistrationService::attendanceSheet(int blankRows) const
{
    return AttendanceDocument::build(m_session.file(), blankRows, m_meeting.id);
}

Result<TabularSheet> RegistrationService::exportAttendees() const
{
    return AttendeeImport::exportSheet(m_session.file());
}

Result<TabularSheet> RegistrationService::participationSheet() const
{
    return PersonalData::participationSheet(m_session.file(), m_meeting.id);
}

Result<PersonalData::PurgeReport> RegistrationService::purgePersonalData()
{
    auto purged = PersonalData::purge(m_session.file());
    // Announced even when unfinished: the attendees may be gone already.
    m_session.announce(Section::Attendees | Section::Mesas);
    return purged;
}

} // namespace taller

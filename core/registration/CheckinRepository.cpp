#include "registration/CheckinRepository.h"

#include "registration/AttendeeRepository.h"
#include "base/Clock.h"
#include "base/SqlStatement.h"

namespace taller {

using namespace Qt::StringLiterals;

Result<std::optional<Attendee>> CheckinRepository::findDocument(const QString &document) const
{
    const QString number = DocumentTypes::normalizedNumber(document);
    AttendeeRepository attendees(m_file, m_meeting);
    auto found = attendees.findByDocument(number);
    if (!found || found->has_value())
        return found;
    // Typed by hand from a DNI that starts with 0, or kept by Excel without it.
    if (number.size() == 7)
        return attendees.findByDocument(u'0' + number);
    return found;
}

namespace {

// Could this be any kind of document at all? A DNI that lost its leading
// zero still counts.
bool looksLikeDocument(const QString &number)
{
    if (number.size() == 7 && DocumentTypes::validationError(DocumentType::Dni, u'0' + number).isEmpty())
        return true;
    for (DocumentType type : valuesOf<DocumentType>()) {
        if (DocumentTypes::validationError(type, number).isEmpty())
            return true;
    }
    return false;
}

} // namespace

Result<CheckinResult> CheckinRepository::recordByDocument(const QString &document, bool checkingIn)
{
    const QString number = DocumentTypes::normalizedNumber(document);
    if (!looksLikeDocument(number))
        return CheckinResult{CheckinOutcome::Invalid, {}, {}};
    TRY_LET(found, findDocument(number));
    if (!found->has_value())
        return CheckinResult{CheckinOutcome::NotFound, {}, {}};
    return record(found->value().id, checkingIn);
}

Result<CheckinResult> CheckinRepository::checkInByDocument(const QString &document)
{
    return recordByDocument(document, true);
}

Result<CheckinResult> CheckinRepository::checkIn(qint64 attendeeId)
{
    return record(attendeeId, true);
}

Result<CheckinResult> CheckinRepository::undoByDocument(const QString &document)
{
    return recordByDocument(document, false);
}

Result<CheckinResult> CheckinRepository::undo(qint64 attendeeId)
{
    return record(attendeeId, false);
}

Result<CheckinResult> CheckinRepository::record(qint64 attendeeId, bool checkingIn)
{
    CheckinResult result;
    // Read and append in one IMMEDIATE transaction: two desks checking in the
    // same person at once serialise here, and the second sees "already".
    TRY(m_file.write([&]() -> Status {
        TRY_LET(attendee, AttendeeRepository(m_file, m_meeting).findById(attendeeId));
        if (!attendee->has_value()) {
            result.outcome = CheckinOutcome::NotFound;
            return {};
        }
        result.attendee = attendee->value();
        if (checkingIn && result.attendee.isCheckedIn()) {
            result.outcome = CheckinOutcome::Already;
            result.at = result.attendee.checkedInAt;
            return {};
        }
        if (!checkingIn && !result.attendee.isCheckedIn()) {
            result.outcome = CheckinOutcome::NotCheckedIn;
            return {};
        }
        const QDateTime now = Clock::currentDateTime();
        SqlStatement insert(m_file.database(), u"INSERT INTO checkin_event (attendee_id, action, at, desk, meeting_id) VALUES (?, ?, ?, ?, ?)"_s);
        insert.bind(attendeeId)
            .bind(checkingIn ? u"check_in"_s : u"undo"_s)
            .bind(now.toUTC().toString(Qt::ISODateWithMs))
            .bind(m_desk)
            .bind(m_meeting);
        TRY(insert.exec());
        result.outcome = checkingIn ? CheckinOutcome::CheckedIn : CheckinOutcome::Undone;
        result.at = now;
        result.attendee.checkedInAt = checkingIn ? now : QDateTime();
        return {};
    }));
    return result;
}

Result<QList<CheckinRepository::Entry>> CheckinRepository::recent(int limit) const
{
    SqlStatement query(m_file.database(),
                       u"SELECT id, action, at, desk, attendee_id FROM checkin_event WHERE meeting_id = ? ORDER BY id DESC LIMIT ?"_s);
    query.bind(m_meeting).bind(limit);
    TRY(query.exec());
    QList<Entry> entries;
    QList<qint64> attendeeIds;
    while (query.next()) {
        Entry entry;
        entry.id = query.value(0).toLongLong();
        entry.undo = query.value(1).toString() == u"undo"_s;
        entry.at = QDateTime::fromString(query.value(2).toString(), Qt::ISODateWithMs).toLocalTime();
        entry.desk = query.value(3).toString();
        entries.append(entry);
        attendeeIds.append(query.value(4).toLongLong());
    }
    const AttendeeRepository attendees(m_file, m_meeting);
    for (int i = 0; i < entries.size(); ++i) {
        TRY_LET(attendee, attendees.findById(attendeeIds.at(i)));
        if (attendee->has_value())
            entries[i].attendee = attendee->value();
    }
    return entries;
}

Result<CheckinRepository::Counts> CheckinRepository::counts() const
{
    // Once personal data is purged, only the counts by sector remain.
    SqlStatement summary(m_file.database(), u"SELECT sector, registered, attended, walk_ins FROM participation_summary WHERE meeting_id = ?"_s);
    summary.bind(m_meeting);
    TRY(summary.exec());
    if (summary.next()) {
        Counts counts;
        do {
            const Sector sector = fromKey<Sector>(summary.value(0).toString()).value_or(Sector::Other);
            counts.bySector[sector] = {summary.value(1).toInt(), summary.value(2).toInt()};
            counts.registered += summary.value(1).toInt();
            counts.checkedIn += summary.value(2).toInt();
            counts.walkIns += summary.value(3).toInt();
        } while (summary.next());
        return counts;
    }

    SqlStatement query(m_file.database(),
                       u"SELECT a.sector, count(*), sum(a.walk_in), "
                       "sum("_s + AttendeeRepository::latestAction(m_meeting) + u" = 'check_in') FROM attendee a GROUP BY a.sector"_s);
    TRY(query.exec());
    Counts counts;
    while (query.next()) {
        const Sector sector = fromKey<Sector>(query.value(0).toString()).value_or(Sector::Other);
        SectorCount &c = counts.bySector[sector];
        c.registered += query.value(1).toInt();
        c.checkedIn += query.value(3).toInt();
        counts.registered += query.value(1).toInt();
        counts.walkIns += query.value(2).toInt();
        counts.checkedIn += query.value(3).toInt();
    }
    return counts;
}

} // namespace taller

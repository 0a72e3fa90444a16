#pragma once

#include "base/EventFile.h"
#include "meetings/Meeting.h"
#include "registration/Attendee.h"

#include <QList>

namespace taller {

// The people of the process, one register for all its meetings; whether a
// person is present is read from the attendance of one meeting.
class AttendeeRepository
{
public:
    explicit AttendeeRepository(EventFile &file, qint64 meeting = WorkshopMeetingId) : m_file(file), m_meeting(meeting) {}

    // Adds every attendee in one transaction: all of them or none. Ids are
    // filled in. Each must already have passed validation. A large list is
    // staged first, so that the write lock is held only for a moment.
    Status addAll(QList<Attendee> &attendees);
    Result<Attendee> add(const Attendee &attendee);
    // Writes every field a person's details hold (not the check-ins); the
    // document must stay unique. Returns the stored person.
    Result<Attendee> update(const Attendee &attendee);

    Result<int> count() const;
    Result<int> checkedInCount() const;
    Result<std::optional<Attendee>> findByDocument(const QString &documentNumber) const;
    Result<std::optional<Attendee>> findById(qint64 id) const;
    // Sorted by surname then given names, the order of the attendance sheet.
    Result<QList<Attendee>> all() const;
    Result<QList<Attendee>> checkedIn() const;
    // One page of the people not checked in now, in the people's order
    // (inPeopleOrder), and how many there are in all.
    Result<QList<Attendee>> notArrived(int offset, int limit) const;
    Result<int> notArrivedCount() const;
    // Those matching a WHERE clause over "attendee a" (with its LIMIT, if
    // any), sorted by surname then given names.
    Result<QList<Attendee>> sorted(const QString &where, const QVariantList &values) const;
    // One page (offset, limit) of those matching a WHERE clause over
    // "attendee a", in the people's order: the order is found from the names
    // alone, and only the page's rows are read whole.
    Result<QList<Attendee>> pageInPeopleOrder(const QString &where, const QVariantList &values, int offset, int limit) const;
    // Stores the people_key of everyone whose key is empty (new, renamed, or
    // written by another program). Inside every write of attendees.
    Status fillPeopleKeys();

    // The SELECT list and FROM clause shared by every query returning attendees.
    static QString selectClause(qint64 meeting);
    // The SELECT list alone, over "attendee a" and "mesa m", for other FROMs.
    static QString selectColumns(qint64 meeting);
    // The latest attendance action ('check_in' or 'undo') of "attendee a" at
    // the meeting: it decides whether the person is present there now.
    static QString latestAction(qint64 meeting);
    static Attendee fromRow(const class SqlStatement &row, int firstColumn = 0);

private:
    Status addEach(QList<Attendee> &attendees);
    Status addStaged(QList<Attendee> &attendees);
    Result<QList<Attendee>> query(const QString &where, const QVariantList &values) const;

    EventFile &m_file;
    qint64 m_meeting;
};

} // namespace taller

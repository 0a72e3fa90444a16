#pragma once

#include "base/EventFile.h"
#include "meetings/Meeting.h"

namespace taller {

// The meetings of the process, the tabla and desarrollo of each, and every
// agreement with its follow-up. The workshop is meeting 1: its title, date,
// times and place are the event's own.
class MeetingRepository
{
    Q_DECLARE_TR_FUNCTIONS(taller::MeetingRepository)

public:
    explicit MeetingRepository(EventFile &file) : m_file(file) {}

    Result<QList<Meeting>> all() const;
    Result<Meeting> find(qint64 id) const;
    // A new meeting of kind Meeting; returns its id. The file's workshop is
    // meeting 1 and a file holds one.
    Result<qint64> add(const Meeting &meeting);
    // For the workshop, writes the event's title, date, times and place.
    Status update(const Meeting &meeting);
    // A meeting added by mistake goes, with its tabla, agreements and draft
    // minutes. Refused for the workshop, for a meeting whose minutes were
    // ever closed (a record) and for one with any attendance recorded (a
    // check-in, even one undone, is never erased).
    Status remove(qint64 id);

    Result<QList<MeetingItem>> items(qint64 meetingId) const;
    Result<MeetingItem> addItem(qint64 meetingId, const MeetingItem &item);
    Status updateItem(const MeetingItem &item);
    Status removeItem(qint64 itemId);
    Result<qint64> meetingOfItem(qint64 itemId) const;

    // Every agreement of every meeting (meetingId 0), or of one meeting.
    Result<QList<Agreement>> agreements(qint64 meetingId = 0) const;
    Result<Agreement> agreement(qint64 id) const;
    Result<Agreement> addAgreement(const Agreement &agreement);
    // Its text, responsible and due.
    Status updateAgreement(const Agreement &agreement);
    Status removeAgreement(qint64 id);
    // Follow-up: done on a date with an evidence note, in the meeting that
    // reviewed it (if any); or open again.
    Status markDone(qint64 id, const QDate &on, const QString &note, std::optional<qint64> reviewedIn);
    Status reopen(qint64 id);

private:
    Status requireMeeting(qint64 id) const;
    // The workshop's title, date, times and place are the event's own.
    Status takeEventDetails(Meeting &workshop) const;

    EventFile &m_file;
};

} // namespace taller

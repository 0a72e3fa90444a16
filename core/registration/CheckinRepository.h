#pragma once

#include "base/EventFile.h"
#include "meetings/Meeting.h"
#include "registration/Checkin.h"

#include <QMap>

namespace taller {

// The attendance record. A check-in and its undoing are both events appended
// to the record, never edits or deletions: the latest event per person says
// whether they are present.
class CheckinRepository
{
    Q_DECLARE_TR_FUNCTIONS(taller::CheckinRepository)

public:
    using Entry = CheckinEntry;
    using Counts = CheckinCounts;

    explicit CheckinRepository(EventFile &file, QString desk = {}, qint64 meeting = WorkshopMeetingId)
        : m_file(file), m_desk(std::move(desk)), m_meeting(meeting)
    {
    }

    // Document numbers are taken as typed or scanned: spaces and dashes are
    // ignored, and a DNI that lost its leading zero is still found.
    Result<CheckinResult> checkInByDocument(const QString &document);
    Result<CheckinResult> checkIn(qint64 attendeeId);
    Result<CheckinResult> undoByDocument(const QString &document);
    Result<CheckinResult> undo(qint64 attendeeId);

    Result<QList<Entry>> recent(int limit) const;
    Result<Counts> counts() const;


private:
    Result<CheckinResult> record(qint64 attendeeId, bool checkingIn);
    Result<CheckinResult> recordByDocument(const QString &document, bool checkingIn);
    Result<std::optional<Attendee>> findDocument(const QString &document) const;

    EventFile &m_file;
    QString m_desk;
    qint64 m_meeting;
};

} // namespace taller

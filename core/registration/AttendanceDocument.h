#pragma once

#include "printing/PrintedDocument.h"
#include "registration/Attendee.h"
#include "event/EventDetails.h"
#include "meetings/Meeting.h"

namespace taller {

class EventFile;

// The "Lista de asistencia" people sign at the desk: one numbered row per
// attendee sorted by surname, then blank numbered rows for walk-ins.
class AttendanceDocument
{
    Q_DECLARE_TR_FUNCTIONS(taller::AttendanceDocument)
public:
    static constexpr int DefaultBlankRows = 10;
    // Tall enough to sign in, with room to spare over the 9 mm minimum.
    static constexpr qreal SignatureRowMm = 10.0;

    static PrintedDocument build(const EventDetails &details, const QList<Attendee> &attendees,
                                 int blankRows = DefaultBlankRows, const QString &subtitle = {});
    // The workshop's sheet lists everyone registered; a meeting's, those who
    // have signed in at it.
    static Result<PrintedDocument> build(EventFile &file, int blankRows = DefaultBlankRows, qint64 meeting = WorkshopMeetingId);
};

} // namespace taller

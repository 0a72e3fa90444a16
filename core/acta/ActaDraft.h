#pragma once

#include "acta/ActaRepository.h"

namespace taller {

// What the acta of a meeting in force would say if it were closed now, read
// from the file as it stands: for the workshop, the event, who took part (who
// passed the desk or sat at a mesa), every approved commitment, what the
// plenary merged or withdrew, and the signatories; for any other meeting, its
// minutes: who attended, the tabla with its desarrollo, the agreements and
// the signatories.
class ActaDraft
{
    Q_DECLARE_TR_FUNCTIONS(taller::ActaDraft)

public:
    explicit ActaDraft(EventFile &file, qint64 meeting = WorkshopMeetingId)
        : m_file(file)
        , m_meeting(meeting)
        , m_acta(file, meeting)
    {}

    // The draft's content, in the current canonical format.
    Result<ActaContent> content();
    // The draft as it would be closed, or why it cannot be yet: already
    // closed, nothing to sign, nobody to sign it, a correction of a sealed
    // version without its key.
    Result<ActaContent> closable(const SealKey *seal = nullptr);

private:
    Result<ActaContent> minutes(ActaContent content);

    EventFile &m_file;
    qint64 m_meeting;
    ActaRepository m_acta;
};

} // namespace taller

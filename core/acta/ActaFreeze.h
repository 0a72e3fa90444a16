#pragma once

#include "base/EventFile.h"
#include "meetings/Meeting.h"

namespace taller {

// The rule of a closed acta, in one place: while the version in force of a
// meeting's acta (the Acta de Compromisos, or a meeting's minutes) is closed
// for signature, what it froze cannot change until a correction opens a new
// version:
//  - its texts and its signatories (who they are; signing goes on);
//  - for the Acta de Compromisos, every commitment it froze (the approved
//    ones and, from format 4, those its account says the plenary merged or
//    withdrew: the decision stays as the acta tells it), and the code and
//    name of the mesas that hold them (the acta prints them);
//  - for minutes, the tabla and its desarrollo, and each agreement's text,
//    responsible, due and order (an agreement's follow-up may change).
// A closed version, the commitments it froze and the signature records are
// a record for good: never changed, never removed.
//
// The file holds the rule itself: the triggers of schema step 10
// (core/base/Migrations.cpp) refuse every INSERT, UPDATE or DELETE that
// would break it, inside the writer's own transaction, and the refusal comes
// back from any statement as an Error of kind ErrorKind::Refused, in words
// (core/base/SqlStatement.cpp). So no write path asks first: the mesas, the
// plenary, the process, the meetings and whatever comes next are refused
// alike, whoever calls. This class answers the questions a page or a verb
// asks before anyone types (is this frozen, and in which version), and
// refuses the acta's own draft edits with the version named.
class ActaFreeze
{
    Q_DECLARE_TR_FUNCTIONS(taller::ActaFreeze)

public:
    explicit ActaFreeze(const EventFile &file, qint64 meeting = WorkshopMeetingId)
        : m_file(file)
        , m_meeting(meeting)
    {}

    // The version in force, when it is closed: its content is frozen.
    Result<std::optional<int>> closedVersionInForce() const;
    // The closed version in force that froze the commitment, if any.
    Result<std::optional<int>> commitmentFrozenIn(qint64 commitmentId) const;
    // Refused (ErrorKind::Refused) while the version in force is closed:
    // what names what would change ("its text", "its signatories").
    Status requireDraft(const QString &what) const;

private:
    const EventFile &m_file;
    qint64 m_meeting;
};

} // namespace taller

#pragma once

#include "EventSession.h"
#include "plenary/Decisions.h"
#include "plenary/PlenaryRepository.h"

namespace taller {

// The plenary: the order in which mesas present, the clock of each turn, and
// the decision on every commitment.
class PlenaryService
{
    Q_DECLARE_TR_FUNCTIONS(taller::PlenaryService)
public:
    explicit PlenaryService(EventSession &session, MeetingRef meeting = {}) : m_session(session), m_meeting(meeting) {}

    // Every mesa, in presentation order.
    Result<QList<PlenaryTurn>> turns() const;
    Result<int> plenaryMinutes() const;
    Status setOrder(const QList<qint64> &mesaIds);
    Status setOrderByCodes(const QStringList &mesaCodes);
    Status setMinutes(qint64 mesaId, std::optional<int> minutes);
    Status startTurn(qint64 mesaId);
    Status finishTurn(qint64 mesaId);
    Status resetTimes();

    // Records the plenary's decision, by the plenary's rules, on a commitment
    // the acta has not frozen. Returns the commitment as decided.
    Result<Commitment> decide(qint64 commitmentId, const Decision &decision);
    // Puts a commitment's status, merge and note back as they were (undo).
    Status restoreDecision(const Commitment &before);
    // Saves the plenary's change to a commitment: a change to its text marks
    // it amended in plenary (Decisions::amended). Returns it as saved.
    Result<Commitment> amend(const Commitment &changed);

private:
    EventSession &m_session;
    MeetingRef m_meeting;
};

} // namespace taller

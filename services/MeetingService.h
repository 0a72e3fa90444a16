#pragma once

#include "EventSession.h"
#include "meetings/Meeting.h"

#include <QCoreApplication>

#include <functional>

namespace taller {

// The meetings of the process: planning them by stage, the tabla and the
// desarrollo of each, and every agreement with its follow-up. The minutes
// themselves are closed, signed and verified by ActaService, the same way
// as the Acta de Compromisos.
class MeetingService
{
    Q_DECLARE_TR_FUNCTIONS(taller::MeetingService)
public:
    explicit MeetingService(EventSession &session) : m_session(session) {}

    Result<QList<Meeting>> meetings() const;
    Result<Meeting> meeting(qint64 id) const;
    // The stage must be one of the process's, when it has one.
    Result<qint64> addMeeting(const Meeting &meeting);
    Status updateMeeting(const Meeting &meeting);
    // One added by mistake; see MeetingRepository::remove for what stays.
    Status removeMeeting(qint64 id);

    Result<QList<MeetingItem>> items(qint64 meetingId) const;
    Result<MeetingItem> addItem(qint64 meetingId, const MeetingItem &item);
    Status updateItem(const MeetingItem &item);
    Status removeItem(qint64 itemId);

    // Every agreement of every meeting (0) or of one.
    Result<QList<Agreement>> agreements(qint64 meetingId = 0) const;
    Result<Agreement> addAgreement(const Agreement &agreement);
    Status updateAgreement(const Agreement &agreement);
    Status removeAgreement(qint64 agreementId);
    // Follow-up is never frozen: a later meeting marks what was done.
    Status markDone(qint64 agreementId, const QDate &on, const QString &note, std::optional<qint64> reviewedIn = {});
    Status reopen(qint64 agreementId);

private:
    Status requireStage(const std::optional<int> &stage) const;
    // The tabla and agreements belong to the meetings of the process, not to
    // the workshop.
    Status requireNotWorkshop(qint64 meetingId) const;
    // Runs change in one transaction for the meeting that meetingOf names,
    // which is not the workshop, and announces what it wrote. Minutes closed
    // for signature refuse the change themselves (core/acta/ActaFreeze.h).
    template <typename Change>
    auto ofMeeting(const std::function<Result<qint64>()> &meetingOf, Change change) -> decltype(change());
    Result<qint64> meetingOfAgreement(qint64 agreementId) const;

    EventSession &m_session;
};

} // namespace taller

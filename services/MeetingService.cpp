#include "MeetingService.h"

#include "base/Text.h"
#include "meetings/MeetingRepository.h"
#include "process/ProcessRepository.h"

namespace taller {

using namespace Qt::StringLiterals;

Result<QList<Meeting>> MeetingService::meetings() const
{
    return MeetingRepository(m_session.file()).all();
}

Result<Meeting> MeetingService::meeting(qint64 id) const
{
    return MeetingRepository(m_session.file()).find(id);
}

Status MeetingService::requireStage(const std::optional<int> &stage) const
{
    if (!stage)
        return {};
    TRY_LET(process, ProcessRepository(m_session.file()).process());
    if (!process->has_value())
        return *stage >= 1 ? Status() : Status(Error{tr("Stages are numbered from 1.")});
    if (!(*process)->stage(*stage))
        return Error{tr("The process has no stage %1 (it has %2).").arg(romanNumeral(*stage)).arg((*process)->stages.size())};
    return {};
}

Result<qint64> MeetingService::addMeeting(const Meeting &meeting)
{
    TRY(requireStage(meeting.stage));
    return m_session.announced(MeetingRepository(m_session.file()).add(meeting), Section::Meetings);
}

Status MeetingService::updateMeeting(const Meeting &meeting)
{
    TRY(requireStage(meeting.stage));
    return m_session.announced(MeetingRepository(m_session.file()).update(meeting),
                               meeting.id == WorkshopMeetingId ? Sections(Section::Meetings) | Section::Details
                                                               : Sections(Section::Meetings));
}

Status MeetingService::removeMeeting(qint64 id)
{
    return m_session.announced(MeetingRepository(m_session.file()).remove(id), Section::Meetings);
}

Result<QList<MeetingItem>> MeetingService::items(qint64 meetingId) const
{
    return MeetingRepository(m_session.file()).items(meetingId);
}

Status MeetingService::requireNotWorkshop(qint64 meetingId) const
{
    TRY_LET(meeting, MeetingRepository(m_session.file()).find(meetingId));
    if (meeting->isWorkshop())
        return Error{
            tr("The workshop keeps its programme, mesas and Acta de Compromisos; the tabla and agreements belong "
               "to the other meetings of the process."),
            ErrorKind::Refused};
    return {};
}

template <typename Change>
auto MeetingService::ofMeeting(const std::function<Result<qint64>()> &meetingOf, Change change) -> decltype(change())
{
    decltype(change()) changed = Error{};
    TRY(m_session.file().write([&]() -> Status {
        TRY_LET(meeting, meetingOf());
        TRY(requireNotWorkshop(*meeting));
        changed = change();
        return changed ? Status() : Status(changed.error());
    }));
    m_session.announce(Section::Meetings);
    return changed;
}

Result<qint64> MeetingService::meetingOfAgreement(qint64 agreementId) const
{
    auto stored = MeetingRepository(m_session.file()).agreement(agreementId);
    return stored ? Result<qint64>(stored->meetingId) : Result<qint64>(stored.error());
}

Result<MeetingItem> MeetingService::addItem(qint64 meetingId, const MeetingItem &item)
{
    return ofMeeting([&] { return Result<qint64>(meetingId); },
                     [&] { return MeetingRepository(m_session.file()).addItem(meetingId, item); });
}

Status MeetingService::updateItem(const MeetingItem &item)
{
    return ofMeeting([&] { return MeetingRepository(m_session.file()).meetingOfItem(item.id); },
                     [&] { return MeetingRepository(m_session.file()).updateItem(item); });
}

Status MeetingService::removeItem(qint64 itemId)
{
    return ofMeeting([&] { return MeetingRepository(m_session.file()).meetingOfItem(itemId); },
                     [&] { return MeetingRepository(m_session.file()).removeItem(itemId); });
}

Result<QList<Agreement>> MeetingService::agreements(qint64 meetingId) const
{
    return MeetingRepository(m_session.file()).agreements(meetingId);
}

Result<Agreement> MeetingService::addAgreement(const Agreement &agreement)
{
    return ofMeeting([&] { return Result<qint64>(agreement.meetingId); },
                     [&] { return MeetingRepository(m_session.file()).addAgreement(agreement); });
}

Status MeetingService::updateAgreement(const Agreement &agreement)
{
    return ofMeeting([&] { return meetingOfAgreement(agreement.id); },
                     [&] { return MeetingRepository(m_session.file()).updateAgreement(agreement); });
}

Status MeetingService::removeAgreement(qint64 agreementId)
{
    return ofMeeting([&] { return meetingOfAgreement(agreementId); },
                     [&] { return MeetingRepository(m_session.file()).removeAgreement(agreementId); });
}

Status MeetingService::markDone(qint64 agreementId, const QDate &on, const QString &note, std::optional<qint64> reviewedIn)
{
    return m_session.announced(MeetingRepository(m_session.file()).markDone(agreementId, on, note, reviewedIn),
                               Section::Meetings);
}

Status MeetingService::reopen(qint64 agreementId)
{
    return m_session.announced(MeetingRepository(m_session.file()).reopen(agreementId), Section::Meetings);
}

} // namespace taller

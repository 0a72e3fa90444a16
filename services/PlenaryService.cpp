#include "PlenaryService.h"
#include "MesasService.h"

#include "base/Clock.h"
#include "mesas/CommitmentRepository.h"
#include "mesas/MesaRepository.h"

namespace taller {

Result<QList<PlenaryTurn>> PlenaryService::turns() const
{
    return PlenaryRepository(m_session.file()).turns();
}

Result<int> PlenaryService::plenaryMinutes() const
{
    return PlenaryRepository(m_session.file()).plenaryMinutes();
}

Status PlenaryService::setOrder(const QList<qint64> &mesaIds)
{
    return m_session.announced(PlenaryRepository(m_session.file()).setOrder(mesaIds), Section::Plenary);
}

Status PlenaryService::setOrderByCodes(const QStringList &mesaCodes)
{
    TRY_LET(mesas, MesaRepository(m_session.file()).load());
    QList<qint64> ids;
    for (const QString &code : mesaCodes) {
        const auto mesa = std::find_if(mesas->begin(), mesas->end(),
                                       [&](const Mesa &m) { return m.code.compare(code.trimmed(), Qt::CaseInsensitive) == 0; });
        if (mesa == mesas->end())
            return Error{tr("There is no mesa %1.").arg(code.trimmed())};
        if (ids.contains(mesa->id))
            return Error{tr("Mesa %1 is named twice in the order.").arg(mesa->code)};
        ids.append(mesa->id);
    }
    return setOrder(ids);
}

Status PlenaryService::setMinutes(qint64 mesaId, std::optional<int> minutes)
{
    return m_session.announced(PlenaryRepository(m_session.file()).setMinutes(mesaId, minutes), Section::Plenary);
}

Status PlenaryService::startTurn(qint64 mesaId)
{
    return m_session.announced(PlenaryRepository(m_session.file()).start(mesaId, Clock::currentDateTime()),
                               Section::Plenary);
}

Status PlenaryService::finishTurn(qint64 mesaId)
{
    return m_session.announced(PlenaryRepository(m_session.file()).finish(mesaId, Clock::currentDateTime()),
                               Section::Plenary);
}

Status PlenaryService::resetTimes()
{
    return m_session.announced(PlenaryRepository(m_session.file()).resetTimes(), Section::Plenary);
}

Result<Commitment> PlenaryService::decide(qint64 commitmentId, const Decision &decision)
{
    Commitment decided;
    TRY(m_session.file().write([&]() -> Status {
        CommitmentRepository commitments(m_session.file());
        TRY_LET(subject, commitments.find(commitmentId));
        if (!subject->has_value())
            return Error{tr("There is no commitment %1.").arg(commitmentId)};
        std::optional<Commitment> target;
        if (decision.status == CommitmentStatus::Merged && decision.mergedInto) {
            TRY_LET(found, commitments.find(*decision.mergedInto));
            target = *found;
        }
        TRY(Decisions::validate(subject->value(), decision, target));
        TRY_LET(saved, commitments.save(Decisions::applied(subject->value(), decision)));
        decided = *saved;
        return {};
    }));
    m_session.announce(Section::Commitments);
    return decided;
}

Status PlenaryService::restoreDecision(const Commitment &before)
{
    return m_session.announced(m_session.file().write([&]() -> Status {
        CommitmentRepository commitments(m_session.file());
        TRY_LET(current, commitments.find(before.id));
        if (!current->has_value())
            return Error{tr("There is no commitment %1.").arg(before.id)};
        // Only what a decision changes goes back; edits made since stay.
        Commitment restored = current->value();
        restored.status = before.status;
        restored.mergedInto = before.mergedInto;
        restored.plenaryNote = before.plenaryNote;
        auto saved = commitments.save(restored);
        return saved ? Status() : Status(saved.error());
    }),
                               Section::Commitments);
}

Result<Commitment> PlenaryService::amend(const Commitment &changed)
{
    TRY_LET(stored, CommitmentRepository(m_session.file()).find(changed.id));
    if (!stored->has_value())
        return Error{tr("There is no commitment %1.").arg(changed.id)};
    return MesasService(m_session).saveCommitment(Decisions::amended(stored->value(), changed));
}

} // namespace taller

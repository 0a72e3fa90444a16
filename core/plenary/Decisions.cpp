#include "plenary/Decisions.h"

namespace taller {

bool Decisions::isDecision(CommitmentStatus status)
{
    return status == CommitmentStatus::Approved || status == CommitmentStatus::Merged
        || status == CommitmentStatus::Withdrawn;
}

static bool staysInPlay(CommitmentStatus status)
{
    return status != CommitmentStatus::Merged && status != CommitmentStatus::Withdrawn;
}

Status Decisions::validate(const Commitment &subject, const Decision &decision, const std::optional<Commitment> &target)
{
    if (!isDecision(decision.status))
        return Error{tr("The plenary approves, merges or withdraws a commitment; \"%1\" is not a decision.")
                         .arg(displayNameOf(decision.status))};
    if (decision.status != CommitmentStatus::Merged)
        return {};
    if (!decision.mergedInto)
        return Error{tr("Say which commitment \"%1\" is merged into.").arg(subject.title)};
    if (*decision.mergedInto == subject.id)
        return Error{tr("A commitment cannot be merged into itself.")};
    if (!target)
        return Error{tr("There is no commitment %1 to merge into.").arg(*decision.mergedInto)};
    if (!staysInPlay(target->status))
        return Error{tr("\"%1\" is %2; merge into one that stays.")
                         .arg(target->title, displayNameOf(target->status).toLower())};
    return {};
}

Commitment Decisions::applied(Commitment subject, const Decision &decision)
{
    subject.status = decision.status;
    subject.mergedInto = decision.status == CommitmentStatus::Merged ? decision.mergedInto : std::nullopt;
    if (!decision.note.isNull())
        subject.plenaryNote = decision.note;
    return subject;
}

QList<Commitment> Decisions::mergeTargets(const Commitment &subject, const QList<Commitment> &all)
{
    QList<Commitment> targets;
    for (const Commitment &c : all) {
        if (c.id != subject.id && staysInPlay(c.status))
            targets.append(c);
    }
    return targets;
}

Commitment Decisions::amended(const Commitment &stored, Commitment changed)
{
    bool textChanged = changed.title != stored.title || changed.values != stored.values;
    for (const CommitmentTextField &field : Commitments::textFields())
        textChanged = textChanged || changed.*field.member != stored.*field.member;
    if (textChanged)
        changed.origin = CommitmentOrigin::Amended;
    return changed;
}

} // namespace taller

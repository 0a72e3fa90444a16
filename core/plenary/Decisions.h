#pragma once

#include "base/Result.h"
#include "mesas/Commitment.h"

#include <QCoreApplication>

#include <optional>

namespace taller {

// What the plenary decides on a commitment.
struct Decision
{
    CommitmentStatus status = CommitmentStatus::Approved;
    // With Merged: the commitment it joins.
    std::optional<qint64> mergedInto;
    // A null note keeps the note the commitment already has.
    QString note;
};

// The plenary's rules for deciding: only approved, merged or withdrawn; a
// merge names another commitment that stays (not itself, not one merged or
// withdrawn).
class Decisions
{
    Q_DECLARE_TR_FUNCTIONS(taller::Decisions)
public:
    static bool isDecision(CommitmentStatus status);
    // target is the commitment named by decision.mergedInto, looked up by the
    // caller (nullopt when there is none by that id).
    static Status validate(const Commitment &subject, const Decision &decision, const std::optional<Commitment> &target);
    // The subject as it stands after the decision.
    static Commitment applied(Commitment subject, const Decision &decision);
    // The commitments subject could be merged into, in their order.
    static QList<Commitment> mergeTargets(const Commitment &subject, const QList<Commitment> &all);
    // A commitment as the plenary leaves it after changing it: what the
    // plenary changes in its text (the title, the fields, the OGP values) is
    // an amendment, and the commitment is then "amended in plenary"; moving
    // it to another mesa or correcting its origin is not.
    static Commitment amended(const Commitment &stored, Commitment changed);
};

} // namespace taller

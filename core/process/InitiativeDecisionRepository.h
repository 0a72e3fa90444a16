#pragma once

#include "base/EventFile.h"
#include "process/Initiative.h"
#include "process/Prioritisation.h"

namespace taller {

// The decisions on the initiatives: advancing to a stage, merging, the final
// selection that makes commitments, and undoing a batch of them. Every
// decision is recorded with its reason, date and what it changed, so a
// commitment can be traced back to its fichas.
class InitiativeDecisionRepository
{
    Q_DECLARE_TR_FUNCTIONS(taller::InitiativeDecisionRepository)
public:
    explicit InitiativeDecisionRepository(EventFile &file) : m_file(file) {}

    // Moves the chosen initiatives at stage - 1 to stage; every other one
    // there is recorded as not advanced, with reason (or the numbers' own).
    // Returns the batch, for undo.
    Result<qint64> advance(int stage, const QList<qint64> &chosen, const QString &reason);
    Result<qint64> merge(qint64 initiativeId, qint64 intoId, const QString &reason);
    // The final choice: each chosen becomes a commitment linked to its ficha
    // and to the fichas merged into it.
    Result<qint64> select(const QList<qint64> &chosen, const QString &reason);
    // Takes a batch of decisions back (and the commitments it made).
    Status undo(qint64 batch);
    Result<QList<qint64>> commitmentsOfBatch(qint64 batch) const;

    Result<QList<InitiativeDecision>> decisions(qint64 initiativeId = 0) const;
    Result<QList<qint64>> fichasOf(qint64 commitmentId) const;
    Result<CommitmentTrace> trace(qint64 commitmentId) const;

    // The number the next batch of decisions will carry.
    Result<qint64> nextBatch() const;

private:
    struct Record
    {
        InitiativeDecision decision;
        int newStage = 0;
        InitiativeStatus newStatus = InitiativeStatus::Proposed;
    };
    Status record(const Initiative &before, const Record &record);

    EventFile &m_file;
};

} // namespace taller

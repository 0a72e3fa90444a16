#pragma once

#include "base/EventFile.h"
#include "process/Initiative.h"
#include "process/Prioritisation.h"

#include <QHash>

namespace taller {

// The co-creation process in the event file: stages, criteria, initiatives,
// scores and votes, decisions, and the commitments that came from fichas.
// Every decision is recorded with its reason, date and what it changed.
class ProcessRepository
{
    Q_DECLARE_TR_FUNCTIONS(taller::ProcessRepository)
public:
    using Standing = InitiativeStanding;
    using TraceStep = CommitmentTrace::Step;
    using Trace = CommitmentTrace;

    explicit ProcessRepository(EventFile &file) : m_file(file) {}

    Result<std::optional<Process>> process() const;
    // The process, made with the default stages and criteria on first use.
    Result<Process> ensureProcess(const QString &institution);
    Status saveProcess(const Process &process);

    Result<QList<Criterion>> criteria() const;
    Result<Criterion> addCriterion(const QString &name, double weight);
    Status updateCriterion(const Criterion &criterion);

    Result<QList<Initiative>> initiatives() const;
    Result<std::optional<Initiative>> initiative(qint64 id) const;
    // Adds (id 0: entering at the process's entry stage, with its record)
    // or updates the ficha's fields.
    Result<Initiative> saveInitiative(const Initiative &initiative);
    Status addInitiatives(QList<Initiative> &initiatives);

    // What the scorers gave each initiative at a stage.
    Result<QHash<qint64, Tally>> tallies(int stage, StageMethod method) const;
    // One scorer's value on one criterion (nullopt clears it), at the stage
    // where the initiative now is.
    Status setScore(qint64 initiativeId, qint64 criterionId, const QString &scorer, std::optional<int> value);
    Result<std::optional<int>> score(qint64 initiativeId, qint64 criterionId, const QString &scorer) const;
    Status setVote(qint64 initiativeId, const QString &scorer, std::optional<int> dots);
    Result<std::optional<int>> vote(qint64 initiativeId, const QString &scorer) const;

    // The initiatives competing at a stage, ranked.
    Result<Ranking> ranking(int stage) const;
    Result<QList<Standing>> standings() const;

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
    Result<Trace> trace(qint64 commitmentId) const;

private:
    struct Record
    {
        InitiativeDecision decision;
        int newStage = 0;
        InitiativeStatus newStatus = InitiativeStatus::Proposed;
    };
    Result<qint64> nextBatch() const;
    Status record(const Initiative &before, const Record &record);
    // Where initiatives added now enter the process: its entry stage, and
    // the batch their "entered" decisions share.
    struct Entry
    {
        int stage = 0;
        qint64 batch = 0;
    };
    Result<Entry> nextEntry() const;
    Status insertInitiative(Initiative &initiative, const Entry &entry);
    Result<Process> requireProcess() const;
    // The initiative, while it is still in play; otherwise why not, ending
    // with consequence ("it is no longer scored").
    Result<Initiative> activeInitiative(qint64 initiativeId, const QString &consequence) const;
    // An initiative in play and the stage of the process it stands at (none
    // when the process does not define that stage): what a score or a dot is
    // given to.
    struct Prioritised
    {
        Initiative initiative;
        std::optional<ProcessStage> stage;
    };
    Result<Prioritised> prioritised(qint64 initiativeId, const QString &consequence) const;

    EventFile &m_file;
};

} // namespace taller

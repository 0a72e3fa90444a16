#pragma once

#include "base/EventFile.h"
#include "process/Initiative.h"
#include "process/Prioritisation.h"

namespace taller {

// The co-creation process in the event file: its stages and the criteria
// initiatives are scored on. The fichas, their scores and the decisions on
// them have repositories of their own (InitiativeRepository,
// ScoringRepository, InitiativeDecisionRepository).
class ProcessRepository
{
    Q_DECLARE_TR_FUNCTIONS(taller::ProcessRepository)
public:
    explicit ProcessRepository(EventFile &file) : m_file(file) {}

    Result<std::optional<Process>> process() const;
    // The process, or why there is none yet.
    Result<Process> requireProcess() const;
    // The process, made with the default stages and criteria on first use.
    Result<Process> ensureProcess(const QString &institution);
    Status saveProcess(const Process &process);

    Result<QList<Criterion>> criteria() const;
    Result<Criterion> addCriterion(const QString &name, double weight);
    Status updateCriterion(const Criterion &criterion);

private:
    EventFile &m_file;
};

} // namespace taller

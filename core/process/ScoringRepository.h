#pragma once

#include "base/EventFile.h"
#include "process/Initiative.h"
#include "process/Prioritisation.h"

#include <QHash>

namespace taller {

// What the scorers gave the initiatives at each stage (weighted scores or
// dots), and the ranking that follows from it.
class ScoringRepository
{
    Q_DECLARE_TR_FUNCTIONS(taller::ScoringRepository)
public:
    explicit ScoringRepository(EventFile &file) : m_file(file) {}

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
    Result<QList<InitiativeStanding>> standings() const;

private:
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

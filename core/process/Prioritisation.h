#pragma once

#include "process/Initiative.h"

#include <QHash>
#include <QList>

#include <optional>

namespace taller {

// What the scorers gave one initiative at one stage, summed: with criteria,
// the weighted values and their weights (the score is their quotient, the
// weighted mean over every criterion and scorer); with dots, the dots.
struct Tally
{
    double weighted = 0;
    double weights = 0;
    int scorers = 0;

    std::optional<double> score(StageMethod method) const
    {
        if (method == StageMethod::Dots)
            return weighted;
        return weights > 0 ? std::optional(weighted / weights) : std::nullopt;
    }
};

// The ranked list of the initiatives competing at a stage. Equal scores
// share a rank ("1, 2, 2, 4") and are marked tied; unscored ones come last,
// tied among themselves.
class Ranking
{
public:
    struct Entry
    {
        qint64 initiativeId = 0;
        std::optional<double> score;
        int rank = 0;
        bool tied = false;
        int scorers = 0;
    };

    static Ranking compute(const QList<qint64> &candidates, const QHash<qint64, Tally> &tallies, StageMethod method);

    const QList<Entry> &entries() const { return m_entries; }
    int size() const { return int(m_entries.size()); }
    // The entry of an initiative, or nullptr when it does not compete.
    const Entry *find(qint64 initiativeId) const;
    // The first k by rank; when the k-th and the (k+1)-th are tied the cut is
    // not the numbers' to make, and tiedAtCut names the tied ones.
    QList<qint64> top(int k, QList<qint64> *tiedAtCut = nullptr) const;

private:
    QList<Entry> m_entries;
    QHash<qint64, int> m_index;
};

// One initiative as lists show it: where it stands, its score and rank
// (live while it competes; as recorded once decided) and the last reason.
struct InitiativeStanding
{
    Initiative initiative;
    std::optional<double> score;
    StageMethod method = StageMethod::Scores;
    int rank = 0;
    int of = 0;
    bool tied = false;
    QString reason;
    QList<qint64> commitments;
};

// A commitment's way back to its fichas.
struct CommitmentTrace
{
    struct Step
    {
        QDateTime at;
        qint64 initiativeId = 0;
        int stage = 0;
        QString what;
        QString reason;
    };
    qint64 commitmentId = 0;
    QString commitmentTitle;
    QList<Initiative> fichas;
    QList<Step> steps;
};

} // namespace taller

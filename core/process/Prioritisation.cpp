#include "process/Prioritisation.h"

#include <algorithm>
#include <cmath>

namespace taller {

namespace {

// Scores are compared to a millionth, so that 3.4 reached by two sums is one
// score.
qint64 key(const std::optional<double> &score)
{
    return score ? qint64(std::llround(*score * 1e6)) : std::numeric_limits<qint64>::min();
}

} // namespace

Ranking Ranking::compute(const QList<qint64> &candidates, const QHash<qint64, Tally> &tallies, StageMethod method)
{
    Ranking ranking;
    ranking.m_entries.reserve(candidates.size());
    for (qint64 id : candidates) {
        const auto it = tallies.constFind(id);
        Entry entry;
        entry.initiativeId = id;
        if (it != tallies.cend()) {
            entry.score = it->score(method);
            entry.scorers = it->scorers;
        } else if (method == StageMethod::Dots) {
            entry.score = 0;
        }
        ranking.m_entries.append(entry);
    }
    std::stable_sort(ranking.m_entries.begin(), ranking.m_entries.end(), [](const Entry &a, const Entry &b) {
        const qint64 ka = key(a.score), kb = key(b.score);
        return ka != kb ? ka > kb : a.initiativeId < b.initiativeId;
    });
    const qsizetype n = ranking.m_entries.size();
    for (qsizetype i = 0; i < n;) {
        qsizetype j = i;
        const qint64 k = key(ranking.m_entries[i].score);
        while (j < n && key(ranking.m_entries[j].score) == k)
            ++j;
        for (qsizetype m = i; m < j; ++m) {
            ranking.m_entries[m].rank = int(i + 1);
            ranking.m_entries[m].tied = j - i > 1;
        }
        i = j;
    }
    ranking.m_index.reserve(n);
    for (qsizetype i = 0; i < n; ++i)
        ranking.m_index.insert(ranking.m_entries[i].initiativeId, int(i));
    return ranking;
}

const Ranking::Entry *Ranking::find(qint64 initiativeId) const
{
    const auto it = m_index.constFind(initiativeId);
    return it == m_index.cend() ? nullptr : &m_entries[*it];
}

QList<qint64> Ranking::top(int k, QList<qint64> *tiedAtCut) const
{
    QList<qint64> chosen;
    for (int i = 0; i < std::min<int>(k, size()); ++i)
        chosen.append(m_entries[i].initiativeId);
    if (tiedAtCut && k > 0 && k < size() && m_entries[k - 1].rank == m_entries[k].rank) {
        const int rank = m_entries[k].rank;
        for (const Entry &e : m_entries) {
            if (e.rank == rank)
                tiedAtCut->append(e.initiativeId);
        }
    }
    return chosen;
}

} // namespace taller

#pragma once

#include "base/EventFile.h"
#include "mesas/Commitment.h"

namespace taller {

// The commitments of the event: inputs, proposals and plenary amendments.
// It keeps the one rule of their links, whoever writes: a commitment others
// are merged into stays while they are (it cannot be merged, withdrawn or
// deleted). Whether a commitment may change at all (the acta's freeze, what
// a decision may be) belongs to the acta and plenary slices.
class CommitmentRepository
{
    Q_DECLARE_TR_FUNCTIONS(taller::CommitmentRepository)
public:
    explicit CommitmentRepository(EventFile &file) : m_file(file) {}

    // In mesa order, then in the order they were written down.
    Result<QList<Commitment>> all() const;
    Result<std::optional<Commitment>> find(qint64 id) const;
    // Inserts (id 0, or an id not in the file: an undone delete coming back)
    // or updates; returns the commitment with its id.
    // madeFrom: the revision the change was made from, when the caller holds
    // one (a mesa's browser, the window's editor): a commitment saved since
    // is not overwritten (ErrorKind::Stale). The saved commitment carries its
    // new revision.
    Result<Commitment> save(const Commitment &commitment, std::optional<qint64> madeFrom = std::nullopt);
    Status addAll(QList<Commitment> &commitments);
    Status remove(qint64 id);

private:
    Status saveOne(Commitment &commitment);
    // Refuses to let the commitment id leave the plenary (how: "withdraw")
    // while others are merged into it, naming them.
    Status requireNotMergeTarget(qint64 id, const QString &title, const QString &how) const;

    EventFile &m_file;
};

} // namespace taller

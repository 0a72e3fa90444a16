#pragma once

#include "base/EventFile.h"
#include "mesas/Commitment.h"

namespace taller {

// The commitments of the event: inputs, proposals and plenary amendments.
// Storage only: whether a commitment may change (the acta's freeze, the
// plenary's decisions) is decided by the acta and plenary slices, and the
// services ask them before writing here.
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
    Result<Commitment> save(const Commitment &commitment);
    Status addAll(QList<Commitment> &commitments);
    Status remove(qint64 id);

private:
    Status saveOne(Commitment &commitment);

    EventFile &m_file;
};

} // namespace taller

#pragma once

#include "base/EventFile.h"
#include "mesas/Commitment.h"

namespace taller {

// The commitments of the event: inputs, proposals and plenary amendments.
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

    // Decides on a commitment in plenary.
    Status decide(qint64 id, CommitmentStatus decision, std::optional<qint64> mergedInto, const QString &note);

private:
    Status saveOne(Commitment &commitment);
    Status refuseIfFrozen(qint64 id);

    EventFile &m_file;
};

} // namespace taller

#pragma once

#include "base/SqlStatement.h"
#include "process/Initiative.h"

#include <QString>
#include <QVariant>

#include <optional>

// The rows of the process's tables as its repositories read and write them:
// one reading of an initiative and of a decision for all of them.
namespace taller::processRows {

// Now, as the process's tables store times: UTC, ISO 8601 with milliseconds.
QString now();
// The ficha's fields as columns, in their order.
QString fieldColumns();
// The columns initiativeFrom reads, in its order.
QString initiativeColumns();
Initiative initiativeFrom(const SqlStatement &row);
// Reads id, initiative_id, stage, kind, reason, score, rank, of_count, at,
// merged_into, commitment_id, batch.
InitiativeDecision decisionFrom(const SqlStatement &row);
QVariant optionalId(const std::optional<qint64> &id);

} // namespace taller::processRows

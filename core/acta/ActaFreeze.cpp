#include "acta/ActaFreeze.h"

#include "base/SqlStatement.h"

namespace taller {

using namespace Qt::StringLiterals;

Result<std::optional<int>> ActaFreeze::closedVersionInForce() const
{
    TRY_LET(version, SqlStatement::scalar(m_file.database(),
                                          u"SELECT version FROM acta WHERE meeting_id = ? AND closed_at IS NOT NULL "
                                          "AND version = (SELECT max(version) FROM acta WHERE meeting_id = ?)"_s,
                                          {m_meeting, m_meeting}));
    return version->isNull() ? std::optional<int>() : std::optional<int>(version->toInt());
}

Result<std::optional<int>> ActaFreeze::commitmentFrozenIn(qint64 commitmentId) const
{
    TRY_LET(inForce, closedVersionInForce());
    if (!*inForce)
        return std::optional<int>();
    TRY_LET(frozen,
            SqlStatement::scalar(m_file.database(),
                                 u"SELECT count(*) FROM acta_commitment WHERE meeting_id = ? AND acta_version = ? "
                                 "AND commitment_id = ?"_s,
                                 {m_meeting, **inForce, commitmentId}));
    return frozen->toInt() > 0 ? *inForce : std::optional<int>();
}

Status ActaFreeze::requireDraft(const QString &what) const
{
    TRY_LET(inForce, closedVersionInForce());
    if (*inForce)
        return Error{tr("Version %1 of the acta is closed for signature, so %2 cannot change. Open a correction "
                        "(a new version) to change it.")
                         .arg(**inForce)
                         .arg(what),
                     ErrorKind::Refused};
    return {};
}

} // namespace taller

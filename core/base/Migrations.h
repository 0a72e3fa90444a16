#pragma once

#include "base/Result.h"

#include <QSqlDatabase>

namespace taller::migrations {

// "TALA" in PRAGMA application_id marks a file as a Taller Abierto event.
inline constexpr int ApplicationId = 0x54414C41;

// The schema version this build writes; files with a higher user_version
// come from a newer program and are refused.
int latestVersion();

// Brings the database from its current user_version up to targetVersion.
// Each step and its version bump commit together, so an interrupted upgrade
// leaves the file at the last complete step.
Status migrate(const QSqlDatabase &db, int fromVersion, int targetVersion);

} // namespace taller::migrations

#pragma once

#include "base/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace taller {

// Every file the program hands to the user (a PDF, a CSV) goes out through
// here: "written" only once every byte and the final flush are on disk.
class SavedFile
{
    Q_DECLARE_TR_FUNCTIONS(taller::SavedFile)
public:
    // Writes bytes to path in full, or says why not. A regular file is
    // written beside its place and renamed into it once synced, so a failure
    // leaves the old file (or none) and never half a new one; a device or a
    // pipe (/dev/stdout, /dev/full) is written in place, every byte checked.
    static Status write(const QString &path, const QByteArray &bytes);
    // Makes what was renamed or created in folder (a file, a folder moved
    // into place) last through a power cut: its entry is on disk too.
    static Status syncFolder(const QString &folder);
};

} // namespace taller

#pragma once

#include "base/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace taller {

// Every file the program hands to the user (a PDF, a CSV, an .xlsx, the
// bundle's files) goes out through here: "written" only once every byte, the
// sync, the close and the rename into place have succeeded.
class SavedFile
{
    Q_DECLARE_TR_FUNCTIONS(taller::SavedFile)
public:
    // Writes bytes to path in full, or says why not. A regular file is
    // written beside its place and renamed into it once synced and closed,
    // each step checked, so a failure leaves the old file (or none) and never
    // a new one that is empty or half written; a device or a pipe
    // (/dev/stdout, /dev/full) is written in place, every byte checked. A full
    // device or a spent quota is an Error of kind NoSpace ("No space left in
    // FOLDER…"), a failing one of kind Io.
    static Status write(const QString &path, const QByteArray &bytes);
    // Makes what was renamed or created in folder (a file, a folder moved
    // into place) last through a power cut: its entry is on disk too.
    static Status syncFolder(const QString &folder);

    // The Error for errno error met while writing the file name into folder:
    // its kind (NoSpace for ENOSPC and EDQUOT, Io for EIO) and what happened,
    // in words; nothing of the file is left there.
    static Error failure(int error, const QString &folder, const QString &name);
};

} // namespace taller

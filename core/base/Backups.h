#pragma once

#include "base/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDatabase>
#include <QStringList>

namespace taller {

class EventFile;

// Copies of an event made by SQLite itself (VACUUM INTO through the event's
// own connection; never a file copy of a live database), kept in the user's
// data folder, newest last.
class Backups
{
    Q_DECLARE_TR_FUNCTIONS(taller::Backups)

public:
    static constexpr int Kept = 10;

    struct Copy
    {
        QString path;
        QDateTime madeAt;
    };

    // Writes a consistent copy of the database behind connection to outPath,
    // replacing nothing: a failure leaves no file at outPath.
    static Status write(const QSqlDatabase &connection, const QString &outPath);
    static Status write(EventFile &file, const QString &outPath);

    // The folder where the copies of the event at eventPath are kept.
    static QString folderFor(const QString &eventPath);
    // Makes a new copy in that folder (label tells why) and keeps only the
    // newest Kept copies; returns the new copy's path.
    static Result<QString> make(EventFile &file, const QString &label = {});
    static Result<QString> make(const QSqlDatabase &connection, const QString &eventPath, const QString &label);
    // The copies of that event, newest first.
    static QList<Copy> list(const QString &eventPath);

    // Lets tests keep their copies apart from the user's.
    static void setRootFolder(const QString &folder);
};

} // namespace taller

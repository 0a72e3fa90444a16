#include "base/Backups.h"

#include "base/Clock.h"
#include "base/EventFile.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QStandardPaths>

#include <sqlite3.h>

namespace taller {

using namespace Qt::StringLiterals;

namespace {

QString &rootOverride()
{
    static QString folder;
    return folder;
}

sqlite3 *handleOf(const QSqlDatabase &connection)
{
    const QVariant handle = connection.driver() ? connection.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.data());
}

const QString TimestampFormat = u"yyyyMMdd-HHmmss"_s;

} // namespace

void Backups::setRootFolder(const QString &folder)
{
    rootOverride() = folder;
}

QString Backups::folderFor(const QString &eventPath)
{
    const QString root = rootOverride().isEmpty()
                             ? QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + u"/taller-abierto/backups"_s
                             : rootOverride();
    const QFileInfo info(eventPath);
    // The same name in two folders is two events: tell them apart.
    const QString where = QString::fromLatin1(
        QCryptographicHash::hash(info.absoluteFilePath().toUtf8(), QCryptographicHash::Sha256).toHex().left(8));
    return root + u'/' + info.completeBaseName() + u'-' + where;
}

Status Backups::write(const QSqlDatabase &connection, const QString &outPath)
{
    sqlite3 *source = handleOf(connection);
    if (!source)
        return Error{tr("The event's database connection cannot be copied.")};
    const QString partial = outPath + u".partial"_s;
    QFile::remove(partial);
    sqlite3 *target = nullptr;
    int rc = sqlite3_open_v2(QFile::encodeName(partial).constData(), &target, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
    if (rc == SQLITE_OK) {
        sqlite3_backup *backup = sqlite3_backup_init(target, "main", source, "main");
        if (backup) {
            do {
                rc = sqlite3_backup_step(backup, -1);
                if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
                    sqlite3_sleep(20);
            } while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED);
            sqlite3_backup_finish(backup);
            rc = rc == SQLITE_DONE ? SQLITE_OK : rc;
        } else {
            rc = sqlite3_errcode(target);
        }
    }
    // A copy is a closed file: fold its journal into it.
    if (rc == SQLITE_OK)
        rc = sqlite3_exec(target, "PRAGMA journal_mode = DELETE", nullptr, nullptr, nullptr);
    const QString message = target ? QString::fromUtf8(sqlite3_errmsg(target)) : QString();
    sqlite3_close(target);
    if (rc != SQLITE_OK) {
        QFile::remove(partial);
        return Error{tr("Could not make a backup at %1: %2").arg(QDir::toNativeSeparators(outPath), message)};
    }
    QFile::remove(outPath);
    if (!QFile::rename(partial, outPath)) {
        QFile::remove(partial);
        return Error{tr("Could not make a backup at %1.").arg(QDir::toNativeSeparators(outPath))};
    }
    return {};
}

Status Backups::write(EventFile &file, const QString &outPath)
{
    if (QFileInfo(outPath).absoluteFilePath() == QFileInfo(file.path()).absoluteFilePath())
        return Error{tr("A backup cannot be written over the event itself.")};
    return write(file.database(), outPath);
}

Result<QString> Backups::make(const QSqlDatabase &connection, const QString &eventPath, const QString &label)
{
    const QString folder = folderFor(eventPath);
    if (!QDir().mkpath(folder))
        return Error{tr("Cannot make the backup folder %1.").arg(QDir::toNativeSeparators(folder))};
    const QString stamp = Clock::currentDateTime().toString(TimestampFormat);
    QString name = QFileInfo(eventPath).completeBaseName() + u'-' + stamp;
    if (!label.isEmpty())
        name += u'-' + label;
    QString path = folder + u'/' + name + u".taller"_s;
    for (int n = 2; QFileInfo::exists(path); ++n)
        path = folder + u'/' + name + u'-' + QString::number(n) + u".taller"_s;
    if (Status written = write(connection, path); !written)
        return written.error();
    const QList<Copy> copies = list(eventPath);
    for (qsizetype i = Kept; i < copies.size(); ++i)
        QFile::remove(copies.at(i).path);
    return path;
}

Result<QString> Backups::make(EventFile &file, const QString &label)
{
    return make(file.database(), file.path(), label);
}

QList<Backups::Copy> Backups::list(const QString &eventPath)
{
    QList<Copy> copies;
    const QDir folder(folderFor(eventPath));
    const QString base = QFileInfo(eventPath).completeBaseName();
    for (const QFileInfo &info : folder.entryInfoList({u"*.taller"_s}, QDir::Files)) {
        const QString stamp = info.completeBaseName().mid(base.size() + 1, TimestampFormat.size());
        QDateTime at = QDateTime::fromString(stamp, TimestampFormat);
        copies.append({info.absoluteFilePath(), at.isValid() ? at : info.lastModified()});
    }
    std::sort(copies.begin(), copies.end(), [](const Copy &a, const Copy &b) {
        return a.madeAt != b.madeAt ? a.madeAt > b.madeAt : a.path > b.path;
    });
    return copies;
}

} // namespace taller

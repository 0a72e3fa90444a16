#include "base/Backups.h"

#include "base/Clock.h"
#include "base/EventFile.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

#include "base/SqlStatement.h"

#include <cerrno>
#include <cstring>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace taller {

using namespace Qt::StringLiterals;

namespace {

QString &rootOverride()
{
    static QString folder;
    return folder;
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
    // VACUUM INTO through the connection Qt already has: SQLite reads one
    // consistent snapshot (other connections may keep writing) and writes a
    // compact, closed copy in rollback-journal mode. Written beside the
    // target first, so that a failure leaves nothing at outPath.
    if (QFileInfo::exists(outPath))
        return Error{tr("%1 already exists; a backup never replaces a file.").arg(QDir::toNativeSeparators(outPath))};
    const QString partial = outPath + u".partial"_s;
    if (QFileInfo::exists(partial) && !QFile::remove(partial))
        return Error{tr("Could not make a backup at %1: %2 is in the way and cannot be removed.")
                         .arg(QDir::toNativeSeparators(outPath), QDir::toNativeSeparators(partial))};
    SqlStatement vacuum(connection, u"VACUUM INTO ?"_s);
    vacuum.bind(partial);
    Status copied = vacuum.exec();
    if (copied) {
        // The copy is "made" only once its bytes are on disk.
        QFile written(partial);
        if (!written.open(QIODevice::ReadWrite))
            copied = Error{written.errorString()};
#ifdef Q_OS_UNIX
        else if (::fsync(written.handle()) != 0)
            copied = Error{QString::fromLocal8Bit(std::strerror(errno)),
                           errno == ENOSPC || errno == EDQUOT ? ErrorKind::NoSpace
                           : errno == EIO                     ? ErrorKind::Io
                                                              : ErrorKind::Other};
#endif
    }
    if (!copied) {
        QFile::remove(partial);
        // Said of the folder the copy was going to, not of the event's disk.
        const QString folder = QDir::toNativeSeparators(QFileInfo(outPath).absolutePath());
        if (copied.error().kind == ErrorKind::NoSpace)
            return Error{tr("No space left in %1: the backup %2 was not made, and nothing of it was left there. Free some "
                            "space or choose another folder.")
                             .arg(folder, QFileInfo(outPath).fileName()),
                         ErrorKind::NoSpace};
        return Error{tr("Could not make a backup at %1: %2").arg(QDir::toNativeSeparators(outPath), copied.errorMessage()),
                     copied.error().kind};
    }
    if (QFileInfo::exists(outPath) || !QFile::rename(partial, outPath)) {
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
    TRY(write(connection, path));
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

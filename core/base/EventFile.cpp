#include "base/EventFile.h"

#include "base/Backups.h"
#include "base/Clock.h"
#include "base/Migrations.h"
#include "base/SqlStatement.h"

#include <QAtomicInt>
#include <QDir>
#include <QFile>
#include <QStorageInfo>
#include <QLocale>
#include <QFileInfo>
#include <QSqlError>

namespace taller {

using namespace Qt::StringLiterals;

namespace {

QAtomicInt connectionCounter;

QString newConnectionName()
{
    return u"taller-%1"_s.arg(connectionCounter.fetchAndAddRelaxed(1));
}


// Closes and removes a connection however the function that made it returns.
struct ScopedConnection
{
    QString name;
    ~ScopedConnection()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
};

struct FileIdentity
{
    int applicationId = 0;
    int userVersion = 0;
    QString integrity;
};

// Reads the file's identity through a read-only connection, so that nothing
// can be written to a file we are about to refuse.
Result<FileIdentity> readIdentity(const QString &path)
{
    // Never opened with a descriptor of our own: closing one would drop the
    // POSIX locks SQLite holds on the file for another connection of this
    // process, and another process could then checkpoint under its feet.
    const QFileInfo info(path);
    if (!info.isReadable())
        return Error{EventFile::tr("Cannot read %1.").arg(QDir::toNativeSeparators(path))};
    if (info.size() == 0)
        return Error{EventFile::tr("%1 is empty: it is not a Taller Abierto event file.").arg(QDir::toNativeSeparators(path))};
    if (info.size() < 16)
        return Error{EventFile::tr("%1 is not a Taller Abierto event file.").arg(QDir::toNativeSeparators(path))};

    ScopedConnection scope{newConnectionName()};
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, scope.name);
    db.setDatabaseName(path);
    db.setConnectOptions(u"QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"_s);
    if (!db.open())
        return Error{EventFile::tr("Cannot open %1: %2").arg(QDir::toNativeSeparators(path), db.lastError().text())};

    FileIdentity identity;
    Result<QVariant> applicationId = SqlStatement::scalar(db, u"PRAGMA application_id"_s);
    if (!applicationId) {
        // "file is not a database" is about the file; anything else (a full
        // disk, a permission) is about reading it.
        if (applicationId.errorMessage().contains(u"not a database"_s))
            return Error{EventFile::tr("%1 is not a Taller Abierto event file (%2).").arg(QDir::toNativeSeparators(path), applicationId.errorMessage())};
        return Error{EventFile::tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), applicationId.errorMessage())};
    }
    identity.applicationId = applicationId->toInt();
    Result<QVariant> userVersion = SqlStatement::scalar(db, u"PRAGMA user_version"_s);
    if (!userVersion)
        return userVersion.error();
    identity.userVersion = userVersion->toInt();
    if (identity.applicationId == migrations::ApplicationId && identity.userVersion <= migrations::latestVersion()) {
        SqlStatement check(db, u"PRAGMA quick_check"_s);
        if (Status checked = check.exec(); !checked)
            identity.integrity = checked.errorMessage();
        else
            identity.integrity = check.next() ? check.value(0).toString() : u"no answer"_s;
    }
    return identity;
}

} // namespace

EventFile::EventFile(QString path, QString connectionName)
    : m_path(std::move(path))
    , m_connectionName(std::move(connectionName))
{
}

EventFile::~EventFile()
{
    ScopedConnection release{m_connectionName};
}

QSqlDatabase EventFile::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

Result<std::unique_ptr<EventFile>> EventFile::create(const QString &path)
{
    return createAtSchemaVersion(path, migrations::latestVersion());
}

Result<std::unique_ptr<EventFile>> EventFile::createAtSchemaVersion(const QString &path, int version)
{
    if (QFileInfo::exists(path))
        return Error{tr("%1 already exists; choose another name, it will not be overwritten.").arg(QDir::toNativeSeparators(path))};
    const QFileInfo info(path);
    if (!info.absoluteDir().exists())
        return Error{tr("The folder %1 does not exist.").arg(QDir::toNativeSeparators(info.absolutePath()))};
    auto created = connect(path, version);
    if (!created) {
        // A file we just made and could not finish is ours to remove.
        QFile::remove(path);
        QFile::remove(path + u"-wal"_s);
        QFile::remove(path + u"-shm"_s);
    }
    return created;
}

Result<std::unique_ptr<EventFile>> EventFile::open(const QString &path)
{
    if (!QFileInfo::exists(path))
        return Error{tr("%1 does not exist.").arg(QDir::toNativeSeparators(path))};
    if (QFileInfo(path).isDir())
        return Error{tr("%1 is a folder, not an event file.").arg(QDir::toNativeSeparators(path))};

    Result<FileIdentity> identity = readIdentity(path);
    if (!identity)
        return identity.error();
    if (identity->applicationId != migrations::ApplicationId)
        return Error{tr("%1 is an SQLite database but not a Taller Abierto event file.").arg(QDir::toNativeSeparators(path))};
    if (identity->integrity != u"ok"_s && identity->applicationId == migrations::ApplicationId
        && identity->userVersion <= migrations::latestVersion())
        return setAside(path, identity->integrity);
    if (identity->userVersion > migrations::latestVersion())
        return Error{tr("%1 was written by a newer version of Taller Abierto (file format %2; this version reads up to %3). "
                        "Update Taller Abierto to open it.")
                         .arg(QDir::toNativeSeparators(path))
                         .arg(identity->userVersion)
                         .arg(migrations::latestVersion())};
    return connect(path, migrations::latestVersion());
}

QString EventFile::locationWarning(const QString &path)
{
    const QFileInfo info(path);
    const QStorageInfo storage(info.absolutePath());
    const QString type = QString::fromLatin1(storage.fileSystemType()).toLower();
    static const QStringList networkTypes = {u"nfs"_s, u"nfs4"_s, u"cifs"_s, u"smb"_s, u"smb2"_s, u"smb3"_s, u"smbfs"_s,
                                             u"9p"_s, u"afs"_s, u"davfs"_s, u"fuse.sshfs"_s, u"fuse.davfs2"_s, u"fuse.gvfsd-fuse"_s,
                                             u"fuse.rclone"_s, u"fuse.s3fs"_s};
    if (networkTypes.contains(type))
        return tr("%1 is on a network drive (%2). SQLite cannot guarantee an event file there: two computers writing "
                  "at once can damage it. Copy it to this computer's disk to work on it.")
            .arg(QDir::toNativeSeparators(path), type);
    static const QStringList syncedFolders = {u"Dropbox"_s, u"OneDrive"_s, u"Google Drive"_s, u"GoogleDrive"_s,
                                              u"iCloud Drive"_s, u"Nextcloud"_s, u"ownCloud"_s, u"MEGA"_s, u"pCloud"_s};
    for (const QString &folder : syncedFolders) {
        if (info.absoluteFilePath().contains(u'/' + folder + u'/', Qt::CaseInsensitive))
            return tr("%1 is in a folder synchronised by %2. SQLite cannot guarantee an event file there: the sync can "
                      "copy it halfway through a change. Work on a copy outside that folder.")
                .arg(QDir::toNativeSeparators(path), folder);
    }
    return {};
}

Error EventFile::setAside(const QString &path, const QString &problem)
{
    // Never deleted, never written over: moved out of the way, bytes intact,
    // so that the latest backup can take its place.
    const QString aside = path + u".damaged-"_s + Clock::currentDateTime().toString(u"yyyyMMdd-HHmmss"_s);
    const bool moved = QFile::rename(path, aside);
    if (moved) {
        for (const QString &suffix : {u"-wal"_s, u"-shm"_s}) {
            if (QFileInfo::exists(path + suffix))
                QFile::rename(path + suffix, aside + suffix);
        }
    }
    const QList<Backups::Copy> backups = Backups::list(path);
    QString message = moved ? tr("%1 is damaged (%2). It was set aside as %3; nothing was deleted.")
                                  .arg(QDir::toNativeSeparators(path), problem, QDir::toNativeSeparators(aside))
                            : tr("%1 is damaged (%2).").arg(QDir::toNativeSeparators(path), problem);
    if (!backups.isEmpty())
        message += u' ' + tr("The latest backup, from %1, is %2.")
                              .arg(QLocale().toString(backups.first().madeAt, QLocale::ShortFormat),
                                   QDir::toNativeSeparators(backups.first().path));
    else
        message += u' ' + tr("There is no backup of it.");
    return Error{message};
}

Result<std::unique_ptr<EventFile>> EventFile::connect(const QString &path, int migrateTo)
{
    std::unique_ptr<EventFile> file(new EventFile(path, newConnectionName()));
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, file->m_connectionName);
    db.setDatabaseName(path);
    db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=10000"_s);
    if (!db.open())
        return Error{tr("Cannot open %1: %2").arg(QDir::toNativeSeparators(path), db.lastError().text())};

    for (const QString &pragma : {u"PRAGMA journal_mode = WAL"_s, u"PRAGMA synchronous = FULL"_s, u"PRAGMA foreign_keys = ON"_s}) {
        if (Status status = SqlStatement::run(db, pragma); !status)
            return status.error();
    }

    Result<QVariant> version = SqlStatement::scalar(db, u"PRAGMA user_version"_s);
    if (!version)
        return version.error();
    // An upgrade rewrites the file: keep a copy of it as it was.
    if (version->toInt() > 0 && version->toInt() < migrateTo) {
        auto backup = Backups::make(db, path, u"before-v%1"_s.arg(migrateTo));
        if (!backup)
            return Error{tr("%1 was not upgraded, because no backup of it could be made first: %2")
                             .arg(QDir::toNativeSeparators(path), backup.errorMessage())};
    }
    if (Status status = migrations::migrate(db, version->toInt(), migrateTo); !status)
        return status.error();
    file->m_schemaVersion = migrateTo;
    return file;
}

Result<qint64> EventFile::dataVersion() const
{
    auto version = SqlStatement::scalar(database(), u"PRAGMA data_version"_s);
    if (!version)
        return version.error();
    return version->toLongLong();
}

Status EventFile::write(const std::function<Status()> &work)
{
    if (m_inTransaction)
        return work();

    const QSqlDatabase db = database();
    if (Status begun = SqlStatement::run(db, u"BEGIN IMMEDIATE"_s); !begun)
        return begun;
    m_inTransaction = true;
    Status status = work();
    m_inTransaction = false;
    if (status)
        status = SqlStatement::run(db, u"COMMIT"_s);
    if (!status)
        (void)SqlStatement::run(db, u"ROLLBACK"_s);
    return status;
}

} // namespace taller

#include "base/EventFile.h"

#include "base/Backups.h"
#include "base/Clock.h"
#include "base/Migrations.h"
#include "base/SqlStatement.h"

#include <QAtomicInt>
#include <QHash>
#include <QMutex>
#include <QDir>
#include <QFile>
#include <QStorageInfo>
#include <QLocale>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QTemporaryDir>
#include <QUrl>

#include <algorithm>
#include <utility>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>
#endif

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

// How to read a file without writing to it or beside it. With no journal
// beside it (the file is closed), SQLite is told the file is immutable: it
// takes no lock and makes no -wal or -shm file, which a read-only medium
// could not hold anyway. With a journal there (the event is open elsewhere,
// or was left by a crash; or an old rollback journal), it reads through it
// read-only, so that the changes committed there are seen.
void setReadOnly(QSqlDatabase &db, const QString &path)
{
    const bool journal = QFileInfo::exists(path + u"-wal"_s) || QFileInfo::exists(path + u"-journal"_s);
    db.setDatabaseName(QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath()).toString(QUrl::FullyEncoded)
                       + (journal ? u"?mode=ro"_s : u"?immutable=1"_s));
    db.setConnectOptions(u"QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI;QSQLITE_BUSY_TIMEOUT=5000"_s);
}

bool writable(const QString &path)
{
#ifdef Q_OS_UNIX
    // access() also answers for root, for whom a read-only medium (EROFS) is
    // the one thing that refuses a write.
    return ::access(QFile::encodeName(path).constData(), W_OK) == 0;
#else
    return QFileInfo(path).isWritable();
#endif
}

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
    setReadOnly(db, path);
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

namespace {

// The event files this process has open, by absolute path, with how many
// connections each.
struct OpenHere
{
    QMutex mutex;
    QHash<QString, int> paths;
};

OpenHere &openHere()
{
    static OpenHere open;
    return open;
}

QString absolutePathOf(const QString &path)
{
    return QDir::cleanPath(QFileInfo(path).absoluteFilePath());
}

} // namespace

EventFile::EventFile(QString path, QString connectionName)
    : m_path(std::move(path))
    , m_connectionName(std::move(connectionName))
{
    OpenHere &open = openHere();
    const QMutexLocker lock(&open.mutex);
    m_countedPath = absolutePathOf(m_path);
    ++open.paths[m_countedPath];
}

EventFile::~EventFile()
{
    ScopedConnection release{m_connectionName};
    OpenHere &open = openHere();
    const QMutexLocker lock(&open.mutex);
    if (--open.paths[m_countedPath] <= 0)
        open.paths.remove(m_countedPath);
}

bool EventFile::startsAsDatabase(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && file.read(16).startsWith("SQLite format 3");
}

bool EventFile::isOpenHere(const QString &path)
{
    const QFileInfo candidate(path);
    const QString absolute = absolutePathOf(path);
    OpenHere &open = openHere();
    const QMutexLocker lock(&open.mutex);
    for (auto it = open.paths.cbegin(); it != open.paths.cend(); ++it) {
        if (it.key() == absolute)
            return true;
        // The same file reached by another name (a link, a different case).
        const QFileInfo held(it.key());
        if (candidate.exists() && held.exists() && candidate.canonicalFilePath() == held.canonicalFilePath())
            return true;
    }
    return false;
}

QSqlDatabase EventFile::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

sqlite3 *EventFile::handle() const
{
    const QVariant handle = database().driver()->handle();
    if (qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.data());
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

// What every open checks first, writing nothing: that path is an event file
// this version can read.
static Result<FileIdentity> readableEvent(const QString &path)
{
    const QString shown = QDir::toNativeSeparators(path);
    if (!QFileInfo::exists(path))
        return Error{EventFile::tr("%1 does not exist.").arg(shown)};
    if (QFileInfo(path).isDir())
        return Error{EventFile::tr("%1 is a folder, not an event file.").arg(shown)};
    Result<FileIdentity> identity = readIdentity(path);
    if (!identity)
        return identity.error();
    if (identity->applicationId != migrations::ApplicationId)
        return Error{EventFile::tr("%1 is an SQLite database but not a Taller Abierto event file.").arg(shown)};
    if (identity->userVersion > migrations::latestVersion())
        return Error{EventFile::tr("%1 was written by a newer version of Taller Abierto (file format %2; this version reads up "
                                   "to %3). Update Taller Abierto to open it.")
                         .arg(shown)
                         .arg(identity->userVersion)
                         .arg(migrations::latestVersion())};
    return identity;
}

Result<std::unique_ptr<EventFile>> EventFile::open(const QString &path)
{
    Result<FileIdentity> identity = readableEvent(path);
    if (!identity)
        return identity.error();
    const bool canWrite = isWritableLocation(path);
    if (identity->integrity != u"ok"_s && identity->applicationId == migrations::ApplicationId
        && identity->userVersion <= migrations::latestVersion()) {
        if (!canWrite)
            return Error{tr("%1 is damaged (%2). It is on read-only media, so it was left as it is; copy it to a writable "
                            "disk and open it there to recover it.")
                             .arg(QDir::toNativeSeparators(path), identity->integrity)};
        return setAside(path, identity->integrity);
    }
    if (!canWrite)
        return connectReadOnly(path, identity->userVersion);
    return connect(path, migrations::latestVersion());
}

Result<std::unique_ptr<EventFile>> EventFile::openReadOnly(const QString &path)
{
    Result<FileIdentity> identity = readableEvent(path);
    if (!identity)
        return identity.error();
    if (identity->integrity != u"ok"_s)
        return Error{tr("%1 is damaged (%2); it was left as it is.").arg(QDir::toNativeSeparators(path), identity->integrity)};
    return connectReadOnly(path, identity->userVersion);
}

bool EventFile::isWritableLocation(const QString &path)
{
    const QFileInfo info(path);
    if (!writable(info.absolutePath()))
        return false;
    // A journal left read-only beside a writable file would refuse the
    // first change just the same.
    for (const QString &name : {path, path + u"-wal"_s, path + u"-shm"_s}) {
        if (QFileInfo::exists(name) && !writable(name))
            return false;
    }
    return true;
}

QString EventFile::readOnlyMessage() const
{
    if (!m_stoppedWriting.isEmpty())
        return m_stoppedWriting;
    return tr("%1 is open read-only (it is on read-only media, or the file or its folder is write-protected): changes "
              "cannot be saved. Copy it to a writable folder to change it.")
        .arg(QDir::toNativeSeparators(m_path));
}

Result<std::unique_ptr<EventFile>> EventFile::connectReadOnly(const QString &path, int schemaVersion)
{
    if (schemaVersion < migrations::latestVersion()) {
        // An older file is read through an upgraded copy of it: SQLite writes
        // the copy from a read-only connection, the original is not touched.
        auto folder = std::make_shared<QTemporaryDir>();
        if (!folder->isValid())
            return Error{tr("Cannot read %1: no temporary folder for its upgraded copy (%2).")
                             .arg(QDir::toNativeSeparators(path), folder->errorString())};
        const QString copy = folder->filePath(u"read.taller"_s);
        {
            ScopedConnection scope{newConnectionName()};
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, scope.name);
            setReadOnly(db, path);
            if (!db.open())
                return Error{tr("Cannot open %1: %2").arg(QDir::toNativeSeparators(path), db.lastError().text())};
            SqlStatement vacuum(db, u"VACUUM INTO ?"_s);
            vacuum.bind(copy);
            if (Status copied = vacuum.exec(); !copied)
                return Error{tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), copied.errorMessage())};
        }
        TRY_LET(upgraded, connect(copy, migrations::latestVersion(), false));
        (*upgraded)->m_path = path;
        (*upgraded)->m_readOnly = true;
        (*upgraded)->m_readCopy = folder;
        return upgraded;
    }

    std::unique_ptr<EventFile> file(new EventFile(path, newConnectionName()));
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, file->m_connectionName);
    setReadOnly(db, path);
    if (!db.open())
        return Error{tr("Cannot open %1: %2").arg(QDir::toNativeSeparators(path), db.lastError().text())};
    TRY(SqlStatement::run(db, u"PRAGMA foreign_keys = ON"_s));
    // A journal that cannot be read here (no -shm beside it on read-only
    // media) is an error now, not a surprise later.
    if (auto version = SqlStatement::scalar(db, u"PRAGMA user_version"_s); !version)
        return Error{tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), version.errorMessage())};
    file->m_schemaVersion = schemaVersion;
    file->m_readOnly = true;
    return file;
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

Result<std::unique_ptr<EventFile>> EventFile::connect(const QString &path, int migrateTo, bool backupFirst)
{
    std::unique_ptr<EventFile> file(new EventFile(path, newConnectionName()));
    QSqlDatabase::addDatabase(u"QSQLITE"_s, file->m_connectionName);
    TRY(file->openConnection());
    const QSqlDatabase db = file->database();

    Result<QVariant> version = SqlStatement::scalar(db, u"PRAGMA user_version"_s);
    if (!version)
        return version.error();
    // An upgrade rewrites the file: keep a copy of it as it was.
    if (backupFirst && version->toInt() > 0 && version->toInt() < migrateTo) {
        auto backup = Backups::make(db, path, u"before-v%1"_s.arg(migrateTo));
        if (!backup)
            return Error{tr("%1 was not upgraded, because no backup of it could be made first: %2")
                             .arg(QDir::toNativeSeparators(path), backup.errorMessage())};
    }
    TRY(migrations::migrate(db, version->toInt(), migrateTo));
    file->m_schemaVersion = migrateTo;
    return file;
}

Status EventFile::openConnection()
{
    QSqlDatabase db = database();
    db.setDatabaseName(m_path);
    db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=10000"_s);
    if (!db.open())
        return Error{tr("Cannot open %1: %2").arg(QDir::toNativeSeparators(m_path), db.lastError().text())};
    for (const QString &pragma : {u"PRAGMA journal_mode = WAL"_s, u"PRAGMA synchronous = FULL"_s, u"PRAGMA foreign_keys = ON"_s}) {
        TRY(SqlStatement::run(db, pragma));
    }
#ifdef Q_OS_UNIX
    // The file this connection holds, to know it later from one put in its
    // place.
    if (struct stat opened {}; ::stat(QFile::encodeName(m_path).constData(), &opened) == 0)
        m_fileId = {quint64(opened.st_dev), quint64(opened.st_ino)};
#endif
    return {};
}

namespace {

// How this process holds an event file, as the kernel sees it. SQLite keeps
// a POSIX read lock on the file and on its -shm for as long as a connection
// is open, and that is how another process knows the journal is in use. The
// kernel drops every such lock of a process as soon as the process closes
// any descriptor of the file, whoever opened it (a file dialog, a library):
// another process may then take the file for its own, checkpoint the journal
// and delete it, and a connection left writing to the deleted journal loses
// everything it writes there.
struct Hold
{
    bool fileGone = false; // the file SQLite writes is no longer the one at its path
    bool journalGone = false; // its -wal or -shm is no longer the one at its path
    bool locksLost = false;
};

#ifdef Q_OS_LINUX
bool sameFile(const struct stat &a, const struct stat &b)
{
    return a.st_dev == b.st_dev && a.st_ino == b.st_ino;
}

// Whether /proc/locks lists a lock of this process on the file.
bool holdsLock(const QByteArray &locks, const struct stat &file)
{
    const QByteArray pid = QByteArray::number(qint64(::getpid()));
    const QByteArray id = u"%1:%2:%3"_s.arg(major(file.st_dev), 2, 16, QLatin1Char('0'))
                              .arg(minor(file.st_dev), 2, 16, QLatin1Char('0'))
                              .arg(quint64(file.st_ino))
                              .toLatin1();
    for (const QByteArray &line : locks.split('\n')) {
        if (line.contains("->")) // waiting for a lock, not holding one
            continue;
        const QList<QByteArray> fields = line.simplified().split(' ');
        if (fields.size() >= 6 && fields.at(4) == pid && fields.at(5) == id)
            return true;
    }
    return false;
}

QByteArray readProcFile(const char *name)
{
    QFile file(QString::fromLatin1(name));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

Hold holdOf(const QString &path, quint64 device, quint64 inode)
{
    Hold hold;
    const QByteArray absolute = QFile::encodeName(QFileInfo(path).absoluteFilePath());
    struct stat onDisk {};
    if (::stat(absolute.constData(), &onDisk) != 0 || quint64(onDisk.st_dev) != device || quint64(onDisk.st_ino) != inode) {
        hold.fileGone = true;
        return hold;
    }
    // The journal files are found among this process's descriptors by the
    // name the kernel gives them ("… (deleted)" once unlinked).
    const QByteArray journals[] = {absolute + "-wal", absolute + "-shm"};
    struct stat shm {};
    bool sawShm = false;
    const QDir descriptors(u"/proc/self/fd"_s);
    for (const QString &entry : descriptors.entryList(QDir::Files | QDir::System | QDir::NoDotAndDotDot)) {
        char target[4096];
        const QByteArray link = QFile::encodeName(descriptors.filePath(entry));
        const ssize_t length = ::readlink(link.constData(), target, sizeof target - 1);
        if (length <= 0)
            continue;
        QByteArray name(target, length);
        if (name.endsWith(" (deleted)"))
            name.chop(10);
        const auto which = std::find(std::begin(journals), std::end(journals), name);
        if (which == std::end(journals))
            continue;
        struct stat held {};
        if (::fstat(entry.toInt(), &held) != 0)
            continue;
        struct stat current {};
        if (::stat(name.constData(), &current) != 0 || !sameFile(held, current))
            hold.journalGone = true;
        if (which == std::end(journals) - 1) {
            shm = held;
            sawShm = true;
        }
    }
    const QByteArray locks = readProcFile("/proc/locks");
    hold.locksLost = !holdsLock(locks, onDisk) || (sawShm && !holdsLock(locks, shm));
    return hold;
}
#else
Hold holdOf(const QString &, quint64, quint64)
{
    return {};
}
#endif

} // namespace

Status EventFile::keepHold()
{
    const Hold hold = holdOf(m_path, m_fileId.device, m_fileId.inode);
    if (hold.fileGone) // renamed, replaced or deleted behind the program's back
        return stopWriting(tr("%1 was moved, replaced or deleted by another program while it was open here.")
                               .arg(QDir::toNativeSeparators(m_path)));
    if (!hold.journalGone && !hold.locksLost)
        return {};
    if (hold.journalGone)
        TRY(rescueFromDeletedJournal());
    // A new connection takes the locks again, on the journal now on disk.
    database().close();
    TRY(openConnection());
    m_recoveryNote = hold.journalGone
                         ? tr("Another program deleted the journal of %1 while it was open here; the event was reopened "
                              "and nothing was lost.")
                               .arg(QDir::toNativeSeparators(m_path))
                         : tr("%1 had lost its locks (a file dialog or another program read it); the event was reopened "
                              "and nothing was lost.")
                               .arg(QDir::toNativeSeparators(m_path));
    qWarning("%s", qUtf8Printable(m_recoveryNote));
    return {};
}

Status EventFile::rescueFromDeletedJournal()
{
    // Whoever deleted the journal checkpointed it first, but a commit of ours
    // that landed in it after that lives only there: this connection copies
    // its pages into the file, which is still the one on disk.
    const Status copied = SqlStatement::run(database(), u"PRAGMA wal_checkpoint(FULL)"_s);
    if (copied)
        return {};
    return stopWriting(tr("Another program deleted the journal of %1 while it was open here, and its last changes could "
                          "not be written back (%2).")
                           .arg(QDir::toNativeSeparators(m_path), copied.errorMessage()));
}

Error EventFile::stopWriting(const QString &why)
{
    // What this connection still reads is saved aside, and nothing more is
    // written where it can no longer be trusted; every later change is
    // refused with the same words.
    const QString rescue = rescuePath();
    const Status saved = Backups::write(database(), rescue);
    m_stoppedWriting = why + u' '
                       + (saved ? tr("Nothing more is written to it; everything this window held was saved in %1.")
                                      .arg(QDir::toNativeSeparators(rescue))
                                : tr("Nothing more is written to it, and what this window held could not be saved aside: %1")
                                      .arg(saved.errorMessage()));
    m_readOnly = true;
    return Error{m_stoppedWriting};
}

QString EventFile::rescuePath() const
{
    // Beside the event, under a name that opens as an event.
    const QFileInfo info(m_path);
    return info.dir().filePath(info.completeBaseName() + u"-rescued-"_s
                               + Clock::currentDateTime().toString(u"yyyyMMdd-HHmmss"_s) + u'.' + Suffix);
}

QString EventFile::takeRecoveryNote()
{
    return std::exchange(m_recoveryNote, QString());
}

Result<qint64> EventFile::dataVersion() const
{
    TRY_LET(version, SqlStatement::scalar(database(), u"PRAGMA data_version"_s));
    return version->toLongLong();
}

Status EventFile::write(const std::function<Status()> &work)
{
    if (m_readOnly)
        return Error{readOnlyMessage()};
    if (m_inTransaction)
        return work();

    // Before the change, and again once it is committed: a change is done
    // only when it is in the file on disk, not in a journal another process
    // deleted in the meantime.
    TRY(keepHold());
    const QSqlDatabase db = database();
    TRY(SqlStatement::run(db, u"BEGIN IMMEDIATE"_s));
    m_inTransaction = true;
    if (m_observer)
        m_observer->began(*this);
    Status status = work();
    if (status && m_observer)
        status = m_observer->beforeCommit(*this);
    m_inTransaction = false;
    if (status)
        status = SqlStatement::run(db, u"COMMIT"_s);
    if (!status) {
        (void)SqlStatement::run(db, u"ROLLBACK"_s);
        if (m_observer)
            m_observer->ended(*this, false);
        return status;
    }
    if (m_observer)
        m_observer->ended(*this, true);
    return keepHold();
}

} // namespace taller

#pragma once

#include "base/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <memory>

struct sqlite3;

namespace taller {

class EventFile;

// Told of every write transaction of one EventFile, inside it: how the hub
// records what each commit changed for the desks, and how a desk's copy
// keeps its own changes (see core/sharing/). An observer may refuse a change
// before it is committed.
class WriteObserver
{
public:
    virtual ~WriteObserver() = default;
    // After BEGIN, before the work.
    virtual void began(EventFile &file) = 0;
    // After the work succeeded, still inside the transaction: an Error rolls
    // the whole change back.
    virtual Status beforeCommit(EventFile &file) = 0;
    // Once the transaction is over: committed and on disk, or rolled back.
    virtual void ended(EventFile &file, bool committed) = 0;
};

// One workshop, one SQLite file (NAME.taller), written as you go.
//
// Every connection runs in WAL mode with synchronous=FULL and foreign keys on;
// every write goes through write(), one BEGIN IMMEDIATE transaction, so a change
// acknowledged to the user is on disk and a failed one left nothing behind.
class EventFile
{
    Q_DECLARE_TR_FUNCTIONS(taller::EventFile)

public:
    static inline const QString Suffix = QStringLiteral("taller");

    // Makes a new, empty event file; refuses to touch an existing path.
    static Result<std::unique_ptr<EventFile>> create(const QString &path);
    // Opens an existing event file, migrating it forward when it is older.
    // Files that are not events, or come from a newer program, are refused
    // before anything is written to them.
    // An event on read-only media (a write-protected USB stick, a read-only
    // folder or file) is opened read-only: see isReadOnly().
    static Result<std::unique_ptr<EventFile>> open(const QString &path);
    // Opens an event only to read it (another event's commitments): nothing
    // is ever written to it or beside it — no migration, no backup, no
    // journal files, no renaming. An older file is read through an upgraded
    // copy in a temporary folder.
    static Result<std::unique_ptr<EventFile>> openReadOnly(const QString &path);

    // Whether changes to the file at path could be saved there (the file and
    // its folder writable, the medium not read-only).
    static bool isWritableLocation(const QString &path);
    // Whether path is an event this process holds open. Reading it as a
    // list, or through any other handle, and closing that handle would drop
    // every lock SQLite holds on it for this process: another process could
    // then checkpoint and delete the journal under the open connection.
    static bool isOpenHere(const QString &path);
    // Whether the file at path starts as an SQLite database does: an event,
    // or another database. False when it cannot be read.
    static bool startsAsDatabase(const QString &path);

    // Why SQLite cannot guarantee the file at path (a network share, a folder
    // a sync client rewrites), or empty when the place is safe.
    static QString locationWarning(const QString &path);

    // For tests of the upgrade path: a new file stopped at an older schema.
    static Result<std::unique_ptr<EventFile>> createAtSchemaVersion(const QString &path, int version);

    ~EventFile();
    EventFile(const EventFile &) = delete;
    EventFile &operator=(const EventFile &) = delete;

    QString path() const { return m_path; }
    QSqlDatabase database() const;
    int schemaVersion() const { return m_schemaVersion; }
    // Opened read-only: every write() is refused with readOnlyMessage().
    bool isReadOnly() const { return m_readOnly; }
    QString readOnlyMessage() const;

    // Runs work inside one BEGIN IMMEDIATE transaction, committed when work
    // succeeds and rolled back otherwise. Nested calls join the outer one.
    Status write(const std::function<Status()> &work);

    // The SQLite connection under database(), for SQLite's own extensions
    // (sessions, backup). It changes when the file is reopened (see write()):
    // ask again for each transaction, never keep it.
    sqlite3 *handle() const;
    // At most one; nullptr removes it. The observer must outlive the file
    // or be removed first.
    void setWriteObserver(WriteObserver *observer) { m_observer = observer; }
    WriteObserver *writeObserver() const { return m_observer; }
    bool inTransaction() const { return m_inTransaction; }

    // Changes whenever another connection (another desk's process) commits
    // to the file; cheap enough to poll.
    Result<qint64> dataVersion() const;

    // What the last write had to mend before it could go on (this process
    // had lost its hold on the file, or its journal had been deleted under
    // it), in words for the user; empty when nothing happened. Taking it
    // clears it.
    QString takeRecoveryNote();

private:
    EventFile(QString path, QString connectionName);
    static Result<std::unique_ptr<EventFile>> connect(const QString &path, int migrateTo, bool backupFirst = true);
    static Result<std::unique_ptr<EventFile>> connectReadOnly(const QString &path, int schemaVersion);
    static Error setAside(const QString &path, const QString &problem);
    Status openConnection();
    // See write(): whether this process still holds the file as SQLite
    // believes it does, and the mending when it does not.
    Status keepHold();
    Status rescueFromDeletedJournal();
    QString rescuePath() const;
    // Saves what this connection holds beside the event and refuses every
    // later change, saying why.
    Error stopWriting(const QString &why);

    QString m_path;
    // The path counted as open here (see isOpenHere); m_path may later name
    // the original of a read-only copy.
    QString m_countedPath;
    QString m_connectionName;
    int m_schemaVersion = 0;
    bool m_inTransaction = false;
    WriteObserver *m_observer = nullptr;
    bool m_readOnly = false;
    QString m_recoveryNote;
    // Why changes are no longer written to the file, once they are not.
    QString m_stoppedWriting;
    struct FileId
    {
        quint64 device = 0;
        quint64 inode = 0;
    };
    FileId m_fileId;
    // The upgraded copy an older file is read through, removed on close.
    std::shared_ptr<void> m_readCopy;
};

} // namespace taller

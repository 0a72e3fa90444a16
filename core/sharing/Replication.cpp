#include "sharing/Replication.h"

#include "base/SavedFile.h"
#include "base/SqlStatement.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>

// Debian builds libsqlite3 with the session extension; its declarations are
// seen only with these defined.
#define SQLITE_ENABLE_SESSION 1
#define SQLITE_ENABLE_PREUPDATE_HOOK 1
#include <sqlite3.h>

#include <memory>

using namespace Qt::StringLiterals;

namespace taller::replication {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("taller::Replication", text);
}

Error sqliteError(sqlite3 *db, int code, const QString &what)
{
    const QString detail = db ? QString::fromUtf8(sqlite3_errmsg(db)) : QString::fromUtf8(sqlite3_errstr(code));
    const int primary = code & 0xff;
    ErrorKind kind = ErrorKind::Other;
    if (primary == SQLITE_FULL)
        kind = ErrorKind::NoSpace;
    else if (primary == SQLITE_IOERR)
        kind = ErrorKind::Io;
    else if (primary == SQLITE_BUSY || primary == SQLITE_LOCKED)
        kind = ErrorKind::Busy;
    return Error{u"%1: %2"_s.arg(what, detail), kind};
}

int sharedOnly(void *, const char *table)
{
    return isShared(QString::fromUtf8(table)) ? 1 : 0;
}

struct ClosedDatabase
{
    void operator()(sqlite3 *db) const { sqlite3_close_v2(db); }
};
using Database = std::unique_ptr<sqlite3, ClosedDatabase>;

Result<Database> openPrivate(const QString &path)
{
    sqlite3 *raw = nullptr;
    const int rc = sqlite3_open_v2(QFile::encodeName(path).constData(), &raw,
                                   SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, nullptr);
    Database db(raw);
    if (rc != SQLITE_OK)
        return sqliteError(db.get(), rc, tr("Cannot open the copy of the event"));
    return db;
}

Status execute(sqlite3 *db, const QString &sql)
{
    char *message = nullptr;
    const int rc = sqlite3_exec(db, sql.toUtf8().constData(), nullptr, nullptr, &message);
    if (rc == SQLITE_OK)
        return {};
    const QString detail = QString::fromUtf8(message ? message : sqlite3_errstr(rc));
    sqlite3_free(message);
    return Error{u"%1: %2"_s.arg(tr("Cannot prepare the copy of the event"), detail)};
}

// The tables of a database whose rows stay on the device that holds them.
Result<QStringList> privateTables(const QSqlDatabase &db)
{
    TRY_LET(names, SqlStatement::rows(db, u"SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"_s, {},
                                      [](const SqlStatement &row) { return row.value(0).toString(); }));
    QStringList result;
    for (const QString &name : *names) {
        if (name.startsWith(u"hub_"_s) || name.startsWith(u"desk_"_s))
            result.append(name);
    }
    return result;
}

// Triggers off on this connection while changes made elsewhere are applied.
class TriggersOff
{
public:
    explicit TriggersOff(sqlite3 *db) : m_db(db) { sqlite3_db_config(m_db, SQLITE_DBCONFIG_ENABLE_TRIGGER, 0, nullptr); }
    ~TriggersOff() { sqlite3_db_config(m_db, SQLITE_DBCONFIG_ENABLE_TRIGGER, 1, nullptr); }

private:
    sqlite3 *m_db;
};

// The first conflict that stopped an apply, to name it.
struct Stopped
{
    QString table;
    int conflict = 0;
};

void noteConflict(void *context, int conflict, sqlite3_changeset_iter *change)
{
    auto *stopped = static_cast<Stopped *>(context);
    if (!stopped->table.isEmpty())
        return;
    const char *table = nullptr;
    int columns = 0;
    int operation = 0;
    if (sqlite3changeset_op(change, &table, &columns, &operation, nullptr) == SQLITE_OK && table)
        stopped->table = QString::fromUtf8(table);
    stopped->conflict = conflict;
}

int refuseAll(void *context, int conflict, sqlite3_changeset_iter *change)
{
    noteConflict(context, conflict, change);
    return SQLITE_CHANGESET_ABORT;
}

int hubWins(void *context, int conflict, sqlite3_changeset_iter *change)
{
    switch (conflict) {
    case SQLITE_CHANGESET_DATA:
    case SQLITE_CHANGESET_CONFLICT:
        return SQLITE_CHANGESET_REPLACE;
    case SQLITE_CHANGESET_NOTFOUND:
    case SQLITE_CHANGESET_FOREIGN_KEY:
        return SQLITE_CHANGESET_OMIT;
    default:
        noteConflict(context, conflict, change);
        return SQLITE_CHANGESET_ABORT;
    }
}

} // namespace

bool isShared(const QString &table)
{
    return !table.startsWith(u"hub_"_s) && !table.startsWith(u"desk_"_s) && !table.startsWith(u"sqlite_"_s);
}

ChangeRecorder::ChangeRecorder(EventFile &file)
{
    sqlite3 *db = file.handle();
    if (!db || sqlite3session_create(db, "main", &m_session) != SQLITE_OK) {
        m_session = nullptr;
        return;
    }
    sqlite3session_table_filter(m_session, sharedOnly, nullptr);
    if (sqlite3session_attach(m_session, nullptr) != SQLITE_OK) {
        sqlite3session_delete(m_session);
        m_session = nullptr;
    }
}

ChangeRecorder::~ChangeRecorder()
{
    if (m_session)
        sqlite3session_delete(m_session);
}

bool ChangeRecorder::isEmpty() const
{
    return !m_session || sqlite3session_isempty(m_session);
}

Result<QByteArray> ChangeRecorder::changes() const
{
    if (!m_session)
        return Error{tr("SQLite could not record the change for the other devices.")};
    int size = 0;
    void *bytes = nullptr;
    if (const int rc = sqlite3session_changeset(m_session, &size, &bytes); rc != SQLITE_OK)
        return sqliteError(nullptr, rc, tr("Cannot read the change for the other devices"));
    QByteArray changes(static_cast<const char *>(bytes), size);
    sqlite3_free(bytes);
    return changes;
}

Status apply(EventFile &file, const QByteArray &changes, Conflicts conflicts)
{
    if (changes.isEmpty())
        return {};
    sqlite3 *db = file.handle();
    if (!db)
        return Error{tr("The event file is not open.")};
    const TriggersOff off(db);
    Stopped stopped;
    const int rc = sqlite3changeset_apply(db, int(changes.size()), const_cast<char *>(changes.constData()), nullptr,
                                          conflicts == Conflicts::Refuse ? refuseAll : hubWins, &stopped);
    if (rc == SQLITE_ABORT && !stopped.table.isEmpty())
        return Error{tr("The changes do not fit this copy: a row of %1 is not as expected (conflict %2).")
                         .arg(stopped.table)
                         .arg(stopped.conflict)};
    if (rc != SQLITE_OK)
        return sqliteError(db, rc, tr("The changes from the other device do not fit this copy"));
    return {};
}

Result<QByteArray> inverted(const QByteArray &changes)
{
    int size = 0;
    void *bytes = nullptr;
    if (const int rc = sqlite3changeset_invert(int(changes.size()), changes.constData(), &size, &bytes); rc != SQLITE_OK)
        return sqliteError(nullptr, rc, tr("Cannot undo a change of this device"));
    QByteArray result(static_cast<const char *>(bytes), size);
    sqlite3_free(bytes);
    return result;
}

Result<QByteArray> snapshot(EventFile &file)
{
    QTemporaryDir folder;
    if (!folder.isValid())
        return Error{tr("Cannot make a temporary folder for the copy of the event: %1").arg(folder.errorString())};
    const QString copyPath = folder.filePath(u"snapshot.taller"_s);
    // VACUUM INTO reads the event in one read transaction of its own
    // connection: no other handle on the event file is opened (and closed)
    // in this process.
    TRY(SqlStatement::run(file.database(), u"VACUUM INTO ?"_s, {copyPath}));
    TRY_LET(hidden, privateTables(file.database()));
    {
        TRY_LET(db, openPrivate(copyPath));
        QString sql = u"PRAGMA secure_delete = ON; PRAGMA journal_mode = DELETE; BEGIN;"_s;
        for (const QString &table : *hidden)
            sql += u"DELETE FROM \"%1\";"_s.arg(table);
        sql += u"COMMIT; VACUUM;"_s;
        TRY(execute(db->get(), sql));
    }
    QFile copy(copyPath);
    if (!copy.open(QIODevice::ReadOnly))
        return Error{tr("Cannot read the copy of the event: %1").arg(copy.errorString())};
    return copy.readAll();
}

Status writeSnapshot(const QByteArray &snapshot, const QString &path)
{
    if (!snapshot.startsWith("SQLite format 3"))
        return Error{tr("What the hub sent is not an event.")};
    if (QFileInfo::exists(path))
        return Error{tr("%1 already exists; choose a new name for the copy.").arg(QDir::toNativeSeparators(path))};
    return SavedFile::write(path, snapshot);
}

Status adopt(EventFile &file, const QByteArray &snapshot)
{
    if (!snapshot.startsWith("SQLite format 3"))
        return Error{tr("What the hub sent is not an event.")};
    if (file.inTransaction())
        return Error{tr("A copy cannot be replaced in the middle of a change.")};
    QTemporaryDir folder;
    if (!folder.isValid())
        return Error{tr("Cannot make a temporary folder for the copy of the event: %1").arg(folder.errorString())};
    const QString copyPath = folder.filePath(u"snapshot.taller"_s);
    TRY(SavedFile::write(copyPath, snapshot));
    TRY_LET(copy, openPrivate(copyPath));
    sqlite3 *source = copy->get();

    // The desk's own records go into the snapshot first, so that the one
    // step below replaces the event and keeps them.
    const QSqlDatabase db = file.database();
    TRY_LET(kept, privateTables(db));
    TRY(execute(source, u"BEGIN"_s));
    for (const QString &table : *kept) {
        if (!table.startsWith(u"desk_"_s))
            continue;
        TRY(execute(source, u"DELETE FROM \"%1\""_s.arg(table)));
        QSqlQuery rows(db);
        rows.setForwardOnly(true);
        if (!rows.exec(u"SELECT * FROM \"%1\""_s.arg(table)))
            return Error{tr("Cannot read this desk's records: %1").arg(rows.lastError().text())};
        const QSqlRecord record = rows.record();
        QStringList marks;
        for (int i = 0; i < record.count(); ++i)
            marks.append(u"?"_s);
        sqlite3_stmt *insert = nullptr;
        const QByteArray sql = u"INSERT INTO \"%1\" VALUES (%2)"_s.arg(table, marks.join(u',')).toUtf8();
        if (const int rc = sqlite3_prepare_v2(source, sql.constData(), -1, &insert, nullptr); rc != SQLITE_OK)
            return sqliteError(source, rc, tr("Cannot keep this desk's records"));
        const std::unique_ptr<sqlite3_stmt, int (*)(sqlite3_stmt *)> finalize(insert, sqlite3_finalize);
        while (rows.next()) {
            sqlite3_reset(insert);
            for (int i = 0; i < record.count(); ++i) {
                const QVariant value = rows.value(i);
                // A zero-length blob reads as a null QByteArray.
                if (value.typeId() == QMetaType::QByteArray && value.toByteArray().isEmpty()) {
                    sqlite3_bind_blob(insert, i + 1, "", 0, SQLITE_STATIC);
                } else if (value.isNull()) {
                    sqlite3_bind_null(insert, i + 1);
                } else if (value.typeId() == QMetaType::QByteArray) {
                    const QByteArray bytes = value.toByteArray();
                    sqlite3_bind_blob(insert, i + 1, bytes.constData(), int(bytes.size()), SQLITE_TRANSIENT);
                } else if (value.typeId() == QMetaType::LongLong || value.typeId() == QMetaType::Int) {
                    sqlite3_bind_int64(insert, i + 1, value.toLongLong());
                } else if (value.typeId() == QMetaType::Double) {
                    sqlite3_bind_double(insert, i + 1, value.toDouble());
                } else {
                    const QByteArray text = value.toString().toUtf8();
                    sqlite3_bind_text(insert, i + 1, text.constData(), int(text.size()), SQLITE_TRANSIENT);
                }
            }
            if (const int rc = sqlite3_step(insert); rc != SQLITE_DONE)
                return sqliteError(source, rc, tr("Cannot keep this desk's records"));
        }
    }
    TRY(execute(source, u"COMMIT"_s));

    // One backup step copies every page in one write transaction of the
    // event's own connection: all of it or, on any failure, none.
    sqlite3 *target = file.handle();
    if (!target)
        return Error{tr("The event file is not open.")};
    sqlite3_backup *backup = sqlite3_backup_init(target, "main", source, "main");
    if (!backup)
        return sqliteError(target, sqlite3_errcode(target), tr("Cannot take in the hub's copy of the event"));
    const int step = sqlite3_backup_step(backup, -1);
    const int finished = sqlite3_backup_finish(backup);
    if (step != SQLITE_DONE)
        return sqliteError(target, step, tr("Cannot take in the hub's copy of the event"));
    if (finished != SQLITE_OK)
        return sqliteError(target, finished, tr("Cannot take in the hub's copy of the event"));
    return {};
}

} // namespace taller::replication

#include "registration/PersonalData.h"

#include "registration/CheckinRepository.h"
#include "base/Backups.h"
#include "base/Clock.h"
#include "base/SqlStatement.h"
#include "registration/Attendee.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QScopeGuard>

namespace taller {

using namespace Qt::StringLiterals;

Result<TabularSheet> PersonalData::participationSheet(EventFile &file, qint64 meeting)
{
    TRY_LET(counts, CheckinRepository(file, {}, meeting).counts());
    TabularSheet sheet;
    sheet.name = tr("Participation");
    sheet.header = tr("Sector;Registered;Attended").split(u';');
    for (Sector sector : valuesOf<Sector>()) {
        const auto c = counts->bySector.value(sector);
        sheet.rows.append({displayNameOf(sector), c.registered, c.checkedIn});
    }
    sheet.rows.append({tr("Total"), counts->registered, counts->checkedIn});
    return sheet;
}

Result<bool> PersonalData::isPurged(EventFile &file)
{
    TRY_LET(rows, SqlStatement::scalar(file.database(), u"SELECT count(*) FROM participation_summary"_s));
    return rows->toInt() > 0;
}

namespace {

struct Checkpoint
{
    bool busy = false;
    qint64 walFrames = 0;
};

// Moves every page from the journal into the file and empties the journal;
// busy when another connection's read keeps it from finishing.
Result<Checkpoint> checkpoint(const QSqlDatabase &db)
{
    SqlStatement run(db, u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
    TRY(run.exec());
    if (!run.next())
        return Error{PersonalData::tr("SQLite did not say whether the journal was emptied.")};
    return Checkpoint{run.value(0).toInt() != 0, run.value(1).toLongLong()};
}

QString otherReaderMessage(const QString &path)
{
    return PersonalData::tr("another program has %1 open and is reading it (another window or desk, the command line, the "
                            "sqlite3 shell)")
        .arg(QDir::toNativeSeparators(path));
}

// Overwrites a copy with zeros (what a plain delete leaves on a disk), then
// deletes it; the delete is what must succeed.
bool erase(const QString &path, QString *reason)
{
    QFile file(path);
    if (file.open(QIODevice::ReadWrite)) {
        const QByteArray zeros(64 * 1024, '\0');
        for (qint64 left = file.size(); left > 0; left -= zeros.size()) {
            if (file.write(zeros.constData(), std::min<qint64>(left, zeros.size())) <= 0)
                break;
        }
        file.flush();
        file.close();
    }
    if (!file.remove()) {
        *reason = file.errorString();
        return false;
    }
    return true;
}

} // namespace

QStringList PersonalData::copiesOf(const QString &eventPath)
{
    QStringList copies;
    // The program's own folder for this event: every file in it is a copy
    // (periodic, on closing, before-vN) or a leftover of one.
    const QDir folder(Backups::folderFor(eventPath));
    for (const QFileInfo &info : folder.entryInfoList(QDir::Files | QDir::Hidden | QDir::System))
        copies << info.absoluteFilePath();
    // Beside the event: copies set aside as damaged (and their journals),
    // and unfinished copies.
    const QFileInfo event(eventPath);
    const QDir beside = event.absoluteDir();
    for (const QFileInfo &info : beside.entryInfoList({event.fileName() + u".damaged-*"_s, event.fileName() + u"*.partial"_s},
                                                      QDir::Files | QDir::Hidden | QDir::System))
        copies << info.absoluteFilePath();
    copies.removeDuplicates();
    return copies;
}

Result<PersonalData::PurgeReport> PersonalData::purge(EventFile &file)
{
    if (file.isReadOnly())
        return Error{file.readOnlyMessage()};
    const QSqlDatabase db = file.database();
    const QString path = file.path();
    // Waiting a little for another reader is fine; waiting for ever is not.
    TRY(SqlStatement::run(db, u"PRAGMA busy_timeout = 3000"_s));
    const auto restoreTimeout = qScopeGuard([&] { (void)SqlStatement::run(db, u"PRAGMA busy_timeout = 10000"_s); });

    // Before anything is erased: nobody else may be reading, or what they
    // read would stay in the file and its journal. A checkpoint alone cannot
    // tell: a reader that began while the journal was empty reads the file
    // itself, and a checkpoint with nothing to copy passes it by (then the one
    // after the erasure could not finish). So one page is first written again
    // as it is, into the journal; a checkpoint that must copy it back waits
    // for every reader of an older state, whichever way it reads.
    const QString refused = tr("Nothing was erased: %1. Close it and purge again.");
    TRY_LET(version, SqlStatement::scalar(db, u"PRAGMA user_version"_s));
    if (Status marked = file.write([&]() -> Status {
            return SqlStatement::run(db, u"PRAGMA user_version = %1"_s.arg(version->toLongLong()));
        });
        !marked)
        return Error{tr("Nothing was erased: %1").arg(marked.errorMessage()), marked.error().kind};
    TRY_LET(before, checkpoint(db));
    if (before->busy)
        return Error{refused.arg(otherReaderMessage(path)), ErrorKind::Busy};

    TRY(SqlStatement::run(db, u"PRAGMA secure_delete = ON"_s));
    PurgeReport report;
    Status status = file.write([&]() -> Status {
        TRY_LET(purged, isPurged(file));
        if (*purged) {
            report.alreadyPurged = true;
            return {};
        }
        // What each meeting keeps: its counts by sector.
        TRY_LET(meetings, SqlStatement::ids(db, u"SELECT id FROM meeting ORDER BY id"_s));
        SqlStatement keep(db, u"INSERT INTO participation_summary (meeting_id, sector, registered, attended, walk_ins, purged_at) "
                              "VALUES (?, ?, ?, ?, ?, ?)"_s);
        const QString now = Clock::currentDateTime().toUTC().toString(Qt::ISODateWithMs);
        for (qint64 meeting : std::as_const(*meetings)) {
            TRY_LET(counts, CheckinRepository(file, {}, meeting).counts());
            bool walkInsCounted = false;
            for (Sector sector : valuesOf<Sector>()) {
                const auto c = counts->bySector.value(sector);
                // Walk-ins are kept as one total, on the first row.
                keep.bind(meeting)
                    .bind(keyOf(sector))
                    .bind(c.registered)
                    .bind(c.checkedIn)
                    .bind(walkInsCounted ? 0 : counts->walkIns)
                    .bind(now);
                walkInsCounted = true;
                TRY(keep.exec());
            }
        }
        for (const QString &sql : {u"DELETE FROM checkin_event"_s, u"DELETE FROM mesa_member"_s, u"DELETE FROM attendee"_s,
                                   // What the team's devices sent and were told
                                   // names people too (core/sharing).
                                   u"UPDATE hub_operation SET payload = '{}', message = ''"_s, u"DELETE FROM desk_notice"_s,
                                   // The search index keeps deleted words until it is rebuilt.
                                   u"INSERT INTO attendee_search (attendee_search) VALUES ('rebuild')"_s}) {
            TRY(SqlStatement::run(db, sql));
        }
        return {};
    });
    if (!status)
        return Error{tr("Nothing was erased: %1").arg(status.errorMessage())};
    TRY_LET(erased, eraseTraces(file));
    report.deleted = erased->deleted;
    return report;
}

Result<PersonalData::PurgeReport> PersonalData::eraseTraces(EventFile &file)
{
    const QSqlDatabase db = file.database();
    const QString path = file.path();
    PurgeReport report;

    // Rewrite the whole file so that no freed page still holds a name or a
    // document, then move it out of the journal and empty the journal.
    const QString unfinished = tr("The attendees were removed from the event, but the purge is NOT finished: %1. Their "
                                  "data is still readable in %2 and its journal. Run purge again to finish.");
    if (Status vacuumed = SqlStatement::run(db, u"VACUUM"_s); !vacuumed)
        return Error{unfinished.arg(vacuumed.errorMessage(), QDir::toNativeSeparators(path))};
    auto after = checkpoint(db);
    if (!after)
        return Error{unfinished.arg(after.errorMessage(), QDir::toNativeSeparators(path))};
    if (after->busy)
        return Error{unfinished.arg(otherReaderMessage(path), QDir::toNativeSeparators(path))};
    const QFileInfo journal(path + u"-wal"_s);
    if (journal.exists() && journal.size() > 0)
        return Error{unfinished.arg(tr("the journal could not be emptied"), QDir::toNativeSeparators(path))};

    // Every copy the program made of the event still holds the people.
    QStringList failed;
    for (const QString &copy : copiesOf(path)) {
        QString reason;
        if (erase(copy, &reason))
            report.deleted << copy;
        else
            failed << u"%1 (%2)"_s.arg(QDir::toNativeSeparators(copy), reason);
    }
    if (!failed.isEmpty())
        return Error{tr("The personal data was erased from %1, but the purge is NOT finished: these copies of the event "
                        "still hold it and could not be deleted: %2. Delete them, or run purge again.")
                         .arg(QDir::toNativeSeparators(path), failed.join(u", "_s))};
    QDir().rmdir(Backups::folderFor(path));
    return report;
}

} // namespace taller

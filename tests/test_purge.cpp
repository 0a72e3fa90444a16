#include "TestSupport.h"

#include "base/Backups.h"
#include "EventSession.h"
#include "RegistrationService.h"
#include "base/SqlStatement.h"
#include "registration/PersonalData.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QScopeGuard>
#include <QSqlDatabase>

using namespace taller;
using namespace Qt::StringLiterals;

namespace {

struct People
{
    QList<QByteArray> needles; // surnames, documents, e-mails
};

People peopleIn(const QString &path)
{
    People people;
    const QJsonArray list = QJsonDocument::fromJson(test::runCli({u"attendees"_s, path, u"--json"_s}).out.toUtf8()).array();
    for (const QJsonValue &person : list) {
        people.needles << person[u"surnames"_s].toString().toUtf8() << person[u"document"_s].toString().toUtf8();
    }
    // Sample attendees' e-mails are all at this domain.
    people.needles << QByteArray("@example.org");
    return people;
}

// The files the program keeps of the event: the file, its journal, every
// backup and every copy beside it.
QStringList filesOf(const QString &path)
{
    QStringList files{path};
    for (const QString &suffix : {u"-wal"_s, u"-shm"_s})
        if (QFileInfo::exists(path + suffix))
            files << path + suffix;
    QDirIterator backups(Backups::folderFor(path), QDir::Files | QDir::Hidden);
    while (backups.hasNext())
        files << backups.next();
    const QFileInfo info(path);
    for (const QString &name : info.absoluteDir().entryList({info.fileName() + u"*"_s}, QDir::Files | QDir::Hidden))
        if (!files.contains(info.absoluteDir().filePath(name)))
            files << info.absoluteDir().filePath(name);
    return files;
}

int needlesFound(const QStringList &files, const People &people)
{
    int found = 0;
    for (const QString &file : files) {
        const QByteArray bytes = test::readAll(file);
        for (const QByteArray &needle : people.needles) {
            if (bytes.contains(needle)) {
                UNSCOPED_INFO(file.toStdString() << " holds " << needle.toStdString());
                ++found;
            }
        }
    }
    return found;
}

QString makeEvent(QTemporaryDir &dir, const QString &name)
{
    const QString path = dir.filePath(name);
    REQUIRE(test::runCli({u"new"_s, path, u"--sample-attendees"_s, u"60"_s}).exitCode == 0);
    return path;
}

// A refused purge erased nothing: every attendee is still listed, no count
// was set aside in their place, and the copies are where they were.
void checkNothingErased(const QString &path, int attendees)
{
    const auto listed = test::runCli({u"attendees"_s, path, u"--json"_s});
    INFO(listed.err.toStdString());
    REQUIRE(listed.exitCode == 0);
    CHECK(QJsonDocument::fromJson(listed.out.toUtf8()).array().size() == attendees);
    CHECK(test::sqlite(path, u"SELECT count(*) FROM participation_summary"_s) == u"0"_s);
}

// A purge now succeeds and leaves nothing of people in the event's files.
void checkPurgeFinishes(const QString &path, const People &people)
{
    const auto finished = test::runCli({u"purge"_s, path, u"--confirm"_s});
    INFO(finished.err.toStdString());
    REQUIRE(finished.exitCode == 0);
    CHECK(needlesFound(filesOf(path), people) == 0);
}

} // namespace

TEST_CASE("Purge erases the people from the file, its journal and every copy the program made", "[personal-data][purge]")
{
    QTemporaryDir dir;
    const QString path = makeEvent(dir, u"copias.taller"_s);
    const People people = peopleIn(path);
    REQUIRE(people.needles.size() > 100);
    {
        auto file = EventFile::open(path);
        REQUIRE(file.ok());
        for (int i = 0; i < 3; ++i) {
            test::FixedClock clock(QDateTime(QDate(2016, 6, 29), QTime(10, i)));
            REQUIRE(Backups::make(**file).ok());
        }
        REQUIRE(Backups::make(**file, u"before-v6"_s).ok());
        // A copy left unfinished by a backup, one set aside as damaged, and
        // an unfinished copy beside the event.
        REQUIRE(Backups::write(**file, Backups::folderFor(path) + u"/copias-20160629-110000.taller.partial"_s).ok());
        REQUIRE(Backups::write(**file, path + u".damaged-20160629-120000"_s).ok());
        REQUIRE(QFile::copy(path + u".damaged-20160629-120000"_s, path + u".partial"_s));
    }
    REQUIRE(Backups::list(path).size() >= 4);
    REQUIRE(needlesFound(filesOf(path), people) > 0);

    const auto purged = test::runCli({u"purge"_s, path, u"--confirm"_s});
    INFO(purged.err.toStdString());
    REQUIRE(purged.exitCode == 0);
    CHECK(purged.out.contains(u"Deleted the copy"_s));
    CHECK(purged.out.count(u"Deleted the copy"_s) == 7);

    CHECK(Backups::list(path).isEmpty());
    CHECK_FALSE(QFileInfo::exists(path + u".damaged-20160629-120000"_s));
    CHECK_FALSE(QFileInfo::exists(path + u".partial"_s));
    CHECK(needlesFound(filesOf(path), people) == 0);

    // The file alone, copied to a USB stick, lists no one.
    QTemporaryDir stick;
    const QString alone = stick.filePath(u"copias.taller"_s);
    REQUIRE(QFile::copy(path, alone));
    CHECK(needlesFound({alone}, people) == 0);
    const auto listed = test::runCli({u"attendees"_s, alone, u"--json"_s});
    REQUIRE(listed.exitCode == 0);
    CHECK(QJsonDocument::fromJson(listed.out.toUtf8()).array().isEmpty());
    const QJsonObject info = QJsonDocument::fromJson(test::runCli({u"info"_s, alone, u"--json"_s}).out.toUtf8()).object();
    CHECK(info[u"attendees"_s].toInt() == 0);
}

TEST_CASE("Purge with another connection reading refuses, and finishes once it is closed", "[personal-data][purge]")
{
    QTemporaryDir dir;
    const QString path = makeEvent(dir, u"lector.taller"_s);
    const People people = peopleIn(path);
    // Another program keeps a read transaction open on the file.
    {
        const QString name = u"second-reader"_s;
        {
            QSqlDatabase reader = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
            reader.setDatabaseName(path);
            REQUIRE(reader.open());
            REQUIRE(SqlStatement::run(reader, u"BEGIN"_s).ok());
            REQUIRE(SqlStatement::scalar(reader, u"SELECT count(*) FROM attendee"_s)->toInt() == 60);

            const auto refused = test::runCli({u"purge"_s, path, u"--confirm"_s});
            INFO(refused.out.toStdString() << refused.err.toStdString());
            CHECK(refused.exitCode == 1);
            CHECK(refused.err.contains(u"Nothing was erased"_s));
            CHECK(refused.err.contains(u"another program has"_s));
            CHECK_FALSE(refused.err.contains(u"NOT finished"_s));
            CHECK_FALSE(refused.out.contains(u"erased"_s));
            // Still readable, and not called done.
            CHECK(needlesFound(filesOf(path), people) > 0);
            REQUIRE(SqlStatement::run(reader, u"COMMIT"_s).ok());
            // A new read sees every attendee still there.
            CHECK(SqlStatement::scalar(reader, u"SELECT count(*) FROM attendee"_s)->toInt() == 60);
            reader.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
    checkNothingErased(path, 60);
    checkPurgeFinishes(path, people);
}

namespace {

// The sqlite3 shell holding a read transaction on the event's 60 people. It
// begins reading while the journal is empty: it reads the file itself, which
// a checkpoint alone does not notice.
void startReadingInShell(QProcess &shell, const QString &path)
{
    shell.start(u"sqlite3"_s, {path});
    if (!shell.waitForStarted())
        test::skip("the sqlite3 shell is not installed; this reader was not tried");
    shell.write("BEGIN;\nSELECT 'open', count(*) FROM attendee;\n");
    REQUIRE(shell.waitForReadyRead(10000));
    REQUIRE(shell.readAllStandardOutput().contains("open|60"));
}

} // namespace

TEST_CASE("Purge with the sqlite3 shell holding a read transaction refuses", "[personal-data][purge]")
{
    QTemporaryDir dir;
    const QString path = makeEvent(dir, u"shell.taller"_s);
    const People people = peopleIn(path);
    QProcess shell;
    startReadingInShell(shell, path);

    const auto refused = test::runCli({u"purge"_s, path, u"--confirm"_s});
    INFO(refused.out.toStdString() << refused.err.toStdString());
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains(u"Nothing was erased"_s));
    CHECK(refused.err.contains(u"another program has"_s));
    CHECK_FALSE(refused.err.contains(u"NOT finished"_s));
    CHECK(needlesFound(filesOf(path), people) > 0);

    // The reader, reading again, still finds everyone.
    shell.write("COMMIT;\nSELECT 'again', count(*) FROM attendee;\n");
    REQUIRE(shell.waitForReadyRead(10000));
    CHECK(shell.readAllStandardOutput().contains("again|60"));
    checkNothingErased(path, 60);

    // Open but between two reads, it holds nothing back: the purge finishes,
    // and its next read finds no one.
    checkPurgeFinishes(path, people);
    shell.write("SELECT 'after', count(*) FROM attendee;\n");
    REQUIRE(shell.waitForReadyRead(10000));
    CHECK(shell.readAllStandardOutput().contains("after|0"));
    shell.write(".quit\n");
    shell.closeWriteChannel();
    REQUIRE(shell.waitForFinished(10000));
    CHECK(needlesFound(filesOf(path), people) == 0);
}

TEST_CASE("Purge names a copy it cannot delete and is not done", "[personal-data][purge]")
{
    // The backups on a medium that turned read-only: a tmpfs, remounted.
    QTemporaryDir backups;
    QProcess mount;
    mount.start(u"mount"_s, {u"-t"_s, u"tmpfs"_s, u"-o"_s, u"size=8m"_s, u"tmpfs"_s, backups.path()});
    mount.waitForFinished();
    if (mount.exitStatus() != QProcess::NormalExit || mount.exitCode() != 0)
        test::skip("could not mount a tmpfs (it needs root); a copy that cannot be deleted was not tried");
    const auto unmount = qScopeGuard([&] { QProcess::execute(u"umount"_s, {u"-l"_s, backups.path()}); });
    Backups::setRootFolder(backups.path());
    const auto restore = qScopeGuard([] { Backups::setRootFolder({}); });

    QTemporaryDir dir;
    const QString path = makeEvent(dir, u"atascado.taller"_s);
    auto file = EventFile::open(path);
    REQUIRE(file.ok());
    auto copy = Backups::make(**file);
    REQUIRE(copy.ok());
    REQUIRE(QProcess::execute(u"mount"_s, {u"-o"_s, u"remount,ro"_s, backups.path()}) == 0);

    auto purged = PersonalData::purge(**file);
    REQUIRE_FALSE(purged.ok());
    CHECK(purged.errorMessage().contains(u"NOT finished"_s));
    CHECK(purged.errorMessage().contains(QDir::toNativeSeparators(*copy)));
    CHECK(QFileInfo::exists(*copy));

    // Once the copy can go, running it again finishes the work.
    REQUIRE(QProcess::execute(u"mount"_s, {u"-o"_s, u"remount,rw"_s, backups.path()}) == 0);
    auto finished = PersonalData::purge(**file);
    INFO(finished.errorMessage().toStdString());
    REQUIRE(finished.ok());
    CHECK(finished->alreadyPurged);
    CHECK(finished->deleted.contains(*copy));
    CHECK_FALSE(QFileInfo::exists(*copy));
}

TEST_CASE("The window's purge with another program reading erases nothing, and the window goes on sharing the file",
          "[personal-data][purge]")
{
    QTemporaryDir dir;
    const QString path = makeEvent(dir, u"ventana.taller"_s);
    const People people = peopleIn(path);
    auto file = EventFile::open(path);
    REQUIRE(file.ok());
    EventSession session(std::move(*file));

    QProcess shell;
    startReadingInShell(shell, path);

    // File → Erase attendees' personal data, as the window calls it.
    const auto refused = RegistrationService(session).purgePersonalData();
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().busy());
    CHECK(refused.errorMessage().contains(u"Nothing was erased"_s));
    CHECK(RegistrationService(session).counts()->registered == 60);

    shell.write("COMMIT;\n.quit\n");
    shell.closeWriteChannel();
    REQUIRE(shell.waitForFinished(10000));
    // The window did not keep the file to itself: others read it as before.
    checkNothingErased(path, 60);

    const auto purged = RegistrationService(session).purgePersonalData();
    INFO(purged.errorMessage().toStdString());
    REQUIRE(purged.ok());
    CHECK(needlesFound(filesOf(path), people) == 0);
    // And after the purge too: another program reads, then writes.
    const auto info = test::runCli({u"info"_s, path, u"--json"_s});
    INFO(info.err.toStdString());
    REQUIRE(info.exitCode == 0);
    CHECK(QJsonDocument::fromJson(info.out.toUtf8()).object()[u"attendees"_s].toInt() == 0);
    CHECK(test::runCli({u"meeting"_s, u"add"_s, path, u"--stage"_s, u"2"_s, u"--kind"_s, u"meeting"_s, u"--title"_s,
                        u"Comité"_s, u"--date"_s, u"2016-07-10"_s}).exitCode == 0);
}

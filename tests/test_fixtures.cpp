// Files written by released versions open, migrate and keep their proofs.

#include "TestSupport.h"

#include "base/Backups.h"
#include "base/EventFile.h"
#include "base/Migrations.h"
#include "base/SqlStatement.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QDirIterator>
#include <QProcess>
#include <QTemporaryDir>

using namespace taller;
using namespace Qt::StringLiterals;

namespace {

// The machine the fixture was made on: its naive local times are Lima's.
const QStringList Lima = {u"TZ=America/Lima"_s};

} // namespace

TEST_CASE("An acta closed and signed by 0.1.0 opens, migrates and verifies with its fingerprint", "[fixtures][migrations]")
{
    QTemporaryDir dir;
    const auto [path, fingerprint] = test::copyOfActaFixture(dir);

    const auto verified = test::runCli({u"verify"_s, path, u"--fingerprint"_s, fingerprint}, {}, Lima);
    CHECK(verified.exitCode == 0);
    CHECK(verified.out.contains(fingerprint));

    {
        auto file = EventFile::open(path);
        REQUIRE(file.ok());
        CHECK((*file)->schemaVersion() == migrations::latestVersion());
        const QSqlDatabase db = (*file)->database();
        CHECK(SqlStatement::scalar(db, u"SELECT count(*) FROM attendee"_s)->toInt() == 30);
        CHECK(SqlStatement::scalar(db, u"SELECT count(*) FROM commitment"_s)->toInt() == 6);
        // The programme's actual times, naive local time in 0.1.0, are UTC now.
        CHECK(SqlStatement::scalar(db, u"SELECT actual_start FROM agenda_item WHERE id = 1"_s)->toString()
              == u"2026-11-27T13:34:00.000Z"_s);
        CHECK(SqlStatement::scalar(db, u"SELECT actual_end FROM agenda_item WHERE id = 1"_s)->toString()
              == u"2026-11-27T14:02:00.000Z"_s);
    }

    // Shown in the local time of whoever looks, as before.
    const auto agenda = test::runCli({u"agenda"_s, path, u"--json"_s}, {}, Lima);
    REQUIRE(agenda.exitCode == 0);
    const QJsonArray items = QJsonDocument::fromJson(agenda.out.toUtf8()).array();
    REQUIRE(items.size() == 10);
    CHECK(items.at(0)[u"actual_start"_s].toString().startsWith(u"2026-11-27T08:34:00"_s));

    // Everything the acta froze is still there, signatures included.
    const auto acta = test::runCli({u"acta"_s, path, u"--json"_s}, {}, Lima);
    REQUIRE(acta.exitCode == 0);
    const QJsonObject json = QJsonDocument::fromJson(acta.out.toUtf8()).object();
    CHECK(json[u"fingerprint"_s].toString() == fingerprint);
    CHECK(json[u"commitments"_s].toArray().size() == 4);
    CHECK(json[u"signatories"_s].toArray().size() == 3);
    CHECK(acta.out.contains(u"José Ángel Güemes Ñique"_s));

    // And the paper still matches it, printed by this version.
    const QString pdf = dir.filePath(u"acta.pdf"_s);
    REQUIRE(test::runCli({u"print"_s, u"acta"_s, path, pdf}, {}, Lima).exitCode == 0);
    const QString text = test::pdfText(pdf);
    CHECK(text.contains(fingerprint.left(16)));
    CHECK(text.contains(u"Portal de datos abiertos regional"_s));
}

TEST_CASE("A 0.1.0 file is upgraded only after a backup of it as it was", "[fixtures][migrations]")
{
    QTemporaryDir dir;
    const QString path = test::copyOfFixture(dir, u"acta-0.1.0.taller"_s);
    const QString original = dir.filePath(u"original.taller"_s);
    test::writeFile(original, test::readAll(path));
    const QByteArray before = test::readAll(path);
    REQUIRE(before.size() > 0);
    REQUIRE(test::runCli({u"info"_s, path}, {}, Lima).exitCode == 0);
    // The file itself was upgraded...
    CHECK(test::readAll(path) != before);

    // ...after a backup of this very file (its own backups folder, named
    // before-vN).
    const QStringList backups = QDir(Backups::folderFor(path)).entryList({u"*before-v*.taller"_s}, QDir::Files);
    REQUIRE(backups.size() == 1);
    const QString backup = QDir(Backups::folderFor(path)).filePath(backups.first());

    // SQLite writes a backup's pages anew (VACUUM INTO), so the files differ
    // in layout; what they hold is compared byte for byte: the header's
    // values, and every schema entry and every row as sqlite3 dumps them
    // (line by line, whatever order each file keeps them in).
    QProcess probe;
    probe.start(u"sqlite3"_s, {u"-version"_s});
    if (!probe.waitForFinished(30000) || probe.exitCode() != 0)
        test::skip("the sqlite3 shell is not installed; the backup's content was not compared");
    const auto dumped = [](const QString &file) {
        QProcess shell;
        shell.start(u"sqlite3"_s, {u"-readonly"_s, file, u".dump"_s});
        REQUIRE(shell.waitForFinished(60000));
        REQUIRE(shell.exitCode() == 0);
        QList<QByteArray> lines = shell.readAllStandardOutput().split('\n');
        std::sort(lines.begin(), lines.end());
        return lines;
    };
    const QString header = u"PRAGMA user_version; PRAGMA application_id; PRAGMA page_size; PRAGMA encoding;"_s;
    CHECK(test::sqlite(backup, header) == test::sqlite(original, header));
    CHECK(test::sqlite(backup, u"PRAGMA user_version"_s) == u"5"_s);
    const QList<QByteArray> was = dumped(original);
    const QList<QByteArray> kept = dumped(backup);
    CHECK(was.size() > 100);
    CHECK(kept.size() == was.size());
    CHECK(kept == was);
    CHECK(test::sqlite(backup, u"PRAGMA integrity_check"_s) == u"ok"_s);
}

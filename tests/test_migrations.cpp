#include "TestSupport.h"

#include "base/EventFile.h"
#include "event/EventRepository.h"
#include "base/Migrations.h"
#include "base/SqlStatement.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>

using namespace taller;
using namespace Qt::StringLiterals;

namespace {

// Writes straight into an SQLite file, as another program would.
void rawSql(const QString &path, const QStringList &statements)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"raw"_s);
        db.setDatabaseName(path);
        REQUIRE(db.open());
        for (const QString &sql : statements) {
            QSqlQuery query(db);
            REQUIRE(query.exec(sql));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(u"raw"_s);
}

// Opening the file at path is refused as not an event, and it still holds bytes.
void checkRefusedUntouched(const QString &path, const QByteArray &bytes)
{
    auto file = EventFile::open(path);
    REQUIRE_FALSE(file.ok());
    CHECK(file.errorMessage().contains(u"not a Taller Abierto event"_s));
    CHECK(test::readAll(path) == bytes);
}

} // namespace

TEST_CASE("A new event file is WAL, versioned and marked as ours", "[storage]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"new.taller"_s);
    auto file = EventFile::create(path);
    REQUIRE(file.ok());
    const QSqlDatabase db = (*file)->database();
    CHECK(SqlStatement::scalar(db, u"PRAGMA journal_mode"_s)->toString() == u"wal"_s);
    CHECK(SqlStatement::scalar(db, u"PRAGMA synchronous"_s)->toInt() == 2);
    CHECK(SqlStatement::scalar(db, u"PRAGMA foreign_keys"_s)->toInt() == 1);
    CHECK(SqlStatement::scalar(db, u"PRAGMA user_version"_s)->toInt() == migrations::latestVersion());
    CHECK(SqlStatement::scalar(db, u"PRAGMA application_id"_s)->toInt() == migrations::ApplicationId);
}

TEST_CASE("Creating refuses to overwrite an existing file", "[storage]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"exists.taller"_s);
    test::writeFile(path, "keep me");
    auto file = EventFile::create(path);
    REQUIRE_FALSE(file.ok());
    CHECK(file.errorMessage().contains(u"already exists"_s));
    CHECK(test::readAll(path) == "keep me");
}

TEST_CASE("An older event file is migrated forward and keeps its data", "[storage]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"old.taller"_s);
    {
        const auto old = test::eventAtSchemaVersion(path, 1);
        EventDetails details;
        details.title = u"Taller de prueba con ñandú"_s;
        details.start = QTime(8, 30);
        details.end = QTime(14, 0);
        REQUIRE(EventRepository(*old).save(details).ok());
    }
    auto file = EventFile::open(path);
    REQUIRE(file.ok());
    CHECK((*file)->schemaVersion() == migrations::latestVersion());
    CHECK(SqlStatement::scalar((*file)->database(), u"PRAGMA user_version"_s)->toInt() == migrations::latestVersion());
    CHECK(EventRepository(**file).load()->title == u"Taller de prueba con ñandú"_s);
    // The attendee tables of version 2 exist and work.
    CHECK(SqlStatement::scalar((*file)->database(), u"SELECT count(*) FROM attendee"_s)->toInt() == 0);
}

TEST_CASE("A file from a newer version is refused and left byte for byte untouched", "[storage]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"future.taller"_s);
    REQUIRE(EventFile::create(path).ok());
    rawSql(path, {u"PRAGMA journal_mode = DELETE"_s, u"PRAGMA user_version = 99"_s});
    const QByteArray before = test::readAll(path);

    auto file = EventFile::open(path);
    REQUIRE_FALSE(file.ok());
    CHECK(file.errorMessage().contains(u"newer version"_s));
    CHECK(test::readAll(path) == before);
    CHECK_FALSE(QFileInfo::exists(path + u"-wal"_s));
}

TEST_CASE("Files that are not events are refused and left untouched", "[storage]")
{
    QTemporaryDir dir;

    SECTION("random bytes")
    {
        const QString path = dir.filePath(u"garbage.taller"_s);
        QByteArray bytes;
        for (int i = 0; i < 4096; ++i)
            bytes.append(char((i * 7919 + 13) % 256));
        test::writeFile(path, bytes);
        checkRefusedUntouched(path, bytes);
    }
    SECTION("another SQLite database")
    {
        const QString path = dir.filePath(u"other.sqlite"_s);
        rawSql(path, {u"CREATE TABLE notes (body TEXT)"_s, u"INSERT INTO notes VALUES ('hola')"_s});
        checkRefusedUntouched(path, test::readAll(path));
    }
    SECTION("an empty file")
    {
        const QString path = dir.filePath(u"empty.taller"_s);
        test::writeFile(path, {});
        auto file = EventFile::open(path);
        REQUIRE_FALSE(file.ok());
        CHECK(QFileInfo(path).size() == 0);
    }
    SECTION("a missing file")
    {
        auto file = EventFile::open(dir.filePath(u"missing.taller"_s));
        REQUIRE_FALSE(file.ok());
        CHECK(file.errorMessage().contains(u"does not exist"_s));
        CHECK_FALSE(QFileInfo::exists(dir.filePath(u"missing.taller"_s)));
    }
}

TEST_CASE("A failed write is rolled back and reported with the database's reason", "[storage]")
{
    QTemporaryDir dir;
    auto file = EventFile::create(dir.filePath(u"rollback.taller"_s));
    REQUIRE(file.ok());
    EventFile &f = **file;
    Status status = f.write([&]() -> Status {
        TRY(SqlStatement::run(f.database(), u"UPDATE event SET title = 'half'"_s));
        return SqlStatement::run(f.database(), u"INSERT INTO no_such_table VALUES (1)"_s);
    });
    REQUIRE_FALSE(status.ok());
    CHECK(status.errorMessage().contains(u"no_such_table"_s));
    CHECK(EventRepository(f).load()->title.isEmpty());
}

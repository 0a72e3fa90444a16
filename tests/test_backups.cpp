#include "TestSupport.h"

#include "templates/Templates.h"
#include "registration/AttendeeRepository.h"
#include "base/Backups.h"
#include "event/EventRepository.h"
#include "base/SqlStatement.h"
#include "EventService.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

using namespace taller;
using namespace Qt::StringLiterals;

TEST_CASE("A backup is a consistent copy, made while the event is open and changing", "[backup]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"b.taller"_s);
    auto file = test::createEvent(path, EventTemplates::palacioDeHierro(QDate(2016, 6, 29)), 40);
    REQUIRE(file.ok());
    // An open write transaction elsewhere does not stop the copy.
    REQUIRE(SqlStatement::run((*file)->database(), u"BEGIN IMMEDIATE"_s).ok());
    REQUIRE(SqlStatement::run((*file)->database(), u"UPDATE event SET title = 'sin confirmar'"_s).ok());
    const auto copied = test::runCli({u"backup"_s, path, dir.filePath(u"copia.taller"_s)});
    REQUIRE(SqlStatement::run((*file)->database(), u"ROLLBACK"_s).ok());
    REQUIRE(copied.exitCode == 0);
    auto copy = EventFile::open(dir.filePath(u"copia.taller"_s));
    REQUIRE(copy.ok());
    CHECK(*AttendeeRepository(**copy).count() == 40);
    CHECK(EventRepository(**copy).load()->title == u"Taller de validación de acuerdos sobre datos abiertos"_s);
    CHECK(test::runCli({u"backup"_s, path, dir.filePath(u"copia.taller"_s)}).exitCode == 1); // never overwrites

    for (int i = 0; i < Backups::Kept + 3; ++i) {
        test::FixedClock clock(QDateTime(QDate(2016, 6, 29), QTime(9, i)));
        REQUIRE(Backups::make(**file).ok());
    }
    const auto copies = Backups::list(path);
    CHECK(copies.size() == Backups::Kept);
    CHECK(copies.first().madeAt.time() == QTime(9, Backups::Kept + 2));
}

TEST_CASE("An upgrade keeps a backup of the file as it was", "[backup][storage]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"old.taller"_s);
    REQUIRE(EventFile::createAtSchemaVersion(path, 2).ok());
    REQUIRE(EventFile::open(path).ok());
    const auto copies = Backups::list(path);
    REQUIRE(copies.size() == 1);
    CHECK(copies.first().path.contains(u"before-v"_s));
}

TEST_CASE("A damaged event is set aside, never deleted, and its backup named", "[backup][storage]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"roto.taller"_s);
    {
        auto file = test::createEvent(path, EventTemplates::palacioDeHierro(QDate(2016, 6, 29)), 200);
        REQUIRE(file.ok());
        REQUIRE(Backups::make(**file).ok());
    }
    // Scribble over the middle of the attendee pages.
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadWrite));
    const qint64 size = f.size();
    f.seek(size / 2);
    f.write(QByteArray(4096, 'Z'));
    f.close();
    const QByteArray damaged = test::readAll(path);

    const auto opened = test::runCli({u"info"_s, path});
    CHECK(opened.exitCode == 1);
    CHECK_THAT(opened.err, test::ContainsAll({u"damaged"_s, u"latest backup"_s}));
    CHECK_FALSE(QFileInfo::exists(path));
    QStringList aside = QDir(dir.path()).entryList({u"roto.taller.damaged-*"_s});
    aside.removeIf([](const QString &name) { return name.endsWith(u"-wal"_s) || name.endsWith(u"-shm"_s); });
    REQUIRE(aside.size() == 1);
    CHECK(test::readAll(dir.filePath(aside.first())) == damaged);

    // The backup takes its place and opens.
    REQUIRE(QFile::copy(Backups::list(path).first().path, path));
    CHECK(test::runCli({u"info"_s, path}).exitCode == 0);
}

TEST_CASE("Synced folders and network drives are called out", "[storage]")
{
    CHECK_FALSE(EventFile::locationWarning(u"/home/ana/Dropbox/talleres/t.taller"_s).isEmpty());
    CHECK_FALSE(EventFile::locationWarning(u"/home/ana/OneDrive/t.taller"_s).isEmpty());
    CHECK(EventFile::locationWarning(QDir::tempPath() + u"/t.taller"_s).isEmpty());
}

TEST_CASE("A backup is restored as a new file, whole, never over another", "[backup]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"r.taller"_s);
    auto file = test::createEvent(path, EventTemplates::palacioDeHierro(QDate(2016, 6, 29)), 12);
    REQUIRE(file.ok());
    auto copy = Backups::make(**file);
    REQUIRE(copy.ok());
    CHECK_FALSE(QFileInfo::exists(*copy + u".partial"_s));
    const QString target = dir.filePath(u"restaurado.taller"_s);
    REQUIRE(EventService::restoreBackup(*copy, target).ok());
    CHECK(test::readAll(target) == test::readAll(*copy));
    CHECK_FALSE(EventService::restoreBackup(*copy, target).ok());
    auto restored = EventFile::open(target);
    REQUIRE(restored.ok());
    CHECK(*AttendeeRepository(**restored).count() == 12);
}

#include "TestSupport.h"

#include "base/Backups.h"
#include "base/SqlStatement.h"
#include "printing/PrintedDocument.h"
#include "registration/AttendeeRepository.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QThread>

using namespace taller;
using namespace Qt::StringLiterals;

namespace {

// Every word pdftotext finds lies inside the page's margins.
void checkInsidePages(const QString &pdf)
{
    QProcess process;
    process.start(QString::fromUtf8(PDFTOTEXT_PATH), {u"-bbox"_s, pdf, u"-"_s});
    REQUIRE(process.waitForFinished(60000));
    const QString html = QString::fromUtf8(process.readAllStandardOutput());
    const QRegularExpression page(uR"re(<page width="([\d.]+)" height="([\d.]+)">)re"_s);
    const QRegularExpression word(uR"re(<word xMin="([\d.-]+)" yMin="([\d.-]+)" xMax="([\d.-]+)" yMax="([\d.-]+)">([^<]*)</word>)re"_s);
    const auto size = page.match(html);
    REQUIRE(size.hasMatch());
    const double width = size.captured(1).toDouble();
    const double height = size.captured(2).toDouble();
    int words = 0;
    for (const auto &m : word.globalMatch(html)) {
        ++words;
        INFO("word " << m.captured(5).left(40).toStdString() << " at x " << m.captured(1).toStdString() << "–"
                     << m.captured(3).toStdString() << ", y " << m.captured(2).toStdString() << "–" << m.captured(4).toStdString());
        // 15 mm margins are 42.5 pt; a few points of slack for glyph extents.
        CHECK(m.captured(1).toDouble() >= 30);
        CHECK(m.captured(3).toDouble() <= width - 30);
        CHECK(m.captured(4).toDouble() <= height - 5);
    }
    CHECK(words > 10);
}

// A small tmpfs that can be made read-only; root only.
struct Mount
{
    QTemporaryDir dir;
    bool mounted = false;
    Mount()
    {
        QProcess mount;
        mount.start(u"mount"_s, {u"-t"_s, u"tmpfs"_s, u"-o"_s, u"size=32m"_s, u"tmpfs"_s, dir.path()});
        mount.waitForFinished();
        mounted = mount.exitStatus() == QProcess::NormalExit && mount.exitCode() == 0;
    }
    ~Mount()
    {
        if (mounted)
            QProcess::execute(u"umount"_s, {u"-l"_s, dir.path()});
    }
    bool remount(bool readOnly) { return QProcess::execute(u"mount"_s, {u"-o"_s, readOnly ? u"remount,ro"_s : u"remount,rw"_s, dir.path()}) == 0; }
    QString path(const QString &name) const { return dir.filePath(name); }
};

QStringList listing(const QString &folder)
{
    return QDir(folder).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
}

} // namespace

TEST_CASE("Writing to a full device fails with the reason, never \"Wrote\"", "[io-faults][dev-full]")
{
    if (!QFileInfo(u"/dev/full"_s).exists())
        test::skip("/dev/full is missing; a full device was not tried");
    QTemporaryDir dir;
    const QString path = dir.filePath(u"lleno.taller"_s);
    REQUIRE(test::runCli({u"new"_s, path, u"--sample-attendees"_s, u"20"_s}).exitCode == 0);
    const QList<QStringList> writes = {
        {u"export"_s, u"participation"_s, path, u"/dev/full"_s},
        {u"export"_s, u"agenda"_s, path, u"/dev/full"_s},
        {u"print"_s, u"attendance"_s, path, u"/dev/full"_s},
        {u"print"_s, u"agenda"_s, path, u"/dev/full"_s},
        {u"print"_s, u"acta"_s, path, u"/dev/full"_s},
    };
    for (const QStringList &args : writes) {
        const auto result = test::runCli(args);
        INFO(args.join(u' ').toStdString() << ": " << result.out.toStdString() << result.err.toStdString());
        CHECK(result.exitCode == 1);
        CHECK(result.err.contains(u"Cannot write /dev/full"_s));
        CHECK(result.err.contains(u"space"_s, Qt::CaseInsensitive));
        CHECK_FALSE(result.out.contains(u"Wrote"_s));
    }
    // A device is written in place, never replaced by a file.
    CHECK_FALSE(QFileInfo(u"/dev/full"_s).isFile());

    // Standard output on a full device is a failure too.
    QProcess listing;
    listing.setStandardOutputFile(u"/dev/full"_s);
    listing.start(QString::fromUtf8(TALLER_CLI_PATH), {u"attendees"_s, path});
    REQUIRE(listing.waitForFinished(60000));
    CHECK(listing.exitCode() == 1);
    CHECK(QString::fromUtf8(listing.readAllStandardError()).contains(u"standard output"_s));
}

TEST_CASE("An event on read-only media opens read-only and leaves nothing behind", "[io-faults][read-only]")
{
    Mount stick;
    QTemporaryDir out;
    if (!stick.mounted)
        test::skip("could not mount a tmpfs (it needs root); a read-only medium was not tried");
    {
        const QString path = stick.path(u"usb.taller"_s);
        REQUIRE(test::runCli({u"new"_s, path, u"--sample-attendees"_s, u"40"_s}).exitCode == 0);
        REQUIRE(test::runCli({u"signatory"_s, u"add"_s, path, u"--name"_s, u"Rosa Muñoz Ibáñez"_s, u"--document"_s,
                              u"40506070"_s, u"--side"_s, u"civil-society"_s}).exitCode == 0);
        const QJsonArray people = QJsonDocument::fromJson(test::runCli({u"attendees"_s, path, u"--json"_s}).out.toUtf8()).array();
        REQUIRE(people.size() == 40);
        const QStringList before = listing(stick.dir.path());
        REQUIRE(before == QStringList{u"usb.taller"_s});
        const QByteArray bytes = test::readAll(path);
        REQUIRE(stick.remount(true));

        // Everything that reads works.
        const auto info = test::runCli({u"info"_s, path, u"--json"_s});
        INFO(info.err.toStdString());
        REQUIRE(info.exitCode == 0);
        CHECK(QJsonDocument::fromJson(info.out.toUtf8()).object()[u"attendees"_s].toInt() == 40);
        const QString surname = people.at(7)[u"surnames"_s].toString();
        const auto found = test::runCli({u"search"_s, path, surname});
        CHECK(found.exitCode == 0);
        CHECK(found.out.contains(surname));
        CHECK(test::runCli({u"agenda"_s, path}).exitCode == 0);
        CHECK(test::runCli({u"acta"_s, path}).exitCode == 0);
        CHECK(test::runCli({u"print"_s, u"attendance"_s, path, out.filePath(u"lista.pdf"_s)}).exitCode == 0);
        CHECK(test::pdfText(out.filePath(u"lista.pdf"_s)).contains(surname));
        CHECK(test::runCli({u"print"_s, u"acta"_s, path, out.filePath(u"acta.pdf"_s)}).exitCode == 0);
        CHECK(test::runCli({u"export"_s, u"participation"_s, path, out.filePath(u"p.csv"_s)}).exitCode == 0);
        CHECK(test::runCli({u"export"_s, u"agenda"_s, path, out.filePath(u"a.csv"_s)}).exitCode == 0);
        CHECK(test::runCli({u"backup"_s, path, out.filePath(u"copia.taller"_s)}).exitCode == 0);

        // A change is refused, and says why.
        const auto checkin = test::runCli({u"checkin"_s, path, people.at(0)[u"document"_s].toString()});
        CHECK(checkin.exitCode == 1);
        CHECK(checkin.err.contains(u"read-only"_s));
        const auto purge = test::runCli({u"purge"_s, path, u"--confirm"_s});
        CHECK(purge.exitCode == 1);
        CHECK(purge.err.contains(u"read-only"_s));

        // The window's way in: the file opens, reads, refuses to write.
        {
            auto file = EventFile::open(path);
            REQUIRE(file.ok());
            CHECK((*file)->isReadOnly());
            CHECK(*AttendeeRepository(**file).count() == 40);
            const Status refused = (*file)->write([] { return Status{}; });
            CHECK_FALSE(refused.ok());
            CHECK(refused.errorMessage().contains(u"read-only"_s));
        }
        REQUIRE(stick.remount(false));
        CHECK(listing(stick.dir.path()) == before);
        CHECK(test::readAll(path) == bytes);
    }
}

TEST_CASE("An event opened for reading only leaves no -wal or -shm beside it", "[io-faults][read-only]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"protegido.taller"_s);
    REQUIRE(test::runCli({u"new"_s, path, u"--sample-attendees"_s, u"10"_s}).exitCode == 0);
    const QByteArray bytes = test::readAll(path);
    {
        auto file = EventFile::openReadOnly(path);
        REQUIRE(file.ok());
        CHECK((*file)->isReadOnly());
        CHECK(*AttendeeRepository(**file).count() == 10);
        CHECK_FALSE((*file)->write([] { return Status{}; }).ok());
        CHECK(listing(dir.path()) == QStringList{u"protegido.taller"_s});
    }
    CHECK(listing(dir.path()) == QStringList{u"protegido.taller"_s});
    CHECK(test::readAll(path) == bytes);
}

TEST_CASE("A write-protected event file opens read-only for an ordinary user", "[io-faults][read-only]")
{
    // As root every file is writable; an ordinary user (nobody) sees the
    // protection as a facilitator would.
    if (QProcess::execute(u"setpriv"_s, {u"--reuid=65534"_s, u"--regid=65534"_s, u"--clear-groups"_s, u"true"_s}) != 0)
        test::skip("cannot run as another user (it needs root and setpriv); a write-protected file was not tried");
    QTemporaryDir dir;
    QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadOther
                                          | QFile::WriteOther | QFile::ExeOther | QFile::ReadGroup | QFile::ExeGroup);
    const QString path = dir.filePath(u"solo-lectura.taller"_s);
    REQUIRE(test::runCli({u"new"_s, path, u"--sample-attendees"_s, u"10"_s}).exitCode == 0);
    REQUIRE(QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
    const QByteArray bytes = test::readAll(path);
    const auto asNobody = [&](const QStringList &args) {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"HOME"_s, dir.path());
        environment.insert(u"XDG_DATA_HOME"_s, dir.filePath(u"data"_s));
        environment.remove(u"XDG_RUNTIME_DIR"_s);
        process.setProcessEnvironment(environment);
        process.start(u"setpriv"_s, QStringList{u"--reuid=65534"_s, u"--regid=65534"_s, u"--clear-groups"_s,
                                                 QString::fromUtf8(TALLER_CLI_PATH)} + args);
        process.waitForFinished(60000);
        return test::CliResult{process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                               QString::fromUtf8(process.readAllStandardError())};
    };
    const auto info = asNobody({u"info"_s, path, u"--json"_s});
    INFO(info.err.toStdString());
    if (info.err.contains(u"Permission denied"_s) && info.exitCode != 0)
        test::skip("the program cannot be run as nobody here (its folder is private); a write-protected file was not tried");
    CHECK(info.exitCode == 0);
    CHECK(QJsonDocument::fromJson(info.out.toUtf8()).object()[u"attendees"_s].toInt() == 10);
    const QJsonArray people = QJsonDocument::fromJson(test::runCli({u"attendees"_s, path, u"--json"_s}).out.toUtf8()).array();
    REQUIRE(people.size() == 10);
    const auto changed = asNobody({u"checkin"_s, path, people.at(0)[u"document"_s].toString()});
    INFO(changed.err.toStdString());
    CHECK(changed.exitCode == 1);
    CHECK(changed.err.contains(u"read-only"_s));
    CHECK(listing(dir.path()) == QStringList{u"solo-lectura.taller"_s});
    CHECK(test::readAll(path) == bytes);
    // As its owner (root) can, it is still an event that opens for writing.
    REQUIRE(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner));
    CHECK(test::runCli({u"info"_s, path}).exitCode == 0);
}

TEST_CASE("Importing another event's commitments never writes to it", "[io-faults][commitments][import]")
{
    QTemporaryDir dir;
    QTemporaryDir other;
    // An earlier event from version 0.1.0: older than this program's format,
    // so opening it to write would upgrade it (and back it up first).
    const QString earlier = test::copyOfFixture(other, u"acta-0.1.0.taller"_s, u"anterior.taller"_s);
    const QByteArray before = test::readAll(earlier);
    const QDateTime modified = QFileInfo(earlier).lastModified();

    const QString path = dir.filePath(u"nuevo.taller"_s);
    REQUIRE(test::runCli({u"new"_s, path}).exitCode == 0);
    const auto imported = test::runCli({u"import"_s, u"commitments"_s, path, earlier});
    INFO(imported.out.toStdString() << imported.err.toStdString());
    REQUIRE(imported.exitCode == 0);
    const QJsonArray commitments = QJsonDocument::fromJson(test::runCli({u"commitments"_s, path, u"--json"_s}).out.toUtf8()).array();
    CHECK(commitments.size() >= 1);

    CHECK(test::readAll(earlier) == before);
    CHECK(QFileInfo(earlier).lastModified() == modified);
    CHECK(listing(other.path()) == QStringList{u"anterior.taller"_s});
    CHECK(Backups::list(earlier).isEmpty());
    CHECK_FALSE(QFileInfo::exists(Backups::folderFor(earlier)));

    // A current event, imported from while it is closed: the same.
    const QString current = other.filePath(u"actual.taller"_s);
    REQUIRE(test::runCli({u"new"_s, current}).exitCode == 0);
    const QStringList files = listing(other.path());
    const QByteArray currentBytes = test::readAll(current);
    const auto again = test::runCli({u"import"_s, u"commitments"_s, path, current});
    INFO(again.err.toStdString());
    CHECK(test::readAll(current) == currentBytes);
    CHECK(listing(other.path()) == files);
}

TEST_CASE("Check-ins go on while a 100,000-row import is written", "[io-faults][checkin][import]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"mostrador.taller"_s);
    const QJsonArray people = test::newEventWithSampleAttendees(path, 300);
    REQUIRE(people.size() == 300);

    const QString csvPath = dir.filePath(u"grande.csv"_s);
    QByteArray text = "Nombres;Apellidos;DNI;Organización\n";
    for (int i = 0; i < 100000; ++i)
        text += "Persona;Apellido " + QByteArray::number(i) + ";" + QByteArray::number(60000000 + i) + ";Organización " +
                QByteArray::number(i % 70) + "\n";
    test::writeFile(csvPath, text);

    QProcess import;
    import.start(QString::fromUtf8(TALLER_CLI_PATH), {u"import"_s, u"attendees"_s, path, csvPath});
    REQUIRE(import.waitForStarted());
    QProcess desk;
    desk.start(QString::fromUtf8(TALLER_CLI_PATH), {u"checkin"_s, path, u"--stdin"_s, u"--desk"_s, u"Mesa 1"_s});
    REQUIRE(desk.waitForStarted());
    // The queue of scanned documents arrives while the import runs.
    int sent = 0;
    bool overlapped = false;
    while (sent < people.size()) {
        desk.write(people.at(sent++)[u"document"_s].toString().toUtf8() + '\n');
        desk.waitForBytesWritten(1000);
        if (import.state() == QProcess::Running)
            overlapped = true;
        if (import.state() == QProcess::Running || sent % 10 == 0)
            QThread::msleep(15);
    }
    desk.closeWriteChannel();
    REQUIRE(import.waitForFinished(test::CliTimeoutMs));
    REQUIRE(desk.waitForFinished(test::CliTimeoutMs));
    const QString importErr = QString::fromUtf8(import.readAllStandardError());
    const QString deskOut = QString::fromUtf8(desk.readAllStandardOutput());
    const QString deskErr = QString::fromUtf8(desk.readAllStandardError());
    INFO("import: " << importErr.toStdString() << "\ndesk: " << deskErr.toStdString());
    CHECK(overlapped);
    CHECK(import.exitCode() == 0);
    CHECK(desk.exitCode() == 0);
    CHECK(deskOut.count(u"\"checked_in\""_s) == people.size());

    auto file = EventFile::open(path);
    REQUIRE(file.ok());
    CHECK(*AttendeeRepository(**file).count() == 100300);
    CHECK(*AttendeeRepository(**file).checkedInCount() == 300);
}

TEST_CASE("A file held by another writer past the busy timeout is a busy error, and nothing changed", "[io-faults][checkin]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"ocupado.taller"_s);
    auto holder = test::createEvent(path, EventTemplates::blank(QDate(2016, 6, 29)), 5);
    REQUIRE(holder.ok());
    auto desk = EventFile::open(path);
    REQUIRE(desk.ok());
    REQUIRE(SqlStatement::run((*desk)->database(), u"PRAGMA busy_timeout = 100"_s).ok());
    const auto renamed = [&] {
        return SqlStatement::scalar((*desk)->database(), u"SELECT count(*) FROM attendee WHERE given_names = 'Cambiado'"_s)->toInt();
    };
    REQUIRE(renamed() == 0);
    REQUIRE(SqlStatement::run((*holder)->database(), u"BEGIN IMMEDIATE"_s).ok());
    // The change the desk wanted: it must not run, nor half run.
    bool ran = false;
    const auto rename = [&]() -> Status {
        ran = true;
        return SqlStatement::run((*desk)->database(), u"UPDATE attendee SET given_names = 'Cambiado'"_s);
    };
    const Status refused = (*desk)->write(rename);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().busy());
    CHECK_FALSE(ran);
    REQUIRE(SqlStatement::run((*holder)->database(), u"ROLLBACK"_s).ok());
    CHECK(renamed() == 0);
    // Once the holder lets go, the same change goes through.
    CHECK((*desk)->write(rename).ok());
    CHECK(ran);
    CHECK(renamed() == 5);
}

TEST_CASE("Text from files reaches the terminal with its control characters made visible", "[cli][io-faults]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"control.taller"_s);
    REQUIRE(test::runCli({u"new"_s, path}).exitCode == 0);
    const QString csvPath = dir.filePath(u"raro.csv"_s);
    test::writeFile(csvPath, "Nombres;Apellidos;DNI;Organizaci\xc3\xb3n\n"
                             "Ana\x1b[5m\x07;Rojas\x1b[2J;44556677;Sector \xc2\x9b" "31m p\xc3\xba" "blico\n");
    REQUIRE(test::runCli({u"import"_s, u"attendees"_s, path, csvPath}).exitCode == 0);
    for (const QStringList &args : {QStringList{u"attendees"_s, path}, QStringList{u"search"_s, path, u"rojas"_s},
                                    QStringList{u"checkin"_s, path, u"44556677"_s}}) {
        const auto result = test::runCli(args);
        INFO(args.join(u' ').toStdString());
        REQUIRE(result.exitCode == 0);
        CHECK(result.out.contains(u"Rojas"_s));
        CHECK_FALSE(result.out.contains(QChar(0x1b)));
        CHECK_FALSE(result.out.contains(QChar(0x07)));
        CHECK_FALSE(result.out.contains(QChar(0x9b)));
        CHECK(result.out.contains(u"\u241b"_s)); // ␛
    }
    const QString listed = test::runCli({u"attendees"_s, path}).out;
    CHECK(listed.contains(u"<U+009B>"_s));
    CHECK(listed.contains(u"público"_s)); // other characters intact
    // JSON keeps the exact value, escaped.
    const QString json = test::runCli({u"attendees"_s, path, u"--json"_s}).out;
    CHECK_FALSE(json.contains(QChar(0x9b)));
    CHECK_FALSE(json.contains(QChar(0x1b)));
    const QJsonArray people = QJsonDocument::fromJson(json.toUtf8()).array();
    REQUIRE(people.size() == 1);
    CHECK(people.at(0)[u"organisation"_s].toString() == u"Sector \u009b31m público"_s);
    CHECK(people.at(0)[u"surnames"_s].toString() == u"Rojas\u001b[2J"_s);
}

TEST_CASE("Printed cells never run off the page, text cut for space ends with an ellipsis", "[pdf][io-faults]")
{
    QTemporaryDir dir;
    const QString pdf = dir.filePath(u"largo.pdf"_s);
    PrintedDocument document = test::trialDocument(u"Celdas largas"_s);
    QString longCell;
    for (int i = 0; i < 2500; ++i)
        longCell += u"Fortalecimiento institucional %1 "_s.arg(i);
    const QString unbroken = QString(400, u'Ñ');
    PrintedDocument::Table table;
    table.columns = {{u"N°"_s, 0.5, Qt::AlignRight}, {u"Compromiso"_s, 3, Qt::AlignLeft}, {u"Responsable"_s, 2, Qt::AlignLeft}};
    table.rows.append({{u"1"_s, {}, false}, {longCell, u"detalle"_s, false}, {unbroken, {}, false}});
    table.rows.append({{u"2"_s, {}, false}, {u"Portal de datos abiertos"_s, {}, false}, {u"Sub Gerencia de TI"_s, {}, false}});
    document.addTable(table);
    PrintedDocument::SignatureColumns signatures;
    signatures.leftTitle = u"Gobierno Regional"_s;
    signatures.rightTitle = u"Sociedad civil"_s;
    QString longName;
    for (int i = 0; i < 60; ++i)
        longName += u"María José de los Ángeles %1 "_s.arg(i);
    signatures.left.append({{longName, u"DNI 40506070"_s}, {}, {}, {}});
    signatures.right.append({{QString(300, u'W'), u"Presidenta"_s}, {}, {}, {}});
    document.addSignatureColumns(signatures);
    document.addFields({{u"Lugar"_s, QString(500, u'X')}});
    REQUIRE(document.writePdf(pdf).ok());

    const QString text = test::pdfText(pdf);
    CHECK_THAT(text, test::ContainsAll({u"\u2026"_s, u"Fortalecimiento institucional 0"_s}));
    CHECK_FALSE(text.contains(u"Fortalecimiento institucional 2499"_s));
    CHECK_THAT(text, test::ContainsAll({u"Portal de datos abiertos"_s, u"DNI 40506070"_s, u"Presidenta"_s}));
    checkInsidePages(pdf);

    // The acta itself, with a signatory's very long name.
    const QString path = dir.filePath(u"acta.taller"_s);
    REQUIRE(test::runCli({u"new"_s, path}).exitCode == 0);
    REQUIRE(test::runCli({u"signatory"_s, u"add"_s, path, u"--name"_s, longName.trimmed(), u"--document"_s, u"40506070"_s,
                          u"--position"_s, QString(200, u'P'), u"--side"_s, u"government"_s}).exitCode == 0);
    const QString acta = dir.filePath(u"acta.pdf"_s);
    REQUIRE(test::runCli({u"print"_s, u"acta"_s, path, acta}).exitCode == 0);
    CHECK(test::pdfText(acta).contains(u"\u2026"_s));
    checkInsidePages(acta);
}

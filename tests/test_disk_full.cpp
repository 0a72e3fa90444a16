#include "TestSupport.h"

#include "registration/AttendeeRepository.h"
#include "base/SqlStatement.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

using namespace taller;
using namespace Qt::StringLiterals;

namespace {

// A small tmpfs that the test can fill; root only.
struct SmallDisk
{
    QTemporaryDir dir;
    bool mounted = false;

    explicit SmallDisk(const QString &size)
    {
        QProcess mount;
        mount.start(u"mount"_s, {u"-t"_s, u"tmpfs"_s, u"-o"_s, u"size="_s + size, u"tmpfs"_s, dir.path()});
        mount.waitForFinished();
        mounted = mount.exitStatus() == QProcess::NormalExit && mount.exitCode() == 0;
    }
    ~SmallDisk()
    {
        if (mounted)
            QProcess::execute(u"umount"_s, {u"-l"_s, dir.path()});
    }
    QString path(const QString &name) const { return dir.filePath(name); }

    // Writes until the disk refuses, leaving almost nothing free.
    void fill()
    {
        QFile filler(path(u"filler.bin"_s));
        REQUIRE(filler.open(QIODevice::WriteOnly));
        const QByteArray block(4096, 'x');
        while (filler.write(block) == block.size() && filler.flush()) {
        }
        // Leave room for a few dozen check-ins, then none.
        filler.resize(std::max<qint64>(0, filler.size() - 12 * 1024));
        filler.close();
    }
    void free() { QFile::remove(path(u"filler.bin"_s)); }
};

} // namespace

TEST_CASE("A full disk: every failed write is reported, none is acknowledged, the file stays sound", "[io-faults]")
{
    SmallDisk disk(u"6m"_s);
    if (!disk.mounted)
        test::skip("could not mount a small tmpfs (it needs root); the full-disk test did not run");
    const QString path = disk.path(u"lleno.taller"_s);
    const QJsonArray people = test::newEventWithSampleAttendees(path, 300);
    // The event is open in the window while the disk fills up, as on the day.
    auto window = EventFile::open(path);
    REQUIRE(window.ok());
    disk.fill();

    // A stream of check-ins into a full disk: what is acknowledged is there,
    // the rest is an error, never a false "checked_in".
    const QByteArray input = test::checkinInput(people);
    const auto streamed = test::runCli({u"checkin"_s, path, u"--stdin"_s}, input);
    QStringList acknowledged;
    for (const QString &line : streamed.out.split(u'\n', Qt::SkipEmptyParts)) {
        const QJsonObject o = QJsonDocument::fromJson(line.toUtf8()).object();
        if (o[u"status"_s].toString() == u"checked_in"_s)
            acknowledged << o[u"document"_s].toString();
    }
    INFO("acknowledged " << acknowledged.size() << " of " << people.size() << "; stderr: " << streamed.err.toStdString());
    if (acknowledged.size() < people.size()) {
        CHECK(streamed.exitCode == 1);
        CHECK(streamed.err.contains(u"no space left"_s));
    }

    // With no room at all, a change is refused and said to be refused.
    {
        QFile rest(disk.path(u"rest.bin"_s));
        REQUIRE(rest.open(QIODevice::WriteOnly));
        const QByteArray block(512, 'y');
        while (rest.write(block) == block.size() && rest.flush()) {
        }
    }
    const QString first = people.first()[u"document"_s].toString();
    for (int attempt = 0; attempt < 20; ++attempt) {
        const auto undone = test::runCli({u"undo-checkin"_s, path, first});
        if (undone.exitCode == 0) {
            // It fitted after all: put it back and try again.
            REQUIRE(test::runCli({u"checkin"_s, path, first}).exitCode == 0);
            continue;
        }
        CHECK(undone.exitCode == 1);
        CHECK(undone.err.contains(u"no space left"_s));
        break;
    }
    QFile::remove(disk.path(u"rest.bin"_s));

    // An import that cannot fit imports nothing.
    QByteArray csv = "Nombres;Apellidos;DNI;Organización\n";
    for (int i = 0; i < 20000; ++i)
        csv += "Persona;Número " + QByteArray::number(i) + ";" + QByteArray::number(70000000 + i) + ";Organización de prueba con un nombre largo\n";
    const QString csvPath = QDir::temp().filePath(u"taller-full-disk.csv"_s);
    {
        QFile f(csvPath);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(csv);
    }
    const auto imported = test::runCli({u"import"_s, u"attendees"_s, path, csvPath});
    QFile::remove(csvPath);
    CHECK(imported.exitCode == 1);
    CHECK(imported.err.contains(u"Nothing was imported"_s));

    // A PDF that does not fit is not left half-written.
    const auto printed = test::runCli({u"print"_s, u"attendance"_s, path, disk.path(u"lista.pdf"_s)});
    INFO("print: " << printed.err.toStdString());
    CHECK(printed.exitCode == 1);
    CHECK_FALSE(QFile::exists(disk.path(u"lista.pdf"_s)));

    disk.free();
    window->reset();
    auto file = EventFile::open(path);
    REQUIRE(file.ok());
    CHECK(SqlStatement::scalar((*file)->database(), u"PRAGMA integrity_check"_s)->toString() == u"ok"_s);
    const AttendeeRepository attendees(**file);
    CHECK(*attendees.count() == people.size());
    for (const QString &document : acknowledged)
        CHECK(attendees.findByDocument(document)->value().isCheckedIn());
}

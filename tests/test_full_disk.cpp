// Every file handed to the user (CSV, .xlsx, PDF, the bundle) on a disk
// that is full or nearly full: an error that says so, exit 1, and nothing
// left behind; never "Se escribió" and a 0-byte file.

#include "TestSupport.h"

#include "BundleService.h"
#include "EventSession.h"
#include "ProcessService.h"
#include "ProgrammeService.h"
#include "RegistrationService.h"
#include "base/SavedFile.h"
#include "tabular/TabularWriter.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QProcess>

#include <cerrno>
#include <fcntl.h>
#include <sys/statvfs.h>
#include <unistd.h>

using namespace taller;
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 Page = 4096;

qint64 pagesFor(qint64 bytes)
{
    return (bytes + Page - 1) / Page;
}

// A tmpfs of a given number of pages, filled by the test; root only (a test
// that cannot mount is skipped, never passed).
class SmallDisk
{
public:
    explicit SmallDisk(qint64 pages) : m_pages(pages)
    {
        REQUIRE(m_dir.isValid());
        QProcess mount;
        mount.start(u"mount"_s, {u"-t"_s, u"tmpfs"_s, u"-o"_s, u"size=%1k"_s.arg(pages * Page / 1024), u"tmpfs"_s, m_dir.path()});
        mount.waitForFinished();
        if (mount.exitStatus() != QProcess::NormalExit || mount.exitCode() != 0)
            test::skip("could not mount a small tmpfs (it needs root); the full-disk tests did not run");
    }
    ~SmallDisk() { QProcess::execute(u"umount"_s, {m_dir.path()}); }
    SmallDisk(const SmallDisk &) = delete;
    SmallDisk &operator=(const SmallDisk &) = delete;

    QString path() const { return m_dir.path(); }
    QString path(const QString &name) const { return m_dir.filePath(name); }

    // Writes until the device refuses the last byte: not one page is left.
    void fillToLastPage()
    {
        const int fd = ::open(QFile::encodeName(filler()).constData(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
        REQUIRE(fd >= 0);
        const QByteArray block(64 * 1024, 'x');
        for (qsizetype size = block.size(); size > 0; size /= 2) {
            while (::write(fd, block.constData(), size_t(size)) == size) {
            }
        }
        const int error = errno;
        ::close(fd);
        CHECK(error == ENOSPC);
        CHECK(freeBytes() == 0);
    }
    // Fills all but pages of the device.
    void leaveFree(qint64 pages)
    {
        REQUIRE(pages < m_pages);
        test::writeFile(filler(), QByteArray((m_pages - pages) * Page, 'x'));
        REQUIRE(freeBytes() == pages * Page);
    }
    qint64 freeBytes() const
    {
        struct statvfs s {};
        REQUIRE(::statvfs(QFile::encodeName(path()).constData(), &s) == 0);
        return qint64(s.f_bavail) * qint64(s.f_frsize);
    }
    // Everything on the device but the filler: files, hidden ones, folders.
    QStringList leftovers() const
    {
        QStringList found;
        for (QDirIterator it(path(), QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                             QDirIterator::Subdirectories);
             it.hasNext();) {
            const QString entry = it.next();
            if (entry != filler())
                found << QDir(path()).relativeFilePath(entry);
        }
        return found;
    }
    void clear()
    {
        for (const QString &entry : leftovers()) {
            const QString full = path(entry);
            if (QFileInfo(full).isDir())
                QDir(full).removeRecursively();
            else
                QFile::remove(full);
        }
    }

private:
    QString filler() const { return path(u".filler"_s); }

    QTemporaryDir m_dir;
    qint64 m_pages;
};

const QStringList Spanish{u"LC_ALL=es_PE.UTF-8"_s, u"LANGUAGE=es"_s};

// An event with something in every part a verb writes: attendees (one
// checked in), the template's programme and mesas, a draft acta with a
// signatory, a process with the seed's 70 fichas.
QString eventWithEverything(const QTemporaryDir &dir)
{
    const QString path = dir.filePath(u"completo.taller"_s);
    const auto run = [](const QStringList &args) {
        const auto result = test::runCli(args);
        INFO(args.join(u' ').toStdString() << ": " << result.err.toStdString());
        REQUIRE(result.exitCode == 0);
        return result;
    };
    const QJsonArray people = test::newEventWithSampleAttendees(path, 120);
    REQUIRE(people.size() == 120);
    for (int i = 0; i < 6; ++i)
        run({u"checkin"_s, path, people.at(i)[u"document"_s].toString()});
    run({u"signatory"_s, u"add"_s, path, u"--name"_s, u"Rosa Muñoz Ibáñez"_s, u"--document"_s, u"40506070"_s,
         u"--position"_s, u"Gerenta"_s, u"--organisation"_s, u"GRLL"_s, u"--side"_s, u"government"_s});
    run({u"process"_s, path, u"--start"_s});
    // A meeting of the process (meeting 2), with its tabla and an agreement.
    run({u"meeting"_s, u"add"_s, path, u"--stage"_s, u"2"_s, u"--kind"_s, u"meeting"_s, u"--title"_s,
         u"Reunión con la Gerencia Regional de Salud"_s, u"--date"_s, u"2016-07-10"_s});
    run({u"item"_s, u"add"_s, path, u"--meeting"_s, u"2"_s, u"--title"_s, u"Fichas de la Gerencia"_s});
    run({u"agreement"_s, u"add"_s, path, u"--meeting"_s, u"2"_s, u"--text"_s, u"Enviar las cinco fichas"_s,
         u"--responsible"_s, u"Gerencia Regional de Salud"_s, u"--due"_s, u"2016-07-20"_s});
    run({u"checkin"_s, path, u"--meeting"_s, u"2"_s, people.at(7)[u"document"_s].toString()});
    run({u"import"_s, u"initiatives"_s, path, test::testDataPath(u"fichas_la_libertad.csv"_s)});
    return path;
}

// Every verb that writes one file, OUT standing for the file it writes.
QList<QStringList> writingVerbs(const QString &event)
{
    QList<QStringList> verbs;
    for (const QString &what : {u"participation"_s, u"attendees"_s, u"commitments"_s, u"initiatives"_s, u"agenda"_s}) {
        verbs.append({u"export"_s, what, event, u"OUT.csv"_s});
        verbs.append({u"export"_s, what, event, u"OUT.xlsx"_s});
    }
    verbs.append({u"print"_s, u"agenda"_s, event, u"OUT.pdf"_s});
    verbs.append({u"print"_s, u"attendance"_s, event, u"OUT.pdf"_s});
    verbs.append({u"print"_s, u"mesa"_s, event, u"M1"_s, u"OUT.pdf"_s});
    verbs.append({u"print"_s, u"acta"_s, event, u"OUT.pdf"_s});
    verbs.append({u"print"_s, u"badges"_s, event, u"OUT.pdf"_s});
    verbs.append({u"print"_s, u"certificates"_s, event, u"OUT.pdf"_s});
    verbs.append({u"print"_s, u"response"_s, event, u"OUT.pdf"_s});
    verbs.append({u"print"_s, u"ficha"_s, event, u"--blank"_s, u"OUT.pdf"_s});
    verbs.append({u"print"_s, u"ficha"_s, event, u"1"_s, u"OUT.pdf"_s});
    verbs.append({u"print"_s, u"board"_s, event, u"OUT.pdf"_s});
    verbs.append({u"print"_s, u"reminders"_s, event, u"OUT.pdf"_s});
    // The same verbs on a meeting's attendance and minutes.
    verbs.append({u"print"_s, u"acta"_s, event, u"--meeting"_s, u"2"_s, u"OUT.pdf"_s});
    verbs.append({u"print"_s, u"attendance"_s, event, u"--meeting"_s, u"2"_s, u"OUT.pdf"_s});
    verbs.append({u"export"_s, u"participation"_s, event, u"--meeting"_s, u"2"_s, u"OUT.xlsx"_s});
    return verbs;
}

QStringList withOutput(QStringList args, const QString &folder)
{
    for (QString &arg : args)
        if (arg.startsWith(u"OUT."_s))
            arg = QDir(folder).filePath(arg);
    return args;
}

// The verb failed for want of space, said so in Spanish of the folder, and
// printed no success.
void checkRefusedForSpace(const test::CliResult &result, const QString &folder)
{
    CHECK(result.exitCode == 1);
    CHECK(result.err.contains(u"No queda espacio en %1"_s.arg(folder)));
    CHECK(result.err.contains(u"espacio"_s));
    CHECK_FALSE(result.out.contains(u"Se escribi"_s));
    CHECK_FALSE(result.err.contains(u"desconocido"_s));
}

qint64 folderPages(const QString &folder)
{
    qint64 pages = 0;
    for (const QFileInfo &f : QDir(folder).entryInfoList(QDir::Files | QDir::Hidden))
        pages += pagesFor(f.size());
    return pages;
}

} // namespace

TEST_CASE("A disk filled to the last page: every export, every print and the bundle fail with \"espacio\" and leave no file",
          "[full-disk][io-faults]")
{
    QTemporaryDir dir;
    const QString event = eventWithEverything(dir);
    SmallDisk disk(16); // 64 KiB
    disk.fillToLastPage();

    for (const QStringList &verb : writingVerbs(event)) {
        const QStringList args = withOutput(verb, disk.path());
        const auto result = test::runCli(args, {}, Spanish);
        INFO(args.join(u' ').toStdString() << "\n" << result.out.toStdString() << result.err.toStdString());
        checkRefusedForSpace(result, disk.path());
        CHECK(disk.leftovers().isEmpty());
        disk.clear();
    }

    // One constancia per person into a folder: none, and no hidden staging.
    {
        const auto result = test::runCli({u"print"_s, u"certificates"_s, event, u"--each"_s, disk.path()}, {}, Spanish);
        INFO(result.out.toStdString() << result.err.toStdString());
        checkRefusedForSpace(result, disk.path());
        CHECK(disk.leftovers().isEmpty());
        disk.clear();
    }

    // The bundle: no folder, no half of one.
    const auto bundle = test::runCli({u"export"_s, u"bundle"_s, event, disk.path(u"repositorio"_s)}, {}, Spanish);
    INFO(bundle.out.toStdString() << bundle.err.toStdString());
    checkRefusedForSpace(bundle, disk.path());
    CHECK(disk.leftovers().isEmpty());

    // A backup elsewhere too.
    const auto backup = test::runCli({u"backup"_s, event, disk.path(u"copia.taller"_s)}, {}, Spanish);
    INFO(backup.err.toStdString());
    checkRefusedForSpace(backup, disk.path());
    CHECK(disk.leftovers().isEmpty());
}

TEST_CASE("A nearly full disk: the first pages of a file fit, a later one does not, and nothing of it is left",
          "[full-disk][io-faults]")
{
    QTemporaryDir dir;
    const QString event = eventWithEverything(dir);
    QTemporaryDir roomy;
    SmallDisk disk(64); // 256 KiB
    int nearlyTried = 0;
    for (const QStringList &verb : writingVerbs(event)) {
        // What the verb writes, measured where there is room.
        const auto measured = test::runCli(withOutput(verb, roomy.path()), {}, Spanish);
        INFO(verb.join(u' ').toStdString() << ": " << measured.err.toStdString());
        REQUIRE(measured.exitCode == 0);
        QString out;
        for (const QString &arg : withOutput(verb, roomy.path()))
            if (arg.startsWith(roomy.path()))
                out = arg;
        REQUIRE_FALSE(out.isEmpty());
        const qint64 pages = pagesFor(QFileInfo(out).size());
        QFile::remove(out);
        if (pages < 2 || pages >= 64)
            continue; // one page either fits or not: the full disk above covers it
        ++nearlyTried;

        // One page short: written in part, then refused.
        disk.leaveFree(pages - 1);
        const QStringList args = withOutput(verb, disk.path());
        const auto refused = test::runCli(args, {}, Spanish);
        INFO(args.join(u' ').toStdString() << " with " << pages - 1 << " of " << pages << " pages free\n"
                                          << refused.out.toStdString() << refused.err.toStdString());
        checkRefusedForSpace(refused, disk.path());
        CHECK(disk.leftovers().isEmpty());
        disk.clear();

        // With its pages free it is written, and said so: the measure was right.
        disk.leaveFree(pages);
        const auto written = test::runCli(args, {}, Spanish);
        INFO(written.err.toStdString());
        CHECK(written.exitCode == 0);
        CHECK(written.out.contains(u"Se escribió"_s));
        CHECK(disk.leftovers().size() == 1);
        disk.clear();
    }
    CHECK(nearlyTried >= 8);

    // Constancias one per person into a new folder, one page short: the first
    // are written, a later one is refused, and neither they nor the folder
    // made for them are left.
    {
        const auto each = test::runCli({u"print"_s, u"certificates"_s, event, u"--each"_s, roomy.filePath(u"constancias"_s)},
                                       {}, Spanish);
        INFO(each.err.toStdString());
        REQUIRE(each.exitCode == 0);
        const qint64 pages = folderPages(roomy.filePath(u"constancias"_s));
        REQUIRE(QDir(roomy.filePath(u"constancias"_s)).entryList(QDir::Files).size() == 6);
        REQUIRE(pages < 64);
        disk.leaveFree(pages - 1);
        const QString folder = disk.path(u"constancias"_s);
        const auto refused = test::runCli({u"print"_s, u"certificates"_s, event, u"--each"_s, folder}, {}, Spanish);
        INFO(pages - 1 << " of " << pages << " pages free: " << refused.err.toStdString());
        checkRefusedForSpace(refused, folder);
        CHECK(disk.leftovers().isEmpty());
        disk.clear();
    }

    // The bundle, one page short of all its files: some are written, a later
    // one is refused, and neither the folder nor its hidden twin is left.
    const auto reference = test::runCli({u"export"_s, u"bundle"_s, event, roomy.filePath(u"repositorio"_s)}, {}, Spanish);
    INFO(reference.err.toStdString());
    REQUIRE(reference.exitCode == 0);
    const qint64 bundlePages = folderPages(roomy.filePath(u"repositorio"_s));
    REQUIRE(bundlePages >= 4);
    REQUIRE(bundlePages < 64);
    for (const qint64 free : {bundlePages - 1, bundlePages / 2, qint64(1)}) {
        disk.leaveFree(free);
        const auto refused = test::runCli({u"export"_s, u"bundle"_s, event, disk.path(u"repositorio"_s)}, {}, Spanish);
        INFO(free << " of " << bundlePages << " pages free: " << refused.out.toStdString() << refused.err.toStdString());
        checkRefusedForSpace(refused, disk.path());
        CHECK(disk.leftovers().isEmpty());
        disk.clear();
    }
    disk.leaveFree(bundlePages);
    const auto written = test::runCli({u"export"_s, u"bundle"_s, event, disk.path(u"repositorio"_s)}, {}, Spanish);
    INFO(written.err.toStdString());
    CHECK(written.exitCode == 0);
    CHECK(written.out.contains(u"Se escribieron"_s));
    CHECK(folderPages(disk.path(u"repositorio"_s)) == bundlePages);
}

TEST_CASE("On a full disk the window's own calls (sheets, PDFs, the bundle) fail with no space, and leave nothing",
          "[full-disk][io-faults]")
{
    QTemporaryDir dir;
    auto session = test::newEventSession(dir.filePath(u"ventana.taller"_s), 80);
    SmallDisk disk(16);
    disk.fillToLastPage();
    const auto checkNoSpace = [&](const Status &status, const QString &what) {
        INFO(what.toStdString() << ": " << status.errorMessage().toStdString());
        REQUIRE_FALSE(status.ok());
        CHECK(status.error().kind == ErrorKind::NoSpace);
        CHECK(status.errorMessage().startsWith(u"No space left in %1"_s.arg(disk.path())));
        CHECK(disk.leftovers().isEmpty());
    };
    // File → Export: the sheets the pages hand to SpreadsheetExport.
    const auto attendees = RegistrationService(*session).exportAttendees();
    REQUIRE(attendees.ok());
    const auto programme = ProgrammeService(*session).exportSheet();
    REQUIRE(programme.ok());
    for (const TabularSheet *sheet : {&*attendees, &*programme}) {
        checkNoSpace(TabularWriter::write(*sheet, disk.path(u"lista.xlsx"_s), TabularWriter::Format::Xlsx), u"xlsx"_s);
        checkNoSpace(TabularWriter::write(*sheet, disk.path(u"lista.csv"_s), TabularWriter::Format::Csv), u"csv"_s);
    }
    // Export as PDF: what DocumentPrinter writes.
    const auto sheet = RegistrationService(*session).attendanceSheet(5);
    REQUIRE(sheet.ok());
    checkNoSpace(sheet->writePdf(disk.path(u"lista.pdf"_s)), u"pdf"_s);
    // File → Export the OGP repository bundle.
    const auto bundle = BundleService(*session).write(disk.path(u"repositorio"_s));
    REQUIRE_FALSE(bundle.ok());
    CHECK(bundle.error().kind == ErrorKind::NoSpace);
    CHECK(bundle.errorMessage().startsWith(u"No space left in %1"_s.arg(disk.path())));
    CHECK(disk.leftovers().isEmpty());
}

TEST_CASE("A file replaced on a full disk keeps its old bytes, and a full device or a failing disk is named for what it is",
          "[full-disk][io-faults][dev-full]")
{
    SmallDisk disk(16);
    const QString path = disk.path(u"asistencia.csv"_s);
    test::writeFile(path, "old;list\r\n");
    disk.fillToLastPage();
    const Status refused = SavedFile::write(path, QByteArray(20000, 'n'));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().kind == ErrorKind::NoSpace);
    CHECK(test::readAll(path) == "old;list\r\n");
    CHECK(disk.leftovers() == QStringList{u"asistencia.csv"_s});

    if (QFileInfo(u"/dev/full"_s).exists()) {
        const Status device = SavedFile::write(u"/dev/full"_s, "x");
        REQUIRE_FALSE(device.ok());
        CHECK(device.error().kind == ErrorKind::NoSpace);
        CHECK(device.errorMessage().contains(u"Cannot write /dev/full"_s));
        CHECK_FALSE(QFileInfo(u"/dev/full"_s).isFile());
    }
    const Error quota = SavedFile::failure(EDQUOT, u"/media/usb"_s, u"a.pdf"_s);
    CHECK(quota.kind == ErrorKind::NoSpace);
    CHECK(quota.message.contains(u"quota"_s));
    const Error io = SavedFile::failure(EIO, u"/media/usb"_s, u"a.pdf"_s);
    CHECK(io.kind == ErrorKind::Io);
    CHECK(io.message.contains(u"input/output"_s));
    CHECK(io.message.contains(u"/media/usb"_s));
}

TEST_CASE("A link to a file is written through, and /dev/stdout into a pipe is the pipe", "[full-disk][io-faults]")
{
    QTemporaryDir dir;
    const QString real = dir.filePath(u"real.csv"_s);
    const QString link = dir.filePath(u"enlace.csv"_s);
    test::writeFile(real, "old\r\n");
    REQUIRE(QFile::link(real, link));
    REQUIRE(SavedFile::write(link, "new\r\n").ok());
    CHECK(QFileInfo(link).isSymLink());
    CHECK(test::readAll(real) == "new\r\n");

    // The test reads the CLI's standard output through a pipe.
    const QString event = dir.filePath(u"tubo.taller"_s);
    REQUIRE(test::runCli({u"new"_s, event}).exitCode == 0);
    const QStringList before = QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
    QProcess cli;
    cli.setWorkingDirectory(dir.path());
    cli.start(QString::fromUtf8(TALLER_CLI_PATH), {u"export"_s, u"agenda"_s, event, u"/dev/stdout"_s});
    REQUIRE(cli.waitForFinished(60000));
    CHECK(cli.exitCode() == 0);
    CHECK(cli.readAllStandardOutput().startsWith("\xEF\xBB\xBF"));
    CHECK(QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot) == before);
}

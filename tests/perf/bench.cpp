// Measures the figures the issues name: the window opened at 50 and 100,000
// attendees, search latency at 50, 5,000 and 100,000, durable check-in
// latency (also during a large import), a 5,000-row CSV and .xlsx import
// (beside the same sheet converted to CSV by LibreOffice), the attendance
// sheet at 50 and 5,000 attendees, badges and constancias for 5,000, and the
// co-creation process's ranking and reasoned response at 5,000 initiatives.

#include "DeskLink.h"
#include "HubCertificate.h"
#include "MesasService.h"
#include "EventService.h"
#include "MainWindow.h"
#include "RegistrationService.h"
#include "registration/AttendanceDocument.h"
#include "registration/SampleAttendees.h"
#include "templates/Templates.h"
#include "registration/AttendeeImport.h"
#include "registration/AttendeeRepository.h"
#include "registration/AttendeeSearch.h"
#include "registration/CheckinRepository.h"
#include "event/EventRepository.h"
#include "mesas/MesaRepository.h"
#include "participants/BadgeDocument.h"
#include "participants/CertificateDocument.h"
#include "base/SqlStatement.h"
#include "process/ProcessDocument.h"
#include "process/InitiativeDecisionRepository.h"
#include "process/InitiativeRepository.h"
#include "process/ProcessRepository.h"
#include "process/ScoringRepository.h"

#include <QAtomicInt>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QWebSocket>
#include <QJsonObject>
#include <QTimer>
#include <QElapsedTimer>
#include <QApplication>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QStandardPaths>
#include <QPdfWriter>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

#include <algorithm>
#include <cstdio>
#include <random>

#include <unistd.h>

using namespace taller;
using namespace Qt::StringLiterals;

namespace {

struct Stats
{
    double median = 0;
    double p95 = 0;
    double max = 0;
    int samples = 0;
};

Stats stats(std::vector<double> ms)
{
    std::sort(ms.begin(), ms.end());
    Stats s;
    s.samples = int(ms.size());
    if (ms.empty())
        return s;
    s.median = ms[ms.size() / 2];
    s.p95 = ms[std::min(ms.size() - 1, size_t(double(ms.size()) * 0.95))];
    s.max = ms.back();
    return s;
}

// Ends the benchmark with result's error when it failed.
template <typename R>
void orFail(const R &result)
{
    if (!result)
        qFatal("%s", qPrintable(result.errorMessage()));
}

// How long each of runs calls of work takes, in milliseconds.
template <typename Work>
std::vector<double> timedRuns(int runs, Work work)
{
    std::vector<double> ms;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        work();
        ms.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    return ms;
}

void report(const QString &name, const Stats &s, const QString &goal)
{
    std::printf("%-44s median %9.3f ms   p95 %9.3f ms   max %9.3f ms   (n=%d)   goal: %s\n", qPrintable(name), s.median, s.p95,
                s.max, s.samples, qPrintable(goal));
}

std::unique_ptr<EventFile> eventWith(const QTemporaryDir &dir, int attendees)
{
    static int serial = 0;
    const QString path = dir.filePath(u"bench-%1-%2.taller"_s.arg(attendees).arg(++serial));
    orFail(EventService::create(path, EventTemplates::palacioDeHierro(QDate(2016, 6, 29)), attendees));
    auto file = EventFile::open(path);
    orFail(file);
    return std::move(file.value());
}

QStringList queriesFor(const QList<Attendee> &people, int count)
{
    // What a volunteer types: 3 to 5 letters of a surname or name (without
    // accents), or the first digits of a document.
    std::mt19937 random(7);
    QStringList queries;
    for (int i = 0; i < count; ++i) {
        const Attendee &a = people.at(int(random() % people.size()));
        switch (i % 4) {
        case 0: queries << foldForMatching(a.surnames).left(3 + int(random() % 3)); break;
        case 1: queries << foldForMatching(a.givenNames).left(3) + u' ' + foldForMatching(a.surnames).left(2); break;
        case 2: queries << a.documentNumber.left(4); break;
        case 3: queries << a.givenNames.left(4).toUpper(); break;
        }
    }
    return queries;
}

void benchSearch(const QTemporaryDir &dir, int attendees, int queries, const QString &goal)
{
    auto file = eventWith(dir, attendees);
    if (attendees >= 100000) {
        // Opening includes the integrity check of the whole file.
        const QString path = file->path();
        file.reset();
        std::vector<double> opens;
        for (int i = 0; i < 5; ++i) {
            QElapsedTimer timer;
            timer.start();
            auto reopened = EventFile::open(path);
            opens.push_back(double(timer.nsecsElapsed()) / 1e6);
            orFail(reopened);
            file = std::move(reopened.value());
        }
        report(u"open (with quick_check), %1 attendees"_s.arg(attendees), stats(opens), u"-"_s);
    }
    const QList<Attendee> people = *AttendeeRepository(*file).all();
    const AttendeeSearch search(*file);
    std::vector<double> ms;
    for (const QString &query : queriesFor(people, queries)) {
        QElapsedTimer timer;
        timer.start();
        auto found = search.find(query, 50);
        ms.push_back(double(timer.nsecsElapsed()) / 1e6);
        orFail(found);
    }
    report(u"search, %1 attendees"_s.arg(attendees), stats(ms), goal);
}

void benchCheckin(const QTemporaryDir &dir, int checkins)
{
    auto file = eventWith(dir, 5000);
    const QList<Attendee> people = *AttendeeRepository(*file).all();
    CheckinRepository repository(*file, u"bench"_s);
    std::vector<double> ms;
    for (int i = 0; i < checkins; ++i) {
        QElapsedTimer timer;
        timer.start();
        auto result = repository.checkInByDocument(people.at(i).documentNumber);
        ms.push_back(double(timer.nsecsElapsed()) / 1e6);
        if (!result || result->outcome != CheckinOutcome::CheckedIn)
            qFatal("check-in failed");
    }
    report(u"check-in, durable commit (5,000 attendees)"_s, stats(ms), u"p95 < 5 ms"_s);
}

QByteArray csvOf(int rows)
{
    QByteArray csv = "Nombres;Apellidos;DNI;Organización;Cargo;Sector;Correo;Celular;Consentimiento\r\n";
    for (const Attendee &a : sampleAttendees(rows)) {
        csv += (QStringList{a.givenNames, a.surnames, a.documentNumber, a.organisation, a.position, displayNameOf(a.sector),
                            a.email, a.phone, a.dataConsentAt.isValid() ? u"Sí"_s : u"No"_s}
                    .join(u';')
                + u"\r\n"_s)
                   .toUtf8();
    }
    return csv;
}

void benchImport(const QTemporaryDir &dir, int runs)
{
    const QByteArray csv = csvOf(5000);
    std::vector<double> ms;
    for (int run = 0; run < runs; ++run) {
        auto file = eventWith(dir, 0);
        QElapsedTimer timer;
        timer.start();
        auto plan = AttendeeImport::prepare(*file, csv);
        auto report = plan ? AttendeeImport::commit(*file, *plan) : Result<AttendeeImport::Report>(plan.error());
        ms.push_back(double(timer.nsecsElapsed()) / 1e6);
        if (!report || report->imported != 5000)
            qFatal("import failed: %s", qPrintable(report.errorMessage()));
        const QString path = file->path();
        file.reset();
        QFile::remove(path);
        QFile::remove(path + u"-wal"_s);
        QFile::remove(path + u"-shm"_s);
    }
    report(u"import of a 5,000-row CSV"_s, stats(ms), u"< 1 s"_s);
}

// Reads, maps, splits the names and commits one list into a new event.
double importOnce(const QTemporaryDir &dir, const QString &list, int *imported = nullptr)
{
    auto file = eventWith(dir, 0);
    QElapsedTimer timer;
    timer.start();
    auto plan = AttendeeImport::prepareFile(*file, list, TabularReader::Options());
    auto report = plan ? AttendeeImport::commit(*file, *plan) : Result<AttendeeImport::Report>(plan.error());
    const double ms = double(timer.nsecsElapsed()) / 1e6;
    if (!report || (!imported && report->imported != 5000))
        qFatal("import of %s failed: %s", qPrintable(list), qPrintable(report ? u"imported %1"_s.arg(report->imported) : report.errorMessage()));
    if (imported)
        *imported = report->imported;
    const QString path = file->path();
    file.reset();
    QFile::remove(path);
    QFile::remove(path + u"-wal"_s);
    QFile::remove(path + u"-shm"_s);
    return ms;
}

// A 5,000-row Google Forms export saved as .xlsx by LibreOffice (one
// "Nombres y Apellidos" column to split), and the same workbook converted to
// CSV by `soffice --headless --convert-to csv` when LibreOffice is installed.
void benchSpreadsheetImport(const QTemporaryDir &dir, int runs)
{
    const QString xlsx = QStringLiteral(TALLER_TEST_DATA) + u"/tabular/inscritos-5000.xlsx"_s;
    std::vector<double> ms;
    for (int run = 0; run < runs; ++run)
        ms.push_back(importOnce(dir, xlsx));
    report(u"import of a 5,000-row .xlsx"_s, stats(ms), u"< 1 s"_s);

    const QString soffice = QStandardPaths::findExecutable(u"soffice"_s);
    if (soffice.isEmpty()) {
        std::printf("%-44s (soffice not installed: skipped)\n", "import of the same, converted by soffice to CSV");
        return;
    }
    const QString out = dir.filePath(u"soffice-csv"_s);
    QElapsedTimer conversion;
    conversion.start();
    QProcess convert;
    convert.start(soffice, {u"--headless"_s, u"--convert-to"_s, u"csv"_s, u"--outdir"_s, out, xlsx});
    convert.waitForFinished(120000);
    const double convertMs = double(conversion.nsecsElapsed()) / 1e6;
    const QString csv = out + u"/inscritos-5000.csv"_s;
    if (!QFile::exists(csv)) {
        std::printf("%-44s (soffice did not convert: skipped)\n", "import of the same, converted by soffice to CSV");
        return;
    }
    report(u"soffice --convert-to csv of that .xlsx"_s, stats({convertMs}), u"-"_s);
    ms.clear();
    int imported = 0;
    for (int run = 0; run < runs; ++run)
        ms.push_back(importOnce(dir, csv, &imported));
    // The CSV has lost what the workbook knew: DNIs were numbers, so those
    // that began with 00 cannot be told from short numbers and are rejected.
    report(u"import of that CSV (%1 of 5,000 rows)"_s.arg(imported), stats(ms), u"-"_s);
}

// How long a desk's check-in waits while a large import is written by
// another connection: the import holds the write lock only for its final
// INSERT ... SELECT, so the longest wait stays far below the busy timeout.
void benchCheckinDuringImport(const QTemporaryDir &dir, int rows)
{
    auto desk = eventWith(dir, 2000);
    const QString path = desk->path();
    const QList<Attendee> people = *AttendeeRepository(*desk).all();
    QByteArray csv = "Nombres;Apellidos;DNI;Organización\n";
    for (int i = 0; i < rows; ++i)
        csv += "Persona;Apellido " + QByteArray::number(i) + ";" + QByteArray::number(60000000 + i) + ";Organización " +
               QByteArray::number(i % 70) + "\n";
    QAtomicInt done = 0;
    QString importError;
    std::unique_ptr<QThread> importer(QThread::create([&] {
        {
            auto file = EventFile::open(path);
            auto plan = file ? AttendeeImport::prepare(**file, csv) : Result<AttendeeImport::Plan>(file.error());
            auto report = plan ? AttendeeImport::commit(**file, *plan) : Result<AttendeeImport::Report>(plan.error());
            if (!report)
                importError = report.errorMessage();
        }
        done = 1;
    }));
    importer->start();
    CheckinRepository repository(*desk, u"bench"_s);
    std::vector<double> ms;
    for (int i = 0; i < people.size() && (!done || ms.size() < 50); ++i) {
        QElapsedTimer timer;
        timer.start();
        auto result = repository.checkInByDocument(people.at(i).documentNumber);
        ms.push_back(double(timer.nsecsElapsed()) / 1e6);
        if (!result)
            qFatal("check-in failed during the import: %s", qPrintable(result.errorMessage()));
    }
    importer->wait();
    if (!importError.isEmpty())
        qFatal("import failed: %s", qPrintable(importError));
    const double longest = *std::max_element(ms.begin(), ms.end());
    report(u"check-in during a %1-row import (longest %2 ms)"_s.arg(rows).arg(longest, 0, 'f', 0), stats(ms),
           u"longest < 10 s (busy timeout)"_s);
}

void benchAttendanceSheet(const QTemporaryDir &dir, int attendees, int runs, const QString &goal)
{
    auto file = eventWith(dir, attendees);
    std::vector<double> ms;
    int pages = 0;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        auto document = AttendanceDocument::build(*file);
        orFail(document);
        QPdfWriter writer(dir.filePath(u"sheet.pdf"_s));
        writer.setPdfVersion(QPagedPaintDevice::PdfVersion_A1b);
        writer.setResolution(600);
        auto printed = document->print(writer);
        ms.push_back(double(timer.nsecsElapsed()) / 1e6);
        pages = printed ? *printed : 0;
    }
    report(u"attendance sheet, %1 attendees (%2 pages)"_s.arg(attendees).arg(pages), stats(ms), goal);
}

// Everyone seated round the mesas and checked in, in one transaction.
std::unique_ptr<EventFile> eventPresent(const QTemporaryDir &dir, int attendees)
{
    auto file = eventWith(dir, attendees);
    auto people = AttendeeRepository(*file).all();
    auto mesas = MesaRepository(*file).load();
    if (!people || !mesas || mesas->isEmpty())
        qFatal("cannot load the event");
    QHash<qint64, qint64> seats;
    for (qsizetype i = 0; i < people->size(); ++i)
        seats.insert(people->at(i).id, mesas->at(i % mesas->size()).id);
    if (!MesaRepository(*file).setMembership(seats))
        qFatal("cannot seat");
    CheckinRepository desk(*file, u"bench"_s);
    const Status all = file->write([&]() -> Status {
        for (const Attendee &a : std::as_const(*people)) {
            TRY(desk.checkIn(a.id));
        }
        return {};
    });
    orFail(all);
    return file;
}

void benchBadges(const QTemporaryDir &dir, EventFile &file, int attendees, int runs, const QString &goal)
{
    const std::vector<double> ms = timedRuns(runs, [&] {
        auto document = BadgeDocument::build(file, {}, BadgeLayouts::standard());
        orFail(document);
        orFail(document->writePdf(dir.filePath(u"badges.pdf"_s)));
    });
    report(u"badges, %1 people (%2 pages)"_s.arg(attendees).arg((attendees + 7) / 8), stats(ms), goal);
}

void benchCertificates(const QTemporaryDir &dir, EventFile &file, int attendees, int runs, const QString &goal)
{
    QImage signature(600, 200, QImage::Format_RGB32);
    signature.fill(Qt::white);
    const CertificateSigner signer{u"Rosa Elena Quispe Huamán"_s, u"Gerenta Regional de Planeamiento"_s, signature};
    const std::vector<double> onePdf = timedRuns(runs, [&] {
        auto document = CertificateDocument::build(file, signer);
        orFail(document);
        orFail(document->writePdf(dir.filePath(u"constancias.pdf"_s)));
    });
    report(u"constancias, %1 people, one PDF"_s.arg(attendees), stats(onePdf), goal);

    const std::vector<double> pdfEach = timedRuns(std::max(1, runs / 2), [&] {
        auto data = CertificateDocument::load(file);
        orFail(data);
        orFail(CertificateDocument::writeEach(*data, signer, dir.filePath(u"each"_s)));
    });
    report(u"constancias, %1 people, one PDF each"_s.arg(attendees), stats(pdfEach), u"-"_s);
}

// A co-creation process at its largest: 5,000 fichas scored by 50 scorers
// on the five default criteria (1.25 million scores), 500 advanced and 5
// selected. The ranking is recomputed in-process from the tallies, as the
// window does after each score; the reasoned response is printed whole.
void benchProcess(const QTemporaryDir &dir, int initiatives, int scorers, int runs)
{
    auto file = EventFile::create(dir.filePath(u"process-%1.taller"_s.arg(initiatives)));
    orFail(file);
    EventFile &f = **file;
    ProcessRepository repository(f);
    orFail(repository.ensureProcess(u"Gobierno Regional La Libertad"_s));
    QList<Initiative> list;
    for (int i = 0; i < initiatives; ++i) {
        Initiative ini;
        ini.organisation = u"Gerencia Regional %1"_s.arg(i % 40 + 1);
        for (FichaField field : valuesOf<FichaField>())
            ini.field(field) = u"%1 de la iniciativa %2, con su texto completo para el informe"_s.arg(displayNameOf(field)).arg(i + 1);
        list.append(ini);
    }
    orFail(InitiativeRepository(f).addInitiatives(list));
    const QList<Criterion> criteria = *repository.criteria();
    std::mt19937 random(7);
    QElapsedTimer load;
    load.start();
    Status scored = f.write([&]() -> Status {
        SqlStatement insert(f.database(), u"INSERT INTO initiative_score (initiative_id, stage, criterion_id, scorer, value, at) "
                                          "VALUES (?, 2, ?, ?, ?, '2026-11-27T10:00:00.000Z')"_s);
        for (const Initiative &ini : std::as_const(list)) {
            for (int s = 0; s < scorers; ++s) {
                for (const Criterion &c : criteria) {
                    insert.bind(ini.id).bind(c.id).bind(u"Mesa %1"_s.arg(s + 1)).bind(int(random() % 5) + 1);
                    TRY(insert.exec());
                }
            }
        }
        return {};
    });
    orFail(scored);
    std::printf("  (%d scores written in %.0f ms)\n", initiatives * scorers * int(criteria.size()), double(load.elapsed()));

    std::vector<double> fromFile;
    QHash<qint64, Tally> tallies;
    for (int run = 0; run < std::max(1, runs / 4); ++run) {
        QElapsedTimer timer;
        timer.start();
        tallies = *ScoringRepository(f).tallies(2, StageMethod::Scores);
        fromFile.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    report(u"process: tallies read, %1 × %2 scorers"_s.arg(initiatives).arg(scorers), stats(fromFile), u"-"_s);

    QList<qint64> candidates;
    for (const Initiative &ini : std::as_const(list))
        candidates.append(ini.id);
    std::vector<double> ms;
    for (int run = 0; run < runs * 5; ++run) {
        // One more score comes in; the ranking follows.
        Tally &t = tallies[candidates[run % candidates.size()]];
        t.weighted += 3 * criteria.first().weight;
        t.weights += criteria.first().weight;
        QElapsedTimer timer;
        timer.start();
        const Ranking ranking = Ranking::compute(candidates, tallies, StageMethod::Scores);
        if (ranking.size() != initiatives)
            qFatal("ranking lost initiatives");
        ms.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    report(u"process: ranking recomputed, %1 initiatives"_s.arg(initiatives), stats(ms), u"< 50 ms"_s);

    auto top = ScoringRepository(f).ranking(2);
    InitiativeDecisionRepository decisions(f);
    if (!top || !decisions.advance(3, top->top(500), {}) || !decisions.select(top->top(5), {}))
        qFatal("could not advance and select");
    ms.clear();
    for (int run = 0; run < std::max(1, runs / 4); ++run) {
        QElapsedTimer timer;
        timer.start();
        auto document = ProcessDocument::reasonedResponse(f);
        orFail(document);
        std::printf("  (built in %.0f ms)\n", double(timer.elapsed()));
        orFail(document->writePdf(dir.filePath(u"respuesta.pdf"_s)));
        ms.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    report(u"process: reasoned response, %1 initiatives"_s.arg(initiatives), stats(ms), u"< 5 s"_s);
}

} // namespace

// From opening an event to the window's first page drawn, as a person
// double-clicking the file waits for it.
void benchWindow(const QTemporaryDir &dir, int attendees, int runs, const QString &goal)
{
    QString path;
    {
        auto file = eventWith(dir, attendees);
        path = file->path();
    }
    std::vector<double> ms;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        MainWindow window;
        if (!window.openEvent(path))
            qFatal("cannot open %s", qPrintable(path));
        window.show();
        (void)window.grab();
        ms.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    report(u"window opened and drawn, %1 attendees"_s.arg(attendees), stats(ms), goal);
}

// The hub (`serve`, a process of its own) and three desks joined to it in
// this process, 5,000 attendees: how long a check-in made at one desk takes
// to show in another desk's counts, and what the hub costs (resident memory,
// CPU) while the three desks check in 50 people a minute each.
struct HubProcess
{
    QProcess process;
    QByteArray firstLine;
    QString pairing;
    qint64 pid = 0;

    HubProcess(const QString &event, const QString &home)
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"XDG_DATA_HOME"_s, home);
        process.setProcessEnvironment(environment);
        process.start(QString::fromUtf8(TALLER_CLI_PATH),
                      {u"serve"_s, event, u"--bind"_s, u"127.0.0.1"_s, u"--port"_s, u"0"_s, u"--json"_s});
        if (!process.waitForStarted(30000) || !process.waitForReadyRead(30000))
            qFatal("serve did not start: %s", process.readAllStandardError().constData());
        while (!process.canReadLine())
            process.waitForReadyRead(1000);
        firstLine = process.readLine();
        pairing = QJsonDocument::fromJson(firstLine).object().value(u"pairing"_s).toString();
        pid = process.processId();
    }
    ~HubProcess()
    {
        process.terminate();
        process.waitForFinished(10000);
    }
    QString newPairing(const QString &event) const
    {
        QProcess cli;
        cli.start(QString::fromUtf8(TALLER_CLI_PATH), {u"pairing"_s, event});
        cli.waitForFinished(30000);
        return QString::fromUtf8(cli.readAllStandardOutput()).trimmed();
    }
    // Resident memory in MiB, and CPU seconds used so far.
    double residentMiB() const
    {
        QFile status(u"/proc/%1/status"_s.arg(pid));
        status.open(QIODevice::ReadOnly);
        for (const QByteArray &line : status.readAll().split('\n')) {
            if (line.startsWith("VmRSS:"))
                return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
        }
        return 0;
    }
    double cpuSeconds() const
    {
        QFile stat(u"/proc/%1/stat"_s.arg(pid));
        stat.open(QIODevice::ReadOnly);
        const QList<QByteArray> fields = stat.readAll().split(')').last().trimmed().split(' ');
        // utime and stime: fields 14 and 15 of the whole line, 12 and 13 here.
        return (fields.value(11).toDouble() + fields.value(12).toDouble()) / double(sysconf(_SC_CLK_TCK));
    }
};

void waitFor(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer waited;
    waited.start();
    while (!done() && waited.elapsed() < timeoutMs)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
}

// An event of attendees people at path, and their documents.
QList<QString> eventWithDocuments(const QString &path, int attendees)
{
    orFail(EventService::create(path, EventTemplates::palacioDeHierro(QDate(2016, 6, 29)), attendees));
    auto session = EventSession::open(path);
    orFail(session);
    const auto people = RegistrationService(**session).attendees();
    orFail(people);
    QList<QString> documents;
    for (const Attendee &a : *people)
        documents.append(a.documentNumber);
    return documents;
}

// count desks joined to hub, each a copy in dir opened here with its link
// started, once all are online.
struct Desks
{
    std::vector<std::unique_ptr<EventSession>> sessions;
    std::vector<std::unique_ptr<DeskLink>> links;

    Desks(const QTemporaryDir &dir, const QString &prefix, const HubProcess &hub, const QString &hubFile, int count)
    {
        for (int d = 0; d < count; ++d) {
            const QString copy = dir.filePath(u"%1-%2.taller"_s.arg(prefix).arg(d));
            const auto code = PairingCode::parse(d == 0 ? hub.pairing : hub.newPairing(hubFile));
            orFail(code);
            orFail(DeskLink::join(*code, copy, u"Registro %1"_s.arg(d + 1), 30000));
            auto session = EventSession::open(copy);
            orFail(session);
            sessions.push_back(std::move(session.value()));
            links.push_back(std::make_unique<DeskLink>(*sessions.back()));
            links.back()->start();
        }
        waitFor([&] { return std::all_of(links.begin(), links.end(), [](const auto &l) { return l->state() == DeskLink::State::Online; }); },
                30000);
    }
    void waitUntilSent()
    {
        waitFor([&] { return std::all_of(links.begin(), links.end(), [](const auto &l) { return l->queued() == 0; }); }, 10000);
    }
};

void benchHub(const QTemporaryDir &dir, int attendees, int samples, int loadSeconds)
{
    const QString hubFile = dir.filePath(u"hub.taller"_s);
    const QList<QString> documents = eventWithDocuments(hubFile, attendees);
    HubProcess hub(hubFile, dir.filePath(u"hub-home"_s));
    Desks team(dir, u"desk"_s, hub, hubFile, 3);
    auto &desks = team.sessions;
    int next = 0;
    std::vector<double> ms;
    for (int i = 0; i < samples; ++i) {
        const int from = i % 3;
        const int to = (i + 1) % 3;
        const int before = RegistrationService(*desks[to]).checkedInCount().value_or(0);
        QElapsedTimer timer;
        timer.start();
        orFail(RegistrationService(*desks[from]).checkInByDocument(documents.at(next++)));
        waitFor([&] { return RegistrationService(*desks[to]).checkedInCount().value_or(0) > before; }, 10000);
        ms.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    report(u"check-in at one desk shown at another (3 desks, %1)"_s.arg(attendees), stats(ms), u"p95 < 1 s"_s);

    // 50 a minute at each desk: one every 1.2 s, the desks out of step.
    const double cpuBefore = hub.cpuSeconds();
    double peakMiB = hub.residentMiB();
    QElapsedTimer running;
    running.start();
    std::vector<QTimer *> timers;
    for (int d = 0; d < 3; ++d) {
        auto *timer = new QTimer;
        QObject::connect(timer, &QTimer::timeout, [&, d] {
            if (next < documents.size())
                (void)RegistrationService(*desks[d]).checkInByDocument(documents.at(next++));
        });
        QTimer::singleShot(d * 400, timer, [timer] { timer->start(1200); });
        timers.push_back(timer);
    }
    while (running.elapsed() < loadSeconds * 1000) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        peakMiB = std::max(peakMiB, hub.residentMiB());
    }
    for (QTimer *timer : timers)
        delete timer;
    team.waitUntilSent();
    const double cpu = hub.cpuSeconds() - cpuBefore;
    std::printf("%-44s %d check-ins in %d s: hub CPU %.1f %% of one core, resident memory peak %.1f MiB\n",
                "hub under three desks at 50/min each", next - samples, loadSeconds, 100.0 * cpu / loadSeconds, peakMiB);
}

// Five mesas typing at once: each mesa's page saving a field every two
// seconds over HTTPS, a projector page listening, and two desks checking
// people in, against `serve` with 5,000 attendees. Reports the saves'
// latency, whether every save is in the file afterwards, and how long the
// hub takes to answer a ping meanwhile (its event loop: what the window's
// responsiveness depends on).
void benchWeb(const QTemporaryDir &dir, int seconds)
{
    const QString hubFile = dir.filePath(u"web-hub.taller"_s);
    const QList<QString> documents = eventWithDocuments(hubFile, 5000);
    HubProcess hub(hubFile, dir.filePath(u"web-home"_s));
    const QJsonObject served = QJsonDocument::fromJson(hub.firstLine).object();
    const QJsonObject mesas = served.value(u"mesas"_s).toObject();
    const QString fingerprint = served.value(u"fingerprint"_s).toString();

    QNetworkAccessManager network;
    const auto trust = [fingerprint](QNetworkReply *reply) {
        QObject::connect(reply, &QNetworkReply::sslErrors, reply, [reply, fingerprint](const QList<QSslError> &errors) {
            if (!errors.isEmpty() && HubCertificate::fingerprintOf(errors.first().certificate()) == fingerprint)
                reply->ignoreSslErrors(errors);
        });
    };
    const auto api = [](QString link) { return link.replace(u"/mesa/"_s, u"/api/mesa/"_s); };
    const auto send = [&](const QByteArray &verb, const QUrl &url, const QJsonObject &body) {
        QNetworkRequest request(url);
        request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
        QNetworkReply *reply = network.sendCustomRequest(request, verb, QJsonDocument(body).toJson(QJsonDocument::Compact));
        trust(reply);
        return reply;
    };

    // Each mesa makes its commitment, then keeps saving its indicator.
    struct Mesa
    {
        QString api;
        qint64 id = 0;
        qint64 revision = 0;
        int saved = 0;
        QString lastText;
        bool busy = false;
    };
    std::vector<Mesa> pages;
    for (auto it = mesas.constBegin(); it != mesas.constEnd(); ++it) {
        Mesa page;
        page.api = api(it.value().toString());
        QNetworkReply *reply = send("POST", QUrl(page.api + u"/commitments"_s),
                                    {{u"clientKey"_s, it.key()}, {u"title"_s, u"Compromiso de "_s + it.key()}});
        waitFor([reply] { return reply->isFinished(); }, 10000);
        const QJsonObject made = QJsonDocument::fromJson(reply->readAll()).object();
        reply->deleteLater();
        page.id = made.value(u"id"_s).toInteger();
        page.revision = made.value(u"revision"_s).toInteger();
        if (page.id == 0)
            qFatal("the mesa's page could not create a commitment");
        pages.push_back(page);
    }
    // A projector listening.
    QString projector = served.value(u"projector"_s).toString();
    projector.replace(u"/projector/"_s, u"/api/projector/"_s);
    QNetworkReply *events = network.get(QNetworkRequest(QUrl(projector + u"/events"_s)));
    trust(events);
    int projectorUpdates = 0;
    QObject::connect(events, &QNetworkReply::readyRead, [&] { projectorUpdates += int(events->readAll().count("event: state")); });

    Desks team(dir, u"web-desk"_s, hub, hubFile, 2);
    auto &desks = team.sessions;

    // The hub's event loop, pinged through the desks' door.
    QWebSocket *ping = pinnedSocket(fingerprint, nullptr, [](const QString &) {});
    std::vector<double> pingMs;
    QElapsedTimer pingClock;
    QObject::connect(ping, &QWebSocket::textMessageReceived, [&](const QString &) {
        pingMs.push_back(double(pingClock.nsecsElapsed()) / 1e6);
    });
    ping->open(QUrl(u"wss://127.0.0.1:%1/desk"_s.arg(served.value(u"port"_s).toInt())));
    waitFor([ping] { return ping->state() == QAbstractSocket::ConnectedState; }, 10000);

    std::vector<double> saveMs;
    int next = 0;
    int lost = 0;
    QElapsedTimer running;
    running.start();
    qint64 lastPing = -1000;
    std::vector<qint64> lastSave(pages.size(), -100000);
    std::vector<qint64> lastCheckin(2, 0);
    while (running.elapsed() < seconds * 1000) {
        const qint64 now = running.elapsed();
        for (size_t m = 0; m < pages.size(); ++m) {
            Mesa &page = pages[m];
            if (page.busy || now - lastSave[m] < 2000 + qint64(m) * 37)
                continue;
            lastSave[m] = now;
            page.busy = true;
            const QString text = u"Indicador, versión %1"_s.arg(page.saved + 1);
            auto *timer = new QElapsedTimer;
            timer->start();
            QNetworkReply *reply = send("PUT", QUrl(page.api + u"/commitments/%1"_s.arg(page.id)),
                                        {{u"baseRevision"_s, page.revision}, {u"indicator"_s, text}});
            QObject::connect(reply, &QNetworkReply::finished, [&, reply, timer, text, m] {
                Mesa &p = pages[m];
                saveMs.push_back(double(timer->nsecsElapsed()) / 1e6);
                delete timer;
                const QJsonObject saved = QJsonDocument::fromJson(reply->readAll()).object();
                if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 200) {
                    p.revision = saved.value(u"revision"_s).toInteger();
                    p.lastText = text;
                    ++p.saved;
                } else {
                    ++lost;
                }
                p.busy = false;
                reply->deleteLater();
            });
        }
        for (int d = 0; d < 2; ++d) {
            if (now - lastCheckin[d] >= 1200 && next < documents.size()) {
                lastCheckin[d] = now;
                (void)RegistrationService(*desks[size_t(d)]).checkInByDocument(documents.at(next++));
            }
        }
        if (now - lastPing >= 200 && ping->state() == QAbstractSocket::ConnectedState) {
            lastPing = now;
            pingClock.start();
            ping->sendTextMessage(u"{\"type\":\"ping\"}"_s);
        }
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    }
    waitFor([&] { return std::none_of(pages.begin(), pages.end(), [](const Mesa &p) { return p.busy; }); }, 10000);
    team.waitUntilSent();
    report(u"mesa page save, 5 mesas every 2 s + 2 desks"_s, stats(saveMs), u"p95 < 300 ms"_s);
    report(u"hub ping meanwhile (its event loop)"_s, stats(pingMs), u"-"_s);
    hub.process.terminate();
    hub.process.waitForFinished(10000);
    // Every save is in the file.
    int missing = lost;
    auto session = EventSession::open(hubFile);
    orFail(session);
    for (const Mesa &page : pages) {
        const auto stored = MesasService(**session).commitment(page.id);
        if (!stored || !stored->has_value() || stored->value().indicator != page.lastText)
            ++missing;
    }
    std::printf("%-44s %d saves, %d check-ins, %d projector updates; saves missing from the file: %d\n", "web load",
                int(saveMs.size()), next, projectorUpdates, missing);
    delete ping;
}

// taller-bench [--quick] runs every figure; --window, --process or
// --participants runs only those.
int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    std::setvbuf(stdout, nullptr, _IOLBF, 0);
    QApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    const bool quick = arguments.contains(u"--quick"_s);
    QTemporaryDir dir;
    std::printf("Taller Abierto benchmarks%s\n\n", quick ? " (quick)" : "");

    if (arguments.contains(u"--web"_s)) {
        benchWeb(dir, quick ? 20 : 60);
        return 0;
    }
    if (arguments.contains(u"--hub"_s)) {
        benchHub(dir, 5000, quick ? 30 : 150, quick ? 20 : 60);
        return 0;
    }
    if (arguments.contains(u"--process"_s)) {
        const int scorers = qEnvironmentVariableIntValue("TALLER_BENCH_SCORERS");
        benchProcess(dir, 5000, scorers > 0 ? scorers : 50, quick ? 4 : 8);
        return 0;
    }
    if (!arguments.contains(u"--participants"_s)) {
        benchWindow(dir, 50, quick ? 3 : 10, u"-"_s);
        benchWindow(dir, 100000, quick ? 2 : 5, u"within 3 × the 50-attendee figure"_s);
        if (arguments.contains(u"--window"_s))
            return 0;
        benchSearch(dir, 50, quick ? 100 : 1000, u"-"_s);
        benchSearch(dir, 5000, quick ? 100 : 1000, u"p95 < 2 ms"_s);
        if (!quick)
            benchSearch(dir, 100000, 1000, u"p95 < 20 ms"_s);
        benchCheckin(dir, quick ? 50 : 500);
        benchImport(dir, quick ? 2 : 7);
        benchSpreadsheetImport(dir, quick ? 2 : 7);
        benchCheckinDuringImport(dir, quick ? 20000 : 100000);
        benchAttendanceSheet(dir, 50, quick ? 3 : 15, u"< 150 ms"_s);
        benchAttendanceSheet(dir, 5000, quick ? 1 : 5, u"< 2 s"_s);
        if (!quick)
            benchAttendanceSheet(dir, 100000, 1, u"-"_s);
    }
    auto present = eventPresent(dir, 5000);
    benchBadges(dir, *present, 5000, quick ? 1 : 5, u"< 5 s"_s);
    benchCertificates(dir, *present, 5000, quick ? 1 : 5, u"< 5 s"_s);
    return 0;
}

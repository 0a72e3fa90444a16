#include "TestSupport.h"

#include <QPushButton>
#include <QTest>
#include <QApplication>

#include "EventService.h"
#include "EventSession.h"
#include "registration/AttendeeRepository.h"

#include <cstdio>
#include <cstdlib>

#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>

namespace taller::test {

using namespace Qt::StringLiterals;

bool ContainsAll::match(const QString &text) const
{
    m_missing.clear();
    for (const QString &expected : m_expected) {
        if (!text.contains(expected))
            m_missing.append(expected);
    }
    return m_missing.isEmpty();
}

std::string ContainsAll::describe() const
{
    return "contains every expected string; missing: \"" + m_missing.join(u"\", \""_s).toStdString() + '"';
}

CliResult runCli(const QStringList &args, const QByteArray &stdinData, const QStringList &extraEnvironment)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const QString &assignment : extraEnvironment)
        environment.insert(assignment.section(u'=', 0, 0), assignment.section(u'=', 1));
    process.setProcessEnvironment(environment);
    process.start(QString::fromUtf8(TALLER_CLI_PATH), args);
    const std::string command = (u"taller-abierto-cli "_s + args.join(u' ')).toStdString();
    // A command that did not run, hung or crashed is a failed test, never an
    // exit code a test could take for success.
    if (!process.waitForStarted(30000))
        FAIL(command << ": did not start: " << process.errorString().toStdString());
    if (!stdinData.isEmpty())
        process.write(stdinData);
    process.closeWriteChannel();
    if (!process.waitForFinished(CliTimeoutMs)) {
        process.kill();
        process.waitForFinished(5000);
        FAIL(command << ": did not finish within " << CliTimeoutMs / 1000 << " s");
    }
    const CliResult result{process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                           QString::fromUtf8(process.readAllStandardError())};
    if (process.exitStatus() != QProcess::NormalExit)
        FAIL(command << ": crashed\n" << result.err.toStdString());
    return result;
}

QString pdfText(const QString &pdfPath)
{
    QProcess process;
    process.start(QString::fromUtf8(PDFTOTEXT_PATH), {pdfPath, u"-"_s});
    process.waitForFinished(60000);
    return QString::fromUtf8(process.readAllStandardOutput());
}

int pdfPageCount(const QString &pdfPath)
{
    // pdftotext separates pages with form feeds.
    return int(pdfText(pdfPath).count(u'\f'));
}

QString printedInSpanish(const QStringList &args, const QString &pdf)
{
    const auto printed = runCli(QStringList{u"print"_s} + args, {}, {u"LC_ALL=es_PE.UTF-8"_s, u"LANGUAGE=es"_s});
    INFO(printed.err.toStdString());
    REQUIRE(printed.exitCode == 0);
    return pdfText(pdf);
}

PrintedDocument trialDocument(const QString &title)
{
    PrintedDocument document(u"Prueba"_s);
    document.setRunningHeader(u"Taller de prueba"_s, u"Trujillo"_s);
    document.addTitle(title);
    return document;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.write(bytes) == bytes.size());
}

QString testDataPath(const QString &name)
{
    return QString::fromUtf8(TALLER_TEST_DATA) + u'/' + name;
}

QString copyOfFixture(const QTemporaryDir &dir, const QString &name, const QString &copyName)
{
    const QString path = dir.filePath(copyName.isEmpty() ? name : copyName);
    REQUIRE(QFile::copy(testDataPath(name), path));
    REQUIRE(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner));
    return path;
}

ActaFixture copyOfActaFixture(const QTemporaryDir &dir, const QString &copyName)
{
    ActaFixture acta{copyOfFixture(dir, u"acta-0.1.0.taller"_s, copyName),
                     QString::fromUtf8(readAll(testDataPath(u"acta-0.1.0.fingerprint"_s))).trimmed()};
    REQUIRE(acta.fingerprint.size() == 64);
    return acta;
}

QString newBlankEvent(const QTemporaryDir &dir, const QString &name)
{
    const QString path = dir.filePath(name);
    REQUIRE(runCli({u"new"_s, path, u"--template"_s, u"blank"_s}).exitCode == 0);
    return path;
}

QJsonArray newEventWithSampleAttendees(const QString &path, int count)
{
    REQUIRE(runCli({u"new"_s, path, u"--sample-attendees"_s, QString::number(count)}).exitCode == 0);
    return QJsonDocument::fromJson(runCli({u"attendees"_s, path, u"--json"_s}).out.toUtf8()).array();
}

std::unique_ptr<EventFile> eventWithFourPeople(const QString &path)
{
    auto created = createEvent(path, EventTemplates::palacioDeHierro(QDate(2016, 6, 29)));
    REQUIRE(created.ok());
    std::unique_ptr<EventFile> file = std::move(created.value());
    QList<Attendee> people = {
        person(u"María José"_s, u"Núñez Peña"_s, u"01234567"_s, u"Colectivo Ñandú"_s, Sector::CivilSociety),
        person(u"José"_s, u"Ibáñez Saldaña"_s, u"45678912"_s, u"Universidad Nacional de Trujillo"_s, Sector::Academia),
        person(u"Rocío"_s, u"Chávez"_s, u"87654321"_s, u"Gerencia Regional de Educación"_s, Sector::PublicSector),
        person(u"Carlos"_s, u"Muñoz"_s, u"11223344"_s, u"Núñez y Asociados"_s, Sector::Business),
    };
    REQUIRE(AttendeeRepository(*file).addAll(people).ok());
    return file;
}

std::unique_ptr<EventFile> eventAtSchemaVersion(const QString &path, int version)
{
    auto old = EventFile::createAtSchemaVersion(path, version);
    REQUIRE(old.ok());
    CHECK((*old)->schemaVersion() == version);
    return std::move(old.value());
}

QByteArray checkinInput(const QJsonArray &attendees)
{
    QByteArray input;
    for (const QJsonValue &a : attendees)
        input += a[u"document"_s].toString().toUtf8() + '\n';
    return input;
}

Commitment commitmentInFull(const QString &mesaCode, const QString &title)
{
    Commitment c;
    c.mesaCode = mesaCode;
    c.title = title;
    c.problem = u"Información dispersa"_s;
    c.description = u"Publicar"_s;
    c.actions = u"Implementar el portal"_s;
    c.responsible = u"Sub Gerencia de TI"_s;
    c.participants = u"Sociedad civil"_s;
    c.resources = u"S/ 50 000"_s;
    c.deadline = u"Diciembre 2017"_s;
    c.indicator = u"Conjuntos publicados"_s;
    c.values = {OgpValue::Transparency};
    return c;
}

Attendee person(const QString &given, const QString &surnames, const QString &document, const QString &organisation,
                Sector sector)
{
    Attendee a;
    a.givenNames = given;
    a.surnames = surnames;
    a.documentNumber = document;
    a.organisation = organisation;
    a.sector = sector;
    return a;
}

void skip(const char *why)
{
    std::fprintf(stderr, "SKIPPED: %s\n", why);
    std::fflush(stderr);
    std::_Exit(SkipExitCode);
}

Result<std::unique_ptr<EventFile>> createEvent(const QString &path, const EventTemplate &eventTemplate, int sampleCount)
{
    TRY(EventService::create(path, eventTemplate, sampleCount));
    return EventFile::open(path);
}

std::unique_ptr<EventSession> newEventSession(const QString &path, int sampleCount)
{
    auto file = createEvent(path, EventTemplates::palacioDeHierro(QDate(2016, 6, 29)), sampleCount);
    INFO(file.errorMessage().toStdString());
    REQUIRE(file.ok());
    return std::make_unique<EventSession>(std::move(file.value()));
}

QString sqlite(const QString &path, const QString &sql)
{
    QProcess shell;
    shell.start(u"sqlite3"_s, {path, sql});
    shell.waitForFinished();
    INFO(shell.readAllStandardError().toStdString());
    REQUIRE(shell.exitCode() == 0);
    return QString::fromUtf8(shell.readAllStandardOutput()).trimmed();
}

QString tamper(const QString &path, const QString &sql)
{
    const QString guards = u"FROM sqlite_master WHERE type = 'trigger' AND name GLOB 'frozen_*'"_s;
    const QString drop = sqlite(path, u"SELECT group_concat('DROP TRIGGER ' || name || ';', ' ') "_s + guards);
    const QString restore = sqlite(path, u"SELECT group_concat(sql || ';', char(10)) "_s + guards);
    return sqlite(path, u"BEGIN;\n"_s + drop + u"\n"_s + sql + u";\n"_s + restore + u"\nCOMMIT;"_s);
}

void checkTamperCaught(const QString &path, const QString &sql, const QString &expected, const QStringList &verifyOptions)
{
    tamper(path, sql);
    const auto result = runCli(QStringList{u"verify"_s, path} + verifyOptions);
    INFO(sql.toStdString() << "\n" << result.out.toStdString() << result.err.toStdString());
    CHECK(result.exitCode == 1);
    CHECK(result.out.contains(expected));
}

void showActive(QWidget &widget, QSize size)
{
    widget.resize(size);
    widget.show();
    QApplication::setActiveWindow(&widget);
    REQUIRE(QTest::qWaitForWindowActive(&widget));
}

QPushButton *buttonNamed(QWidget *page, const QString &text)
{
    for (QPushButton *button : page->findChildren<QPushButton *>())
        if (button->text() == text)
            return button;
    FAIL("no button " << text.toStdString());
    return nullptr;
}

} // namespace taller::test

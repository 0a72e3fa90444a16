#pragma once

#include <catch2/catch.hpp>

#include "base/Clock.h"
#include "base/EventFile.h"
#include "mesas/Commitment.h"
#include "printing/PrintedDocument.h"
#include "registration/Attendee.h"
#include "templates/Templates.h"

#include <QByteArray>
#include <QJsonArray>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace Catch {
template <>
struct StringMaker<QString>
{
    static std::string convert(const QString &value) { return '"' + value.toStdString() + '"'; }
};
template <>
struct StringMaker<QByteArray>
{
    static std::string convert(const QByteArray &value) { return '"' + value.toStdString() + '"'; }
};
} // namespace Catch

class QPushButton;
class QSize;
class QWidget;

namespace taller {
class EventSession;
}

namespace taller::test {

// CHECK_THAT(text, ContainsAll({...})): every string is in the text; a
// failure names each one that is not.
class ContainsAll : public Catch::MatcherBase<QString>
{
public:
    explicit ContainsAll(QStringList expected) : m_expected(std::move(expected)) {}
    bool match(const QString &text) const override;
    std::string describe() const override;

private:
    QStringList m_expected;
    mutable QStringList m_missing;
};

// A clock the test sets, installed for the scope of one test.
class FixedClock : public Clock
{
public:
    explicit FixedClock(QDateTime at) : time(std::move(at)) { Clock::setInstance(this); }
    ~FixedClock() override { Clock::setInstance(nullptr); }
    FixedClock(const FixedClock &) = delete;
    FixedClock &operator=(const FixedClock &) = delete;

    QDateTime now() const override { return time; }
    QDateTime time;
};

struct CliResult
{
    int exitCode = -1;
    QString out;
    QString err;
};

constexpr int CliTimeoutMs = 120000;

// Runs taller-abierto-cli with args, feeding stdinData; environment as the
// test process has it plus extraEnvironment ("NAME=value"). The test fails
// when the program does not start, crashes, or runs past CliTimeoutMs.
CliResult runCli(const QStringList &args, const QByteArray &stdinData = {},
                 const QStringList &extraEnvironment = {});

// Ends a test that cannot run here, reported by CTest as skipped (exit code
// SkipExitCode, declared in tests/CMakeLists.txt), never as passed. CTest runs
// each test in a process of its own, so the rest of the run goes on.
constexpr int SkipExitCode = 77;
[[noreturn]] void skip(const char *why);

// An event file made from a template by the service the window and the CLI
// use, opened for a test to read and write through the slices.
Result<std::unique_ptr<EventFile>> createEvent(const QString &path, const EventTemplate &eventTemplate, int sampleCount = 0);

// A new event at path made from the Palacio de Hierro template (29 June 2016)
// with sampleCount sample attendees, open as the window holds one.
std::unique_ptr<EventSession> newEventSession(const QString &path, int sampleCount = 0);

// Runs `print` with args, which write the PDF pdf, as a desk in Peru working
// in Spanish would; returns the PDF's text. The test fails when printing does.
QString printedInSpanish(const QStringList &args, const QString &pdf);

// An event file at path as schema version made it, for the migrations to
// bring forward.
std::unique_ptr<EventFile> eventAtSchemaVersion(const QString &path, int version);

// A document as the printing tests start one: the running header of a trial
// event, then title.
PrintedDocument trialDocument(const QString &title);

// The text pdftotext extracts from a PDF (in reading order).
QString pdfText(const QString &pdfPath);
int pdfPageCount(const QString &pdfPath);

QByteArray readAll(const QString &path);
// Runs SQL on the file with the sqlite3 shell, as a person editing it behind
// the program's back would; returns what it printed. Fails the test when the
// shell fails.
QString sqlite(const QString &path, const QString &sql);
// Runs sql on the file with the sqlite3 shell as an adversary who knows the
// file guards a closed acta would: the triggers that refuse a change to what
// an acta froze (named frozen_*) are dropped, sql is run, and they are put
// back as they were, all in one transaction, so the file looks untouched to
// anything but verify. Fails the test when the shell fails.
QString tamper(const QString &path, const QString &sql);
// Tampers with the file by sql (as tamper() does), then checks that
// `verify FILE verifyOptions…` fails and names what changed (expected).
void checkTamperCaught(const QString &path, const QString &sql, const QString &expected, const QStringList &verifyOptions = {});
// Writes bytes to path whole; the test fails when it cannot.
void writeFile(const QString &path, const QByteArray &bytes);
QString testDataPath(const QString &name);
// The push button under page that reads text (mnemonic included); the test
// fails when there is none.
QPushButton *buttonNamed(QWidget *page, const QString &text);
// Shows widget at size as the active window, so that key presses reach it;
// the test fails when it does not become active.
void showActive(QWidget &widget, QSize size);

// A writable copy in dir of the file testdata/name, under copyName (name
// when empty); returns its path.
QString copyOfFixture(const QTemporaryDir &dir, const QString &name, const QString &copyName = {});
// The acta closed and signed by version 0.1.0 (testdata/acta-0.1.0.taller):
// a writable copy in dir under copyName, and the fingerprint printed on its
// paper.
struct ActaFixture
{
    QString path;
    QString fingerprint;
};
ActaFixture copyOfActaFixture(const QTemporaryDir &dir, const QString &copyName = {});

// A new event in dir under name, made by the CLI from the blank template
// (no programme, no mesas, nobody registered), for an import to fill; returns
// its path.
QString newBlankEvent(const QTemporaryDir &dir, const QString &name);

// A new event at path, made by the CLI with count sample attendees; returns
// them as `attendees --json` lists them.
QJsonArray newEventWithSampleAttendees(const QString &path, int count);

// An event of the Palacio de Hierro template (29 June 2016) at path with four
// people registered, none seated: names with accents and ñ, four sectors.
std::unique_ptr<EventFile> eventWithFourPeople(const QString &path);

// What a barcode reader feeds `checkin --stdin`: the document of each of
// attendees (as `attendees --json` lists them), one a line.
QByteArray checkinInput(const QJsonArray &attendees);

// A commitment as a mesa writes it, every part of its form filled in (so it
// is measurable); what the plenary made of it is the caller's to say.
Commitment commitmentInFull(const QString &mesaCode, const QString &title);

// A person as a registration form gives them.
Attendee person(const QString &given, const QString &surnames, const QString &document, const QString &organisation,
                Sector sector);

} // namespace taller::test

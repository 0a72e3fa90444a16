#pragma once

#include "base/Result.h"
#include "printing/PdfSignature.h"
#include "printing/PrintedDocument.h"
#include "EventSession.h"
#include "tabular/ColumnMap.h"
#include "tabular/ImportProblem.h"
#include "tabular/TabularReader.h"
#include "tabular/TabularWriter.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonValue>
#include <QIODevice>
#include <QTextStream>

#include <cstdio>

#include <functional>
#include <memory>

namespace taller::cli {

// Exit codes: 0 done, 1 the work failed (bad file, bad data), 2 the command
// line itself was wrong.
enum ExitCode { Success = 0, Failure = 1, UsageError = 2 };

// Standard output or error as the terminal receives it: text that came from
// files (names, sectors, a CSV's cells) cannot carry control characters to
// the terminal. Each C0 control but newline and tab becomes its visible
// picture (ESC as U+241B "␛", DEL as U+2421 "␡") and each C1 control
// (U+0080-U+009F, CSI among them) becomes "<U+009B>". Safe at the byte level:
// in UTF-8 those bytes never occur inside another character.
class VisibleOutput : public QIODevice
{
public:
    explicit VisibleOutput(FILE *stream);
    bool isSequential() const override { return true; }
    // Whether every byte reached the stream, flushed.
    bool flushed();

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *data, qint64 size) override;

private:
    FILE *m_stream;
    bool m_pendingC2 = false;
    bool m_failed = false;
};

using Outcome = Result<int>;

// The meeting a verb acts on: always the workshop, or any meeting of the
// process, chosen with --meeting ID (the workshop when none is given).
enum class Scope { Workshop, AnyMeeting };

// What --json prints, for a verb that offers it: the list or the thing the
// verb shows, or a report of what it did.
enum class JsonOutput { None, Listing, Report };

// A positional argument: its name in the usage line and its help.
using Positional = std::pair<QString, QString>;

// One run of one verb: its arguments, where it writes, and the helpers every
// verb shares (parsing with --help, opening the event, reporting an error).
class Invocation
{
    Q_DECLARE_TR_FUNCTIONS(taller::cli::Invocation)
public:
    Invocation(QString verb, QStringList arguments, Scope scope = Scope::Workshop);

    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }

    // The verb's own options, added before parse() or open(), and what was
    // given for them afterwards.
    void addOption(const QCommandLineOption &option) { m_parser.addOption(option); }
    void addOptions(const QList<QCommandLineOption> &options) { m_parser.addOptions(options); }
    bool isSet(const QCommandLineOption &option) const { return m_parser.isSet(option); }
    QString value(const QCommandLineOption &option) const { return m_parser.value(option); }
    QStringList values(const QCommandLineOption &option) const { return m_parser.values(option); }
    QStringList positionals() const { return m_parser.positionalArguments(); }
    // Whether --json was asked of a verb that offers it.
    bool json() const { return m_json != JsonOutput::None && m_parser.isSet(QStringLiteral("json")); }

    // Parses the verb's arguments; on --help prints usage and returns false
    // with exitCode() Success; on a usage error prints one line, returns false.
    bool parse(JsonOutput json, const QString &description, const QList<Positional> &positionals = {},
               int requiredPositionals = -1);
    bool parse(const QString &description, const QList<Positional> &positionals = {}, int requiredPositionals = -1)
    {
        return parse(JsonOutput::None, description, positionals, requiredPositionals);
    }
    int exitCode() const { return m_exitCode; }
    // The meeting given with --meeting, checked when the event was opened;
    // the workshop otherwise.
    MeetingRef meeting() const { return m_meeting; }
    bool meetingGiven() const { return !m_meetingText.isEmpty(); }

    // The positional argument FILE, the event file, first of every verb
    // on an event.
    static Positional eventFile();
    // The event a verb works on, or why it cannot: taken with TRY_TAKE.
    using Opened = Result<std::unique_ptr<EventSession>>;
    // Opens the event at path for one verb. The desk defaults to the
    // computer's name.
    Opened openEvent(const QString &path, const QString &desk = {});
    // parse() with FILE and then the verb's own positionals (FILE counts in
    // requiredPositionals), then openEvent() on FILE: the prologue of a verb
    // on an event. When parse() ends the verb, the Error is ended().
    Opened open(JsonOutput json, const QString &description, const QList<Positional> &positionals = {},
                int requiredPositionals = -1);
    Opened open(const QString &description, const QList<Positional> &positionals = {}, int requiredPositionals = -1)
    {
        return open(JsonOutput::None, description, positionals, requiredPositionals);
    }
    // Ends the verb early, all said already (its --help, or a usage error):
    // the Error to return, after which nothing more is reported and the
    // verb exits with exitCode().
    Error ended()
    {
        m_ended = true;
        return Error{};
    }
    bool hasEnded() const { return m_ended; }
    int fail(const QString &message, ExitCode code = Failure);
    // A certificate's password: the first line of the file passwordFile
    // names when given, or asked on the terminal without echo (read from
    // standard input when that is not a terminal). Never an argument.
    Result<QString> password(const QCommandLineOption &passwordFile, const QString &certificatePath);
    // The verb's exit code, made a failure when standard output could not
    // be written.
    int finish(int code);
    int fail(const Error &error) { return fail(error.message); }
    void printJson(const QJsonValue &value, bool compact = false);
    // Says that out was written, or why not.
    int reportWrite(const Status &written, const QString &out);
    // Writes a built document to out as PDF and says so, or reports why not.
    int writePdf(const Result<PrintedDocument> &document, const QString &out);
    // ... signed with certificate when there is one.
    int writePdf(const Result<PrintedDocument> &document, const QString &out, const SigningCertificate *certificate);
    // Writes a list as .xlsx or CSV (by out's ending) and says so.
    int writeSheet(const Result<TabularSheet> &sheet, const QString &out);

    // The whole of a verb FILE OUT with no option of its own that prints
    // the document the event gives to a PDF (OUT named outName in --help)...
    Outcome printToPdf(const QString &description, const std::function<Result<PrintedDocument>(EventSession &)> &document,
                   const QString &outName = QStringLiteral("OUT"));
    // ... or exports the list it gives to .xlsx or CSV.
    Outcome exportToSheet(const QString &description, const std::function<Result<TabularSheet>(EventSession &)> &sheet);

private:
    QString m_verb;
    QStringList m_arguments;
    QCommandLineParser m_parser;
    JsonOutput m_json = JsonOutput::None;
    VisibleOutput m_stdout;
    VisibleOutput m_stderr;
    QTextStream m_out;
    QTextStream m_err;
    int m_exitCode = Success;
    bool m_ended = false;
    Scope m_scope;
    QString m_meetingText;
    MeetingRef m_meeting;
};

// --sheet and --column, shared by every import verb.
struct ImportOptions
{
    QCommandLineOption sheet;
    QCommandLineOption column;

    ImportOptions();
    void addTo(Invocation &cli) const;
    TabularReader::Options readOptions(const Invocation &cli) const;
    QStringList choices(const Invocation &cli) const;
    // The prologue of an import verb FILE LIST: parsed with --json for its
    // report, each --column checked against fields (HEADER=FIELD with a
    // FIELD of the list), then the event opened, as Invocation::open.
    Invocation::Opened open(Invocation &cli, const QString &description, const Positional &list,
                            const QList<FieldSpec> &fields) const;
};

// --sign CERT.p12 and --password-file FILE, shared by every verb that prints
// a document a certificate may sign. The password comes from the file, or is
// asked on the terminal without echo (read from standard input when that is
// not a terminal); never from the command line.
struct SigningOptions
{
    QCommandLineOption sign;
    QCommandLineOption passwordFile;

    SigningOptions();
    void addTo(Invocation &cli) const;
    // The certificate --sign names, checked (password, validity, key
    // usage); none when --sign is not given.
    Result<std::optional<SigningCertificate>> load(Invocation &cli) const;
};

// The column map of an import for --json: [{"header": …, "field": … or null}].
QJsonValue columnsJson(const QList<MappedColumn> &columns);
// An import's problems for --json: [{"line": …, "kind": "rejected",
// "duplicate" or "warning", "reason": …}].
QJsonValue problemsJson(const QList<ImportProblem> &problems);
// One line a problem, as a person reads it.
void printProblems(QTextStream &out, const QList<ImportProblem> &problems);
// The column map in words, for the plain report: "Nombres → given_names".
QString columnsText(const QList<MappedColumn> &columns);

struct Verb
{
    QString name;
    QString summary;
    std::function<Result<int>(Invocation &)> run;
    Scope scope;
};


int run(const QStringList &arguments);

} // namespace taller::cli

#pragma once

#include "base/Result.h"
#include "printing/PrintedDocument.h"
#include "EventSession.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonValue>
#include <QTextStream>

#include <functional>
#include <memory>

namespace taller::cli {

// Exit codes: 0 done, 1 the work failed (bad file, bad data), 2 the command
// line itself was wrong.
enum ExitCode { Success = 0, Failure = 1, UsageError = 2 };

// One run of one verb: its arguments, where it writes, and the helpers every
// verb shares (parsing with --help, opening the event, reporting an error).
class Invocation
{
    Q_DECLARE_TR_FUNCTIONS(taller::cli::Invocation)
public:
    Invocation(QString verb, QStringList arguments);

    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }

    // Parses the verb's own options; on --help prints usage and returns false
    // with exitCode() Success; on a usage error prints one line, returns false.
    bool parse(QCommandLineParser &parser, const QString &description,
               const QList<std::pair<QString, QString>> &positionals, int requiredPositionals = -1);
    int exitCode() const { return m_exitCode; }

    // Opens the event at path for one verb, or says why not (nullptr). The
    // desk defaults to the computer's name.
    std::unique_ptr<EventSession> openEvent(const QString &path, const QString &desk = {});
    // parse(), then openEvent() on the first positional argument: every
    // verb's prologue. nullptr when the verb is done (--help) or failed.
    std::unique_ptr<EventSession> open(QCommandLineParser &parser, const QString &description,
                                       const QList<std::pair<QString, QString>> &positionals, int requiredPositionals = -1);
    int fail(const QString &message, ExitCode code = Failure);
    int fail(const Error &error) { return fail(error.message); }
    void printJson(const QJsonValue &value, bool compact = false);
    // Writes a built document to out as PDF and says so, or reports why not.
    int writePdf(const Result<PrintedDocument> &document, const QString &out);
    // Writes bytes to out all at once (never half a file) and says so.
    int writeFile(const Result<QByteArray> &bytes, const QString &out);

private:
    QString m_verb;
    QStringList m_arguments;
    QTextStream m_out;
    QTextStream m_err;
    int m_exitCode = Success;
};

struct Verb
{
    QString name;
    QString summary;
    std::function<int(Invocation &)> run;
};

// Registered by each group of commands.
QList<Verb> eventVerbs();
QList<Verb> attendeeVerbs();
QList<Verb> mesaVerbs();
QList<Verb> actaVerbs();
QList<Verb> participantVerbs();
QList<Verb> processVerbs();

int run(const QStringList &arguments);

} // namespace taller::cli

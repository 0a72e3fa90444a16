#include "CommandLine.h"
#include "Verbs.h"

#include "MeetingService.h"

#include <QSysInfo>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <QFile>

#include <termios.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>

namespace taller::cli {

using namespace Qt::StringLiterals;

VisibleOutput::VisibleOutput(FILE *stream)
    : m_stream(stream)
{
    open(QIODevice::WriteOnly | QIODevice::Unbuffered);
}

qint64 VisibleOutput::writeData(const char *data, qint64 size)
{
    QByteArray visible;
    visible.reserve(size + 16);
    for (qint64 i = 0; i < size; ++i) {
        const auto byte = static_cast<unsigned char>(data[i]);
        if (m_pendingC2) {
            m_pendingC2 = false;
            if (byte >= 0x80 && byte <= 0x9f) {
                visible += "<U+00" + QByteArray::number(byte, 16).toUpper() + '>';
                continue;
            }
            visible += char(0xc2);
        }
        if (byte == 0xc2) {
            m_pendingC2 = true;
        } else if (byte < 0x20 && byte != '\n' && byte != '\t') {
            // U+2400 + code: the Control Pictures block, three UTF-8 bytes.
            visible += QString(QChar(0x2400 + byte)).toUtf8();
        } else if (byte == 0x7f) {
            visible += QString(QChar(0x2421)).toUtf8();
        } else {
            visible += char(byte);
        }
    }
    // Passed on at once: what the text stream flushes, the reader sees.
    if (!visible.isEmpty() && std::fwrite(visible.constData(), 1, size_t(visible.size()), m_stream) != size_t(visible.size()))
        m_failed = true;
    if (std::fflush(m_stream) != 0)
        m_failed = true;
    return size;
}

bool VisibleOutput::flushed()
{
    if (m_pendingC2) {
        m_pendingC2 = false;
        if (std::fputc(0xc2, m_stream) == EOF)
            m_failed = true;
    }
    if (std::fflush(m_stream) != 0 || std::ferror(m_stream))
        m_failed = true;
    return !m_failed;
}

Invocation::Invocation(QString verb, QStringList arguments, Scope scope)
    : m_verb(std::move(verb))
    , m_arguments(std::move(arguments))
    , m_stdout(stdout)
    , m_stderr(stderr)
    , m_out(&m_stdout)
    , m_err(&m_stderr)
    , m_scope(scope)
{
    m_out.setEncoding(QStringConverter::Utf8);
    m_err.setEncoding(QStringConverter::Utf8);
}

bool Invocation::parse(JsonOutput json, const QString &description, const QList<Positional> &positionals,
                       int requiredPositionals)
{
    QCommandLineParser &parser = m_parser;
    m_json = json;
    if (json != JsonOutput::None)
        parser.addOption(QCommandLineOption(u"json"_s, json == JsonOutput::Listing ? tr("Print JSON.")
                                                                                   : tr("Print the report as JSON.")));
    parser.setApplicationDescription(description);
    const QCommandLineOption help({u"h"_s, u"help"_s}, tr("Show this help."));
    parser.addOption(help);
    const QCommandLineOption meeting(u"meeting"_s, tr("Act on this meeting of the process (see meetings); the workshop by default."),
                                     u"ID"_s);
    if (m_scope == Scope::AnyMeeting)
        parser.addOption(meeting);
    for (const auto &[name, text] : positionals)
        parser.addPositionalArgument(name, text);
    if (requiredPositionals < 0)
        requiredPositionals = int(positionals.size());

    const QStringList argv = QStringList{u"taller-abierto-cli "_s + m_verb} + m_arguments;
    if (!parser.parse(argv)) {
        m_exitCode = fail(parser.errorText(), UsageError);
        return false;
    }
    if (parser.isSet(help)) {
        // Qt names the program by its path; the usage line should show the verb.
        QString text = parser.helpText();
        text.replace(QCoreApplication::arguments().constFirst(), u"taller-abierto-cli "_s + m_verb);
        m_out << text;
        m_out.flush();
        m_exitCode = Success;
        return false;
    }
    const qsizetype given = parser.positionalArguments().size();
    if (given < requiredPositionals || given > positionals.size()) {
        QStringList names;
        for (const auto &positional : positionals)
            names << positional.first;
        m_exitCode = fail(tr("usage: taller-abierto-cli %1 %2 (see --help)").arg(m_verb, names.join(u' ')), UsageError);
        return false;
    }
    if (m_scope == Scope::AnyMeeting && parser.isSet(meeting)) {
        bool numeric = false;
        m_meeting.id = parser.value(meeting).toLongLong(&numeric);
        if (!numeric || m_meeting.id < 1) {
            m_exitCode = fail(tr("\"%1\" is not a meeting id.").arg(parser.value(meeting)), UsageError);
            return false;
        }
        m_meetingText = parser.value(meeting);
    }
    return true;
}

Invocation::Opened Invocation::openEvent(const QString &path, const QString &desk)
{
    TRY_TAKE(session, EventSession::open(path, desk.isEmpty() ? QSysInfo::machineHostName() : desk));
    if (!m_meetingText.isEmpty())
        TRY(MeetingService(*session).meeting(m_meeting.id));
    return session;
}

Positional Invocation::eventFile()
{
    return {u"FILE"_s, tr("The event file.")};
}

Invocation::Opened Invocation::open(JsonOutput json, const QString &description, const QList<Positional> &positionals,
                                    int requiredPositionals)
{
    if (!parse(json, description, QList{eventFile()} + positionals, requiredPositionals))
        return ended();
    return openEvent(m_parser.positionalArguments().at(0));
}

int Invocation::finish(int code)
{
    // What was printed counts too: standard output that could not be
    // written (a full disk, a closed pipe) is a failure, never a success.
    m_out.flush();
    const bool written = m_out.status() == QTextStream::Ok && m_stdout.flushed();
    if (!written && code == Success)
        return fail(tr("Cannot write to standard output: %1").arg(QString::fromLocal8Bit(std::strerror(errno))));
    return code;
}

int Invocation::fail(const QString &message, ExitCode code)
{
    QString oneLine = message;
    oneLine.replace(u'\n', u' ');
    m_err << "taller-abierto-cli: " << oneLine << Qt::endl;
    m_stderr.flushed();
    m_exitCode = code;
    return code;
}

void Invocation::printJson(const QJsonValue &value, bool compact)
{
    const QJsonDocument document = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    // JSON escapes C0 controls itself; C1 controls are escaped here, so that
    // the value stays exact and the terminal still sees no control.
    QString text = QString::fromUtf8(document.toJson(compact ? QJsonDocument::Compact : QJsonDocument::Indented));
    for (qsizetype i = text.size() - 1; i >= 0; --i) {
        const char16_t c = text.at(i).unicode();
        if (c >= 0x80 && c <= 0x9f)
            text.replace(i, 1, u"\\u"_s + QString::number(int(c), 16).rightJustified(4, u'0'));
    }
    m_out << text;
    if (compact)
        m_out << '\n';
    m_out.flush();
}

int Invocation::reportWrite(const Status &written, const QString &out)
{
    if (!written)
        return fail(written.error());
    m_out << tr("Wrote %1.").arg(out) << '\n';
    return Success;
}

int Invocation::writePdf(const Result<PrintedDocument> &document, const QString &out)
{
    if (!document)
        return fail(document.error());
    return reportWrite(document->writePdf(out), out);
}

int Invocation::writePdf(const Result<PrintedDocument> &document, const QString &out, const SigningCertificate *certificate)
{
    if (!certificate)
        return writePdf(document, out);
    if (!document)
        return fail(document.error());
    return reportWrite(document->writeSignedPdf(out, *certificate), out);
}

int Invocation::writeSheet(const Result<TabularSheet> &sheet, const QString &out)
{
    if (!sheet)
        return fail(sheet.error());
    return reportWrite(TabularWriter::write(*sheet, out, TabularWriter::formatFor(out)), out);
}

namespace {

// A verb FILE OUT: write what build makes of the event to OUT.
template<typename Built>
Outcome writeFromEvent(Invocation &cli, const QString &description, const std::pair<QString, QString> &out,
                       const std::function<Built(EventSession &)> &build,
                       int (Invocation::*write)(const Built &, const QString &))
{
    TRY_TAKE(session, cli.open(description, {out}));
    return (cli.*write)(build(*session), cli.positionals().at(1));
}

} // namespace

Outcome Invocation::printToPdf(const QString &description, const std::function<Result<PrintedDocument>(EventSession &)> &document,
                               const QString &outName)
{
    return writeFromEvent(*this, description, {outName, tr("The PDF to write.")}, document, &Invocation::writePdf);
}

Outcome Invocation::exportToSheet(const QString &description, const std::function<Result<TabularSheet>(EventSession &)> &sheet)
{
    return writeFromEvent(*this, description, {u"OUT"_s, tr("The file to write: .xlsx, or .csv for Excel.")}, sheet,
                          &Invocation::writeSheet);
}

SigningOptions::SigningOptions()
    : sign(u"sign"_s, Invocation::tr("Sign the PDF with this certificate and its key (PKCS#12: .p12 or .pfx)."), u"CERT.p12"_s)
    , passwordFile(u"password-file"_s,
                   Invocation::tr("Read the certificate's password from the first line of this file (otherwise it is "
                                  "asked on the terminal)."),
                   u"FILE"_s)
{
}

void SigningOptions::addTo(Invocation &cli) const
{
    cli.addOptions({sign, passwordFile});
}

namespace {

// One line of standard input, without echo when it is a terminal.
QString readSecretLine(QTextStream &prompt, const QString &question)
{
    const bool terminal = isatty(STDIN_FILENO);
    termios saved{};
    if (terminal) {
        prompt << question << Qt::flush;
        tcgetattr(STDIN_FILENO, &saved);
        termios silent = saved;
        silent.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &silent);
    }
    QByteArray line;
    for (int c = std::fgetc(stdin); c != EOF && c != '\n'; c = std::fgetc(stdin))
        line.append(char(c));
    if (terminal) {
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
        prompt << '\n' << Qt::flush;
    }
    if (line.endsWith('\r'))
        line.chop(1);
    return QString::fromUtf8(line);
}

} // namespace

Result<QString> Invocation::password(const QCommandLineOption &passwordFile, const QString &certificatePath)
{
    if (!isSet(passwordFile))
        return readSecretLine(err(), tr("Password of %1: ").arg(certificatePath));
    QFile file(value(passwordFile));
    if (!file.open(QIODevice::ReadOnly))
        return Error{tr("The password file %1 cannot be read: %2").arg(value(passwordFile), file.errorString())};
    QByteArray line = file.readLine();
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    return QString::fromUtf8(line);
}

Result<std::optional<SigningCertificate>> SigningOptions::load(Invocation &cli) const
{
    if (!cli.isSet(sign)) {
        if (cli.isSet(passwordFile))
            return Error{Invocation::tr("--password-file goes with --sign.")};
        return std::optional<SigningCertificate>();
    }
    TRY_LET(password, cli.password(passwordFile, cli.value(sign)));
    TRY_TAKE(certificate, SigningCertificate::load(cli.value(sign), *password));
    return std::optional<SigningCertificate>(std::move(certificate));
}

ImportOptions::ImportOptions()
    : sheet(u"sheet"_s, Invocation::tr("Read this sheet of an .xlsx or .ods workbook (the first by default)."), u"NAME"_s)
    , column(u"column"_s,
             Invocation::tr("Read the column HEADER as FIELD (a field as --json names it, or - for none); may be repeated."),
             u"HEADER=FIELD"_s)
{
}

void ImportOptions::addTo(Invocation &cli) const
{
    cli.addOptions({sheet, column});
}

TabularReader::Options ImportOptions::readOptions(const Invocation &cli) const
{
    return TabularReader::Options(cli.value(sheet));
}

QStringList ImportOptions::choices(const Invocation &cli) const
{
    return cli.values(column);
}

Invocation::Opened ImportOptions::open(Invocation &cli, const QString &description, const Positional &list,
                                       const QList<FieldSpec> &fields) const
{
    addTo(cli);
    if (!cli.parse(JsonOutput::Report, description, {Invocation::eventFile(), list}))
        return cli.ended();
    for (const QString &choice : cli.values(column)) {
        if (const QString wrong = ColumnMap::checkChoice(choice, fields); !wrong.isEmpty()) {
            cli.fail(u"--column: "_s + wrong, UsageError);
            return cli.ended();
        }
    }
    return cli.openEvent(cli.positionals().at(0));
}

QJsonValue problemsJson(const QList<ImportProblem> &problems)
{
    QJsonArray list;
    for (const ImportProblem &problem : problems)
        list.append(QJsonObject{{u"line"_s, problem.line}, {u"kind"_s, keyOf(problem.kind)}, {u"reason"_s, problem.reason}});
    return list;
}

void printProblems(QTextStream &out, const QList<ImportProblem> &problems)
{
    for (const ImportProblem &problem : problems)
        out << problem.reason << '\n';
}

QJsonValue columnsJson(const QList<MappedColumn> &columns)
{
    QJsonArray list;
    for (const MappedColumn &c : columns)
        list.append(QJsonObject{{u"header"_s, c.header}, {u"field"_s, c.field.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(c.field)}});
    return list;
}

QString columnsText(const QList<MappedColumn> &columns)
{
    QStringList parts;
    for (const MappedColumn &c : columns) {
        if (c.header.isEmpty() && c.field.isEmpty())
            continue;
        parts << u"%1 → %2"_s.arg(c.header.isEmpty() ? Invocation::tr("(column %1)").arg(c.index + 1) : c.header,
                                   c.field.isEmpty() ? u"-"_s : c.field);
    }
    return Invocation::tr("columns: %1").arg(parts.join(u", "_s));
}

namespace {

// Every verb, in the order --help lists them.
QList<Verb> allVerbs()
{
    return {
        // The event as a whole
        {u"new"_s, Invocation::tr("Create an event file from a template"), newEvent, Scope::Workshop},
        {u"info"_s, Invocation::tr("Show the event's details and counts"), info, Scope::Workshop},
        {u"agenda"_s, Invocation::tr("List the programme"), agenda, Scope::Workshop},
        {u"print agenda"_s, Invocation::tr("Print the programme to PDF"), printAgenda, Scope::Workshop},
        {u"backup"_s, Invocation::tr("Write a consistent copy of the event"), backup, Scope::Workshop},
        {u"import agenda"_s, Invocation::tr("Replace the programme from a CSV, .xlsx or .ods list"), importAgenda, Scope::Workshop},
        {u"export agenda"_s, Invocation::tr("Write the programme to .xlsx or CSV"), exportAgenda, Scope::Workshop},
        // Registration and the desk
        {u"import attendees"_s, Invocation::tr("Import attendees from a CSV, .xlsx or .ods list"), importAttendees, Scope::Workshop},
        {u"export attendees"_s, Invocation::tr("Write the attendees to .xlsx or CSV"), exportAttendees, Scope::Workshop},
        {u"attendees"_s, Invocation::tr("List the attendees"), listAttendees, Scope::AnyMeeting},
        {u"search"_s, Invocation::tr("Find attendees, accents and case ignored"), search, Scope::AnyMeeting},
        {u"checkin"_s, Invocation::tr("Check in by document number, or a stream of them"), checkin, Scope::AnyMeeting},
        {u"undo-checkin"_s, Invocation::tr("Undo a mistaken check-in"), undoCheckin, Scope::AnyMeeting},
        {u"export participation"_s, Invocation::tr("Participation by sector, without personal data"), exportParticipation, Scope::AnyMeeting},
        {u"purge"_s, Invocation::tr("Erase the attendees' personal data after the event"), purge, Scope::Workshop},
        {u"print attendance"_s, Invocation::tr("Print the attendance sheet to PDF"), printAttendance, Scope::AnyMeeting},
        // The mesas and their commitments
        {u"mesas"_s, Invocation::tr("List the mesas and their members"), listMesas, Scope::Workshop},
        {u"balance"_s, Invocation::tr("Seat attendees at the mesas, balanced"), balance, Scope::Workshop},
        {u"assign"_s, Invocation::tr("Seat one attendee at a mesa"), assign, Scope::Workshop},
        {u"import commitments"_s, Invocation::tr("Import input commitments (CSV, .xlsx, .ods or event file)"), importCommitments, Scope::Workshop},
        {u"export commitments"_s, Invocation::tr("Write the commitments to .xlsx or CSV"), exportCommitments, Scope::Workshop},
        {u"commitments"_s, Invocation::tr("List the commitments"), listCommitments, Scope::Workshop},
        {u"print mesa"_s, Invocation::tr("Print a mesa's worksheet to PDF"), printMesa, Scope::Workshop},
        // The plenary and the acta
        {u"plenary"_s, Invocation::tr("Show or set the mesas' presentation order"), plenary, Scope::Workshop},
        {u"decide"_s, Invocation::tr("Record the plenary's decision on a commitment"), decide, Scope::Workshop},
        {u"amend"_s, Invocation::tr("Change a commitment's text in the plenary (amended in plenary)"), amend, Scope::Workshop},
        {u"signatory add"_s, Invocation::tr("Add a signatory to the draft acta"), addSignatory, Scope::AnyMeeting},
        {u"key new"_s, Invocation::tr("Make a key pair to seal actas"), newKey, Scope::Workshop},
        {u"acta close"_s, Invocation::tr("Close the acta for signature; prints its fingerprint"), closeActa, Scope::AnyMeeting},
        {u"acta sign"_s, Invocation::tr("Record a signature on paper"), signActa, Scope::AnyMeeting},
        {u"acta correct"_s, Invocation::tr("Open a corrected version of a closed acta"), correctActa, Scope::AnyMeeting},
        {u"acta"_s, Invocation::tr("Show the acta: version, status, fingerprint, commitments, signatories"), showActa, Scope::AnyMeeting},
        {u"verify"_s, Invocation::tr("Check the closed acta against its fingerprint"), verify, Scope::AnyMeeting},
        {u"print acta"_s, Invocation::tr("Print the Acta de Compromisos to PDF"), printActa, Scope::AnyMeeting},
        // Participants' documents
        {u"print badges"_s, Invocation::tr("Print name badges with a QR code to PDF"), printBadges, Scope::Workshop},
        {u"print certificates"_s, Invocation::tr("Print certificates of participation to PDF"), printCertificates, Scope::Workshop},
        // The co-creation process: fichas and prioritisation
        {u"process"_s, Invocation::tr("Show, start or rename the co-creation process"), showProcess, Scope::Workshop},
        {u"stage"_s, Invocation::tr("Change a stage of the process"), editStage, Scope::Workshop},
        {u"import initiatives"_s, Invocation::tr("Import fichas (initiatives) from a list"), importInitiatives, Scope::Workshop},
        {u"initiatives"_s, Invocation::tr("List the initiatives with status, score and rank"), listInitiatives, Scope::Workshop},
        {u"criteria"_s, Invocation::tr("List the prioritisation criteria"), listCriteria, Scope::Workshop},
        {u"criterion add"_s, Invocation::tr("Add a prioritisation criterion"), addCriterion, Scope::Workshop},
        {u"score"_s, Invocation::tr("Score an initiative on a criterion, 1 to 5"), score, Scope::Workshop},
        {u"vote"_s, Invocation::tr("Give an initiative dots"), vote, Scope::Workshop},
        {u"advance"_s, Invocation::tr("Advance initiatives to the next stage"), advance, Scope::Workshop},
        {u"merge"_s, Invocation::tr("Merge one initiative into another"), merge, Scope::Workshop},
        {u"select"_s, Invocation::tr("Select the initiatives that become commitments"), select, Scope::Workshop},
        {u"trace"_s, Invocation::tr("Trace a commitment back to its ficha"), trace, Scope::Workshop},
        {u"print response"_s, Invocation::tr("Print the reasoned response to PDF"), printResponse, Scope::Workshop},
        {u"print ficha"_s, Invocation::tr("Print a ficha, or the blank form, to PDF"), printFicha, Scope::Workshop},
        {u"export initiatives"_s, Invocation::tr("Write the initiatives to .xlsx or CSV"), exportInitiatives, Scope::Workshop},
        // The team on one event over the local network
        {u"serve"_s, Invocation::tr("Share the event with the team's devices on the local network"), serve, Scope::Workshop},
        {u"pairing"_s, Invocation::tr("Print a fresh pairing code while the event is shared"), pairing, Scope::Workshop},
        {u"devices"_s, Invocation::tr("List the devices paired with the event"), devices, Scope::Workshop},
        {u"device revoke"_s, Invocation::tr("Withdraw a paired device"), revokeDevice, Scope::Workshop},
        {u"join"_s, Invocation::tr("Join a shared event: make this desk's copy"), join, Scope::Workshop},
        {u"sync"_s, Invocation::tr("Send a desk's changes to its hub and take in the hub's"), sync, Scope::Workshop},
        {u"web links"_s, Invocation::tr("The links of the mesas' pages and the projector"), webLinks, Scope::Workshop},
        {u"web revoke"_s, Invocation::tr("Replace a mesa's page link with a new one"), revokeWebLink, Scope::Workshop},
        // Meetings, minutes, agreements and deliverables
        {u"meetings"_s, Invocation::tr("List the meetings of the process"), listMeetings, Scope::Workshop},
        {u"meeting add"_s, Invocation::tr("Add a meeting to a stage of the process"), addMeeting, Scope::Workshop},
        {u"meeting edit"_s, Invocation::tr("Change a meeting's details"), editMeeting, Scope::Workshop},
        {u"meeting remove"_s, Invocation::tr("Remove a meeting added by mistake"), removeMeeting, Scope::Workshop},
        {u"item add"_s, Invocation::tr("Add an item to a meeting's tabla"), addItem, Scope::AnyMeeting},
        {u"item edit"_s, Invocation::tr("Change an item of a tabla or its desarrollo"), editItem, Scope::Workshop},
        {u"agreement add"_s, Invocation::tr("Add an agreement to a meeting's minutes"), addAgreement, Scope::AnyMeeting},
        {u"agreement done"_s, Invocation::tr("Mark an agreement as done"), agreementDone, Scope::AnyMeeting},
        {u"agreements"_s, Invocation::tr("List every agreement: open, done, overdue"), listAgreements, Scope::AnyMeeting},
        {u"board"_s, Invocation::tr("Show the board of deliverables"), showBoard, Scope::Workshop},
        {u"organisation add"_s, Invocation::tr("Add an organisation to the process"), addOrganisation, Scope::Workshop},
        {u"deliverable add"_s, Invocation::tr("Add a deliverable owed at a stage"), addDeliverable, Scope::Workshop},
        {u"deliverable receive"_s, Invocation::tr("Tick a deliverable as received"), receiveDeliverable, Scope::Workshop},
        {u"print board"_s, Invocation::tr("Print the board of deliverables to PDF"), printBoard, Scope::Workshop},
        {u"print reminders"_s, Invocation::tr("Print what each organisation still owes"), printReminders, Scope::Workshop},
        {u"export bundle"_s, Invocation::tr("Write the OGP repository bundle into a folder"), exportBundle, Scope::Workshop},
    };
}

int printUsage(QTextStream &stream)
{
    stream << QCoreApplication::translate("taller::cli", "Usage: taller-abierto-cli VERB [options] ...") << "\n\n"
           << QCoreApplication::translate("taller::cli", "Verbs:") << '\n';
    for (const Verb &verb : allVerbs())
        stream << "  " << verb.name.leftJustified(22) << verb.summary << '\n';
    stream << '\n' << QCoreApplication::translate("taller::cli", "Each verb takes --help.") << '\n';
    stream.flush();
    return Success;
}

} // namespace

int run(const QStringList &arguments)
{
    QTextStream out(stdout);
    out.setEncoding(QStringConverter::Utf8);
    if (arguments.isEmpty() || arguments.first() == u"--help"_s || arguments.first() == u"-h"_s || arguments.first() == u"help"_s)
        return printUsage(out);
    if (arguments.first() == u"--version"_s) {
        out << "taller-abierto-cli " << QCoreApplication::applicationVersion() << '\n';
        return Success;
    }

    const QList<Verb> verbs = allVerbs();
    for (int words = 2; words >= 1; --words) {
        if (arguments.size() < words)
            continue;
        const QString name = arguments.mid(0, words).join(u' ');
        for (const Verb &verb : verbs) {
            if (verb.name == name) {
                Invocation invocation(name, arguments.mid(words), verb.scope);
                const Outcome outcome = verb.run(invocation);
                if (outcome)
                    return invocation.finish(*outcome);
                return invocation.finish(invocation.hasEnded() ? invocation.exitCode() : invocation.fail(outcome.error()));
            }
        }
    }
    QTextStream err(stderr);
    err.setEncoding(QStringConverter::Utf8);
    err << "taller-abierto-cli: "
        << QCoreApplication::translate("taller::cli", "unknown verb \"%1\"; run taller-abierto-cli --help for the list.")
               .arg(arguments.first())
        << Qt::endl;
    return UsageError;
}

} // namespace taller::cli

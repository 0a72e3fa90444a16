// Verbs of the registration desk: import, list, search, check in, undo,
// print the attendance sheet.

#include "CommandLine.h"
#include "Verbs.h"

#include "MesasService.h"
#include "RegistrationService.h"
#include "registration/AttendanceDocument.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QThread>
#include <QJsonArray>
#include <QJsonObject>

namespace taller::cli {

using namespace Qt::StringLiterals;

namespace {

QJsonValue dateTimeJson(const QDateTime &value)
{
    return value.isValid() ? QJsonValue(value.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QJsonObject attendeeJson(const Attendee &a)
{
    return {
        {u"id"_s, a.id},
        {u"given_names"_s, a.givenNames},
        {u"surnames"_s, a.surnames},
        {u"document"_s, a.documentNumber},
        {u"document_type"_s, keyOf(a.documentType)},
        {u"organisation"_s, a.organisation},
        {u"position"_s, a.position},
        {u"sector"_s, keyOf(a.sector)},
        {u"walk_in"_s, a.walkIn},
        {u"checked_in"_s, a.isCheckedIn()},
        {u"checked_in_at"_s, dateTimeJson(a.checkedInAt)},
    };
}

void printAttendees(Invocation &cli, const QList<Attendee> &attendees, bool json)
{
    if (json) {
        QJsonArray list;
        for (const Attendee &a : attendees)
            list.append(attendeeJson(a));
        cli.printJson(list);
        return;
    }
    for (const Attendee &a : attendees) {
        QString line = u"%1  %2"_s.arg(a.documentNumber.leftJustified(12), a.sortName());
        if (!a.organisation.isEmpty())
            line += u" — "_s + a.organisation;
        if (a.isCheckedIn())
            line += u"  ["_s + Invocation::tr("checked in %1").arg(a.checkedInAt.toString(u"HH:mm"_s)) + u']';
        cli.out() << line << '\n';
    }
}

QJsonObject checkinJson(const QString &document, const CheckinResult &result)
{
    return {{u"document"_s, document},
            {u"status"_s, keyOf(result.outcome)},
            {u"at"_s, dateTimeJson(result.at)}};
}

// What the import decided about the sheet's shape: [{"line": …, "text": …}].
QJsonArray notesJson(const QList<AttendeeImport::Note> &notes)
{
    QJsonArray list;
    for (const AttendeeImport::Note &note : notes)
        list.append(QJsonObject{{u"line"_s, note.line}, {u"text"_s, note.text}});
    return list;
}

// How long a check-in keeps trying while another program holds the file.
constexpr qint64 CheckinPatienceMs = 120000;

} // namespace

Outcome importAttendees(Invocation &cli)
{
    const QCommandLineOption dryRun(u"dry-run"_s, Invocation::tr("Check the file and report, without importing."));
    const QCommandLineOption headerRow(u"header-row"_s,
                                       Invocation::tr("The line that names the columns (found in the first rows by default)."), u"N"_s);
    const ImportOptions import;
    cli.addOptions({dryRun, headerRow});
    TRY_TAKE(session, import.open(
        cli,
        Invocation::tr("Import attendees from a list exported by Excel or Google Forms (CSV, .xlsx or .ods). All "
                       "accepted rows are imported in one go, or none."),
        {u"LIST"_s, Invocation::tr("The list: .csv, .tsv, .txt, .xlsx or .ods.")}, AttendeeImport::fields()));
    const QString csvPath = cli.positionals().at(1);
    RegistrationService registration(*session, cli.meeting());
    auto plan = registration.prepareImportFile(csvPath, import.readOptions(cli), import.choices(cli), cli.value(headerRow).toInt());
    if (!plan)
        return cli.fail(Invocation::tr("%1: %2").arg(csvPath, plan.errorMessage()));
    AttendeeImport::Report report;
    report.columns = plan->columns;
    report.notes = plan->notes;
    report.headerLine = plan->headerLine;
    if (cli.isSet(dryRun) || plan->accepted.isEmpty()) {
        report.duplicates = plan->count(ImportProblem::Kind::Duplicate);
        report.rejected = plan->count(ImportProblem::Kind::Rejected);
        report.warnings = plan->count(ImportProblem::Kind::Warning);
        report.problems = plan->problems;
    } else {
        TRY_LET(committed, registration.import(*plan));
        report = *committed;
    }

    if (cli.json()) {
        cli.printJson(QJsonObject{{u"columns"_s, columnsJson(report.columns)},
                                  {u"imported"_s, report.imported},
                                  {u"duplicates"_s, report.duplicates},
                                  {u"rejected"_s, report.rejected},
                                  {u"warnings"_s, report.warnings},
                                  {u"problems"_s, problemsJson(report.problems)},
                                  {u"header_line"_s, report.headerLine},
                                  {u"notes"_s, notesJson(report.notes)}});
    } else {
        cli.out() << AttendeeImport::reportText(report) << '\n' << columnsText(report.columns) << '\n';
    }
    return Success;
}

Outcome listAttendees(Invocation &cli)
{
    const QCommandLineOption checkedIn(u"checked-in"_s, Invocation::tr("Only those checked in."));
    cli.addOptions({checkedIn});
    TRY_TAKE(session, cli.open(JsonOutput::Listing, Invocation::tr("List the attendees, sorted by surname.")));
    const RegistrationService registration(*session, cli.meeting());
    TRY_LET(attendees, cli.isSet(checkedIn) ? registration.checkedIn() : registration.attendees());
    printAttendees(cli, *attendees, cli.json());
    return Success;
}

Outcome search(Invocation &cli)
{
    const QCommandLineOption limit(u"limit"_s, Invocation::tr("At most N results (default 20)."), u"N"_s, u"20"_s);
    cli.addOptions({limit});
    TRY_TAKE(session, cli.open(JsonOutput::Listing,
                            Invocation::tr("Find attendees by a few letters of a name, document or organisation; "
                                           "case and accents are ignored. Best match first."),
                            {{u"TEXT"_s, Invocation::tr("What to look for.")}}));
    TRY_LET(found, RegistrationService(*session, cli.meeting())
                       .search(cli.positionals().at(1), std::max(1, cli.value(limit).toInt())));
    printAttendees(cli, *found, cli.json());
    return Success;
}

Outcome checkin(Invocation &cli)
{
    const QCommandLineOption fromStdin(u"stdin"_s, Invocation::tr("Read one document number per line from standard input; "
                                                                   "print one JSON line per check-in once it is on disk."));
    const QCommandLineOption desk(u"desk"_s, Invocation::tr("Name of this registration desk (default: the computer's name)."), u"NAME"_s);
    cli.addOptions({fromStdin, desk});
    if (!cli.parse(Invocation::tr("Check in an attendee by document number."),
                   {Invocation::eventFile(), {u"DOCUMENT"_s, Invocation::tr("The document number.")}}, 1))
        return cli.exitCode();
    const QStringList positional = cli.positionals();
    if (cli.isSet(fromStdin) == (positional.size() == 2))
        return cli.fail(Invocation::tr("give either a DOCUMENT or --stdin"), UsageError);
    TRY_TAKE(session, cli.openEvent(positional.at(0), cli.value(desk)));
    RegistrationService registration(*session, cli.meeting());

    if (!cli.isSet(fromStdin)) {
        TRY_LET(result, registration.checkInByDocument(positional.at(1)));
        const Attendee &a = result->attendee;
        switch (result->outcome) {
        case CheckinOutcome::CheckedIn:
            cli.out() << Invocation::tr("Checked in: %1 (%2) at %3").arg(a.fullName(), a.documentNumber, result->at.toString(u"HH:mm:ss"_s)) << '\n';
            return Success;
        case CheckinOutcome::Already:
            cli.out() << Invocation::tr("Already checked in: %1 (%2) at %3").arg(a.fullName(), a.documentNumber, result->at.toString(u"HH:mm:ss"_s)) << '\n';
            return Success;
        case CheckinOutcome::Invalid:
            return cli.fail(Invocation::tr("\"%1\" is not a document number.").arg(positional.at(1)));
        default:
            return cli.fail(Invocation::tr("No attendee has document %1.").arg(positional.at(1)));
        }
    }

    QFile input;
    if (!input.open(stdin, QIODevice::ReadOnly))
        return cli.fail(Invocation::tr("Cannot read standard input."));
    while (true) {
        const QByteArray raw = input.readLine();
        if (raw.isEmpty())
            break;
        const QString document = QString::fromUtf8(raw).trimmed();
        if (document.isEmpty())
            continue;
        auto result = registration.checkInByDocument(document);
        // Another program writing (a large import) may hold the file past the
        // busy timeout: nothing was recorded, so wait and try again rather
        // than drop the rest of the scanned queue.
        QElapsedTimer waiting;
        waiting.start();
        while (!result && result.error().busy() && waiting.elapsed() < CheckinPatienceMs) {
            QThread::msleep(200);
            result = registration.checkInByDocument(document);
        }
        if (!result)
            return cli.fail(result.error());
        // Printed only now that the check-in is committed (synchronous=FULL).
        cli.printJson(checkinJson(document, *result), true);
    }
    return Success;
}

Outcome undoCheckin(Invocation &cli)
{
    const QCommandLineOption desk(u"desk"_s, Invocation::tr("Name of this registration desk (default: the computer's name)."), u"NAME"_s);
    cli.addOption(desk);
    if (!cli.parse(Invocation::tr("Undo a mistaken check-in. The undoing is recorded; nothing is deleted."),
                   {Invocation::eventFile(), {u"DOCUMENT"_s, Invocation::tr("The document number.")}}))
        return cli.exitCode();
    TRY_TAKE(session, cli.openEvent(cli.positionals().at(0), cli.value(desk)));
    const QString document = cli.positionals().at(1);
    TRY_LET(result, RegistrationService(*session, cli.meeting()).undoCheckInByDocument(document));
    switch (result->outcome) {
    case CheckinOutcome::Undone:
        cli.out() << Invocation::tr("Check-in undone: %1 (%2)").arg(result->attendee.fullName(), result->attendee.documentNumber) << '\n';
        return Success;
    case CheckinOutcome::NotCheckedIn:
        return cli.fail(Invocation::tr("%1 (%2) is not checked in.").arg(result->attendee.fullName(), result->attendee.documentNumber));
    case CheckinOutcome::Invalid:
        return cli.fail(Invocation::tr("\"%1\" is not a document number.").arg(document));
    default:
        return cli.fail(Invocation::tr("No attendee has document %1.").arg(document));
    }
}

Outcome printAttendance(Invocation &cli)
{
    const QCommandLineOption blankRows(u"blank-rows"_s, Invocation::tr("Blank numbered rows for walk-ins (default %1).").arg(AttendanceDocument::DefaultBlankRows),
                                       u"N"_s, QString::number(AttendanceDocument::DefaultBlankRows));
    const QCommandLineOption mesa(u"mesa"_s, Invocation::tr("Only the members of this mesa, headed with its code and name."), u"CODE"_s);
    cli.addOptions({blankRows, mesa});
    TRY_TAKE(session, cli.open(Invocation::tr("Print the attendance sheet for signatures to a PDF file."),
                            {{u"OUT"_s, Invocation::tr("The PDF to write.")}}));
    bool numeric = false;
    const int blank = cli.value(blankRows).toInt(&numeric);
    if (!numeric || blank < 0 || blank > 1000)
        return cli.fail(
            Invocation::tr("--blank-rows takes a whole number from 0 to 1000, not \"%1\".").arg(cli.value(blankRows)),
            UsageError);
    if (cli.isSet(mesa) && cli.meetingGiven())
        return cli.fail(Invocation::tr("--mesa is the workshop's: it takes no --meeting."), UsageError);
    return cli.writePdf(cli.isSet(mesa) ? MesasService(*session).mesaAttendanceSheet(cli.value(mesa), blank)
                                        : RegistrationService(*session, cli.meeting()).attendanceSheet(blank),
                        cli.positionals().at(1));
}

Outcome exportParticipation(Invocation &cli)
{
    return cli.exportToSheet(Invocation::tr("Write participation by sector to a spreadsheet, without names, documents or contacts."),
                             [&cli](EventSession &session) { return RegistrationService(session, cli.meeting()).participationSheet(); });
}

Outcome exportAttendees(Invocation &cli)
{
    return cli.exportToSheet(Invocation::tr("Write every attendee to a spreadsheet that `import attendees` reads back as it was."),
                             [](EventSession &session) { return RegistrationService(session).exportAttendees(); });
}

Outcome purge(Invocation &cli)
{
    const QCommandLineOption confirm(u"confirm"_s, Invocation::tr("Required: erasing cannot be undone."));
    cli.addOption(confirm);
    TRY_TAKE(session, cli.open(Invocation::tr("After the event: erase the attendees' personal data (Ley 29733), keeping the counts "
                                "by sector and the acta with its signatories.")));
    if (!cli.isSet(confirm))
        return cli.fail(Invocation::tr("this erases every attendee's personal data for good; add --confirm to do it."), UsageError);
    TRY_LET(purged, RegistrationService(*session).purgePersonalData());
    if (purged->alreadyPurged)
        cli.out() << Invocation::tr("The personal data had already been erased from the file; nothing of it remains there.") << '\n';
    else
        cli.out() << Invocation::tr("Personal data erased from the file and its journal; the counts by sector and the acta remain.") << '\n';
    for (const QString &copy : std::as_const(purged->deleted))
        cli.out() << Invocation::tr("Deleted the copy %1").arg(QDir::toNativeSeparators(copy)) << '\n';
    return Success;
}

} // namespace taller::cli

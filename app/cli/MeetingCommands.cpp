// Verbs of the meetings of the process: planning them, their tabla and
// agreements, following the agreements up, the board of deliverables, and
// the bundle for the OGP repository.

#include "CommandLine.h"
#include "Verbs.h"

#include "BundleService.h"
#include "MeetingService.h"
#include "ProcessService.h"
#include "base/Clock.h"
#include "base/Text.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonObject>

namespace taller::cli {

using namespace Qt::StringLiterals;

namespace {

QJsonValue orNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonObject meetingJson(const Meeting &m)
{
    return {
        {u"id"_s, m.id},
        {u"stage"_s, m.stage ? QJsonValue(*m.stage) : QJsonValue(QJsonValue::Null)},
        {u"kind"_s, keyOf(m.kind)},
        {u"title"_s, m.title},
        {u"date"_s, m.date.isValid() ? QJsonValue(m.date.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null)},
        {u"time"_s, m.start.isValid() ? QJsonValue(m.start.toString(u"HH:mm"_s)) : QJsonValue(QJsonValue::Null)},
        {u"end"_s, m.end.isValid() ? QJsonValue(m.end.toString(u"HH:mm"_s)) : QJsonValue(QJsonValue::Null)},
        {u"place"_s, m.place},
        {u"organisation"_s, m.organisation},
    };
}

QJsonObject agreementJson(const Agreement &a, const QDate &today)
{
    return {
        {u"id"_s, a.id},
        {u"meeting"_s, a.meetingId},
        {u"text"_s, a.text},
        {u"responsible"_s, a.responsible},
        {u"due"_s, a.due},
        {u"status"_s, keyOf(a.status(today))},
        {u"done_on"_s, a.doneOn.isValid() ? QJsonValue(a.doneOn.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null)},
        {u"note"_s, orNull(a.doneNote)},
        {u"reviewed_in"_s, a.reviewedIn ? QJsonValue(*a.reviewedIn) : QJsonValue(QJsonValue::Null)},
    };
}

// Prints the id of what was just added, or why it was not.
template <typename Added>
int printNewId(Invocation &cli, const Result<Added> &added)
{
    if (!added)
        return cli.fail(added.error());
    if constexpr (std::is_same_v<Added, qint64>)
        cli.out() << *added << '\n';
    else
        cli.out() << added->id << '\n';
    return Success;
}

// What an option was given, when read made sense of it; otherwise a usage
// error saying what the option takes.
template <typename T>
std::optional<T> checkedOption(Invocation &cli, const QCommandLineOption &option, std::optional<T> read,
                               const QString &takes)
{
    if (!read)
        cli.fail(Invocation::tr("--%1 takes %2, not \"%3\".").arg(option.names().constFirst(), takes, cli.value(option)),
                 UsageError);
    return read;
}

// A whole number from an option, or a usage error naming it.
std::optional<int> intOption(Invocation &cli, const QCommandLineOption &option, int minimum)
{
    bool ok = false;
    const int value = cli.value(option).toInt(&ok);
    return checkedOption(cli, option, ok && value >= minimum ? std::optional(value) : std::nullopt,
                         Invocation::tr("a whole number of at least %1").arg(minimum));
}

std::optional<qint64> idArgument(Invocation &cli, const QString &text, const QString &what)
{
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    if (!ok || id < 1) {
        cli.fail(Invocation::tr("\"%1\" is not %2.").arg(text, what), UsageError);
        return std::nullopt;
    }
    return id;
}

// The prologue of a verb on one row of the file: FILE and ID, opened.
struct OpenedRow
{
    std::unique_ptr<EventSession> session;
    qint64 id = 0;
};
Result<OpenedRow> openWithId(Invocation &cli, const QString &description, const QString &idHelp, const QString &what)
{
    TRY_TAKE(session, cli.open(description, {{u"ID"_s, idHelp}}));
    const auto id = idArgument(cli, cli.positionals().at(1), what);
    if (!id)
        return cli.ended();
    return OpenedRow{std::move(session), *id};
}

// The date given with option; whenNotGiven when the option is not.
std::optional<QDate> dateOption(Invocation &cli, const QCommandLineOption &option, QDate whenNotGiven = {})
{
    if (!cli.isSet(option) && whenNotGiven.isValid())
        return whenNotGiven;
    const QDate date = QDate::fromString(cli.value(option), Qt::ISODate);
    return checkedOption(cli, option, date.isValid() ? std::optional(date) : std::nullopt,
                         Invocation::tr("a date as YYYY-MM-DD"));
}

std::optional<QTime> timeOption(Invocation &cli, const QCommandLineOption &option)
{
    const QTime time = QTime::fromString(cli.value(option), u"H:mm"_s);
    return checkedOption(cli, option, time.isValid() ? std::optional(time) : std::nullopt, Invocation::tr("a time as HH:MM"));
}

// The options a meeting's details are given with, shared by add and edit.
struct MeetingOptions
{
    QCommandLineOption stage{u"stage"_s, Invocation::tr("The stage of the process (1, 2, …)."), u"N"_s};
    QCommandLineOption title{u"title"_s, Invocation::tr("The meeting's title."), u"TITLE"_s};
    QCommandLineOption date{u"date"_s, Invocation::tr("Its date, YYYY-MM-DD."), u"DATE"_s};
    QCommandLineOption time{u"time"_s, Invocation::tr("When it starts, HH:MM."), u"HH:MM"_s};
    QCommandLineOption end{u"end"_s, Invocation::tr("When it ends, HH:MM."), u"HH:MM"_s};
    QCommandLineOption place{u"place"_s, Invocation::tr("Where it is held."), u"PLACE"_s};
    QCommandLineOption organisation{u"organisation"_s,
                                    Invocation::tr("The organisation it is held with (a Gerencia): its signed minutes count on the board."),
                                    u"NAME"_s};

    void addTo(Invocation &cli) const { cli.addOptions({stage, title, date, time, end, place, organisation}); }

    // Applies the options given to meeting; false (with the error reported)
    // when one is wrong.
    bool apply(Invocation &cli, Meeting &meeting) const
    {
        if (cli.isSet(stage)) {
            auto n = intOption(cli, stage, 1);
            if (!n)
                return false;
            meeting.stage = *n;
        }
        if (cli.isSet(title))
            meeting.title = cli.value(title);
        if (cli.isSet(date)) {
            auto d = dateOption(cli, date);
            if (!d)
                return false;
            meeting.date = *d;
        }
        for (const auto &[option, field] : {std::pair{&time, &meeting.start}, std::pair{&end, &meeting.end}}) {
            if (cli.isSet(*option)) {
                auto t = timeOption(cli, *option);
                if (!t)
                    return false;
                *field = *t;
            }
        }
        if (cli.isSet(place))
            meeting.place = cli.value(place);
        if (cli.isSet(organisation))
            meeting.organisation = cli.value(organisation);
        return true;
    }
};

// The meeting a tabla or agreement verb writes to: --meeting is required and
// names a meeting, not the workshop.
bool requireMeetingOption(Invocation &cli)
{
    if (!cli.meetingGiven()) {
        cli.fail(Invocation::tr("--meeting is required: the meeting it belongs to (see meetings)."), UsageError);
        return false;
    }
    return true;
}

std::optional<int> stageFilter(Invocation &cli, const QCommandLineOption &stage)
{
    if (!cli.isSet(stage))
        return 0;
    return intOption(cli, stage, 1);
}

Outcome printBoardOrReminders(Invocation &cli, bool reminders)
{
    const QCommandLineOption stage(u"stage"_s, Invocation::tr("Only this stage."), u"N"_s);
    cli.addOption(stage);
    TRY_TAKE(session, cli.open(reminders ? Invocation::tr("Print, per organisation, what it still owes.")
                                      : Invocation::tr("Print the board of deliverables."),
                            {{u"OUT.pdf"_s, Invocation::tr("The PDF to write.")}}));
    auto onlyStage = stageFilter(cli, stage);
    if (!onlyStage)
        return cli.exitCode();
    ProcessService process(*session);
    return cli.writePdf(reminders ? process.reminders(*onlyStage) : process.boardDocument(*onlyStage),
                        cli.positionals().at(1));
}

} // namespace

Outcome listMeetings(Invocation &cli)
{
    TRY_TAKE(session, cli.open(JsonOutput::Listing,
                 Invocation::tr("List the meetings of the process: the workshop (meeting 1) and the others.")));
    TRY_LET(meetings, MeetingService(*session).meetings());
    QJsonArray list;
    for (const Meeting &m : std::as_const(*meetings)) {
        list.append(meetingJson(m));
        if (!cli.json())
            cli.out() << u"%1  %2  %3  %4  %5%6"_s.arg(QString::number(m.id).rightJustified(3))
                             .arg(m.stage ? romanNumeral(*m.stage).leftJustified(4) : u"-   "_s)
                             .arg(displayNameOf(m.kind).leftJustified(8))
                             .arg(m.date.isValid() ? m.date.toString(Qt::ISODate) : u"----------"_s)
                             .arg(m.title)
                             .arg(m.organisation.isEmpty() ? QString() : u" ("_s + m.organisation + u")"_s)
                      << '\n';
    }
    if (cli.json())
        cli.printJson(list);
    return Success;
}

Outcome addMeeting(Invocation &cli)
{
    MeetingOptions options;
    const QCommandLineOption kind(u"kind"_s, Invocation::tr("workshop or meeting."), u"KIND"_s);
    options.addTo(cli);
    cli.addOption(kind);
    TRY_TAKE(session, cli.open(Invocation::tr("Add a meeting to the process; prints its id.")));
    Meeting meeting;
    const auto chosenKind = fromKey<MeetingKind>(cli.isSet(kind) ? cli.value(kind).trimmed().toLower() : u"meeting"_s);
    if (!chosenKind)
        return cli.fail(Invocation::tr("--kind is workshop or meeting, not \"%1\".").arg(cli.value(kind)), UsageError);
    meeting.kind = *chosenKind;
    for (const QCommandLineOption *required : {&options.stage, &options.title, &options.date}) {
        if (!cli.isSet(*required))
            return cli.fail(Invocation::tr("--%1 is required.").arg(required->names().constFirst()), UsageError);
    }
    if (!options.apply(cli, meeting))
        return cli.exitCode();
    return printNewId(cli, MeetingService(*session).addMeeting(meeting));
}

Outcome editMeeting(Invocation &cli)
{
    MeetingOptions options;
    options.addTo(cli);
    TRY_TAKE(opened, openWithId(cli, Invocation::tr("Change a meeting's stage, title, date, times, place or organisation."),
                   Invocation::tr("The meeting."), Invocation::tr("a meeting id")));
    const auto &[session, id] = opened;
    MeetingService meetings(*session);
    TRY_LET(meeting, meetings.meeting(id));
    if (!options.apply(cli, *meeting))
        return cli.exitCode();
    TRY(meetings.updateMeeting(*meeting));
    return Success;
}

Outcome removeMeeting(Invocation &cli)
{
    TRY_TAKE(opened, openWithId(
        cli, Invocation::tr("Remove a meeting added by mistake, with its tabla, agreements and draft minutes."),
        Invocation::tr("The meeting."), Invocation::tr("a meeting id")));
    TRY(MeetingService(*opened.session).removeMeeting(opened.id));
    return Success;
}

Outcome addItem(Invocation &cli)
{
    const QCommandLineOption title(u"title"_s, Invocation::tr("The item of the tabla."), u"TITLE"_s);
    const QCommandLineOption development(u"development"_s, Invocation::tr("What was discussed under it (desarrollo)."), u"TEXT"_s);
    cli.addOptions({title, development});
    TRY_TAKE(session, cli.open(Invocation::tr("Add an item to a meeting's tabla, with its desarrollo; prints its id.")));
    if (!requireMeetingOption(cli))
        return cli.exitCode();
    if (!cli.isSet(title))
        return cli.fail(Invocation::tr("--title is required."), UsageError);
    return printNewId(
        cli, MeetingService(*session).addItem(cli.meeting().id, {0, cli.value(title), cli.value(development)}));
}

Outcome editItem(Invocation &cli)
{
    const QCommandLineOption title(u"title"_s, Invocation::tr("The item of the tabla."), u"TITLE"_s);
    const QCommandLineOption development(u"development"_s, Invocation::tr("What was discussed under it (desarrollo)."), u"TEXT"_s);
    cli.addOptions({title, development});
    TRY_TAKE(opened, openWithId(cli, Invocation::tr("Change an item of the tabla or its desarrollo."),
                             Invocation::tr("The item."), Invocation::tr("an item id")));
    const auto &[session, id] = opened;
    MeetingService meetings(*session);
    TRY_LET(all, meetings.meetings());
    for (const Meeting &m : std::as_const(*all)) {
        TRY_LET(items, meetings.items(m.id));
        for (MeetingItem item : std::as_const(*items)) {
            if (item.id != id)
                continue;
            if (cli.isSet(title))
                item.title = cli.value(title);
            if (cli.isSet(development))
                item.development = cli.value(development);
            TRY(meetings.updateItem(item));
            return Success;
        }
    }
    return cli.fail(Invocation::tr("There is no item %1 in any tabla.").arg(id));
}

Outcome addAgreement(Invocation &cli)
{
    const QCommandLineOption text(u"text"_s, Invocation::tr("What was agreed."), u"TEXT"_s);
    const QCommandLineOption responsible(u"responsible"_s, Invocation::tr("Who carries it out: a person or an organisation."),
                                         u"WHO"_s);
    const QCommandLineOption due(u"due"_s, Invocation::tr("By when: a date YYYY-MM-DD, or words such as \"A la brevedad\"."), u"DUE"_s);
    cli.addOptions({text, responsible, due});
    TRY_TAKE(session, cli.open(Invocation::tr("Add an agreement to a meeting's minutes; prints its id.")));
    if (!requireMeetingOption(cli))
        return cli.exitCode();
    for (const QCommandLineOption *required : {&text, &responsible, &due}) {
        if (!cli.isSet(*required))
            return cli.fail(Invocation::tr("--%1 is required.").arg(required->names().constFirst()), UsageError);
    }
    Agreement agreement;
    agreement.meetingId = cli.meeting().id;
    agreement.text = cli.value(text);
    agreement.responsible = cli.value(responsible);
    agreement.due = cli.value(due);
    return printNewId(cli, MeetingService(*session).addAgreement(agreement));
}

Outcome agreementDone(Invocation &cli)
{
    const QCommandLineOption note(u"note"_s, Invocation::tr("The evidence that it was done."), u"TEXT"_s);
    const QCommandLineOption date(u"date"_s, Invocation::tr("When it was done, YYYY-MM-DD (today by default)."), u"DATE"_s);
    const QCommandLineOption reopen(u"reopen"_s, Invocation::tr("Mark it open again instead."));
    cli.addOptions({note, date, reopen});
    TRY_TAKE(opened, openWithId(cli, Invocation::tr("Mark an agreement as done (with --meeting, the meeting that reviewed it)."),
                   Invocation::tr("The agreement."), Invocation::tr("an agreement id")));
    const auto &[session, id] = opened;
    MeetingService meetings(*session);
    if (cli.isSet(reopen)) {
        if (cli.isSet(note) || cli.isSet(date) || cli.meetingGiven())
            return cli.fail(
                Invocation::tr("--reopen takes no --note, --date or --meeting: it marks the agreement open again."),
                UsageError);
        TRY(meetings.reopen(id));
        return Success;
    }
    const auto on = dateOption(cli, date, Clock::currentDate());
    if (!on)
        return cli.exitCode();
    const std::optional<qint64> reviewedIn = cli.meetingGiven() ? std::optional(cli.meeting().id) : std::nullopt;
    TRY(meetings.markDone(id, *on, cli.value(note), reviewedIn));
    return Success;
}

Outcome listAgreements(Invocation &cli)
{
    const QCommandLineOption open(u"open"_s, Invocation::tr("Only those not done yet (open and overdue)."));
    cli.addOptions({open});
    TRY_TAKE(session, cli.open(JsonOutput::Listing,
                 Invocation::tr("List every agreement of every meeting (or of --meeting) with its status: open, done "
                                "or overdue.")));
    TRY_LET(agreements, MeetingService(*session).agreements(cli.meetingGiven() ? cli.meeting().id : 0));
    const QDate today = Clock::currentDate();
    QJsonArray list;
    for (const Agreement &a : std::as_const(*agreements)) {
        const AgreementStatus status = a.status(today);
        if (cli.isSet(open) && status == AgreementStatus::Done)
            continue;
        list.append(agreementJson(a, today));
        if (!cli.json())
            cli.out() << u"%1  %2  %3  %4 — %5 — %6"_s.arg(QString::number(a.id).rightJustified(4))
                             .arg(Invocation::tr("meeting %1").arg(a.meetingId))
                             .arg(displayNameOf(status).leftJustified(10))
                             .arg(a.text.simplified(), a.responsible, Meetings::dueText(a.due))
                      << '\n';
    }
    if (cli.json())
        cli.printJson(list);
    return Success;
}

Outcome showBoard(Invocation &cli)
{
    const QCommandLineOption stage(u"stage"_s, Invocation::tr("Only this stage."), u"N"_s);
    cli.addOptions({stage});
    TRY_TAKE(session, cli.open(JsonOutput::Listing,
                 Invocation::tr("Show the board of deliverables: what each organisation has delivered and owes.")));
    auto onlyStage = stageFilter(cli, stage);
    if (!onlyStage)
        return cli.exitCode();
    TRY_LET(board, ProcessService(*session).board(*onlyStage));
    if (cli.json()) {
        QJsonArray deliverables;
        for (const Deliverable &d : std::as_const(board->deliverables))
            deliverables.append(QJsonObject{{u"id"_s, d.id}, {u"stage"_s, d.stage}, {u"name"_s, d.name}, {u"expected"_s, d.expected},
                                            {u"counts"_s, keyOf(d.source)}});
        QJsonArray rows;
        for (const DeliverableBoard::Row &row : std::as_const(board->rows)) {
            QJsonArray cells;
            for (int i = 0; i < row.cells.size(); ++i) {
                const DeliverableCell &c = row.cells.at(i);
                cells.append(QJsonObject{{u"deliverable"_s, board->deliverables.at(i).id}, {u"received"_s, c.received},
                                         {u"expected"_s, c.expected}, {u"complete"_s, c.isComplete()},
                                         {u"date"_s, c.lastReceived.isValid() ? QJsonValue(c.lastReceived.toString(Qt::ISODate))
                                                                              : QJsonValue(QJsonValue::Null)},
                                         {u"note"_s, orNull(c.note)}});
            }
            rows.append(QJsonObject{{u"organisation"_s, row.organisation}, {u"missing"_s, row.missing()}, {u"cells"_s, cells}});
        }
        cli.printJson(QJsonObject{{u"deliverables"_s, deliverables}, {u"organisations"_s, rows}});
        return Success;
    }
    for (const DeliverableBoard::Row &row : std::as_const(board->rows)) {
        cli.out() << row.organisation << '\n';
        for (int i = 0; i < row.cells.size(); ++i) {
            const Deliverable &d = board->deliverables.at(i);
            const DeliverableCell &c = row.cells.at(i);
            cli.out() << u"  %1 %2  %3: %4"_s.arg(c.isComplete() ? u"✓"_s : u"✗"_s, romanNumeral(d.stage), d.name, Deliverables::cellText(c))
                      << '\n';
        }
    }
    if (board->rows.isEmpty())
        cli.out() << Invocation::tr("No organisations take part yet: add them with \"organisation add\", or import their fichas.") << '\n';
    return Success;
}

Outcome addOrganisation(Invocation &cli)
{
    TRY_TAKE(session, cli.open(Invocation::tr("Add an organisation (a Gerencia) to the process: it gets a row on the board."),
                 {{u"NAME"_s, Invocation::tr("The organisation.")}}));
    TRY(ProcessService(*session).addOrganisation(cli.positionals().at(1)));
    return Success;
}

Outcome addDeliverable(Invocation &cli)
{
    const QCommandLineOption stage(u"stage"_s, Invocation::tr("The stage it is owed at."), u"N"_s);
    const QCommandLineOption name(u"name"_s, Invocation::tr("What is owed."), u"NAME"_s);
    const QCommandLineOption count(u"count"_s, Invocation::tr("How many each organisation owes (1 by default)."), u"K"_s);
    cli.addOptions({stage, name, count});
    TRY_TAKE(session, cli.open(Invocation::tr("Add a deliverable each organisation owes at a stage, ticked by hand; prints its id.")));
    if (!cli.isSet(stage) || !cli.isSet(name))
        return cli.fail(Invocation::tr("--stage and --name are required."), UsageError);
    Deliverable d;
    auto n = intOption(cli, stage, 1);
    if (!n)
        return cli.exitCode();
    d.stage = *n;
    d.name = cli.value(name);
    if (cli.isSet(count)) {
        auto k = intOption(cli, count, 1);
        if (!k)
            return cli.exitCode();
        d.expected = *k;
    }
    return printNewId(cli, ProcessService(*session).addDeliverable(d));
}

Outcome receiveDeliverable(Invocation &cli)
{
    const QCommandLineOption organisation(u"organisation"_s, Invocation::tr("Who delivered it."), u"NAME"_s);
    const QCommandLineOption count(u"count"_s, Invocation::tr("How many were received in all (all that are owed by default)."), u"K"_s);
    const QCommandLineOption date(u"date"_s, Invocation::tr("When, YYYY-MM-DD (today by default)."), u"DATE"_s);
    const QCommandLineOption note(u"note"_s, Invocation::tr("A note (the document's number, who brought it)."), u"TEXT"_s);
    cli.addOptions({organisation, count, date, note});
    TRY_TAKE(opened, openWithId(cli, Invocation::tr("Tick a deliverable as received from an organisation."),
                             Invocation::tr("The deliverable (see board --json)."), Invocation::tr("a deliverable id")));
    const qint64 id = opened.id;
    if (!cli.isSet(organisation))
        return cli.fail(Invocation::tr("--organisation is required."), UsageError);
    ProcessService process(*opened.session);
    TRY_LET(all, process.deliverables());
    int received = 1;
    for (const Deliverable &d : std::as_const(*all)) {
        if (d.id == id)
            received = d.expected;
    }
    if (cli.isSet(count)) {
        auto k = intOption(cli, count, 0);
        if (!k)
            return cli.exitCode();
        received = *k;
    }
    const auto on = dateOption(cli, date, Clock::currentDate());
    if (!on)
        return cli.exitCode();
    TRY(process.receive(id, cli.value(organisation), received, *on, cli.value(note)));
    return Success;
}

Outcome printBoard(Invocation &cli)
{
    return printBoardOrReminders(cli, false);
}

Outcome printReminders(Invocation &cli)
{
    return printBoardOrReminders(cli, true);
}

Outcome exportBundle(Invocation &cli)
{
    TRY_TAKE(session, cli.open(Invocation::tr("Write what the OGP repository should publish into a new folder: every closed acta "
                                "and minutes (PDF/A), the reasoned response, attendance by meeting and sector, "
                                "initiatives and commitments (.xlsx and CSV) and an index."),
                 {{u"DIR"_s, Invocation::tr("The folder to make.")}}));
    TRY_LET(report, BundleService(*session).write(cli.positionals().at(1)));
    for (const BundleService::File &f : std::as_const(report->files))
        cli.out() << u"  "_s << f.name << '\n';
    cli.out() << Invocation::tr("Wrote %1 files into %2.").arg(report->files.size()).arg(QDir::toNativeSeparators(report->folder)) << '\n';
    return Success;
}

} // namespace taller::cli

// Verbs about the event as a whole: new, info, agenda, print agenda.

#include "CommandLine.h"
#include "sharing/DeskLedger.h"
#include "Verbs.h"

#include "base/Clock.h"
#include "programme/AgendaDocument.h"
#include "templates/Templates.h"
#include "EventService.h"
#include "ProgrammeService.h"
#include "RegistrationService.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

namespace taller::cli {

using namespace Qt::StringLiterals;

namespace {

QJsonValue optionalJson(const std::optional<int> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonValue timeJson(const QDateTime &value)
{
    return value.isValid() ? QJsonValue(value.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

} // namespace

Outcome newEvent(Invocation &cli)
{
    const QCommandLineOption templateOption(u"template"_s,
                                            Invocation::tr("Template to start from: %1 (default %2).")
                                                .arg(EventTemplates::keys().join(u", "_s), EventTemplates::PalacioDeHierro),
                                            u"NAME"_s, EventTemplates::PalacioDeHierro);
    const QCommandLineOption samplesOption(u"sample-attendees"_s,
                                           Invocation::tr("Add N fictional attendees to try the registration desk."),
                                           u"N"_s, u"0"_s);
    cli.addOptions({templateOption, samplesOption});
    if (!cli.parse(Invocation::tr("Create a new event file from a template. An existing file is never overwritten."),
                   {{u"FILE"_s, Invocation::tr("The new event file, e.g. taller.taller.")}}))
        return cli.exitCode();

    bool numeric = false;
    const int samples = cli.value(samplesOption).toInt(&numeric);
    if (!numeric || samples < 0 || samples > 1000000)
        return cli.fail(Invocation::tr("--sample-attendees takes a whole number from 0 to 1000000, not \"%1\".")
                            .arg(cli.value(samplesOption)),
                        UsageError);
    const auto eventTemplate = EventTemplates::byKey(cli.value(templateOption), Clock::currentDate());
    if (!eventTemplate)
        return cli.fail(Invocation::tr("Unknown template \"%1\"; choose one of: %2.")
                            .arg(cli.value(templateOption), EventTemplates::keys().join(u", "_s)),
                        UsageError);

    const QString path = cli.positionals().at(0);
    TRY_LET(created, EventService::create(path, *eventTemplate, samples));
    cli.out() << Invocation::tr("Created %1 from the template \"%2\".").arg(path, eventTemplate->key) << '\n';
    return Success;
}

Outcome info(Invocation &cli)
{
    TRY_TAKE(session, cli.open(JsonOutput::Listing, Invocation::tr("Show the event's title, date, venue, times and counts.")));

    TRY_LET(details, EventService(*session).details());
    const RegistrationService registration(*session);
    TRY_LET(attendees, registration.attendeeCount());
    TRY_LET(present, registration.checkedInCount());
    const int total = *attendees;
    const int checkedIn = *present;

    // A desk's copy says which hub it belongs to and what waits for it.
    TRY_LET(link, DeskLedger(session->file()).link());
    TRY_LET(queued, DeskLedger(session->file()).queuedCount());
    if (cli.json()) {
        QJsonObject shown{
            {u"title"_s, details->title},
            {u"organiser"_s, details->organiser},
            {u"date"_s, details->date.isValid() ? QJsonValue(details->date.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null)},
            {u"venue"_s, details->venue},
            {u"address"_s, details->address},
            {u"start"_s, details->start.toString(u"HH:mm"_s)},
            {u"end"_s, details->end.toString(u"HH:mm"_s)},
            {u"expected"_s, details->expectedParticipants},
            {u"attendees"_s, total},
            {u"checked_in"_s, checkedIn},
        };
        if (link->has_value()) {
            shown.insert(u"hub"_s, link->value().hubAddress);
            shown.insert(u"device"_s, link->value().deviceName);
            shown.insert(u"queued"_s, *queued);
        }
        cli.printJson(shown);
        return Success;
    }
    if (const QString warning = EventService::locationWarning(session->path()); !warning.isEmpty())
        cli.err() << u"taller-abierto-cli: "_s << warning << Qt::endl;
    QTextStream &out = cli.out();
    out << details->title << '\n';
    if (!details->organiser.isEmpty())
        out << details->organiser << '\n';
    out << Invocation::tr("Date: %1").arg(EventHeader::dateText(details->date)) << '\n'
        << Invocation::tr("Venue: %1").arg(EventHeader::placeText(details.value())) << '\n'
        << Invocation::tr("Time: %1").arg(EventHeader::timeRangeText(details->start, details->end)) << '\n'
        << Invocation::tr("Expected participants: %1").arg(details->expectedParticipants) << '\n'
        << Invocation::tr("Registered attendees: %1, checked in: %2").arg(total).arg(checkedIn) << '\n';
    if (link->has_value())
        out << Invocation::tr("Desk \"%1\", a copy of the hub at %2; changes waiting to be sent: %3")
                   .arg(link->value().deviceName, link->value().hubAddress)
                   .arg(*queued)
            << '\n';
    return Success;
}

Outcome agenda(Invocation &cli)
{
    TRY_TAKE(session, cli.open(JsonOutput::Listing, Invocation::tr("List the programme: each activity with its times.")));
    TRY_LET(details, EventService(*session).details());
    TRY_LET(items, ProgrammeService(*session).agenda());

    const QList<ScheduledItem> scheduled = schedule(*items, details->start);
    if (cli.json()) {
        QJsonArray list;
        for (const ScheduledItem &s : scheduled) {
            list.append(QJsonObject{
                {u"id"_s, s.item.id},
                {u"start"_s, s.start.toString(u"HH:mm"_s)},
                {u"end"_s, s.end.toString(u"HH:mm"_s)},
                {u"minutes"_s, s.item.minutes},
                {u"kind"_s, keyOf(s.item.kind)},
                {u"title"_s, s.item.title},
                {u"responsible"_s, s.item.responsible.summary()},
                {u"exposition_minutes"_s, optionalJson(s.item.expositionMinutes)},
                {u"questions_minutes"_s, optionalJson(s.item.questionsMinutes)},
                {u"mesas"_s, QJsonArray::fromStringList(s.item.mesaCodes)},
                {u"notes"_s, s.item.notes},
                {u"actual_start"_s, timeJson(s.item.actualStart)},
                {u"actual_end"_s, timeJson(s.item.actualEnd)},
            });
        }
        cli.printJson(list);
        return Success;
    }
    for (const ScheduledItem &s : scheduled) {
        QString line = u"%1–%2  %3  %4"_s.arg(s.start.toString(u"HH:mm"_s), s.end.toString(u"HH:mm"_s),
                                              EventHeader::durationText(s.item.minutes).rightJustified(10), s.item.title);
        if (s.item.hasSplit())
            line += u" ("_s + Invocation::tr("%1 presentation + %2 questions")
                                  .arg(s.item.expositionMinutes.value_or(0))
                                  .arg(s.item.questionsMinutes.value_or(0))
                    + u')';
        if (!s.item.responsible.isEmpty())
            line += u" — "_s + s.item.responsible.summary();
        cli.out() << line << '\n';
    }
    return Success;
}

Outcome printAgenda(Invocation &cli)
{
    return cli.printToPdf(Invocation::tr("Print the workshop programme to a PDF file."),
                          [](EventSession &session) { return ProgrammeService(session).document(); });
}

Outcome importAgenda(Invocation &cli)
{
    const ImportOptions import;
    TRY_TAKE(session, import.open(
        cli,
        Invocation::tr("Replace the programme with the activities of a list (CSV, .xlsx or .ods; columns: start or "
                       "minutes, title, responsible, kind, exposition and questions minutes; as written by export "
                       "agenda). All activities or none; a file with none changes nothing."),
        {u"AGENDA"_s, Invocation::tr("The list: .csv, .xlsx or .ods.")}, AgendaCsv::fields()));
    const QString path = cli.positionals().at(1);
    ProgrammeService programme(*session);
    auto imported = programme.readSheet(path, import.readOptions(cli), import.choices(cli));
    if (!imported)
        return cli.fail(Invocation::tr("%1: %2").arg(path, imported.errorMessage()));
    if (imported->items.isEmpty()) {
        printProblems(cli.out(), imported->problems);
        cli.out().flush();
        return cli.fail(Invocation::tr("%1: no activity can be imported; the programme was left as it was.").arg(path));
    }
    TRY_LET(applied, programme.importSheet(*imported));

    const int warnings = ImportProblem::count(applied->problems, ImportProblem::Kind::Warning);
    if (cli.json()) {
        cli.printJson(QJsonObject{{u"columns"_s, columnsJson(applied->columns)},
                                  {u"imported"_s, applied->imported},
                                  {u"rejected"_s, applied->rejected()},
                                  {u"warnings"_s, warnings},
                                  {u"start"_s, applied->start.toString(u"HH:mm"_s)},
                                  {u"start_changed"_s, applied->startChanged},
                                  {u"start_note"_s, applied->startNote},
                                  {u"problems"_s, problemsJson(applied->problems)}});
        return Success;
    }
    cli.out() << columnsText(applied->columns) << '\n';
    cli.out() << Invocation::tr("imported %1, rejected %2").arg(applied->imported).arg(applied->rejected()) << '\n';
    if (!applied->startNote.isEmpty())
        cli.out() << applied->startNote << '\n';
    printProblems(cli.out(), applied->problems);
    return Success;
}

Outcome exportAgenda(Invocation &cli)
{
    return cli.exportToSheet(Invocation::tr("Write the programme to a spreadsheet, every field included; `import agenda` reads it back."),
                             [](EventSession &session) { return ProgrammeService(session).exportSheet(); });
}

Outcome backup(Invocation &cli)
{
    TRY_TAKE(session, cli.open(Invocation::tr("Write a consistent copy of the event (made by SQLite itself), even while the "
                                "window has it open."),
                 {{u"OUT"_s, Invocation::tr("The copy to write.")}}));
    const QString out = cli.positionals().at(1);
    if (QFileInfo::exists(out))
        return cli.fail(Invocation::tr("%1 already exists; choose another name, it will not be overwritten.").arg(out));
    return cli.reportWrite(EventService(*session).backupTo(out), out);
}

} // namespace taller::cli

// Verbs of the working tables: mesas, seating, commitments, the ficha.

#include "CommandLine.h"
#include "Verbs.h"

#include "MesasService.h"
#include "PlenaryService.h"
#include "RegistrationService.h"
#include "mesas/MesaPlanning.h"

#include <QJsonArray>
#include <QJsonObject>

namespace taller::cli {

using namespace Qt::StringLiterals;

namespace {

QJsonObject commitmentJson(const Commitment &c)
{
    QJsonArray values;
    for (OgpValue value : c.values)
        values.append(keyOf(value));
    return {
        {u"id"_s, c.id},
        {u"mesa"_s, c.mesaCode.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(c.mesaCode)},
        {u"title"_s, c.title},
        {u"status"_s, keyOf(c.status)},
        {u"origin"_s, keyOf(c.origin)},
        {u"source"_s, c.source},
        {u"problem"_s, c.problem},
        {u"description"_s, c.description},
        {u"actions"_s, c.actions},
        {u"responsible"_s, c.responsible},
        {u"participants"_s, c.participants},
        {u"resources"_s, c.resources},
        {u"deadline"_s, c.deadline},
        {u"indicator"_s, c.indicator},
        {u"values"_s, values},
        {u"merged_into"_s, c.mergedInto ? QJsonValue(*c.mergedInto) : QJsonValue(QJsonValue::Null)},
        {u"plenary_note"_s, c.plenaryNote},
        {u"measurable"_s, Commitments::isMeasurable(c)},
    };
}

} // namespace

Outcome listMesas(Invocation &cli)
{
    TRY_TAKE(session, cli.open(JsonOutput::Listing,
                            Invocation::tr("List the mesas with their members and the sectors they come from.")));
    const MesasService service(*session);
    TRY_LET(mesas, service.mesas());
    TRY_LET(seats, service.seating());
    TRY_LET(everyone, RegistrationService(*session).attendees());
    QJsonArray list;
    for (const Mesa &mesa : std::as_const(*mesas)) {
        QList<Attendee> seated;
        for (const Attendee &a : std::as_const(*everyone)) {
            if (seats->value(a.id) == mesa.id)
                seated.append(a);
        }
        const int sectors = MesaPlanning::sectorCount(seated);
        QJsonArray documents;
        for (const Attendee &a : std::as_const(seated))
            documents.append(a.documentNumber);
        list.append(QJsonObject{{u"code"_s, mesa.code}, {u"name"_s, mesa.name}, {u"theme"_s, mesa.theme},
                                {u"moderator"_s, mesa.moderator}, {u"rapporteur"_s, mesa.rapporteur}, {u"place"_s, mesa.place},
                                {u"members"_s, documents}, {u"sectors"_s, sectors},
                                {u"few_sectors"_s, !seated.isEmpty() && sectors < MesaPlanning::MinimumSectors}});
        if (!cli.json())
            cli.out() << u"%1  %2  (%3)"_s.arg(mesa.code, mesa.name, Invocation::tr("%n members", nullptr, int(seated.size())))
                      << (sectors < MesaPlanning::MinimumSectors && !seated.isEmpty()
                              ? u"  "_s + Invocation::tr("only %n sectors", nullptr, sectors)
                              : QString())
                      << '\n';
    }
    if (cli.json())
        cli.printJson(list);
    return Success;
}

Outcome balance(Invocation &cli)
{
    const QCommandLineOption everyone(u"everyone"_s, Invocation::tr("Seat everyone registered, not only those checked in."));
    const QCommandLineOption preference(u"by-preference"_s, Invocation::tr("Seat people at their preferred mesa, then balance the rest."));
    cli.addOptions({everyone, preference});
    TRY_TAKE(session, cli.open(Invocation::tr("Seat attendees at the mesas: sizes differ by at most one and sectors are mixed. "
                                "Replaces the current seating.")));
    MesasService service(*session);
    TRY_LET(seated, service.balance({cli.isSet(everyone), cli.isSet(preference)}));
    TRY_LET(mesas, service.mesas());
    cli.out() << Invocation::tr("Seated %1 people at %2 mesas.").arg(*seated).arg(mesas->size()) << '\n';
    return Success;
}

Outcome assign(Invocation &cli)
{
    TRY_TAKE(session, cli.open(Invocation::tr("Seat one attendee at a mesa (or at none, with MESA \"-\")."),
                            {{u"DOCUMENT"_s, Invocation::tr("The document number.")},
                             {u"MESA"_s, Invocation::tr("The mesa's code, such as M2.")}}));
    if (Status seated = MesasService(*session).seatByDocument(cli.positionals().at(1), cli.positionals().at(2));
        !seated)
        return cli.fail(seated.error());
    return Success;
}

Outcome importCommitments(Invocation &cli)
{
    const ImportOptions import;
    const QCommandLineOption headerRow(u"header-row"_s,
                                       Invocation::tr("The line that names the columns (found in the first rows by default)."), u"N"_s);
    const QCommandLineOption mesa(u"mesa"_s,
                                  Invocation::tr("Take back this mesa's commitments typed into a copy of this event (made "
                                                 "with backup): a commitment changed both here and in the copy is named, "
                                                 "not overwritten."),
                                  u"CODE"_s);
    cli.addOptions({headerRow, mesa});
    TRY_TAKE(session, import.open(
        cli,
        Invocation::tr(
            "Import input commitments from a list (CSV, .xlsx or .ods) (mesa, title, description, actions, responsible, "
            "participants, resources, deadline, indicator) or the approved commitments of an "
            "earlier event file."),
        {u"SOURCE"_s, Invocation::tr("A list (.csv, .xlsx, .ods), or another .taller event file.")},
        CommitmentImport::fields()));
    const QString source = cli.positionals().at(1);
    if (cli.isSet(mesa)) {
        TRY_LET(taken, MesasService(*session).takeInFromCopy(source, cli.value(mesa).toUpper()));
        if (cli.json()) {
            cli.printJson(QJsonObject{{u"added"_s, taken->added},
                                      {u"updated"_s, taken->updated},
                                      {u"unchanged"_s, taken->unchanged},
                                      {u"conflicts"_s, QJsonArray::fromStringList(taken->conflicts)}});
            return Success;
        }
        cli.out() << Invocation::tr("added %1, updated %2, unchanged %3, conflicts %4")
                         .arg(taken->added)
                         .arg(taken->updated)
                         .arg(taken->unchanged)
                         .arg(taken->conflicts.size())
                  << '\n';
        for (const QString &conflict : taken->conflicts)
            cli.out() << u"  "_s << conflict << '\n';
        return Success;
    }
    auto report = MesasService(*session).importCommitments(source, import.readOptions(cli), import.choices(cli), cli.value(headerRow).toInt());
    if (!report)
        return cli.fail(Invocation::tr("%1: %2").arg(source, report.errorMessage()));
    if (cli.json()) {
        cli.printJson(QJsonObject{{u"columns"_s, columnsJson(report->columns)},
                                  {u"imported"_s, report->imported},
                                  {u"rejected"_s, report->rejected()},
                                  {u"problems"_s, problemsJson(report->problems)},
                                  {u"header_line"_s, report->headerLine}});
        return Success;
    }
    if (!report->columns.isEmpty())
        cli.out() << columnsText(report->columns) << '\n';
    cli.out() << Invocation::tr("imported %1, rejected %2").arg(report->imported).arg(report->rejected()) << '\n';
    printProblems(cli.out(), report->problems);
    return Success;
}

Outcome exportCommitments(Invocation &cli)
{
    return cli.exportToSheet(Invocation::tr("Write every commitment to a spreadsheet that `import commitments` reads back as it was."),
                             [](EventSession &session) { return MesasService(session).exportCommitments(); });
}

Outcome listCommitments(Invocation &cli)
{
    const QCommandLineOption mesa(u"mesa"_s, Invocation::tr("Only this mesa's commitments."), u"CODE"_s);
    cli.addOptions({mesa});
    TRY_TAKE(session, cli.open(JsonOutput::Listing, Invocation::tr("List the commitments with every field, status and origin.")));
    TRY_LET(commitments, MesasService(*session).commitments());
    QJsonArray list;
    for (const Commitment &c : std::as_const(*commitments)) {
        if (cli.isSet(mesa) && c.mesaCode.compare(cli.value(mesa), Qt::CaseInsensitive) != 0)
            continue;
        list.append(commitmentJson(c));
        if (!cli.json())
            cli.out() << u"%1  %2  %3  [%4]"_s.arg(QString::number(c.id).rightJustified(4), c.mesaCode.leftJustified(4), c.title,
                                                  displayNameOf(c.status))
                      << '\n';
    }
    if (cli.json())
        cli.printJson(list);
    return Success;
}

Outcome printMesa(Invocation &cli)
{
    TRY_TAKE(session, cli.open(
        Invocation::tr("Print a mesa's worksheet (ficha de mesa) to a PDF file."),
        {{u"CODE"_s, Invocation::tr("The mesa's code, such as M1.")}, {u"OUT"_s, Invocation::tr("The PDF to write.")}}));
    return cli.writePdf(MesasService(*session).mesaWorksheet(cli.positionals().at(1)), cli.positionals().at(2));
}

Outcome amend(Invocation &cli)
{
    // One option per field, named as `commitments --json` names it.
    QList<std::pair<QCommandLineOption, QString Commitment::*>> fields{
        {QCommandLineOption(u"title"_s, Invocation::tr("The new text of this field."), u"TEXT"_s), &Commitment::title}};
    for (const CommitmentTextField &field : Commitments::textFields())
        fields.append({QCommandLineOption(QString::fromUtf16(field.key), Invocation::tr("The new text of this field."), u"TEXT"_s),
                       field.member});
    for (const auto &[option, member] : fields)
        cli.addOption(option);
    if (!cli.parse(Invocation::tr("Change a commitment's text in the plenary: it is then recorded as amended in plenary, "
                                  "as on the Plenaria page."),
                   {Invocation::eventFile(), {u"COMMITMENT_ID"_s, Invocation::tr("The commitment's id.")}}))
        return cli.exitCode();
    const QStringList args = cli.positionals();
    bool numeric = false;
    const qint64 id = args.at(1).toLongLong(&numeric);
    if (!numeric)
        return cli.fail(Invocation::tr("\"%1\" is not a commitment id.").arg(args.at(1)), UsageError);
    TRY_TAKE(session, cli.openEvent(args.at(0)));
    TRY_LET(found, MesasService(*session).commitment(id));
    if (!found->has_value())
        return cli.fail(Invocation::tr("There is no commitment %1.").arg(id));
    Commitment changed = found->value();
    for (const auto &[option, member] : fields) {
        if (cli.isSet(option))
            changed.*member = cli.value(option);
    }
    TRY_LET(amended, PlenaryService(*session).amend(changed));
    cli.out() << Invocation::tr("Commitment %1 \"%2\": %3.").arg(amended->id).arg(amended->title, displayNameOf(amended->origin))
              << Qt::endl;
    return Success;
}

} // namespace taller::cli

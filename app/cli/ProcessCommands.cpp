// Verbs of the co-creation process: fichas, criteria, scores and votes,
// advancing stages, the final selection, the trace back from a commitment,
// and the reasoned response.

#include "CommandLine.h"
#include "Verbs.h"

#include "ProcessService.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

namespace taller::cli {

using namespace Qt::StringLiterals;

namespace {

QJsonValue scoreJson(const std::optional<double> &score)
{
    return score ? QJsonValue(std::round(*score * 1000) / 1000) : QJsonValue(QJsonValue::Null);
}

QJsonObject standingJson(const InitiativeStanding &s)
{
    QJsonObject fields;
    for (FichaField f : valuesOf<FichaField>())
        fields.insert(keyOf(f), s.initiative.field(f));
    QJsonArray commitments;
    for (qint64 c : s.commitments)
        commitments.append(c);
    QJsonArray missing;
    for (const QString &m : Initiatives::missing(s.initiative))
        missing.append(m);
    return {
        {u"id"_s, s.initiative.id},
        {u"organisation"_s, s.initiative.organisation},
        {u"title"_s, s.initiative.title()},
        {u"stage"_s, s.initiative.stage},
        {u"status"_s, keyOf(s.initiative.status)},
        {u"score"_s, scoreJson(s.score)},
        {u"rank"_s, s.rank > 0 ? QJsonValue(s.rank) : QJsonValue(QJsonValue::Null)},
        {u"of"_s, s.of},
        {u"tied"_s, s.tied},
        {u"reason"_s, s.reason},
        {u"merged_into"_s, s.initiative.mergedInto ? QJsonValue(*s.initiative.mergedInto) : QJsonValue(QJsonValue::Null)},
        {u"commitments"_s, commitments},
        {u"missing"_s, missing},
        {u"source"_s, s.initiative.source},
        {u"ficha"_s, fields},
    };
}

QList<qint64> parseIds(const QString &text, bool *ok)
{
    QList<qint64> ids;
    *ok = true;
    for (const QString &part : text.split(u',', Qt::SkipEmptyParts)) {
        bool good = false;
        const qint64 id = part.trimmed().toLongLong(&good);
        if (!good || id <= 0) {
            *ok = false;
            return {};
        }
        if (!ids.contains(id))
            ids.append(id);
    }
    *ok = !ids.isEmpty();
    return ids;
}

int reportBatch(Invocation &cli, ProcessService &service, qint64 batch, const QString &what)
{
    auto decisions = service.decisions();
    if (!decisions)
        return cli.fail(decisions.error());
    int advanced = 0, notAdvanced = 0, selected = 0;
    for (const InitiativeDecision &d : std::as_const(*decisions)) {
        if (d.batch != batch)
            continue;
        if (d.kind == DecisionKind::Advanced)
            ++advanced;
        else if (d.kind == DecisionKind::NotAdvanced)
            ++notAdvanced;
        else if (d.kind == DecisionKind::Selected)
            ++selected;
    }
    cli.out() << what.arg(advanced + selected).arg(notAdvanced) << '\n';
    return Success;
}

} // namespace

Outcome importInitiatives(Invocation &cli)
{
    const QCommandLineOption dryRun(u"dry-run"_s, Invocation::tr("Check the file and report, without importing."));
    const ImportOptions import;
    cli.addOptions({dryRun, import.sheet});
    if (!cli.parse(
            JsonOutput::Report,
            Invocation::tr("Import fichas (initiatives) from a list whose first row names the columns, as the "
                           "\"Ficha informativa de actividad priorizada\" words them. They enter the process at its "
                           "formulation stage. All accepted rows are imported in one go, or none."),
            {Invocation::eventFile(), {u"LIST"_s, Invocation::tr("The list: .csv, .tsv, .txt, .xlsx or .ods.")}}))
        return cli.exitCode();
    TRY_TAKE(session, cli.openEvent(cli.positionals().at(0)));
    const QString path = cli.positionals().at(1);
    ProcessService service(*session);
    TRY_LET(plan, service.prepareImport(path, import.readOptions(cli)));
    InitiativeImport::Report report;
    report.problems = plan->problems;
    for (const Initiative &i : std::as_const(plan->initiatives)) {
        if (!Initiatives::missing(i).isEmpty())
            ++report.incomplete;
    }
    if (!cli.isSet(dryRun)) {
        TRY_LET(committed, service.import(*plan));
        report = *committed;
    }
    const int accepted = int(plan->initiatives.size());
    if (cli.json()) {
        cli.printJson(QJsonObject{{u"imported"_s, cli.isSet(dryRun) ? 0 : report.imported},
                                  {u"accepted"_s, accepted},
                                  {u"incomplete"_s, report.incomplete},
                                  {u"rejected"_s, plan->count(ImportProblem::Kind::Rejected)},
                                  {u"duplicates"_s, plan->count(ImportProblem::Kind::Duplicate)},
                                  {u"dry_run"_s, cli.isSet(dryRun)},
                                  {u"problems"_s, problemsJson(report.problems)}});
        return Success;
    }
    printProblems(cli.err(), report.problems);
    if (cli.isSet(dryRun))
        cli.out() << Invocation::tr("Dry run: %1 fichas would be imported (%2 incomplete); nothing was written.").arg(accepted).arg(report.incomplete) << '\n';
    else
        cli.out() << Invocation::tr("Imported %1 fichas (%2 incomplete).").arg(report.imported).arg(report.incomplete) << '\n';
    return Success;
}

Outcome listInitiatives(Invocation &cli)
{
    const QCommandLineOption stage(u"stage"_s, Invocation::tr("Only those that reached stage N."), u"N"_s);
    cli.addOptions({stage});
    TRY_TAKE(session, cli.open(JsonOutput::Listing,
                            Invocation::tr("List the initiatives with their stage, status, score, rank and reason.")));
    int onlyStage = 0;
    if (cli.isSet(stage)) {
        bool ok = false;
        onlyStage = cli.value(stage).toInt(&ok);
        if (!ok || onlyStage < 1)
            return cli.fail(Invocation::tr("--stage takes a stage number, such as 3."), UsageError);
    }
    TRY_LET(standings, ProcessService(*session).standings());
    QJsonArray list;
    for (const InitiativeStanding &s : std::as_const(*standings)) {
        if (onlyStage > 0 && s.initiative.stage < onlyStage)
            continue;
        if (cli.json()) {
            list.append(standingJson(s));
            continue;
        }
        cli.out() << u"%1  %2  [%3]  %4  %5  %6%7  %8"_s.arg(s.initiative.id)
                         .arg(Initiatives::roman(s.initiative.stage), keyOf(s.initiative.status))
                         .arg(Initiatives::scoreText(s.score, s.method), s.rank > 0 ? u"#"_s + QString::number(s.rank) : u"-"_s)
                         .arg(s.tied ? u"="_s : QString(), s.initiative.organisation + u" — "_s + s.initiative.title())
                         .arg(s.reason)
                  << '\n';
    }
    if (cli.json())
        cli.printJson(list);
    return Success;
}

Outcome listCriteria(Invocation &cli)
{
    TRY_TAKE(session, cli.open(JsonOutput::Listing, Invocation::tr("List the prioritisation criteria and their weights.")));
    ProcessService service(*session);
    TRY_LET(process, service.process());
    TRY_LET(criteria, service.criteria());
    // Before the process is used, the defaults it would start with.
    const QList<Criterion> shown = process->has_value() ? *criteria : Initiatives::defaultCriteria();
    QJsonArray list;
    for (const Criterion &c : shown) {
        list.append(QJsonObject{{u"id"_s, c.id}, {u"name"_s, c.name}, {u"weight"_s, c.weight}});
        if (!cli.json())
            cli.out() << u"%1  %2  "_s.arg(c.id).arg(c.name) << Invocation::tr("weight %1").arg(QLocale().toString(c.weight)) << '\n';
    }
    if (cli.json())
        cli.printJson(list);
    return Success;
}

Outcome addCriterion(Invocation &cli)
{
    const QCommandLineOption weight(u"weight"_s, Invocation::tr("Its weight, more than zero."), u"W"_s, u"1"_s);
    cli.addOption(weight);
    TRY_TAKE(session, cli.open(Invocation::tr("Add a prioritisation criterion."),
                            {{u"NAME"_s, Invocation::tr("The criterion's name.")}}));
    bool ok = false;
    const double w = QLocale::c().toDouble(cli.value(weight).replace(u',', u'.'), &ok);
    if (!ok || !(w > 0))
        return cli.fail(Invocation::tr("--weight takes a number more than zero, such as 2 or 1.5."), UsageError);
    TRY_LET(added, ProcessService(*session).addCriterion(cli.positionals().at(1), w));
    cli.out() << Invocation::tr("Added criterion %1 \"%2\".").arg(added->id).arg(added->name) << '\n';
    return Success;
}

Outcome score(Invocation &cli)
{
    const QCommandLineOption by(u"by"_s, Invocation::tr("Who scores: a mesa or a person."), u"SCORER"_s);
    cli.addOption(by);
    TRY_TAKE(session, cli.open(
        Invocation::tr("Record one scorer's value, 1 to 5, for an initiative on a criterion, at the stage where the "
                       "initiative now is. A second value from the same scorer replaces the first."),
        {{u"INITIATIVE_ID"_s, Invocation::tr("The initiative.")},
         {u"CRITERION"_s, Invocation::tr("The criterion's id or name.")},
         {u"VALUE"_s, Invocation::tr("1 to 5.")}}));
    if (!cli.isSet(by))
        return cli.fail(Invocation::tr("say who scores with --by (a mesa or a person)."), UsageError);
    const QStringList args = cli.positionals();
    bool idOk = false, valueOk = false;
    const qint64 id = args.at(1).toLongLong(&idOk);
    const int value = args.at(3).toInt(&valueOk);
    if (!idOk || !valueOk)
        return cli.fail(Invocation::tr("INITIATIVE_ID and VALUE are numbers."), UsageError);
    ProcessService service(*session);
    TRY_LET(criterion, service.findCriterion(args.at(2)));
    TRY(service.setScore(id, criterion->id, cli.value(by), value));
    return Success;
}

Outcome vote(Invocation &cli)
{
    const QCommandLineOption by(u"by"_s, Invocation::tr("Who votes: a mesa or a person."), u"SCORER"_s);
    const QCommandLineOption dots(u"dots"_s, Invocation::tr("How many dots (0 takes them back)."), u"N"_s);
    cli.addOptions({by, dots});
    TRY_TAKE(session, cli.open(
        Invocation::tr("Record one participant's dots for an initiative, at a stage that prioritises by dot voting."),
        {{u"INITIATIVE_ID"_s, Invocation::tr("The initiative.")}}));
    if (!cli.isSet(by) || !cli.isSet(dots))
        return cli.fail(Invocation::tr("give --dots N and --by SCORER."), UsageError);
    bool idOk = false, dotsOk = false;
    const qint64 id = cli.positionals().at(1).toLongLong(&idOk);
    const int n = cli.value(dots).toInt(&dotsOk);
    if (!idOk || !dotsOk)
        return cli.fail(Invocation::tr("INITIATIVE_ID and --dots are numbers."), UsageError);
    TRY(ProcessService(*session).setVote(id, cli.value(by), n));
    return Success;
}

Outcome advance(Invocation &cli)
{
    const QCommandLineOption stage(u"stage"_s, Invocation::tr("The stage to advance to."), u"N"_s);
    const QCommandLineOption top(u"top"_s, Invocation::tr("Advance the first K by rank."), u"K"_s);
    const QCommandLineOption ids(u"ids"_s, Invocation::tr("Advance these initiatives."), u"ID,ID,..."_s);
    const QCommandLineOption reason(u"reason"_s, Invocation::tr("Why the others do not advance (the numbers are added)."), u"TEXT"_s);
    cli.addOptions({stage, top, ids, reason});
    TRY_TAKE(session, cli.open(
        Invocation::tr("Move initiatives from the stage before N to stage N; every other one there is recorded "
                       "as not advanced, with its reason.")));
    bool ok = false;
    const int n = cli.value(stage).toInt(&ok);
    if (!cli.isSet(stage) || !ok || n < 2)
        return cli.fail(Invocation::tr("give --stage N, the stage to advance to (2 or more)."), UsageError);
    if (cli.isSet(top) == cli.isSet(ids))
        return cli.fail(Invocation::tr("give either --top K or --ids ID,ID,..."), UsageError);
    ProcessService service(*session);
    Result<qint64> batch = Error{};
    if (cli.isSet(top)) {
        const int k = cli.value(top).toInt(&ok);
        if (!ok || k < 1)
            return cli.fail(Invocation::tr("--top takes a number, 1 or more."), UsageError);
        batch = service.advanceTop(n, k, cli.value(reason));
    } else {
        const QList<qint64> chosen = parseIds(cli.value(ids), &ok);
        if (!ok)
            return cli.fail(Invocation::tr("--ids takes initiative ids separated by commas, such as 3,7,12."), UsageError);
        batch = service.advance(n, chosen, cli.value(reason));
    }
    if (!batch)
        return cli.fail(batch.error());
    return reportBatch(cli, service, *batch, Invocation::tr("%1 initiatives advanced; %2 did not, each with its reason recorded."));
}

Outcome merge(Invocation &cli)
{
    const QCommandLineOption reason(u"reason"_s, Invocation::tr("Why they are merged."), u"TEXT"_s);
    cli.addOption(reason);
    TRY_TAKE(session, cli.open(Invocation::tr("Merge one initiative into another; both stay in the record, and the commitment the "
                                "second becomes remembers both fichas."),
                 {{u"ID"_s, Invocation::tr("The initiative merged.")},
                  {u"INTO_ID"_s, Invocation::tr("The initiative it joins.")}}));
    bool a = false, b = false;
    const qint64 from = cli.positionals().at(1).toLongLong(&a);
    const qint64 into = cli.positionals().at(2).toLongLong(&b);
    if (!a || !b)
        return cli.fail(Invocation::tr("ID and INTO_ID are initiative ids."), UsageError);
    TRY_LET(batch, ProcessService(*session).merge(from, into, cli.value(reason)));
    cli.out() << Invocation::tr("Initiative %1 merged into %2.").arg(from).arg(into) << '\n';
    return Success;
}

Outcome select(Invocation &cli)
{
    const QCommandLineOption reason(u"reason"_s, Invocation::tr("Why these were chosen (the numbers are added)."), u"TEXT"_s);
    cli.addOption(reason);
    TRY_TAKE(session, cli.open(
        Invocation::tr("The final choice: each chosen initiative becomes a commitment that remembers its ficha; "
                       "every other one still competing is recorded as not selected."),
        {{u"IDS"_s, Invocation::tr("Initiative ids separated by commas.")}}));
    bool ok = false;
    const QList<qint64> chosen = parseIds(cli.positionals().at(1), &ok);
    if (!ok)
        return cli.fail(Invocation::tr("IDS are initiative ids separated by commas, such as 3,7,12."), UsageError);
    ProcessService service(*session);
    TRY_LET(batch, service.select(chosen, cli.value(reason)));
    TRY_LET(decisions, service.decisions());
    for (const InitiativeDecision &d : std::as_const(*decisions)) {
        if (d.batch == *batch && d.commitmentId)
            cli.out() << Invocation::tr("Initiative %1 became commitment %2.").arg(d.initiativeId).arg(*d.commitmentId) << '\n';
    }
    return reportBatch(cli, service, *batch, Invocation::tr("%1 initiatives selected; %2 not selected, each with its reason recorded."));
}

Outcome trace(Invocation &cli)
{
    TRY_TAKE(session, cli.open(JsonOutput::Listing,
                 Invocation::tr("A commitment's way back to its ficha(s): every decision, its date and its reason."),
                 {{u"COMMITMENT_ID"_s, Invocation::tr("The commitment.")}}));
    bool ok = false;
    const qint64 id = cli.positionals().at(1).toLongLong(&ok);
    if (!ok)
        return cli.fail(Invocation::tr("COMMITMENT_ID is a number."), UsageError);
    TRY_LET(t, ProcessService(*session).trace(id));
    if (cli.json()) {
        QJsonArray fichas, steps;
        for (const Initiative &i : std::as_const(t->fichas))
            fichas.append(QJsonObject{{u"id"_s, i.id}, {u"organisation"_s, i.organisation}, {u"title"_s, i.title()}, {u"source"_s, i.source}});
        for (const CommitmentTrace::Step &s : std::as_const(t->steps))
            steps.append(QJsonObject{{u"at"_s, s.at.isValid() ? QJsonValue(s.at.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue(QJsonValue::Null)},
                                     {u"initiative"_s, s.initiativeId > 0 ? QJsonValue(s.initiativeId) : QJsonValue(QJsonValue::Null)},
                                     {u"stage"_s, s.stage},
                                     {u"what"_s, s.what},
                                     {u"reason"_s, s.reason}});
        cli.printJson(QJsonObject{{u"commitment"_s, t->commitmentId}, {u"title"_s, t->commitmentTitle}, {u"fichas"_s, fichas}, {u"steps"_s, steps}});
        return Success;
    }
    cli.out() << Invocation::tr("Commitment %1: %2").arg(t->commitmentId).arg(t->commitmentTitle) << '\n';
    for (const Initiative &i : std::as_const(t->fichas))
        cli.out() << "  " << Invocation::tr("Ficha %1: %2 (%3)").arg(i.id).arg(i.title(), i.organisation) << '\n';
    for (const CommitmentTrace::Step &s : std::as_const(t->steps)) {
        cli.out() << "  " << (s.at.isValid() ? QLocale().toString(s.at.toLocalTime(), QLocale::ShortFormat) : u"—"_s) << "  "
                  << (s.initiativeId > 0 ? Invocation::tr("ficha %1").arg(s.initiativeId) + u"  "_s : QString()) << s.what;
        if (!s.reason.isEmpty())
            cli.out() << ": " << s.reason;
        cli.out() << '\n';
    }
    return Success;
}

Outcome printResponse(Invocation &cli)
{
    const SigningOptions signing;
    signing.addTo(cli);
    TRY_TAKE(session, cli.open(Invocation::tr("Print the reasoned response: every initiative, who proposed it, what happened at "
                                              "each stage with its score and reason, and the funnel."),
                               {{u"OUT.pdf"_s, Invocation::tr("The PDF to write.")}}));
    TRY_TAKE(certificate, signing.load(cli));
    return cli.writePdf(ProcessService(*session).reasonedResponse(), cli.positionals().at(1),
                        certificate ? &*certificate : nullptr);
}

Outcome printFicha(Invocation &cli)
{
    const QCommandLineOption blank(u"blank"_s, Invocation::tr("The blank form, to fill by hand."));
    cli.addOption(blank);
    TRY_TAKE(session, cli.open(Invocation::tr("Print a filled ficha, or the blank form with --blank."),
                            {{u"ID"_s, Invocation::tr("The initiative (not with --blank).")},
                             {u"OUT.pdf"_s, Invocation::tr("The PDF to write.")}},
                            2));
    const QStringList args = cli.positionals();
    ProcessService service(*session);
    if (cli.isSet(blank)) {
        if (args.size() != 2)
            return cli.fail(Invocation::tr("with --blank, give only FILE and OUT.pdf."), UsageError);
        return cli.writePdf(service.blankFicha(), args.at(1));
    }
    if (args.size() != 3)
        return cli.fail(Invocation::tr("give the initiative's id, or --blank."), UsageError);
    bool ok = false;
    const qint64 id = args.at(1).toLongLong(&ok);
    if (!ok)
        return cli.fail(Invocation::tr("ID is a number."), UsageError);
    return cli.writePdf(service.ficha(id), args.at(2));
}

Outcome exportInitiatives(Invocation &cli)
{
    TRY_TAKE(session, cli.open(Invocation::tr("Write every initiative, its fate and its ficha to .xlsx or CSV for open-data "
                                "publication (CSV: UTF-8, \";\" between fields)."),
                 {{u"OUT"_s, Invocation::tr("The .xlsx or .csv file to write.")}}));
    return cli.writeSheet(ProcessService(*session).initiativesSheet(), cli.positionals().at(1));
}

Outcome showProcess(Invocation &cli)
{
    const QCommandLineOption name(u"name"_s, Invocation::tr("Rename the process."), u"NAME"_s);
    const QCommandLineOption institution(u"institution"_s, Invocation::tr("The institution that runs it."), u"NAME"_s);
    const QCommandLineOption start(u"start"_s, Invocation::tr("Start the process with the default stages and criteria."));
    cli.addOptions({name, institution, start});
    TRY_TAKE(session, cli.open(JsonOutput::Listing,
                            Invocation::tr("Show the co-creation process and its stages, or start or rename it.")));
    ProcessService service(*session);
    if (cli.isSet(start) || cli.isSet(name) || cli.isSet(institution)) {
        TRY_LET(p, service.start());
        Process changed = *p;
        if (cli.isSet(name))
            changed.name = cli.value(name);
        if (cli.isSet(institution))
            changed.institution = cli.value(institution);
        TRY(service.saveProcess(changed));
    }
    TRY_LET(p, service.process());
    if (!p->has_value()) {
        if (cli.json())
            cli.printJson(QJsonObject{{u"process"_s, QJsonValue(QJsonValue::Null)}});
        else
            cli.out() << Invocation::tr("This event has no co-creation process; importing initiatives or --start begins one.") << '\n';
        return Success;
    }
    const Process &process = **p;
    TRY_LET(funnel, service.funnel());
    QJsonArray stages;
    for (const ProcessStage &st : process.stages) {
        int reached = 0;
        for (const Funnel::Step &step : funnel->steps) {
            if (step.label == Initiatives::stageTitle(st))
                reached = step.count;
        }
        stages.append(QJsonObject{{u"number"_s, st.number}, {u"name"_s, st.name},
                                  {u"starts"_s, st.starts.isValid() ? QJsonValue(st.starts.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null)},
                                  {u"ends"_s, st.ends.isValid() ? QJsonValue(st.ends.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null)},
                                  {u"method"_s, keyOf(st.method)}, {u"dots_per_scorer"_s, st.dotsPerScorer},
                                  {u"initiatives"_s, reached}});
        if (!cli.json())
            cli.out() << u"%1  %2  (%3)  "_s.arg(Initiatives::roman(st.number), st.name, displayNameOf(st.method))
                      << (st.number >= process.entryStage ? Invocation::tr("%1 initiatives").arg(reached) : QString()) << '\n';
    }
    if (cli.json())
        cli.printJson(QJsonObject{{u"name"_s, process.name}, {u"institution"_s, process.institution}, {u"entry_stage"_s, process.entryStage},
                                  {u"stages"_s, stages}});
    else
        cli.out() << process.name << " — " << process.institution << '\n';
    return Success;
}

Outcome editStage(Invocation &cli)
{
    const QCommandLineOption name(u"name"_s, Invocation::tr("The stage's name."), u"NAME"_s);
    const QCommandLineOption from(u"from"_s, Invocation::tr("First day, YYYY-MM-DD."), u"DATE"_s);
    const QCommandLineOption to(u"to"_s, Invocation::tr("Last day, YYYY-MM-DD."), u"DATE"_s);
    const QCommandLineOption method(u"method"_s, Invocation::tr("How it prioritises: scores or dots."), u"METHOD"_s);
    const QCommandLineOption dots(u"dots"_s, Invocation::tr("With dots: how many each participant has."), u"N"_s);
    const QCommandLineOption add(u"add"_s, Invocation::tr("Add stage N at the end of the process."));
    cli.addOptions({name, from, to, method, dots, add});
    TRY_TAKE(session, cli.open(Invocation::tr("Change a stage of the process: its name, dates, and how it prioritises."),
                            {{u"N"_s, Invocation::tr("The stage's number.")}}));
    bool ok = false;
    const int number = cli.positionals().at(1).toInt(&ok);
    if (!ok || number < 1)
        return cli.fail(Invocation::tr("N is a stage number, such as 3."), UsageError);
    ProcessService service(*session);
    TRY_LET(p, service.start());
    Process changed = *p;
    if (cli.isSet(add)) {
        if (number != changed.lastStage() + 1)
            return cli.fail(Invocation::tr("the next stage is %1.").arg(changed.lastStage() + 1), UsageError);
        ProcessStage st;
        st.number = number;
        changed.stages.append(st);
    }
    ProcessStage *st = nullptr;
    for (ProcessStage &s : changed.stages) {
        if (s.number == number)
            st = &s;
    }
    if (!st)
        return cli.fail(Invocation::tr("the process has no stage %1.").arg(number));
    if (cli.isSet(name))
        st->name = cli.value(name).simplified();
    for (const auto &[option, date] : {std::pair{&from, &st->starts}, std::pair{&to, &st->ends}}) {
        if (!cli.isSet(*option))
            continue;
        *date = QDate::fromString(cli.value(*option), Qt::ISODate);
        if (!date->isValid() && !cli.value(*option).isEmpty())
            return cli.fail(Invocation::tr("\"%1\" is not a date; write YYYY-MM-DD.").arg(cli.value(*option)),
                            UsageError);
    }
    if (cli.isSet(method)) {
        auto m = fromKey<StageMethod>(cli.value(method));
        if (!m)
            return cli.fail(Invocation::tr("--method is scores or dots."), UsageError);
        st->method = *m;
    }
    if (cli.isSet(dots)) {
        const int n = cli.value(dots).toInt(&ok);
        if (!ok || n < 1)
            return cli.fail(Invocation::tr("--dots takes a number, 1 or more."), UsageError);
        st->dotsPerScorer = n;
    }
    TRY(service.saveProcess(changed));
    return Success;
}

} // namespace taller::cli

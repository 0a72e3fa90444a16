// The co-creation process: fichas in, prioritised, advanced with reasons,
// selected into commitments, traced back, answered in print.

#include "TestSupport.h"

#include "base/Migrations.h"

#include "tabular/TabularReader.h"

#include "ActaService.h"
#include "EventDocument.h"
#include "EventSession.h"
#include "MesasService.h"
#include "PlenaryService.h"
#include "ProcessService.h"
#include "base/SqlStatement.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStringEncoder>
#include <QTemporaryDir>

using namespace taller;
using namespace Qt::StringLiterals;

namespace {

std::unique_ptr<EventSession> newEvent(const QTemporaryDir &dir, const QString &name = u"proceso.taller"_s)
{
    const QString path = dir.filePath(name);
    REQUIRE(test::runCli({u"new"_s, path}).exitCode == 0);
    auto session = EventSession::open(path);
    REQUIRE(session.ok());
    return std::move(*session);
}

int count(EventFile &file, const QString &sql, const QVariantList &values = {})
{
    auto n = SqlStatement::scalar(file.database(), sql, values);
    REQUIRE(n.ok());
    return n->toInt();
}

// One ficha of organisation for each activity, saved in that order: in a new
// process their ids are 1, 2, 3…
void saveFichas(ProcessService &process, const QString &organisation, const QStringList &activities)
{
    for (const QString &activity : activities) {
        Initiative i;
        i.organisation = organisation;
        i.field(FichaField::Activity) = activity;
        REQUIRE(process.saveInitiative(i).ok());
    }
}

// The seventy fichas of the seed, scored by five mesas on every criterion:
// initiative n (from 1) gets 3(n-1) weighted points less than the best, so
// that the ranking is known and has no ties among the first sixty.
void importAndScore(ProcessService &process)
{
    auto plan = process.prepareImport(test::testDataPath(u"fichas_la_libertad.csv"_s));
    REQUIRE(plan.ok());
    REQUIRE(process.import(*plan).ok());
    auto criteria = process.criteria();
    REQUIRE(criteria.ok());
    QList<Criterion> heaviestFirst = *criteria;
    std::stable_sort(heaviestFirst.begin(), heaviestFirst.end(), [](const Criterion &a, const Criterion &b) { return a.weight > b.weight; });
    const QStringList mesas{u"M1"_s, u"M2"_s, u"M3"_s, u"M4"_s, u"M5"_s};
    for (qint64 id = 1; id <= 70; ++id) {
        int deficit = int(3 * (id - 1));
        for (const Criterion &c : std::as_const(heaviestFirst)) {
            for (const QString &mesa : mesas) {
                const int w = int(c.weight);
                const int lower = std::min(4, deficit / w);
                deficit -= lower * w;
                REQUIRE(process.setScore(id, c.id, mesa, 5 - lower).ok());
            }
        }
    }
}

} // namespace

TEST_CASE("Fichas import with the seed's own headers, a file shows no process until one is used", "[process]")
{
    QTemporaryDir dir;
    auto session = newEvent(dir);
    ProcessService process(*session);
    REQUIRE(process.process().ok());
    CHECK_FALSE(process.process()->has_value());
    CHECK(count(session->file(), u"SELECT count(*) FROM process"_s) == 0);

    auto plan = process.prepareImport(test::testDataPath(u"fichas_la_libertad.csv"_s));
    REQUIRE(plan.ok());
    CHECK(plan->initiatives.size() == 70);
    CHECK(plan->count(ImportProblem::Kind::Rejected) == 0);
    // Incomplete fichas are named with the field they lack, and still come in.
    bool namedMeta = false;
    for (const ImportProblem &p : std::as_const(plan->problems))
        namedMeta = namedMeta || (p.line == 10 && p.reason.contains(displayNameOf(FichaField::PhysicalTargetSecondYear)));
    CHECK(namedMeta);
    auto report = process.import(*plan);
    REQUIRE(report.ok());
    CHECK(report->imported == 70);
    CHECK(report->incomplete == 12);
    REQUIRE(process.process()->has_value());
    CHECK(process.process()->value().stages.size() == 4);
    auto first = process.initiative(1);
    REQUIRE(first->has_value());
    CHECK((*first)->organisation == u"Gerencia Regional de Educación"_s);
    CHECK((*first)->field(FichaField::Budget).startsWith(u"S/ "_s));
    CHECK((*first)->field(FichaField::OpenGovernmentComponent) == u"Datos abiertos y participación de la sociedad civil"_s);
    CHECK((*first)->stage == 2);
    // Everyone enters at the formulation stage with a record of where they came from.
    CHECK(count(session->file(), u"SELECT count(*) FROM initiative_decision WHERE kind = 'entered' AND stage = 2"_s) == 70);

    // The same list again: every row a duplicate, nothing added.
    auto again = process.prepareImport(test::testDataPath(u"fichas_la_libertad.csv"_s));
    REQUIRE(again.ok());
    CHECK(again->initiatives.isEmpty());
    CHECK(again->count(ImportProblem::Kind::Duplicate) == 70);

    // A workbook that is not one is refused, named.
    const QString broken = dir.filePath(u"fichas.xlsx"_s);
    QFile(broken).open(QIODevice::WriteOnly);
    auto refused = process.prepareImport(broken);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.errorMessage().contains(u"fichas.xlsx"_s));
}

TEST_CASE("The seventy fichas saved as .xlsx by LibreOffice import as from the CSV", "[process][tabular]")
{
    QTemporaryDir dir;
    const QString path = test::newBlankEvent(dir, u"xlsx.taller"_s);
    const auto imported = test::runCli({u"import"_s, u"initiatives"_s, path, test::testDataPath(u"fichas_la_libertad.xlsx"_s), u"--json"_s});
    INFO(imported.err.toStdString());
    REQUIRE(imported.exitCode == 0);
    CHECK(QJsonDocument::fromJson(imported.out.toUtf8()).object()[u"imported"_s].toInt() == 70);
    const auto listed = test::runCli({u"initiatives"_s, path, u"--json"_s});
    REQUIRE(listed.exitCode == 0);
    const QJsonArray initiatives = QJsonDocument::fromJson(listed.out.toUtf8()).array();
    REQUIRE(initiatives.size() == 70);
    CHECK(initiatives.at(0)[u"organisation"_s].toString() == u"Gerencia Regional de Educación"_s);
}

TEST_CASE("A Windows-1252 list with short headers keeps its accents", "[process]")
{
    QTemporaryDir dir;
    auto session = newEvent(dir);
    const QString text = u"Gerencia;Actividad;Descripción;Ámbito;Indicador;Presupuesto;Meta Física 2016;Columna rara\r\n"
                         "Gerencia Regional de Educación;Señalización de aulas;Informe público;Región;N.º de aulas;S/ 10 000;10;x\r\n"
                         ";;sin nombre;;;;;\r\n"_s;
    QStringEncoder encoder("windows-1252");
    const QByteArray bytes = encoder.encode(text);
    REQUIRE(!encoder.hasError());
    const QString path = dir.filePath(u"fichas.csv"_s);
    test::writeFile(path, bytes);
    ProcessService process(*session);
    auto plan = process.prepareImport(path);
    REQUIRE(plan.ok());
    REQUIRE(plan->initiatives.size() == 1);
    CHECK(plan->initiatives[0].organisation == u"Gerencia Regional de Educación"_s);
    CHECK(plan->initiatives[0].title() == u"Señalización de aulas"_s);
    CHECK(plan->initiatives[0].field(FichaField::PhysicalTargetFirstYear) == u"10"_s);
    CHECK(plan->count(ImportProblem::Kind::Rejected) == 1);
    CHECK(std::ranges::any_of(plan->problems, [](const ImportProblem &p) { return p.reason.contains(u"Columna rara"_s); }));
}

TEST_CASE("Scores are the weighted mean over criteria and scorers, equal scores share a rank", "[process]")
{
    QTemporaryDir dir;
    auto session = newEvent(dir);
    ProcessService process(*session);
    REQUIRE(process.start().ok());
    saveFichas(process, u"Gerencia Regional de Salud"_s, {u"A"_s, u"B"_s, u"C"_s, u"D"_s});
    auto impact = process.findCriterion(u"Impact"_s);
    auto feasibility = process.findCriterion(u"feasibility"_s);
    REQUIRE(impact.ok());
    REQUIRE(feasibility.ok());
    REQUIRE(impact->weight == 3);
    REQUIRE(feasibility->weight == 2);
    // A: (5*3 + 2*2) / 5 = 3.8 from M1; M2's impact 3 brings it to (15+4+9)/8 = 3.5.
    REQUIRE(process.setScore(1, impact->id, u"M1"_s, 5).ok());
    REQUIRE(process.setScore(1, feasibility->id, u"M1"_s, 2).ok());
    REQUIRE(process.setScore(1, impact->id, u"M2"_s, 3).ok());
    // B: 3.5 as well, by another road: (3*3 + 5*2 + 3*3) / 8.
    REQUIRE(process.setScore(2, impact->id, u"M1"_s, 3).ok());
    REQUIRE(process.setScore(2, feasibility->id, u"M1"_s, 5).ok());
    REQUIRE(process.setScore(2, impact->id, u"M2"_s, 3).ok());
    // C: 4.
    REQUIRE(process.setScore(3, impact->id, u"M1"_s, 4).ok());
    CHECK_FALSE(process.setScore(3, impact->id, u"M1"_s, 6).ok());
    CHECK_FALSE(process.setVote(3, u"M1"_s, 2).ok());

    auto ranking = process.ranking(2);
    REQUIRE(ranking.ok());
    REQUIRE(ranking->size() == 4);
    const auto *a = ranking->find(1), *b = ranking->find(2), *c = ranking->find(3), *d = ranking->find(4);
    CHECK(*a->score == Approx(3.5));
    CHECK(*b->score == Approx(3.5));
    CHECK(*c->score == Approx(4.0));
    CHECK_FALSE(d->score.has_value());
    CHECK(c->rank == 1);
    CHECK(a->rank == 2);
    CHECK(b->rank == 2);
    CHECK(a->tied);
    CHECK(b->tied);
    CHECK(d->rank == 4);
    // The cut of two falls inside the tie: the numbers cannot choose.
    auto refused = process.advanceTop(3, 2, {});
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.errorMessage().contains(u"1, 2"_s));
    CHECK(count(session->file(), u"SELECT count(*) FROM initiative_decision WHERE kind <> 'entered'"_s) == 0);
    // Changing the weight changes the score.
    Criterion heavier = *feasibility;
    heavier.weight = 6;
    REQUIRE(process.updateCriterion(heavier).ok());
    CHECK(*process.ranking(2)->find(1)->score == Approx((15.0 + 12 + 9) / 12));
    // Dot voting at a stage that asks for it, within the dots each has.
    Process p = **process.process();
    p.stages[1].method = StageMethod::Dots;
    p.stages[1].dotsPerScorer = 3;
    REQUIRE(process.saveProcess(p).ok());
    REQUIRE(process.setVote(4, u"Ana"_s, 2).ok());
    REQUIRE(process.setVote(3, u"Ana"_s, 1).ok());
    CHECK_FALSE(process.setVote(2, u"Ana"_s, 1).ok());
    REQUIRE(process.setVote(2, u"Luis"_s, 2).ok());
    auto dots = process.ranking(2);
    CHECK(*dots->find(4)->score == 2);
    CHECK(dots->find(4)->rank == 1);
    CHECK(dots->find(2)->rank == 1);
    CHECK(dots->find(1)->rank == 4);
}

TEST_CASE("Advancing the top N and chosen ids records a reason for every initiative left behind, select makes commitments", "[process]")
{
    QTemporaryDir dir;
    auto session = newEvent(dir);
    ProcessService process(*session);
    importAndScore(process);

    auto batch = process.advanceTop(3, 16, {});
    REQUIRE(batch.ok());
    CHECK(count(session->file(), u"SELECT count(*) FROM initiative WHERE stage = 3 AND status = 'advanced'"_s) == 16);
    CHECK(count(session->file(), u"SELECT count(*) FROM initiative WHERE status = 'not_advanced'"_s) == 54);
    // Every initiative not advanced has its reason, from the numbers.
    CHECK(count(session->file(), u"SELECT count(*) FROM initiative_decision WHERE kind = 'not_advanced' AND stage = 3 AND reason <> ''"_s) == 54);
    auto standings = process.standings();
    REQUIRE(standings.ok());
    for (const auto &s : std::as_const(*standings)) {
        if (s.initiative.status == InitiativeStatus::NotAdvanced) {
            CHECK(s.reason.contains(u" 70"_s));
            CHECK(s.rank > 0);
        }
    }
    // Undo takes the whole advance back.
    const Status undone = process.undo(*batch);
    INFO(undone.errorMessage().toStdString());
    REQUIRE(undone.ok());
    CHECK(count(session->file(), u"SELECT count(*) FROM initiative WHERE stage = 2 AND status = 'proposed'"_s) == 70);
    CHECK(count(session->file(), u"SELECT count(*) FROM initiative_decision WHERE kind <> 'entered'"_s) == 0);

    // Chosen by id, with a reason of the workshop's own.
    QList<qint64> chosen;
    for (qint64 id = 1; id <= 16; ++id)
        chosen.append(id == 16 ? 70 : id);
    REQUIRE(process.advance(3, chosen, u"Acuerdo del taller de priorización"_s).ok());
    auto seventy = process.initiative(70);
    CHECK((*seventy)->status == InitiativeStatus::Advanced);
    CHECK(count(session->file(), u"SELECT count(*) FROM initiative_decision WHERE kind = 'not_advanced' AND reason LIKE 'Acuerdo del taller%'"_s) == 54);
    CHECK_FALSE(process.advance(4, {20}, {}).ok());

    // Merge: both stay in the record; the commitment remembers both fichas.
    REQUIRE(process.merge(70, 2, u"Misma población"_s).ok());
    CHECK((*process.initiative(70))->status == InitiativeStatus::Merged);
    CHECK((*process.initiative(70))->mergedInto == 2);
    CHECK(count(session->file(), u"SELECT count(*) FROM initiative WHERE id IN (2, 70)"_s) == 2);

    auto selected = process.select({1, 2, 3, 4}, u"Comité de Gobierno Abierto"_s);
    REQUIRE(selected.ok());
    CHECK(count(session->file(), u"SELECT count(*) FROM initiative WHERE status = 'selected' AND stage = 4"_s) == 4);
    CHECK(count(session->file(), u"SELECT count(*) FROM commitment"_s) == 4);
    CHECK(count(session->file(), u"SELECT count(*) FROM initiative_decision WHERE batch = ? AND kind = 'not_advanced' AND reason <> ''"_s, {*selected}) == 11);
    const int fromTwo = count(session->file(), u"SELECT commitment_id FROM commitment_initiative WHERE initiative_id = 2"_s);
    CHECK(count(session->file(), u"SELECT count(*) FROM commitment_initiative WHERE commitment_id = ?"_s, {fromTwo}) == 2);
    auto commitments = MesasService(*session).commitments();
    REQUIRE(commitments.ok());
    CHECK(commitments->at(0).title == (*process.initiative(1))->title());
    CHECK(commitments->at(0).responsible == u"Gerencia Regional de Educación"_s);
    auto funnel = process.funnel();
    REQUIRE(funnel->steps.size() == 3);
    CHECK(funnel->steps[0].count == 70);
    CHECK(funnel->steps[1].count == 16);
    CHECK(funnel->steps[2].count == 4);

    // Undoing the selection removes its commitments.
    REQUIRE(process.undo(*selected).ok());
    CHECK(count(session->file(), u"SELECT count(*) FROM commitment"_s) == 0);
    CHECK(count(session->file(), u"SELECT count(*) FROM initiative WHERE status = 'advanced'"_s) == 15);
}

TEST_CASE("trace goes from a commitment in a signed acta back to its ficha, the reasoned response holds every initiative", "[process]")
{
    QTemporaryDir dir;
    auto session = newEvent(dir);
    const QString path = session->path();
    ProcessService process(*session);
    importAndScore(process);
    REQUIRE(process.advanceTop(3, 16, {}).ok());
    REQUIRE(process.merge(16, 5, {}).ok());
    REQUIRE(process.select({1, 5, 9, 13}, {}).ok());
    auto commitments = MesasService(*session).commitments();
    REQUIRE(commitments->size() == 4);
    PlenaryService plenary(*session);
    for (const Commitment &c : std::as_const(*commitments))
        REQUIRE(plenary.decide(c.id, {CommitmentStatus::Approved, std::nullopt, u"Aprobado por la plenaria"_s}).ok());
    ActaService acta(*session);
    Signatory s;
    s.name = u"Luis Valdez Farías"_s;
    s.position = u"Gobernador Regional"_s;
    s.organisation = u"Gobierno Regional La Libertad"_s;
    auto added = acta.addSignatory(s);
    REQUIRE(added.ok());
    REQUIRE(acta.close().ok());
    REQUIRE(acta.sign(added->id, SignatureKind::Paper).ok());

    const qint64 commitment = count(session->file(), u"SELECT commitment_id FROM commitment_initiative WHERE initiative_id = 5"_s);
    const auto traced = test::runCli({u"trace"_s, path, QString::number(commitment), u"--json"_s});
    REQUIRE(traced.exitCode == 0);
    const QJsonObject t = QJsonDocument::fromJson(traced.out.toUtf8()).object();
    const QJsonArray fichas = t[u"fichas"_s].toArray();
    REQUIRE(fichas.size() == 2);
    CHECK(fichas[0].toObject()[u"id"_s].toInt() == 5);
    CHECK(fichas[1].toObject()[u"id"_s].toInt() == 16);
    QStringList whats;
    for (const QJsonValue &step : t[u"steps"_s].toArray()) {
        whats.append(step.toObject()[u"what"_s].toString());
        CHECK(!step.toObject()[u"at"_s].toString().isEmpty());
    }
    const QString all = whats.join(u'\n');
    CHECK(all.contains(displayNameOf(DecisionKind::Entered)));
    CHECK(all.contains(displayNameOf(DecisionKind::Advanced)));
    CHECK(all.contains(displayNameOf(DecisionKind::Merged)));
    CHECK(all.contains(displayNameOf(DecisionKind::Selected)));
    CHECK(all.contains(u"Acta"_s));
    // A ficha's way cannot be undone once its commitment is in a closed acta.
    auto decisions = process.decisions(5);
    CHECK_FALSE(process.undo(decisions->last().batch).ok());

    // The reasoned response: every initiative with its fate.
    const QString pdf = dir.filePath(u"respuesta.pdf"_s);
    REQUIRE(test::runCli({u"print"_s, u"response"_s, path, pdf}).exitCode == 0);
    const QString text = test::pdfText(pdf).simplified();
    auto initiatives = process.initiatives();
    const QString squeezed = QString(text).remove(QRegularExpression(u"\\s+"_s));
    for (const Initiative &i : std::as_const(*initiatives)) {
        INFO(i.title().toStdString());
        // Table cells wrap, and pdftotext reads wrapped columns interleaved:
        // the number and the title's first words stay together.
        const QString start = QString::number(i.id) + i.title().section(u' ', 0, 2);
        CHECK(squeezed.contains(QString(start).remove(QRegularExpression(u"\\s+"_s))));
    }
    CHECK(text.count(displayNameOf(InitiativeStatus::NotAdvanced)) >= 65);
    CHECK(text.count(displayNameOf(InitiativeStatus::Selected)) >= 4);
    CHECK(text.contains(displayNameOf(InitiativeStatus::Merged)));

    // The blank ficha and a filled one.
    const QString blank = dir.filePath(u"ficha.pdf"_s);
    REQUIRE(test::runCli({u"print"_s, u"ficha"_s, path, u"--blank"_s, blank}).exitCode == 0);
    const QString blankText = test::pdfText(blank).simplified();
    for (FichaField f : valuesOf<FichaField>())
        CHECK(blankText.contains(displayNameOf(f).left(12)));
    const QString filled = dir.filePath(u"ficha1.pdf"_s);
    REQUIRE(test::runCli({u"print"_s, u"ficha"_s, path, u"1"_s, filled}).exitCode == 0);
    CHECK(test::pdfText(filled).contains(u"Gerencia Regional de Educación"_s));
}

TEST_CASE("The CLI lists, scores, advances, selects and exports initiatives", "[process]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"cli.taller"_s);
    REQUIRE(test::runCli({u"new"_s, path}).exitCode == 0);
    const auto dry = test::runCli({u"import"_s, u"initiatives"_s, path, test::testDataPath(u"fichas_la_libertad.csv"_s), u"--json"_s, u"--dry-run"_s});
    REQUIRE(dry.exitCode == 0);
    CHECK(QJsonDocument::fromJson(dry.out.toUtf8()).object()[u"accepted"_s].toInt() == 70);
    CHECK(test::runCli({u"initiatives"_s, path, u"--json"_s}).out.trimmed() == u"[\n]"_s);
    REQUIRE(test::runCli({u"import"_s, u"initiatives"_s, path, test::testDataPath(u"fichas_la_libertad.csv"_s)}).exitCode == 0);
    REQUIRE(test::runCli({u"criterion"_s, u"add"_s, path, u"Enfoque de género"_s, u"--weight"_s, u"1,5"_s}).exitCode == 0);
    const auto criteria = QJsonDocument::fromJson(test::runCli({u"criteria"_s, path, u"--json"_s}).out.toUtf8()).array();
    CHECK(criteria.size() == 6);
    CHECK(criteria.last().toObject()[u"weight"_s].toDouble() == 1.5);
    REQUIRE(test::runCli({u"score"_s, path, u"7"_s, u"Enfoque de género"_s, u"5"_s, u"--by"_s, u"M1"_s}).exitCode == 0);
    REQUIRE(test::runCli({u"score"_s, path, u"8"_s, u"1"_s, u"4"_s, u"--by"_s, u"M1"_s}).exitCode == 0);
    CHECK(test::runCli({u"score"_s, path, u"8"_s, u"1"_s, u"4"_s}).exitCode == 2);
    CHECK(test::runCli({u"vote"_s, path, u"8"_s, u"--dots"_s, u"2"_s, u"--by"_s, u"Ana"_s}).exitCode == 1);
    REQUIRE(test::runCli({u"advance"_s, path, u"--stage"_s, u"3"_s, u"--top"_s, u"2"_s}).exitCode == 0);
    const auto list = QJsonDocument::fromJson(test::runCli({u"initiatives"_s, path, u"--json"_s, u"--stage"_s, u"3"_s}).out.toUtf8()).array();
    REQUIRE(list.size() == 2);
    CHECK(list[0].toObject()[u"id"_s].toInt() == 7);
    CHECK(list[0].toObject()[u"status"_s].toString() == u"advanced"_s);
    CHECK(list[0].toObject()[u"stage"_s].toInt() == 3);
    CHECK(list[0].toObject()[u"ficha"_s].toObject()[u"scope"_s].toString() == u"Región La Libertad (12 provincias)"_s);
    const auto everyone = QJsonDocument::fromJson(test::runCli({u"initiatives"_s, path, u"--json"_s}).out.toUtf8()).array();
    CHECK(everyone.size() == 70);
    for (const QJsonValue &v : everyone) {
        const QJsonObject o = v.toObject();
        if (o[u"status"_s].toString() == u"not_advanced"_s)
            CHECK(!o[u"reason"_s].toString().isEmpty());
    }
    const auto selected = test::runCli({u"select"_s, path, u"8"_s});
    REQUIRE(selected.exitCode == 0);
    const auto traced = test::runCli({u"trace"_s, path, u"1"_s});
    CHECK(traced.exitCode == 0);
    CHECK(traced.out.contains(u"Consulta ciudadana sobre servicios de salud"_s));

    // Export: BOM, semicolons, and no cell a spreadsheet would run.
    {
        auto session = EventSession::open(path);
        REQUIRE(session.ok());
        Initiative evil = *ProcessService(**session).initiative(9)->operator->();
        evil.field(FichaField::Description) = u"=HYPERLINK(\"http://x\";\"y\")"_s;
        REQUIRE(ProcessService(**session).saveInitiative(evil).ok());
    }
    const QString out = dir.filePath(u"iniciativas.csv"_s);
    REQUIRE(test::runCli({u"export"_s, u"initiatives"_s, path, out}).exitCode == 0);
    const QByteArray csv = test::readAll(out);
    CHECK(csv.startsWith("\xEF\xBB\xBF"));
    const QString csvText = QString::fromUtf8(csv);
    CHECK(csvText.count(u"\r\n"_s) == 71);
    CHECK(csvText.contains(u"\"'=HYPERLINK(\"\"http://x\"\";\"\"y\"\")\""_s));
    CHECK_FALSE(csvText.contains(u";=HYPERLINK"_s));
    // The same list as a workbook, for those who publish .xlsx.
    REQUIRE(test::runCli({u"export"_s, u"initiatives"_s, path, dir.filePath(u"x.xlsx"_s)}).exitCode == 0);
    auto workbook = TabularReader::readFile(dir.filePath(u"x.xlsx"_s));
    REQUIRE(workbook.ok());
    CHECK(workbook->records.size() == 71);
    CHECK(std::ranges::any_of(workbook->records, [](const CsvReader::Record &record) {
        return record.fields.contains(u"=HYPERLINK(\"http://x\";\"y\")"_s);
    }));
}

TEST_CASE("The window's scores and decisions undo and redo through the document", "[process][ui][undo]")
{
    QTemporaryDir dir;
    EventDocument document(newEvent(dir, u"ventana.taller"_s));
    CHECK_FALSE(document.hasProcess());
    REQUIRE(document.startProcess().ok());
    CHECK(document.hasProcess());
    ProcessService process(document.session());
    saveFichas(process, u"Gerencia Regional de Agricultura"_s,
               {u"Agua segura"_s, u"Mercado agrario"_s, u"Seguridad ciudadana"_s});
    const qint64 impact = process.findCriterion(u"Impact"_s)->id;
    document.setInitiativeScore(1, impact, u"M1"_s, 5);
    document.setInitiativeScore(2, impact, u"M1"_s, 3);
    document.setInitiativeScore(2, impact, u"M1"_s, 4);
    CHECK(*process.score(2, impact, u"M1"_s) == 4);
    document.undoStack(Page::Process)->undo();
    CHECK(*process.score(2, impact, u"M1"_s) == 3);
    document.undoStack(Page::Process)->redo();
    CHECK(*process.score(2, impact, u"M1"_s) == 4);

    EventSession &s = document.session();
    REQUIRE(document.processDecision([&s] { return ProcessService(s).advanceTop(3, 2, {}); }, u"advance"_s));
    CHECK((*process.initiative(3))->status == InitiativeStatus::NotAdvanced);
    document.undoStack(Page::Process)->undo();
    CHECK((*process.initiative(3))->status == InitiativeStatus::Proposed);
    CHECK((*process.initiative(1))->stage == 2);
    document.undoStack(Page::Process)->redo();
    CHECK((*process.initiative(1))->stage == 3);
    CHECK((*process.initiative(3))->status == InitiativeStatus::NotAdvanced);
    // A refused decision says so and leaves no undo step.
    const int steps = document.undoStack(Page::Process)->count();
    CHECK_FALSE(document.processDecision([&s] { return ProcessService(s).select({3}, {}); }, u"select"_s));
    CHECK(document.undoStack(Page::Process)->count() == steps);
}

TEST_CASE("A file from before the process upgrades with nothing of it to show", "[process][migrations]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"antes.taller"_s);
    test::eventAtSchemaVersion(path, 7);
    auto session = EventSession::open(path);
    REQUIRE(session.ok());
    CHECK((*session)->file().schemaVersion() == migrations::latestVersion());
    ProcessService process(**session);
    CHECK_FALSE(process.process()->has_value());
    CHECK(process.standings()->isEmpty());
    CHECK(count((*session)->file(), u"SELECT count(*) FROM initiative"_s) == 0);
    const auto listed = test::runCli({u"process"_s, path, u"--json"_s});
    CHECK(listed.exitCode == 0);
    CHECK(QJsonDocument::fromJson(listed.out.toUtf8()).object()[u"process"_s].isNull());
}

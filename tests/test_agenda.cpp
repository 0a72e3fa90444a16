#include "TestSupport.h"

#include "base/Clock.h"
#include "EventDocument.h"
#include "programme/AgendaDocument.h"
#include "programme/LiveSchedule.h"
#include "templates/Templates.h"
#include "programme/AgendaCsv.h"
#include "programme/AgendaRepository.h"
#include "mesas/MesaRepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace taller;
using namespace Qt::StringLiterals;

namespace {

AgendaItem item(const QString &title, int minutes, ActivityKind kind = ActivityKind::Other)
{
    AgendaItem i;
    i.title = title;
    i.minutes = minutes;
    i.kind = kind;
    return i;
}

const QDate day(2016, 6, 29);
QDateTime at(int hour, int minute) { return QDateTime(day, QTime(hour, minute)); }

} // namespace

TEST_CASE("Start times follow the durations: changing one shifts every later item", "[agenda]")
{
    QList<AgendaItem> items = {item(u"A"_s, 30), item(u"B"_s, 10), item(u"C"_s, 45)};
    auto scheduled = schedule(items, QTime(8, 30));
    CHECK(scheduled.at(1).start == QTime(9, 0));
    CHECK(scheduled.at(2).start == QTime(9, 10));
    CHECK(scheduled.at(2).end == QTime(9, 55));
    items[0].minutes = 40;
    scheduled = schedule(items, QTime(8, 30));
    CHECK(scheduled.at(1).start == QTime(9, 10));
    CHECK(scheduled.at(2).start == QTime(9, 20));
    CHECK(scheduled.at(2).end == QTime(10, 5));
}

TEST_CASE("Validation says where the programme is wrong", "[agenda]")
{
    QList<AgendaItem> items = {item(u"Registro"_s, 30), item(u"Vacío"_s, 0), item(u"Panel"_s, 40)};
    items[2].expositionMinutes = 30;
    items[2].questionsMinutes = 15;
    items[0].mesaCodes = {u"M9"_s};
    const auto problems = AgendaValidation::problems(items, QTime(9, 0), QTime(10, 0), {u"M1"_s});
    auto at = [&](int index) {
        QStringList messages;
        for (const AgendaProblem &p : problems) {
            if (p.index == index)
                messages << p.message;
        }
        return messages.join(u" | "_s);
    };
    CHECK(at(1).contains(u"0 minutes"_s));
    CHECK(at(2).contains(u"make 45, not the 40"_s));
    CHECK(at(0).contains(u"M9"_s));
    CHECK(at(-1).contains(u"10 minutes past"_s));
    CHECK(AgendaValidation::problems({item(u"Bien"_s, 60)}, QTime(9, 0), QTime(10, 0)).isEmpty());
}

TEST_CASE("Live: current item, remaining time, delay and projected end", "[agenda][live]")
{
    QList<AgendaItem> items = {item(u"Registro"_s, 30), item(u"Bienvenida"_s, 10), item(u"Panel"_s, 40)};
    const QTime start(8, 30);

    auto status = LiveSchedule::status(items, day, start, at(8, 0));
    CHECK(status.phase == LiveStatus::Phase::NotStarted);
    CHECK(status.plannedEnd == at(9, 50));

    // Registration starts five minutes late.
    items = LiveSchedule::started(items, at(8, 35));
    status = LiveSchedule::status(items, day, start, at(8, 50));
    CHECK(status.phase == LiveStatus::Phase::Running);
    CHECK(status.current == 0);
    CHECK(status.next == 1);
    CHECK(status.remainingSeconds == 15 * 60);
    CHECK(status.projectedEnd == at(9, 55));
    CHECK(status.delaySeconds == 5 * 60);

    // It overruns: at 09:12 it is 7 minutes over, and the end moves with now.
    status = LiveSchedule::status(items, day, start, at(9, 12));
    CHECK(status.remainingSeconds == -7 * 60);
    CHECK(status.projectedEnd == at(10, 2));
    CHECK(status.delaySeconds == 12 * 60);

    items = LiveSchedule::advanced(items, at(9, 12));
    CHECK(items.at(0).actualEnd == at(9, 12));
    CHECK(items.at(1).actualStart == at(9, 12));
    // The welcome is kept short to catch up.
    items = LiveSchedule::advanced(items, at(9, 15));
    status = LiveSchedule::status(items, day, start, at(9, 20));
    CHECK(status.current == 2);
    CHECK_FALSE(status.next.has_value());
    CHECK(status.projectedEnd == at(9, 55));

    items = LiveSchedule::advanced(items, at(9, 58));
    status = LiveSchedule::status(items, day, start, at(10, 30));
    CHECK(status.phase == LiveStatus::Phase::Finished);
    CHECK(status.projectedEnd == at(9, 58));
    CHECK(status.delaySeconds == 8 * 60);
    // Nothing runs any more: "next" changes nothing.
    CHECK(LiveSchedule::advanced(items, at(11, 0)) == items);
    CHECK_FALSE(LiveSchedule::reset(items).first().actualStart.isValid());
}

TEST_CASE("The programme's edits and live records go through one undo stack and the file", "[agenda][undo][live]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"u.taller"_s);
    auto file = test::createEvent(path, EventTemplates::palacioDeHierro(day));
    REQUIRE(file.ok());
    EventDocument document(std::make_unique<EventSession>(std::move(file.value())));
    const QList<AgendaItem> original = document.agenda();
    REQUIRE(original.size() == 10);

    // Typing into one field merges into one step; a move is another.
    QList<AgendaItem> items = original;
    items[1].title = u"Bienvenida"_s;
    document.setAgenda(items, u"edit"_s, u"2:title"_s);
    items[1].title = u"Bienvenida y apertura"_s;
    document.setAgenda(items, u"edit"_s, u"2:title"_s);
    items.move(5, 2);
    document.setAgenda(items, u"move"_s);
    CHECK(document.undoStack(Page::Programme)->count() == 2);
    CHECK(document.agenda().at(2).title == u"Refrigerio"_s);
    CHECK((*AgendaRepository(document.session().file()).load()).at(1).title == u"Bienvenida y apertura"_s);

    document.undoStack(Page::Programme)->undo();
    CHECK(document.agenda().at(5).title == u"Refrigerio"_s);
    document.undoStack(Page::Programme)->undo();
    CHECK(*AgendaRepository(document.session().file()).load() == original);

    {
        test::FixedClock clock(at(8, 34));
        document.startDay();
        clock.time = at(9, 2);
        document.nextActivity();
    }
    const QList<AgendaItem> stored = *AgendaRepository(document.session().file()).load();
    CHECK(stored.at(0).actualStart == at(8, 34));
    CHECK(stored.at(0).actualEnd == at(9, 2));
    CHECK(stored.at(1).actualStart == at(9, 2));
    CHECK_FALSE(stored.at(1).actualEnd.isValid());
    document.undoStack(Page::Programme)->undo();
    CHECK_FALSE((*AgendaRepository(document.session().file()).load()).at(0).actualEnd.isValid());
}

TEST_CASE("Agenda CSV: export then import keeps everything", "[agenda][csv]")
{
    QList<AgendaItem> items = EventTemplates::palacioDeHierro(day).agenda;
    items[0].actualStart = at(8, 33);
    items[0].actualEnd = at(9, 4);
    items[1].notes = u"Con \"comillas\", comas y\nun salto de línea"_s;
    const QByteArray csv = AgendaCsv::write(items, QTime(8, 30));
    auto imported = AgendaCsv::read(csv, QTime(8, 30), QTime(14, 0));
    REQUIRE(imported.ok());
    CHECK(imported->problems.isEmpty());
    CHECK(imported->items == items);
    CHECK(AgendaCsv::write(imported->items, QTime(8, 30)) == csv);
}

TEST_CASE("Agenda CSV: a hand-made sheet with start times only, and its errors", "[agenda][csv]")
{
    const QByteArray csv = "Inicio;Actividad;Responsable;Tipo\n"
                           "08:30;Registro;Equipo de la SG TI;registro\n"
                           "09:00;Bienvenida;Manuel Llempén;bienvenida\n"
                           "9.10;Presentación;Carlos Gallardo;presentación\n"
                           "xx;Roto;;\n"
                           "09:20;;Nadie;\n"
                           "09:20;Panel;Réjean Roy;conversatorio\n"
                           "09:40;Almuerzo;;almuerzo\n";
    auto imported = AgendaCsv::read(csv, QTime(8, 30), QTime(10, 0));
    REQUIRE(imported.ok());
    REQUIRE(imported->items.size() == 4);
    CHECK(imported->rejected() == 3);
    CHECK(imported->items.at(0).minutes == 30);
    CHECK(imported->items.at(1).minutes == 10);
    CHECK(imported->items.at(2).minutes == 30);
    CHECK(imported->items.at(2).kind == ActivityKind::Presentation);
    CHECK(imported->items.at(3).minutes == 20);
    CHECK(imported->items.at(3).kind == ActivityKind::Meal);
    QStringList reasons;
    for (const auto &p : imported->problems)
        reasons << p.reason;
    CHECK(reasons.join(u'\n').contains(u"line 5"_s));
    CHECK(reasons.join(u'\n').contains(u"line 6: no title"_s));
    CHECK(reasons.join(u'\n').contains(u"line 7: unknown kind \"conversatorio\""_s));
}

TEST_CASE("cli: export agenda and import agenda round-trip through a file", "[agenda][csv][cli]")
{
    QTemporaryDir dir;
    const QString from = dir.filePath(u"from.taller"_s);
    const QString to = dir.filePath(u"to.taller"_s);
    REQUIRE(test::runCli({u"new"_s, from}).exitCode == 0);
    REQUIRE(test::runCli({u"new"_s, to}).exitCode == 0);
    REQUIRE(test::runCli({u"checkin"_s, from, u"--help"_s}).exitCode == 0);
    const QString csv = dir.filePath(u"agenda.csv"_s);
    REQUIRE(test::runCli({u"export"_s, u"agenda"_s, from, csv}).exitCode == 0);
    const auto imported = test::runCli({u"import"_s, u"agenda"_s, to, csv, u"--json"_s});
    REQUIRE(imported.exitCode == 0);
    CHECK(QJsonDocument::fromJson(imported.out.toUtf8()).object()[u"imported"_s].toInt() == 10);
    CHECK(test::runCli({u"agenda"_s, from, u"--json"_s}).out == test::runCli({u"agenda"_s, to, u"--json"_s}).out);

    const auto bad = test::runCli({u"import"_s, u"agenda"_s, to, test::testDataPath(u"missing.csv"_s)});
    CHECK(bad.exitCode == 1);
}

TEST_CASE("Simultaneous workshops (seed 002) are one item with its mesas, printed under it", "[agenda][pdf]")
{
    QTemporaryDir dir;
    auto file = test::createEvent(dir.filePath(u"mx.taller"_s), EventTemplates::blank(QDate(2012, 3, 21)));
    REQUIRE(file.ok());
    const QStringList talleres = {u"Iniciativas para sectores industriales"_s, u"Transparencia presupuestaria"_s,
                                  u"Datos abiertos y herramientas tecnológicas"_s, u"Transparencia Legislativa"_s,
                                  u"Acceso a la información y transparencia focalizada"_s};
    MesaRepository mesas(**file);
    for (int i = 0; i < talleres.size(); ++i)
        REQUIRE(mesas.add(Mesa{0, u"T%1"_s.arg(i + 1), talleres.at(i), {}, {}, {}, {}}).ok());
    AgendaItem parallel = item(u"Talleres simultáneos: Sociedad Civil y Gobiernos construyendo compromisos modelo"_s, 90,
                               ActivityKind::WorkingTables);
    parallel.mesaCodes = {u"T1"_s, u"T2"_s, u"T3"_s, u"T4"_s, u"T5"_s};
    const QList<AgendaItem> agenda = {item(u"Inauguración"_s, 15, ActivityKind::Welcome),
                                      item(u"Panel 1. Aproximaciones al concepto de Gobierno Abierto"_s, 60, ActivityKind::Presentation),
                                      item(u"Panel 2. Experiencias latinoamericanas"_s, 60, ActivityKind::Presentation), parallel,
                                      item(u"Conclusiones de los talleres"_s, 45, ActivityKind::Plenary),
                                      item(u"Clausura"_s, 15, ActivityKind::Other)};
    REQUIRE(AgendaRepository(**file).replaceAll(agenda).ok());
    REQUIRE(AgendaRepository(**file).load()->at(3).mesaCodes.size() == 5);

    auto document = AgendaDocument::build(**file);
    REQUIRE(document.ok());
    const QString pdf = dir.filePath(u"mx.pdf"_s);
    REQUIRE(document->writePdf(pdf).ok());
    const QString text = test::pdfText(pdf).simplified();
    for (int i = 0; i < talleres.size(); ++i)
        CHECK(text.contains(u"T%1: %2"_s.arg(i + 1).arg(talleres.at(i))));
    CHECK(text.contains(u"Clausura"_s));
}

TEST_CASE("The printed programme shows the actual times beside the planned ones", "[agenda][pdf][live]")
{
    QTemporaryDir dir;
    auto file = test::createEvent(dir.filePath(u"r.taller"_s), EventTemplates::palacioDeHierro(day));
    REQUIRE(file.ok());
    QList<AgendaItem> items = *AgendaRepository(**file).load();
    items = LiveSchedule::started(items, at(8, 37));
    items = LiveSchedule::advanced(items, at(9, 6));
    REQUIRE(AgendaRepository(**file).replaceAll(items).ok());
    const QString pdf = dir.filePath(u"r.pdf"_s);
    REQUIRE(AgendaDocument::build(**file)->writePdf(pdf).ok());
    const QString text = test::pdfText(pdf).simplified();
    CHECK_THAT(text, test::ContainsAll({u"Actual"_s, u"08:37–09:06"_s, u"09:06–"_s}));

    const auto json = QJsonDocument::fromJson(test::runCli({u"agenda"_s, dir.filePath(u"r.taller"_s), u"--json"_s}).out.toUtf8()).array();
    CHECK(json.at(0)[u"actual_start"_s].toString().startsWith(u"2016-06-29T08:37"_s));
    CHECK(json.at(1)[u"actual_end"_s].isNull());
}

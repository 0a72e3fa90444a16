#include "TestSupport.h"

#include "EventDocument.h"
#include "mesas/MesaDocument.h"
#include "mesas/MesaPlanning.h"
#include "registration/SampleAttendees.h"
#include "templates/Templates.h"
#include "mesas/CommitmentImport.h"
#include "registration/AttendeeRepository.h"
#include "mesas/CommitmentRepository.h"
#include "mesas/MesaRepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace taller;
using namespace Qt::StringLiterals;

namespace {

std::unique_ptr<EventFile> eventWith(const QTemporaryDir &dir, const QString &name, int attendees)
{
    auto file = test::createEvent(dir.filePath(name), EventTemplates::palacioDeHierro(QDate(2016, 6, 29)), attendees);
    REQUIRE(file.ok());
    return std::move(file.value());
}

QList<Attendee> withIds(QList<Attendee> people)
{
    for (int i = 0; i < people.size(); ++i)
        people[i].id = i + 1;
    return people;
}

QList<Mesa> fiveMesas()
{
    QList<Mesa> mesas;
    for (int i = 1; i <= 5; ++i)
        mesas.append(Mesa{i * 10, u"M%1"_s.arg(i), {}, {}, {}, {}, {}});
    return mesas;
}

} // namespace

TEST_CASE("Balancing seats everyone, sizes differ by at most one, sectors mixed", "[mesas][balance]")
{
    const int count = GENERATE(5, 23, 50, 51, 333);
    INFO(count << " attendees");
    const QList<Attendee> people = withIds(sampleAttendees(count));
    const QList<Mesa> mesas = fiveMesas();
    const auto plan = MesaPlanning::balanced(people, mesas);
    REQUIRE(plan.size() == count);

    QHash<qint64, int> sizes;
    QHash<qint64, QHash<Sector, int>> sectors;
    for (const Attendee &a : people) {
        ++sizes[plan.value(a.id)];
        ++sectors[plan.value(a.id)][a.sector];
    }
    int smallest = count;
    int largest = 0;
    for (const Mesa &m : mesas) {
        smallest = std::min(smallest, sizes.value(m.id));
        largest = std::max(largest, sizes.value(m.id));
    }
    CHECK(largest - smallest <= 1);

    // Each sector is spread as evenly as its numbers allow.
    QHash<Sector, int> totals;
    for (const Attendee &a : people)
        ++totals[a.sector];
    for (auto it = totals.cbegin(); it != totals.cend(); ++it) {
        int most = 0;
        int least = count;
        for (const Mesa &m : mesas) {
            most = std::max(most, sectors.value(m.id).value(it.key()));
            least = std::min(least, sectors.value(m.id).value(it.key()));
        }
        CHECK(most - least <= 1);
    }
    if (count >= 50) {
        for (const Mesa &m : mesas)
            CHECK(sectors.value(m.id).size() >= MesaPlanning::MinimumSectors);
    }
    CHECK(MesaPlanning::balanced(people, mesas) == plan);
}

TEST_CASE("By preference seats people where they asked, then balances the rest", "[mesas][balance]")
{
    QList<Attendee> people = withIds(sampleAttendees(20));
    for (int i = 0; i < people.size(); ++i)
        people[i].preferredMesaCode = i < 6 ? u"M3"_s : QString();
    const auto plan = MesaPlanning::byPreference(people, fiveMesas(), true);
    REQUIRE(plan.size() == 20);
    for (int i = 0; i < 6; ++i)
        CHECK(plan.value(people.at(i).id) == 30);
    QHash<qint64, int> sizes;
    for (auto it = plan.cbegin(); it != plan.cend(); ++it)
        ++sizes[it.value()];
    CHECK(sizes.value(30) == 6);
    for (qint64 id : {10, 20, 40, 50})
        CHECK(sizes.value(id) >= 3);
    CHECK(MesaPlanning::byPreference(people, fiveMesas(), false).size() == 6);
}

TEST_CASE("Seating and moving a person is written to the file and undoable", "[mesas][undo]")
{
    QTemporaryDir dir;
    EventDocument document(std::make_unique<EventSession>(eventWith(dir, u"s.taller"_s, 50)));
    const QList<Attendee> people = *AttendeeRepository(document.session().file()).all();
    document.setMembership(MesaPlanning::balanced(people, document.mesas()), u"balance"_s);
    REQUIRE(MesaRepository(document.session().file()).membership()->size() == 50);

    const qint64 person = people.first().id;
    const qint64 from = document.membership().value(person);
    const qint64 to = document.mesas().last().id == from ? document.mesas().first().id : document.mesas().last().id;
    document.seat(person, to, u"move"_s);
    CHECK(MesaRepository(document.session().file()).membership()->value(person) == to);
    document.undoStack(Page::Mesas)->undo();
    CHECK(MesaRepository(document.session().file()).membership()->value(person) == from);
    document.undoStack(Page::Mesas)->undo();
    CHECK(MesaRepository(document.session().file()).membership()->isEmpty());
}

TEST_CASE("cli: balance, assign and mesas", "[mesas][cli]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"c.taller"_s);
    REQUIRE(test::runCli({u"new"_s, path, u"--sample-attendees"_s, u"50"_s}).exitCode == 0);
    REQUIRE(test::runCli({u"balance"_s, path}).exitCode == 0);
    auto mesas = QJsonDocument::fromJson(test::runCli({u"mesas"_s, path, u"--json"_s}).out.toUtf8()).array();
    REQUIRE(mesas.size() == 5);
    for (const QJsonValue &m : mesas) {
        CHECK(m[u"members"_s].toArray().size() == 10);
        CHECK(m[u"sectors"_s].toInt() >= 3);
    }
    const QString document = mesas.at(0)[u"members"_s].toArray().at(0).toString();
    REQUIRE(test::runCli({u"assign"_s, path, document, u"M4"_s}).exitCode == 0);
    mesas = QJsonDocument::fromJson(test::runCli({u"mesas"_s, path, u"--json"_s}).out.toUtf8()).array();
    CHECK(mesas.at(0)[u"members"_s].toArray().size() == 9);
    CHECK(mesas.at(3)[u"members"_s].toArray().contains(document));
    const auto wrong = test::runCli({u"assign"_s, path, document, u"M9"_s});
    CHECK(wrong.exitCode == 1);
    CHECK(wrong.err.contains(u"no mesa M9"_s));
}

TEST_CASE("A commitment is measurable only with actions, responsible, deadline and indicator", "[mesas][commitments]")
{
    Commitment c;
    c.title = u"Portal de datos abiertos"_s;
    CHECK(Commitments::missingForMeasurable(c).size() == 4);
    c.actions = u"Publicar 20 conjuntos de datos"_s;
    c.responsible = u"Sub Gerencia de TI"_s;
    c.deadline = u"Diciembre 2017"_s;
    CHECK(Commitments::missingForMeasurable(c) == QStringList{u"an indicator"_s});
    c.indicator = u"Conjuntos publicados"_s;
    CHECK(Commitments::isMeasurable(c));
    c.deadline = u"   "_s;
    CHECK_FALSE(Commitments::isMeasurable(c));
}

TEST_CASE("Input commitments from CSV keep where they came from, bad rows are reported", "[mesas][commitments][import]")
{
    QTemporaryDir dir;
    auto file = eventWith(dir, u"i.taller"_s, 0);
    const QByteArray csv = "Mesa;Título;Descripción;Acciones;Responsable;Participantes;Recursos;Plazo;Indicador;Valores OGP\r\n"
                           "M1;Seguridad ciudadana participativa;App de zonas de riesgo;Desarrollar la app;Gerencia de Seguridad;"
                           "Juntas vecinales;S/ 50 000;2017;Denuncias atendidas;Participación, Tecnología\r\n"
                           "M5 - Comunidades seguras;Gestión participativa del agua segura;Calidad del agua;;;;;;;Transparencia\r\n"
                           "M7;Mesa inexistente;;;;;;;;\r\n"
                           ";;Sin título;;;;;;;\r\n";
    auto plan = CommitmentImport::fromCsv(*file, csv, u"insumos.csv"_s);
    REQUIRE(plan.ok());
    CHECK(plan->rejected() == 2);
    auto report = CommitmentImport::commit(*file, *plan);
    REQUIRE(report.ok());
    CHECK(report->imported == 2);
    const QList<Commitment> all = *CommitmentRepository(*file).all();
    REQUIRE(all.size() == 2);
    CHECK(all.at(0).mesaCode == u"M1"_s);
    CHECK(all.at(0).origin == CommitmentOrigin::Input);
    CHECK(all.at(0).source == u"insumos.csv, line 2"_s);
    CHECK(all.at(0).values == QList<OgpValue>{OgpValue::Participation, OgpValue::TechnologyAndInnovation});
    CHECK(Commitments::isMeasurable(all.at(0)));
    CHECK(all.at(1).mesaCode == u"M5"_s);
    CHECK_FALSE(Commitments::isMeasurable(all.at(1)));
}

TEST_CASE("The approved commitments of an earlier event become this one's inputs", "[mesas][commitments][import]")
{
    QTemporaryDir dir;
    auto earlier = eventWith(dir, u"earlier.taller"_s, 0);
    const QString earlierPath = earlier->path();
    CommitmentRepository theirs(*earlier);
    for (auto [title, status] : {std::pair(u"Mercado agrario a tu alcance"_s, CommitmentStatus::Approved),
                                 std::pair(u"Sistema de información laboral"_s, CommitmentStatus::Approved),
                                 std::pair(u"Idea retirada"_s, CommitmentStatus::Withdrawn)}) {
        Commitment c;
        c.title = title;
        c.mesaCode = u"M3"_s;
        c.status = status;
        c.plenaryNote = u"Aprobado por unanimidad"_s;
        REQUIRE(theirs.save(c).ok());
    }
    earlier.reset();

    auto file = eventWith(dir, u"now.taller"_s, 0);
    const QByteArray before = test::readAll(earlierPath);
    auto plan = CommitmentImport::fromPath(*file, earlierPath);
    REQUIRE(plan.ok());
    REQUIRE(plan->commitments.size() == 2);
    REQUIRE(CommitmentImport::commit(*file, *plan).ok());
    const QList<Commitment> all = *CommitmentRepository(*file).all();
    REQUIRE(all.size() == 2);
    for (const Commitment &c : all) {
        CHECK(c.origin == CommitmentOrigin::Input);
        CHECK(c.status == CommitmentStatus::Draft);
        CHECK(c.mesaCode == u"M3"_s);
        CHECK(c.plenaryNote.isEmpty());
        CHECK(c.source.startsWith(u"Taller de validación de acuerdos sobre datos abiertos"_s));
    }
    CHECK(test::readAll(earlierPath) == before);
    CHECK_FALSE(CommitmentImport::fromPath(*file, file->path()).ok());
}

TEST_CASE("Commitment edits are undoable, field by field", "[mesas][commitments][undo]")
{
    QTemporaryDir dir;
    EventDocument document(std::make_unique<EventSession>(eventWith(dir, u"u.taller"_s, 0)));
    Commitment c;
    c.title = u"Portal"_s;
    c.mesaCode = u"M2"_s;
    auto added = document.addCommitment(c, u"add"_s);
    REQUIRE(added.ok());
    Commitment edited = *added;
    edited.indicator = u"Visitas"_s;
    document.updateCommitment(edited, u"edit"_s, u"1:indicator"_s);
    edited.indicator = u"Visitas mensuales"_s;
    document.updateCommitment(edited, u"edit"_s, u"1:indicator"_s);
    CHECK(document.undoStack()->count() == 2);
    CHECK(CommitmentRepository(document.session().file()).find(added->id)->value().indicator == u"Visitas mensuales"_s);
    document.undoStack()->undo();
    CHECK(CommitmentRepository(document.session().file()).find(added->id)->value().indicator.isEmpty());
    document.undoStack()->undo();
    CHECK_FALSE(CommitmentRepository(document.session().file()).find(added->id)->has_value());
    document.undoStack()->redo();
    CHECK(CommitmentRepository(document.session().file()).find(added->id)->value().title == u"Portal"_s);
    document.removeCommitment(added->id);
    CHECK(document.commitments().isEmpty());
    document.undoStack()->undo();
    CHECK(document.commitments().size() == 1);
}

TEST_CASE("The ficha de mesa holds the theme, members, inputs in full and blank forms", "[mesas][pdf]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"f.taller"_s);
    REQUIRE(test::runCli({u"new"_s, path, u"--sample-attendees"_s, u"50"_s}).exitCode == 0);
    REQUIRE(test::runCli({u"balance"_s, path}).exitCode == 0);
    const QString csv = dir.filePath(u"insumos.csv"_s);
    test::writeFile(csv, "mesa,title,description,actions,responsible,participants,resources,deadline,indicator\n"
                         "M1,Portal de transparencia regional,Publicar información de obras,Implementar el portal,Sub Gerencia de TI,"
                         "Sociedad civil,Presupuesto 2017,Diciembre 2017,Visitas mensuales\n"
                         "M2,Presupuesto participativo en línea,Consultas públicas,,,,,,\n");
    REQUIRE(test::runCli({u"import"_s, u"commitments"_s, path, csv}).exitCode == 0);
    const QString pdf = dir.filePath(u"ficha.pdf"_s);
    const QString text = test::printedInSpanish({u"mesa"_s, path, u"M1"_s, pdf}, pdf).simplified();
    CHECK_THAT(text, test::ContainsAll({u"Ficha de mesa"_s, u"M1 — Transparencia y acceso a la información pública"_s,
                                        u"Portal de transparencia regional"_s, u"Implementar el portal"_s,
                                        u"Visitas mensuales"_s}));
    CHECK_FALSE(text.contains(u"Presupuesto participativo"_s));
    for (const QString &prompt : {u"Cómo se hará"_s, u"Responsable"_s, u"Participantes"_s, u"Recursos"_s, u"Plazos"_s, u"Cómo se medirá"_s})
        CHECK(text.contains(prompt));
    auto file = EventFile::open(path);
    REQUIRE(file.ok());
    const auto members = MesaDocument::mesaWithMembers(**file, u"M1"_s);
    REQUIRE(members.ok());
    REQUIRE(members->second.size() == 10);
    for (const Attendee &a : members->second)
        CHECK(text.contains(a.sortName()));

    const QString sheet = dir.filePath(u"asistencia-m1.pdf"_s);
    const QString sheetText = test::printedInSpanish({u"attendance"_s, path, sheet, u"--mesa"_s, u"M1"_s}, sheet).simplified();
    CHECK(sheetText.contains(u"Mesa M1 — Transparencia y acceso a la información pública"_s));
    for (const Attendee &a : members->second)
        CHECK(sheetText.contains(a.documentNumber));
    CHECK(test::runCli({u"print"_s, u"mesa"_s, path, u"M8"_s, pdf}).exitCode == 1);
}

// One door for the rule of a closed acta: what it froze cannot change by any
// path, whoever calls. The file holds the rule (its triggers) and answers
// every write with ErrorKind::Refused in words; the services no longer ask.

#include "TestSupport.h"

#include "ActaService.h"
#include "MeetingService.h"
#include "MesasService.h"
#include "PlenaryService.h"
#include "ProcessService.h"

#include "acta/ActaClosing.h"
#include "acta/ActaRepository.h"
#include "acta/ActaVerification.h"
#include "meetings/MeetingRepository.h"
#include "mesas/CommitmentRepository.h"
#include "mesas/MesaRepository.h"

#include <QProcess>

using namespace taller;
using namespace Qt::StringLiterals;

namespace {

const QStringList Spanish = {u"LC_ALL=es_PE.UTF-8"_s, u"LANGUAGE=es"_s};

test::CliResult cli(const QStringList &args, const QStringList &environment = {})
{
    return test::runCli(args, {}, environment);
}

void ok(const QStringList &args)
{
    const auto result = cli(args);
    INFO(args.join(u' ').toStdString() << "\n" << result.err.toStdString());
    REQUIRE(result.exitCode == 0);
}

// An event whose acta froze three approved commitments at M1, M2 and M3 (M4
// holds a withdrawn one, M5 none), closed.
QString closedActa(const QTemporaryDir &dir)
{
    const QString path = dir.filePath(u"congelada.taller"_s);
    ok({u"new"_s, path});
    {
        auto session = EventSession::open(path);
        REQUIRE(session.ok());
        for (int i = 1; i <= 4; ++i)
            REQUIRE(MesasService(**session)
                        .saveCommitment(test::commitmentInFull(u"M%1"_s.arg(i), u"Compromiso %1"_s.arg(i)))
                        .ok());
        for (qint64 id = 1; id <= 3; ++id)
            REQUIRE(PlenaryService(**session).decide(id, {CommitmentStatus::Approved, std::nullopt, {}}).ok());
        REQUIRE(PlenaryService(**session).decide(4, {CommitmentStatus::Withdrawn, std::nullopt, {}}).ok());
        // One the plenary never decided: not in the acta.
        REQUIRE(MesasService(**session).saveCommitment(test::commitmentInFull(u"M5"_s, u"Compromiso 5"_s)).ok());
    }
    ok({u"signatory"_s, u"add"_s, path, u"--name"_s, u"Manuel Llempén Coronel"_s, u"--side"_s, u"government"_s});
    ok({u"acta"_s, u"close"_s, path});
    return path;
}

Mesa mesa(EventSession &session, const QString &code)
{
    const auto mesas = MesasService(session).mesas();
    REQUIRE(mesas.ok());
    for (const Mesa &m : *mesas) {
        if (m.code == code)
            return m;
    }
    FAIL("no mesa " << code.toStdString());
    return {};
}

void checkRefused(const Status &status, const QString &expected)
{
    INFO(status.errorMessage().toStdString());
    CHECK_FALSE(status.ok());
    CHECK(status.error().kind == ErrorKind::Refused);
    CHECK(status.errorMessage().contains(expected));
}

template <typename T> void checkRefused(const Result<T> &result, const QString &expected)
{
    checkRefused(result.ok() ? Status() : Status(result.error()), expected);
}

// The sqlite3 shell, as a person would run it on the file, guards and all.
std::pair<int, QString> shell(const QString &path, const QString &sql)
{
    QProcess process;
    process.start(u"sqlite3"_s, {path, sql});
    REQUIRE(process.waitForFinished());
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardError())};
}

} // namespace

TEST_CASE("A mesa renamed after the acta is closed is refused, and verify stays clean", "[acta][freeze][mesas]")
{
    QTemporaryDir dir;
    const QString path = closedActa(dir);
    REQUIRE(cli({u"verify"_s, path}).exitCode == 0);
    {
        auto session = EventSession::open(path);
        REQUIRE(session.ok());
        MesasService mesas(**session);
        Mesa m1 = mesa(**session, u"M1"_s);
        Mesa renamed = m1;
        renamed.name = u"Mesa de transparencia"_s;
        checkRefused(mesas.updateMesa(renamed), u"mesa"_s);
        renamed = m1;
        renamed.code = u"T1"_s;
        checkRefused(mesas.updateMesa(renamed), u"code and name"_s);
        renamed.code = u"m1"_s; // the acta prints the code as it was typed
        checkRefused(mesas.updateMesa(renamed), u"closed for signature"_s);
        CHECK_FALSE(mesas.removeMesa(m1.id).ok());
        CHECK(mesa(**session, u"M1"_s) == m1);
        // What the acta does not print may change; a mesa it froze nothing at may too.
        Mesa moved = m1;
        moved.place = u"Salón 2"_s;
        moved.moderator = u"Rosa Muñoz Ibáñez"_s;
        CHECK(mesas.updateMesa(moved).ok());
        Mesa m5 = mesa(**session, u"M5"_s);
        m5.name = u"Mesa sin compromisos en el acta"_s;
        CHECK(mesas.updateMesa(m5).ok());
        // M4's commitment was withdrawn: the acta's account of the plenary
        // names it with its mesa's code.
        Mesa m4 = mesa(**session, u"M4"_s);
        m4.code = u"M9"_s;
        checkRefused(mesas.updateMesa(m4), u"code and name"_s);
    }
    const auto clean = cli({u"verify"_s, path});
    INFO(clean.out.toStdString());
    CHECK(clean.exitCode == 0);

    // A correction opens a new version: the mesa may change again.
    ok({u"acta"_s, u"correct"_s, path, u"--reason"_s, u"Cambia el nombre de la mesa 1"_s});
    auto session = EventSession::open(path);
    REQUIRE(session.ok());
    Mesa m1 = mesa(**session, u"M1"_s);
    m1.name = u"Mesa de transparencia"_s;
    CHECK(MesasService(**session).updateMesa(m1).ok());
}

TEST_CASE("What a closed acta froze is refused through every slice, whoever calls", "[acta][freeze]")
{
    QTemporaryDir dir;
    const QString path = closedActa(dir);
    auto session = EventSession::open(path);
    REQUIRE(session.ok());
    EventFile &file = (*session)->file();

    // The repositories themselves, as a new service would call them without asking.
    CommitmentRepository commitments(file);
    Commitment frozen = commitments.find(2)->value();
    frozen.deadline = u"Diciembre de 2030"_s;
    checkRefused(commitments.save(frozen), u"Open a correction of the acta"_s);
    checkRefused(commitments.remove(2), u"closed for signature"_s);
    Mesa m2 = mesa(**session, u"M2"_s);
    m2.code = u"X2"_s;
    checkRefused(MesaRepository(file).update(m2), u"mesa"_s);
    CHECK_FALSE(MesaRepository(file).remove(m2.id).ok());
    // The services, without a check of their own.
    checkRefused(MesasService(**session).saveCommitment(frozen), u"closed for signature"_s);
    checkRefused(PlenaryService(**session).decide(1, {CommitmentStatus::Withdrawn, std::nullopt, {}}),
                 u"closed for signature"_s);
    checkRefused(PlenaryService(**session).restoreDecision(commitments.find(1)->value()), u"closed for signature"_s);
    // The acta's own draft edits name the version.
    ActaRepository acta(file);
    checkRefused(acta.setTexts(u"otro"_s, u"otro"_s), u"Version 1 of the acta is closed"_s);
    Signatory someone;
    someone.name = u"Alguien Más"_s;
    checkRefused(acta.addSignatory(someone), u"closed"_s);
    // The withdrawn one is in the acta's account of the plenary: it stays so.
    Commitment withdrawn = commitments.find(4)->value();
    withdrawn.status = CommitmentStatus::Presented;
    checkRefused(commitments.save(withdrawn), u"closed for signature"_s);
    // A commitment the acta did not freeze, and signing, go on.
    Commitment undecided = commitments.find(5)->value();
    undecided.status = CommitmentStatus::Presented;
    CHECK(commitments.save(undecided).ok());
    CHECK(ActaClosing(file).sign(1, SignatureKind::Paper).ok());
    CHECK(commitments.find(2)->value().deadline != u"Diciembre de 2030"_s);
    CHECK(ActaVerifier(file).verify()->ok);
    CHECK(ActaService(**session).frozenIn(2)->value_or(0) == 1);
    CHECK(ActaService(**session).frozenIn(4)->value_or(0) == 1);
    CHECK_FALSE(ActaService(**session).frozenIn(5)->has_value());
}

TEST_CASE("Undoing a selection whose commitment a closed acta froze is refused, though the service no longer asks",
          "[acta][freeze][process]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"proceso.taller"_s);
    ok({u"new"_s, path});
    ok({u"import"_s, u"initiatives"_s, path, test::testDataPath(u"fichas_la_libertad.csv"_s)});
    qint64 batch = 0;
    {
        auto session = EventSession::open(path);
        REQUIRE(session.ok());
        auto selected = ProcessService(**session).select({8}, u"Prioridad regional"_s);
        REQUIRE(selected.ok());
        batch = *selected;
        REQUIRE(CommitmentRepository((*session)->file()).all()->size() == 1);
        const qint64 made = CommitmentRepository((*session)->file()).all()->first().id;
        auto decided = PlenaryService(**session).decide(made, {CommitmentStatus::Approved, std::nullopt, {}});
        INFO(decided.errorMessage().toStdString());
        REQUIRE(decided.ok());
    }
    ok({u"signatory"_s, u"add"_s, path, u"--name"_s, u"Manuel Llempén Coronel"_s, u"--side"_s, u"government"_s});
    ok({u"acta"_s, u"close"_s, path});
    auto session = EventSession::open(path);
    REQUIRE(session.ok());
    checkRefused(ProcessService(**session).undo(batch), u"closed for signature"_s);
    CHECK(CommitmentRepository((*session)->file()).all()->size() == 1);
    CHECK(cli({u"verify"_s, path}).exitCode == 0);
}

TEST_CASE("Closed minutes refuse every change to their tabla and agreements, whoever calls, their follow-up goes on",
          "[acta][freeze][minutes]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"reunion.taller"_s);
    ok({u"new"_s, path});
    qint64 meeting = 0, item = 0, agreement = 0;
    {
        auto session = EventSession::open(path);
        REQUIRE(session.ok());
        MeetingService meetings(**session);
        Meeting m;
        m.title = u"Reunión con la Gerencia Regional de Salud"_s;
        m.date = QDate(2026, 11, 20);
        meeting = *meetings.addMeeting(m);
        item = meetings.addItem(meeting, {0, u"Plan de acción"_s, u"Se explicó el proceso."_s})->id;
        Agreement a;
        a.meetingId = meeting;
        a.text = u"Enviar el formulario"_s;
        a.responsible = u"Comisión"_s;
        a.due = u"2026-12-15"_s;
        agreement = meetings.addAgreement(a)->id;
    }
    const QString id = QString::number(meeting);
    ok({u"signatory"_s, u"add"_s, path, u"--meeting"_s, id, u"--name"_s, u"Román Yosif"_s, u"--side"_s,
        u"government"_s});
    ok({u"acta"_s, u"close"_s, path, u"--meeting"_s, id});

    auto session = EventSession::open(path);
    REQUIRE(session.ok());
    MeetingRepository repository((*session)->file());
    Agreement changed = repository.agreement(agreement).value();
    changed.text = u"No enviar nada"_s;
    checkRefused(repository.updateAgreement(changed), u"minutes are closed"_s);
    checkRefused(repository.removeAgreement(agreement), u"correction of the minutes"_s);
    checkRefused(repository.addAgreement(changed), u"minutes are closed"_s);
    checkRefused(repository.updateItem({item, u"Otro punto"_s, u"Otra cosa"_s}), u"minutes are closed"_s);
    checkRefused(repository.removeItem(item), u"minutes are closed"_s);
    checkRefused(repository.addItem(meeting, {0, u"Punto nuevo"_s, {}}), u"minutes are closed"_s);
    checkRefused(MeetingService(**session).updateAgreement(changed), u"minutes are closed"_s);
    // A meeting whose minutes were closed stays, with them.
    checkRefused(MeetingService(**session).removeMeeting(meeting), u"record"_s);
    // The follow-up is not part of the minutes.
    CHECK(MeetingService(**session).markDone(agreement, QDate(2026, 12, 10), u"Oficio 123-2026"_s).ok());
    CHECK(repository.agreement(agreement)->doneOn == QDate(2026, 12, 10));
    CHECK(repository.agreement(agreement)->text == u"Enviar el formulario"_s);
    CHECK(ActaClosing((*session)->file(), meeting).sign(1, SignatureKind::Paper).ok());
    CHECK(cli({u"verify"_s, path, u"--meeting"_s, id}).exitCode == 0);

    // In Spanish, naming what is frozen.
    const auto refused = cli({u"agreement"_s, u"add"_s, path, u"--meeting"_s, id, u"--text"_s, u"Otro"_s,
                              u"--responsible"_s, u"X"_s, u"--due"_s, u"2027-01-01"_s},
                             Spanish);
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains(u"acta de reunión está cerrada para firma"_s));
}

TEST_CASE("The sqlite3 shell meets the freeze too, purge still erases the attendees and keeps the acta",
          "[acta][freeze][tamper]")
{
    QTemporaryDir dir;
    const QString path = closedActa(dir);
    for (const QString &sql :
         {u"UPDATE commitment SET deadline = 'Diciembre de 2030' WHERE id = 2"_s,
          u"DELETE FROM commitment WHERE id = 3"_s, u"UPDATE mesa SET name = 'Otra' WHERE code = 'M1'"_s,
          u"DELETE FROM mesa WHERE code = 'M1'"_s, u"UPDATE signatory SET name = 'Otra Persona'"_s,
          u"DELETE FROM signatory"_s,
          u"INSERT INTO signatory (meeting_id, acta_version, position, name, side) "
          "VALUES (1, 1, 9, 'Intruso', 'government')"_s,
          u"UPDATE acta SET closed_at = '2026-01-01T00:00:00.000Z'"_s, u"DELETE FROM acta"_s,
          u"DELETE FROM acta_commitment"_s}) {
        INFO(sql.toStdString());
        const auto [exitCode, error] = shell(path, sql);
        CHECK(exitCode != 0);
        CHECK(error.contains(u"taller.frozen."_s));
    }
    const auto clean = cli({u"verify"_s, path});
    INFO(clean.out.toStdString());
    CHECK(clean.exitCode == 0);
    // The shell has no foreign keys on: the meeting row itself is guarded.
    const auto [exitCode, error] = shell(path, u"DELETE FROM meeting WHERE id = 1"_s);
    CHECK(exitCode != 0);
    CHECK(error.contains(u"taller.frozen.record"_s));

    // A decision on a frozen commitment, in Spanish: what is frozen, and what to do.
    const auto decided = cli({u"decide"_s, path, u"2"_s, u"withdrawn"_s}, Spanish);
    CHECK(decided.exitCode == 1);
    CHECK(decided.err.contains(u"Este compromiso está en el acta vigente, cerrada para firma"_s));

    const QString people = dir.filePath(u"personas.csv"_s);
    test::writeFile(people, "Nombres;Apellidos;DNI;Sector\nAna;Núñez Peña;45678901;Sociedad civil\n");
    ok({u"import"_s, u"attendees"_s, path, people});
    ok({u"checkin"_s, path, u"45678901"_s});
    const auto purged = cli({u"purge"_s, path, u"--confirm"_s});
    INFO(purged.out.toStdString() << purged.err.toStdString());
    CHECK(purged.exitCode == 0);
    CHECK(test::sqlite(path, u"SELECT count(*) FROM attendee"_s) == u"0"_s);
    CHECK(cli({u"verify"_s, path}).exitCode == 0);

    // A correction slipped in to thaw the commitments cannot be slipped out:
    // it stays, as an open correction, with its reason.
    REQUIRE(shell(path, u"INSERT INTO acta (meeting_id, version, replaces, correction_reason) VALUES (1, 2, 1, 'x')"_s)
                .first == 0);
    CHECK(shell(path, u"DELETE FROM acta WHERE version = 2"_s).second.contains(u"taller.frozen.record"_s));
}

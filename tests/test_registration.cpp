#include "TestSupport.h"

#include "RegistrationService.h"
#include "base/Clock.h"
#include "registration/AttendanceDocument.h"
#include "templates/Templates.h"
#include "registration/AttendeeRepository.h"
#include "registration/AttendeeSearch.h"
#include "registration/CheckinRepository.h"
#include "base/SqlStatement.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>

using namespace taller;
using namespace Qt::StringLiterals;

namespace {

struct DeskFixture
{
    QTemporaryDir dir;
    std::unique_ptr<EventFile> file;

    DeskFixture()
    {
        file = test::eventWithFourPeople(dir.filePath(u"desk.taller"_s));
    }

    QStringList names(const QString &query)
    {
        auto found = AttendeeSearch(*file).find(query);
        REQUIRE(found.ok());
        QStringList result;
        for (const Attendee &a : *found)
            result << a.fullName();
        return result;
    }

    int events()
    {
        return SqlStatement::scalar(file->database(), u"SELECT count(*) FROM checkin_event"_s)->toInt();
    }
};

} // namespace

TEST_CASE("Search ignores case and accents and matches any part of a person", "[search]")
{
    DeskFixture desk;
    CHECK(desk.names(u"nunez"_s).first() == u"María José Núñez Peña"_s);
    CHECK(desk.names(u"MARIA"_s) == QStringList{u"María José Núñez Peña"_s});
    CHECK(desk.names(u"jose"_s).size() == 2);
    CHECK(desk.names(u"rocio chav"_s) == QStringList{u"Rocío Chávez"_s});
    CHECK(desk.names(u"0123"_s) == QStringList{u"María José Núñez Peña"_s});
    CHECK(desk.names(u"educacion"_s) == QStringList{u"Rocío Chávez"_s});
    CHECK(desk.names(u"ñandu"_s) == QStringList{u"María José Núñez Peña"_s});
    CHECK(desk.names(u"zzz"_s).isEmpty());
    CHECK(desk.names(u""_s).isEmpty());
}

TEST_CASE("Search puts a surname match before an organisation match", "[search]")
{
    DeskFixture desk;
    const QStringList found = desk.names(u"nunez"_s);
    REQUIRE(found.size() == 2);
    CHECK(found.at(0) == u"María José Núñez Peña"_s);
    CHECK(found.at(1) == u"Carlos Muñoz"_s);
}

TEST_CASE("Search text cannot break the query", "[search]")
{
    DeskFixture desk;
    for (const QString &text : {u"\""_s, u"*"_s, u"nu\"nez"_s, u"AND"_s, u"NEAR(a b)"_s, u"a OR b"_s, u"-^:"_s, u"'; DROP TABLE attendee; --"_s}) {
        INFO(text.toStdString());
        auto found = AttendeeSearch(*desk.file).find(text);
        CHECK(found.ok());
    }
    CHECK(desk.names(u"nu\"nez"_s).isEmpty());
    CHECK(*AttendeeRepository(*desk.file).count() == 4);
}

TEST_CASE("Checking in twice makes one record, undoing is recorded, not deleted", "[checkin]")
{
    DeskFixture desk;
    test::FixedClock clock(QDateTime(QDate(2016, 6, 29), QTime(8, 41), Qt::UTC));
    CheckinRepository checkins(*desk.file, u"mesa 1"_s);

    auto first = checkins.checkInByDocument(u"45678912"_s);
    REQUIRE(first.ok());
    CHECK(first->outcome == CheckinOutcome::CheckedIn);
    CHECK(first->attendee.surnames == u"Ibáñez Saldaña"_s);

    clock.time = clock.time.addSecs(120);
    auto second = checkins.checkInByDocument(u"45 678 912"_s);
    REQUIRE(second.ok());
    CHECK(second->outcome == CheckinOutcome::Already);
    CHECK(second->at.toUTC().time() == QTime(8, 41));
    CHECK(desk.events() == 1);

    // Typed without the DNI's leading zero.
    auto padded = checkins.checkInByDocument(u"1234567"_s);
    REQUIRE(padded.ok());
    CHECK(padded->outcome == CheckinOutcome::CheckedIn);
    CHECK(padded->attendee.documentNumber == u"01234567"_s);

    auto undone = checkins.undoByDocument(u"45678912"_s);
    REQUIRE(undone.ok());
    CHECK(undone->outcome == CheckinOutcome::Undone);
    CHECK(desk.events() == 3);
    CHECK(checkins.undoByDocument(u"45678912"_s)->outcome == CheckinOutcome::NotCheckedIn);
    CHECK_FALSE(AttendeeRepository(*desk.file).findByDocument(u"45678912"_s)->value().isCheckedIn());

    const auto recent = checkins.recent(10);
    REQUIRE(recent.ok());
    REQUIRE(recent->size() == 3);
    CHECK(recent->at(0).undo);
    CHECK(recent->at(0).desk == u"mesa 1"_s);
    CHECK(recent->at(1).attendee.givenNames == u"María José"_s);

    CHECK(checkins.checkInByDocument(u"99999999"_s)->outcome == CheckinOutcome::NotFound);
    CHECK(checkins.checkInByDocument(u"abc"_s)->outcome == CheckinOutcome::Invalid);
}

TEST_CASE("Counts by sector follow check-ins and undos", "[checkin]")
{
    DeskFixture desk;
    CheckinRepository checkins(*desk.file);
    REQUIRE(checkins.checkInByDocument(u"01234567"_s).ok());
    REQUIRE(checkins.checkInByDocument(u"87654321"_s).ok());
    REQUIRE(checkins.checkInByDocument(u"11223344"_s).ok());
    REQUIRE(checkins.undoByDocument(u"11223344"_s).ok());
    const auto counts = checkins.counts();
    REQUIRE(counts.ok());
    CHECK(counts->registered == 4);
    CHECK(counts->checkedIn == 2);
    CHECK(counts->bySector.value(Sector::CivilSociety).checkedIn == 1);
    CHECK(counts->bySector.value(Sector::PublicSector).checkedIn == 1);
    CHECK(counts->bySector.value(Sector::Business).checkedIn == 0);
    CHECK(counts->bySector.value(Sector::Business).registered == 1);
    CHECK(*AttendeeRepository(*desk.file).checkedInCount() == 2);
}

TEST_CASE("cli: search, checkin and undo-checkin", "[checkin][cli]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"c.taller"_s);
    REQUIRE(test::runCli({u"new"_s, path, u"--sample-attendees"_s, u"50"_s}).exitCode == 0);
    const auto search = test::runCli({u"search"_s, path, u"NUNEZ"_s, u"--json"_s});
    REQUIRE(search.exitCode == 0);
    const QJsonArray found = QJsonDocument::fromJson(search.out.toUtf8()).array();
    REQUIRE_FALSE(found.isEmpty());
    const QString first = found.first()[u"surnames"_s].toString() + found.first()[u"given_names"_s].toString();
    CHECK(foldForMatching(first).contains(u"nunez"_s));
    for (const QString &key : {u"id"_s, u"given_names"_s, u"surnames"_s, u"document"_s, u"organisation"_s, u"sector"_s,
                               u"checked_in"_s, u"checked_in_at"_s})
        CHECK(found.first().toObject().contains(key));

    const QString document = found.first()[u"document"_s].toString();
    CHECK(test::runCli({u"checkin"_s, path, document}).exitCode == 0);
    const auto listed = test::runCli({u"attendees"_s, path, u"--checked-in"_s, u"--json"_s});
    const QJsonArray present = QJsonDocument::fromJson(listed.out.toUtf8()).array();
    REQUIRE(present.size() == 1);
    CHECK(present.first()[u"document"_s].toString() == document);
    CHECK(present.first()[u"checked_in"_s].toBool());

    CHECK(test::runCli({u"undo-checkin"_s, path, document}).exitCode == 0);
    const auto again = test::runCli({u"undo-checkin"_s, path, document});
    CHECK(again.exitCode == 1);
    CHECK(again.err.contains(u"not checked in"_s));
    CHECK(test::runCli({u"checkin"_s, path, u"99999999"_s}).exitCode == 1);
}

TEST_CASE("cli: checkin --stdin answers one JSON line per input", "[checkin][cli]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"s.taller"_s);
    const QJsonArray all = test::newEventWithSampleAttendees(path, 20);
    const QString a = all.at(0)[u"document"_s].toString();
    const QString b = all.at(1)[u"document"_s].toString();
    const auto run = test::runCli({u"checkin"_s, path, u"--stdin"_s}, (a + u"\n"_s + b + u"\n"_s + a + u"\n12345678\nhola\n"_s).toUtf8());
    REQUIRE(run.exitCode == 0);
    const QStringList lines = run.out.split(u'\n', Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 5);
    auto status = [&](int i) { return QJsonDocument::fromJson(lines.at(i).toUtf8()).object()[u"status"_s].toString(); };
    CHECK(status(0) == u"checked_in"_s);
    CHECK(status(1) == u"checked_in"_s);
    CHECK(status(2) == u"already"_s);
    CHECK(status(3) == u"not_found"_s);
    CHECK(status(4) == u"invalid"_s);
    CHECK_FALSE(QJsonDocument::fromJson(lines.at(0).toUtf8()).object()[u"at"_s].isNull());
}

TEST_CASE("Two desks checking in the same people at once: no error, no duplicate", "[checkin][concurrency]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"two.taller"_s);
    const QJsonArray all = test::newEventWithSampleAttendees(path, 300);
    const QByteArray input = test::checkinInput(all);

    QProcess desks[2];
    for (QProcess &desk : desks) {
        desk.start(QString::fromUtf8(TALLER_CLI_PATH), {u"checkin"_s, path, u"--stdin"_s});
        REQUIRE(desk.waitForStarted());
    }
    for (QProcess &desk : desks) {
        desk.write(input);
        desk.closeWriteChannel();
    }
    int checkedIn = 0;
    int already = 0;
    for (QProcess &desk : desks) {
        REQUIRE(desk.waitForFinished(120000));
        CHECK(desk.exitCode() == 0);
        CHECK(desk.readAllStandardError().isEmpty());
        for (const QByteArray &line : desk.readAllStandardOutput().split('\n')) {
            if (line.isEmpty())
                continue;
            const QString status = QJsonDocument::fromJson(line).object()[u"status"_s].toString();
            checkedIn += status == u"checked_in"_s;
            already += status == u"already"_s;
        }
    }
    CHECK(checkedIn == 300);
    CHECK(already == 300);
    auto file = EventFile::open(path);
    REQUIRE(file.ok());
    CHECK(SqlStatement::scalar((*file)->database(), u"SELECT count(*) FROM checkin_event"_s)->toInt() == 300);
    CHECK(SqlStatement::scalar((*file)->database(),
                               u"SELECT count(*) FROM (SELECT attendee_id FROM checkin_event GROUP BY attendee_id HAVING count(*) > 1)"_s)
              ->toInt() == 0);
}

TEST_CASE("A check-in acknowledged by checkin --stdin survives the process being killed, 100 times", "[checkin][kill]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"kill.taller"_s);
    const QJsonArray all = test::newEventWithSampleAttendees(path, 1700);
    QStringList documents;
    for (const QJsonValue &a : all)
        documents << a[u"document"_s].toString();

    QRandomGenerator random(20161202);
    const int runs = 100;
    int acknowledgedTotal = 0;
    for (int run = 0; run < runs; ++run) {
        QProcess desk;
        desk.start(QString::fromUtf8(TALLER_CLI_PATH), {u"checkin"_s, path, u"--stdin"_s});
        REQUIRE(desk.waitForStarted());
        // Each run checks in a fresh slice of people, killed after a random
        // number of acknowledgements (sometimes before the first).
        const int begin = run * 16;
        QByteArray input;
        for (int i = begin; i < begin + 16; ++i)
            input += documents.at(i).toUtf8() + '\n';
        desk.write(input);
        const int killAfter = int(random.bounded(17));
        QStringList acknowledged;
        QByteArray pending;
        while (acknowledged.size() < killAfter && desk.state() == QProcess::Running) {
            desk.waitForReadyRead(2000);
            pending += desk.readAllStandardOutput();
            while (pending.contains('\n')) {
                const qsizetype end = pending.indexOf('\n');
                const QJsonObject line = QJsonDocument::fromJson(pending.left(end)).object();
                pending.remove(0, end + 1);
                if (line[u"status"_s].toString() == u"checked_in"_s)
                    acknowledged << line[u"document"_s].toString();
            }
        }
        desk.kill();
        desk.waitForFinished();
        acknowledgedTotal += int(acknowledged.size());

        auto file = EventFile::open(path);
        REQUIRE(file.ok());
        CHECK(SqlStatement::scalar((*file)->database(), u"PRAGMA integrity_check"_s)->toString() == u"ok"_s);
        const AttendeeRepository attendees(**file);
        for (const QString &document : acknowledged) {
            INFO("run " << run << ", document " << document.toStdString());
            CHECK(attendees.findByDocument(document)->value().isCheckedIn());
        }
    }
    CHECK(acknowledgedTotal > 0);
}

TEST_CASE("The attendance sheet lists everyone by surname, with numbered blank rows", "[pdf][attendance]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"a.taller"_s);
    const QString pdf = dir.filePath(u"asistencia.pdf"_s);
    REQUIRE(test::runCli({u"new"_s, path, u"--sample-attendees"_s, u"50"_s}).exitCode == 0);
    const QString text = test::printedInSpanish({u"attendance"_s, path, pdf, u"--blank-rows"_s, u"12"_s}, pdf);
    const int pages = test::pdfPageCount(pdf);
    CHECK(pages >= 2);
    CHECK(text.count(u"Apellidos y nombres"_s) == pages);
    CHECK(text.count(u"Firma"_s) == pages);
    CHECK(text.contains(u"Lista de asistencia"_s));
    CHECK(text.contains(u"Página %1 de %1"_s.arg(pages)));

    auto file = EventFile::open(path);
    REQUIRE(file.ok());
    const QList<Attendee> attendees = *AttendeeRepository(**file).all();
    REQUIRE(attendees.size() == 50);
    qsizetype previous = -1;
    for (const Attendee &a : attendees) {
        INFO(a.sortName().toStdString());
        const qsizetype at = text.indexOf(a.documentNumber);
        CHECK(at > previous);
        previous = at;
        CHECK(text.contains(a.surnames));
    }
    // Rows 1..62: 50 people and 12 blank rows for walk-ins.
    auto rowNumbered = [&](int n) {
        return text.contains(QRegularExpression(u"^%1\\b"_s.arg(n), QRegularExpression::MultilineOption));
    };
    for (int n = 1; n <= 62; ++n) {
        INFO("row " << n);
        CHECK(rowNumbered(n));
    }
    CHECK_FALSE(rowNumbered(63));
}

TEST_CASE("Lists and the attendance sheet follow Spanish order: accents and case ignored, Ñ after N, CH within C",
          "[attendance][collation]")
{
    QTemporaryDir dir;
    const QString path = test::newBlankEvent(dir, u"orden.taller"_s);
    const QString csv = dir.filePath(u"orden.csv"_s);
    // Given in no particular order.
    const QStringList rows = {
        u"Nombres;Apellidos;DNI"_s,        u"Rosa;Zúñiga Ruiz;40000001"_s,    u"José;Peña Alarcón;40000002"_s,
        u"Luz;Ñique Chunga;40000003"_s,    u"Ana;Álvarez Paz;40000004"_s,     u"Raúl;Órdoñez Vera;40000005"_s,
        u"Iván;Núñez Lora;40000006"_s,     u"Eva;Cruz Vela;40000007"_s,       u"Inés;Peña Alarcón;40000008"_s,
        u"Juan;Chávez Soto;40000009"_s,    u"Olga;Nuñovero Díaz;40000010"_s, u"Pía;de la Cruz Lozada;40000011"_s,
        u"Noé;Alva Castro;40000012"_s,     u"Ciro;Ortiz Ugaz;40000013"_s,     u"Leo;Castro Ruiz;40000014"_s,
        u"Gina;Nunura Ayala;40000015"_s,   u"Teo;Díaz Rojas;40000016"_s,
    };
    test::writeFile(csv, rows.join(u"\r\n"_s).toUtf8());
    REQUIRE(test::runCli({u"import"_s, u"attendees"_s, path, csv}).exitCode == 0);

    // The order a person expects on the sheet, written out by hand.
    const QStringList expected = {
        u"Alva Castro, Noé"_s,     u"Álvarez Paz, Ana"_s,        u"Castro Ruiz, Leo"_s,     u"Chávez Soto, Juan"_s,
        u"Cruz Vela, Eva"_s,       u"de la Cruz Lozada, Pía"_s,  u"Díaz Rojas, Teo"_s,      u"Nunura Ayala, Gina"_s,
        u"Núñez Lora, Iván"_s,     u"Nuñovero Díaz, Olga"_s,     u"Ñique Chunga, Luz"_s,    u"Órdoñez Vera, Raúl"_s,
        u"Ortiz Ugaz, Ciro"_s,     u"Peña Alarcón, Inés"_s,      u"Peña Alarcón, José"_s,   u"Zúñiga Ruiz, Rosa"_s,
    };
    const auto listed = test::runCli({u"attendees"_s, path, u"--json"_s});
    REQUIRE(listed.exitCode == 0);
    QStringList order;
    for (const QJsonValue &a : QJsonDocument::fromJson(listed.out.toUtf8()).array())
        order << a[u"surnames"_s].toString() + u", "_s + a[u"given_names"_s].toString();
    CHECK(order == expected);

    const QString pdf = dir.filePath(u"orden.pdf"_s);
    REQUIRE(test::runCli({u"print"_s, u"attendance"_s, path, pdf}).exitCode == 0);
    const QString text = test::pdfText(pdf);
    qsizetype previous = -1;
    for (const QString &name : expected) {
        INFO(name.toStdString());
        const qsizetype at = text.indexOf(name);
        CHECK(at > previous);
        previous = at;
    }
}

TEST_CASE("A page of the not-arrived list read through the stored people's keys is the page the names themselves give, "
          "ties and renames by another program included",
          "[registration][people-order]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"orden.taller"_s);
    auto session = test::newEventSession(path, 0);
    // Names equal at the first level (accents, case) around every page edge.
    QList<Attendee> people;
    const QStringList surnames{u"Chávez Luna"_s, u"CHAVEZ LUNA"_s, u"chavez luna"_s, u"Chávez Luna"_s, u"Núñez"_s, u"Nuñez"_s,
                               u"Nuzco"_s, u"Ávila"_s, u"Avila"_s, u"Ñique"_s, u"Ortiz"_s, u"de la Cruz"_s, u"De La Cruz"_s};
    int n = 0;
    for (int round = 0; round < 3; ++round) {
        for (const QString &surname : surnames) {
            people.append(test::person(round == 1 ? u"María"_s : u"Maria"_s, surname, QString::number(40000000 + ++n),
                                       u"Org"_s, Sector::CivilSociety));
        }
    }
    RegistrationService desk(*session);
    for (const Attendee &a : people)
        REQUIRE(desk.registerWalkIn(a));
    CHECK(test::sqlite(path, u"SELECT count(*) FROM attendee WHERE people_key = ''"_s) == u"0"_s);

    const auto everyone = desk.attendees();
    REQUIRE(everyone);
    QList<Attendee> expected = *everyone;
    sortInPeopleOrder(expected);
    const auto pagesMatch = [&] {
        for (int offset = 0; offset < expected.size(); offset += 5) {
            const auto page = desk.notArrived(offset, 5);
            REQUIRE(page);
            for (int i = 0; i < page->size(); ++i) {
                INFO("offset " << offset << " row " << i);
                CHECK(page->at(i).id == expected.at(offset + i).id);
            }
        }
    };
    pagesMatch();

    // Renamed in the sqlite3 shell: the key is no longer trusted, the page is
    // still right, and the next write by the program fills the key again.
    test::sqlite(path, u"UPDATE attendee SET surnames = 'Aaron' WHERE document_number = '40000013'"_s);
    CHECK(test::sqlite(path, u"SELECT people_key FROM attendee WHERE document_number = '40000013'"_s).isEmpty());
    const auto renamed = desk.attendees();
    REQUIRE(renamed);
    expected = *renamed;
    sortInPeopleOrder(expected);
    pagesMatch();
    REQUIRE(desk.registerWalkIn(test::person(u"Ana"_s, u"Zúñiga"_s, u"49999999"_s, u"Org"_s, Sector::Academia)));
    CHECK(test::sqlite(path, u"SELECT count(*) FROM attendee WHERE people_key = ''"_s) == u"0"_s);
    const auto afterWrite = desk.attendees();
    REQUIRE(afterWrite);
    expected = *afterWrite;
    sortInPeopleOrder(expected);
    pagesMatch();
}

// The meetings of the process: one register of people, attendance per
// meeting, minutes closed and verified by the acta's own mechanism, the
// agreements followed up, the board of deliverables and the OGP bundle.

#include "TestSupport.h"

#include "MeetingService.h"
#include "acta/Acta.h"
#include "acta/ActaSeal.h"
#include "base/SqlStatement.h"
#include "tabular/TabularReader.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace taller;
using namespace Qt::StringLiterals;

namespace {

QJsonValue json(const QStringList &args)
{
    const auto result = test::runCli(args + QStringList{u"--json"_s});
    INFO(result.err.toStdString());
    REQUIRE(result.exitCode == 0);
    return QJsonDocument::fromJson(result.out.toUtf8()).isArray() ? QJsonValue(QJsonDocument::fromJson(result.out.toUtf8()).array())
                                                                  : QJsonValue(QJsonDocument::fromJson(result.out.toUtf8()).object());
}

const QStringList Spanish = {u"LC_ALL=es_PE.UTF-8"_s, u"LANGUAGE=es"_s};

QString ok(const QStringList &args, const QStringList &environment = {})
{
    const auto result = test::runCli(args, {}, environment);
    INFO(args.join(u' ').toStdString() << "\n" << result.err.toStdString());
    REQUIRE(result.exitCode == 0);
    return result.out.trimmed();
}

// The people of seed 004's meeting and one more, registered once for the
// whole process.
const QByteArray People = "Nombres;Apellidos;DNI;Organización;Cargo;Sector\n"
                          "Román;Yosif;12345678;Laboratorio de Gobierno;Director Ejecutivo;Gobierno\n"
                          "Galvarino;Sazo;23456789;MINSEGPRES;Coordinador;Gobierno\n"
                          "Claudia;Montero Meza;34567890;MINSEGPRES;Asesora;Sociedad civil\n"
                          "Francisco;Sánchez Lay;45678901;MINSEGPRES;Asesor;Academia\n";

// A process in a folder of its own, each test's: the four people registered
// and a stage-II meeting with the Gerencia Regional de Salud.
struct ProcessWithMeeting
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"proceso.taller"_s);
    QString meeting; // its id

    ProcessWithMeeting()
    {
        ok({u"new"_s, path});
        const QString list = dir.filePath(u"personas.csv"_s);
        test::writeFile(list, People);
        ok({u"import"_s, u"attendees"_s, path, list});
        ok({u"process"_s, path, u"--start"_s});
        meeting =
            ok({u"meeting"_s, u"add"_s, path, u"--stage"_s, u"2"_s, u"--kind"_s, u"meeting"_s, u"--title"_s,
                u"Reunión con la Gerencia Regional de Salud"_s, u"--date"_s, u"2026-11-20"_s, u"--time"_s, u"16:00"_s,
                u"--place"_s, u"Laboratorio de Gobierno"_s, u"--organisation"_s, u"Gerencia Regional de Salud"_s});
    }
};

// The meeting's minutes as seed 004 has them: three attendees, one item,
// three agreements (one "A la brevedad"), two signatories, closed (with
// closing's options, such as --seal KEYFILE).
QString closedMinutes(const QString &path, const QString &meeting, const QStringList &closing = {})
{
    for (const QString &document : {u"12345678"_s, u"23456789"_s, u"34567890"_s})
        ok({u"checkin"_s, path, u"--meeting"_s, meeting, document});
    ok({u"item"_s, u"add"_s, path, u"--meeting"_s, meeting, u"--title"_s,
        u"Explicar y analizar el proceso de elaboración del Plan de Acción"_s, u"--development"_s,
        u"Se explicó todo el proceso OGP al Laboratorio de Gobierno."_s});
    ok({u"agreement"_s, u"add"_s, path, u"--meeting"_s, meeting, u"--text"_s, u"Validar internamente la urgencia de la colaboración"_s,
        u"--responsible"_s, u"Comisión"_s, u"--due"_s, u"A la brevedad"_s});
    ok({u"agreement"_s, u"add"_s, path, u"--meeting"_s, meeting, u"--text"_s, u"Poner a disposición la Red de Innovadores Públicos"_s,
        u"--responsible"_s, u"Laboratorio de Gobierno"_s, u"--due"_s, u"2026-11-25"_s});
    ok({u"agreement"_s, u"add"_s, path, u"--meeting"_s, meeting, u"--text"_s, u"Enviar formulario y planificación"_s,
        u"--responsible"_s, u"Comisión"_s, u"--due"_s, u"2099-01-15"_s});
    ok({u"signatory"_s, u"add"_s, path, u"--meeting"_s, meeting, u"--name"_s, u"Román Yosif"_s, u"--side"_s, u"government"_s});
    ok({u"signatory"_s, u"add"_s, path, u"--meeting"_s, meeting, u"--name"_s, u"Claudia Montero Meza"_s, u"--side"_s,
        u"civil-society"_s});
    return ok(QStringList{u"acta"_s, u"close"_s, path, u"--meeting"_s, meeting} + closing);
}

QString quoted(const QString &text)
{
    return u"'"_s + QString(text).replace(u"'"_s, u"''"_s) + u"'"_s;
}

// The minutes' recorded text, as the file holds it.
QString minutesText(const QString &path, const QString &meeting)
{
    return test::sqlite(path, u"SELECT canonical_text FROM acta WHERE meeting_id = %1"_s.arg(meeting)) + u'\n';
}

// The minutes' first signature record removed with the sqlite3 shell, its
// signature left as it was: verify names it tampering, never a signature an
// older version of the program made without a record.
void tamperCaughtAsTampering(const QString &path, const QString &meeting)
{
    test::tamper(path, u"DELETE FROM acta_signature WHERE meeting_id = %1 AND sequence = 1"_s.arg(meeting));
    const auto result = test::runCli({u"verify"_s, path, u"--meeting"_s, meeting});
    INFO(result.out.toStdString());
    CHECK(result.exitCode == 1);
    CHECK(result.out.contains(u"Román Yosif appears as signed"_s));
    CHECK(result.out.contains(u"no signature was ever recorded"_s));
    CHECK_FALSE(result.out.contains(u"earlier version of the program"_s));
}

} // namespace

TEST_CASE("A file from before meetings opens as a process with one workshop", "[meetings][fixture]")
{
    QTemporaryDir dir;
    const QString path = test::copyOfFixture(dir, u"acta-0.1.0.taller"_s);
    const QJsonArray meetings = json({u"meetings"_s, path}).toArray();
    REQUIRE(meetings.size() == 1);
    CHECK(meetings.at(0)[u"id"_s].toInt() == 1);
    CHECK(meetings.at(0)[u"kind"_s].toString() == u"workshop"_s);
    CHECK(meetings.at(0)[u"title"_s].toString() == json({u"info"_s, path})[u"title"_s].toString());
    // The acta closed by 0.1.0 is the workshop's, with --meeting 1 or without.
    CHECK(test::runCli({u"verify"_s, path}).exitCode == 0);
    CHECK(test::runCli({u"verify"_s, path, u"--meeting"_s, u"1"_s}).exitCode == 0);
    CHECK(json({u"acta"_s, path, u"--meeting"_s, u"1"_s})[u"kind"_s].toString() == u"commitments"_s);
    const auto missing = test::runCli({u"acta"_s, path, u"--meeting"_s, u"7"_s});
    CHECK(missing.exitCode == 1);
    CHECK(missing.err.contains(u"7"_s));
}

TEST_CASE_METHOD(ProcessWithMeeting, "People are one register, and attendance and its sheet belong to each meeting",
                 "[meetings]")
{
    CHECK(meeting == u"2"_s);
    const auto refused = test::runCli({u"meeting"_s, u"add"_s, path, u"--stage"_s, u"3"_s, u"--kind"_s, u"workshop"_s, u"--title"_s,
                                       u"Otro taller"_s, u"--date"_s, u"2026-12-01"_s});
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains(u"1"_s));
    CHECK(test::runCli({u"meeting"_s, u"add"_s, path, u"--stage"_s, u"9"_s, u"--title"_s, u"x"_s, u"--date"_s, u"2026-12-01"_s}).exitCode == 1);

    // Román at the workshop and at the meeting; Galvarino at the meeting only.
    ok({u"checkin"_s, path, u"12345678"_s});
    ok({u"checkin"_s, path, u"--meeting"_s, meeting, u"12345678"_s});
    ok({u"checkin"_s, path, u"--meeting"_s, meeting, u"23456789"_s});
    auto present = [&](const QStringList &extra) {
        QStringList documents;
        for (const QJsonValue &a : json(QStringList{u"attendees"_s, path} + extra).toArray()) {
            if (!a[u"checked_in_at"_s].isNull())
                documents << a[u"document"_s].toString();
        }
        documents.sort();
        return documents;
    };
    CHECK(json({u"attendees"_s, path}).toArray().size() == 4);
    CHECK(json({u"attendees"_s, path, u"--meeting"_s, meeting}).toArray().size() == 4);
    CHECK(present({}) == QStringList{u"12345678"_s});
    CHECK(present({u"--meeting"_s, meeting}) == (QStringList{u"12345678"_s, u"23456789"_s}));
    // A meeting added by mistake goes; one with its attendance or closed minutes stays.
    const QString mistake = ok({u"meeting"_s, u"add"_s, path, u"--stage"_s, u"2"_s, u"--title"_s, u"Duplicada"_s, u"--date"_s,
                                u"2026-12-02"_s});
    ok({u"item"_s, u"add"_s, path, u"--meeting"_s, mistake, u"--title"_s, u"Punto"_s});
    ok({u"meeting"_s, u"remove"_s, path, mistake});
    CHECK(json({u"meetings"_s, path}).toArray().size() == 2);
    const auto attended = test::runCli({u"meeting"_s, u"remove"_s, path, meeting});
    CHECK(attended.exitCode == 1);
    CHECK(attended.err.contains(u"attendance"_s));
    CHECK(test::runCli({u"meeting"_s, u"remove"_s, path, u"1"_s}).exitCode == 1);
    // A second check-in at the same meeting is "already"; at another, a new one.
    CHECK(test::runCli({u"checkin"_s, path, u"--meeting"_s, meeting, u"23456789"_s}).out.contains(u"23456789"_s));
    ok({u"undo-checkin"_s, path, u"--meeting"_s, meeting, u"23456789"_s});
    CHECK(present({u"--meeting"_s, meeting}) == QStringList{u"12345678"_s});
    CHECK(present({}) == QStringList{u"12345678"_s});

    // Each meeting's sheet: the workshop lists the whole register, the
    // meeting those who signed in at it.
    const QString workshopSheet = dir.filePath(u"taller.pdf"_s), meetingSheet = dir.filePath(u"reunion.pdf"_s);
    ok({u"print"_s, u"attendance"_s, path, workshopSheet});
    ok({u"print"_s, u"attendance"_s, path, meetingSheet, u"--meeting"_s, meeting});
    const QString workshopText = test::pdfText(workshopSheet), meetingText = test::pdfText(meetingSheet);
    CHECK_THAT(workshopText, test::ContainsAll({u"Sazo"_s, u"Sánchez Lay"_s}));
    CHECK_THAT(meetingText, test::ContainsAll({u"Reunión con la Gerencia Regional de Salud"_s, u"Yosif"_s}));
    CHECK_FALSE(meetingText.contains(u"Sazo"_s));
    CHECK_FALSE(meetingText.contains(u"Sánchez Lay"_s));
}

TEST_CASE_METHOD(ProcessWithMeeting, "Minutes close, sign, print and verify like the acta, and every tamper is caught",
                 "[meetings][minutes][tamper]")
{
    const QString fingerprint = closedMinutes(path, meeting);
    REQUIRE(fingerprint.size() == 64);
    ok({u"acta"_s, u"sign"_s, path, u"--meeting"_s, meeting, u"1"_s, u"--paper"_s});
    ok({u"acta"_s, u"sign"_s, path, u"--meeting"_s, meeting, u"2"_s, u"--paper"_s});
    const QJsonObject minutes = json({u"acta"_s, path, u"--meeting"_s, meeting}).toObject();
    CHECK(minutes[u"kind"_s].toString() == u"minutes"_s);
    CHECK(minutes[u"status"_s].toString() == u"signed"_s);
    CHECK(minutes[u"attendees"_s].toArray().size() == 3);
    CHECK(minutes[u"agreements"_s].toArray().size() == 3);
    // The workshop's acta is untouched by the meeting's.
    CHECK(json({u"acta"_s, path}).toObject()[u"status"_s].toString() == u"draft"_s);

    // Laid out as seed 004: asistentes, tabla, desarrollo, acuerdos, the
    // attendance as an annex; the fingerprint on every page.
    const QString pdf = dir.filePath(u"acta-reunion.pdf"_s);
    ok({u"print"_s, u"acta"_s, path, pdf, u"--meeting"_s, meeting}, Spanish);
    const QString text = test::pdfText(pdf);
    const QString flat = QString(text).replace(u'\n', u' ').simplified();
    for (const QString &expected : {u"ACTA DE REUNIÓN"_s, u"I. Asistentes"_s, u"II. Tabla"_s, u"III. Desarrollo"_s, u"IV. Acuerdos"_s,
                                    u"A la brevedad"_s, u"25/11/2026"_s, u"Laboratorio de Gobierno"_s, u"Montero Meza"_s,
                                    u"Anexo"_s, u"Se explicó todo el proceso OGP"_s})
        CHECK(flat.contains(expected));
    CHECK(text.count(fingerprint) == test::pdfPageCount(pdf));
    CHECK_FALSE(flat.contains(u"Sánchez Lay"_s));

    // Frozen: the tabla and the agreements cannot change once closed; their
    // follow-up can.
    const auto frozen = test::runCli({u"agreement"_s, u"add"_s, path, u"--meeting"_s, meeting, u"--text"_s, u"Otro"_s,
                                      u"--responsible"_s, u"X"_s, u"--due"_s, u"2027-01-01"_s});
    CHECK(frozen.exitCode == 1);
    CHECK(frozen.err.contains(u"correction"_s));
    ok({u"agreement"_s, u"done"_s, path, u"1"_s, u"--note"_s, u"Oficio 123-2026"_s});

    REQUIRE(test::runCli({u"verify"_s, path, u"--meeting"_s, meeting, u"--fingerprint"_s, fingerprint}).exitCode == 0);
    auto caught = [&](const QString &sql, const QString &expected) {
        test::checkTamperCaught(path, sql, expected, {u"--meeting"_s, meeting});
    };
    SECTION("an agreement's text changed") { caught(u"UPDATE agreement SET text = 'Nada' WHERE id = 2"_s, u"agreement 2"_s); }
    SECTION("an agreement's due moved") { caught(u"UPDATE agreement SET due = '2027-06-30' WHERE id = 2"_s, u"2027-06-30"_s); }
    SECTION("an agreement removed") { caught(u"DELETE FROM agreement WHERE id = 3"_s, u"3"_s); }
    SECTION("the desarrollo rewritten") { caught(u"UPDATE meeting_item SET development = 'Otra cosa'"_s, u"Otra cosa"_s); }
    SECTION("a signature cleared") { caught(u"UPDATE signatory SET signed_at = NULL, signature_kind = NULL WHERE id = 1"_s, u"Román Yosif"_s); }
    SECTION("a signature record removed") { caught(u"DELETE FROM acta_signature WHERE meeting_id = 2 AND sequence = 1"_s, u"1"_s); }
    SECTION("the text and the row changed together")
    {
        caught(u"UPDATE acta SET canonical_text = replace(canonical_text, 'Comisión', 'Gerencia') WHERE meeting_id = 2; "
               "UPDATE agreement SET responsible = 'Gerencia' WHERE responsible = 'Comisión'"_s,
               u"no longer matches its fingerprint"_s);
    }
}

TEST_CASE_METHOD(ProcessWithMeeting, "Agreements are one list: open, done, overdue by date", "[meetings][agreements]")
{
    closedMinutes(path, meeting);
    // The list as the CLI gives it today (the due 2026-11-25 has passed).
    auto statuses = [&]() {
        QStringList list;
        for (const QJsonValue &a : json({u"agreements"_s, path}).toArray())
            list << a[u"status"_s].toString();
        return list;
    };
    CHECK(statuses() == (QStringList{u"open"_s, u"overdue"_s, u"open"_s}));
    // And by the calendar: words are never overdue, a date is after it passes.
    {
        auto session = EventSession::open(path);
        REQUIRE(session.ok());
        auto agreements = MeetingService(**session).agreements();
        REQUIRE(agreements.ok());
        REQUIRE(agreements->size() == 3);
        auto on = [&](const QDate &day) {
            QStringList list;
            for (const Agreement &a : std::as_const(*agreements))
                list << keyOf(a.status(day));
            return list;
        };
        CHECK(on(QDate(2026, 11, 24)) == (QStringList{u"open"_s, u"open"_s, u"open"_s}));
        CHECK(on(QDate(2026, 11, 25)) == (QStringList{u"open"_s, u"open"_s, u"open"_s}));
        CHECK(on(QDate(2026, 11, 26)) == (QStringList{u"open"_s, u"overdue"_s, u"open"_s}));
        CHECK(on(QDate(2099, 1, 16)) == (QStringList{u"open"_s, u"overdue"_s, u"overdue"_s}));
    }

    // A later meeting reviews them and marks one done, with its evidence.
    const QString review = ok({u"meeting"_s, u"add"_s, path, u"--stage"_s, u"3"_s, u"--title"_s, u"Revisión de acuerdos"_s,
                               u"--date"_s, u"2026-12-10"_s});
    ok({u"agreement"_s, u"done"_s, path, u"2"_s, u"--meeting"_s, review, u"--date"_s, u"2026-12-10"_s, u"--note"_s,
        u"Red convocada por correo"_s});
    const QJsonArray all = json({u"agreements"_s, path}).toArray();
    REQUIRE(all.size() == 3);
    CHECK(all.at(1)[u"status"_s].toString() == u"done"_s);
    CHECK(all.at(1)[u"done_on"_s].toString() == u"2026-12-10"_s);
    CHECK(all.at(1)[u"note"_s].toString() == u"Red convocada por correo"_s);
    CHECK(all.at(1)[u"reviewed_in"_s].toInt() == review.toInt());
    CHECK(all.at(0)[u"due"_s].toString() == u"A la brevedad"_s);
    const QJsonArray open = json({u"agreements"_s, path, u"--open"_s}).toArray();
    CHECK(open.size() == 2);
    for (const QJsonValue &a : open)
        CHECK(a[u"status"_s].toString() != u"done"_s);
    // A due that looks like a date but is not one is refused, named.
    const auto wrong = test::runCli({u"agreement"_s, u"add"_s, path, u"--meeting"_s, review, u"--text"_s, u"x"_s, u"--responsible"_s,
                                     u"y"_s, u"--due"_s, u"31/02/2027"_s});
    CHECK(wrong.exitCode == 1);
    CHECK(wrong.err.contains(u"31/02/2027"_s));
    // Words that begin with a number are words.
    ok({u"agreement"_s, u"add"_s, path, u"--meeting"_s, review, u"--text"_s, u"Informar"_s, u"--responsible"_s, u"Comisión"_s,
        u"--due"_s, u"30 días"_s});
    CHECK(json({u"agreements"_s, path, u"--meeting"_s, review}).toArray().at(0)[u"due"_s].toString() == u"30 días"_s);
}

TEST_CASE_METHOD(ProcessWithMeeting, "The board counts imported fichas and signed minutes by organisation",
                 "[meetings][board]")
{
    ok({u"import"_s, u"initiatives"_s, path, test::testDataPath(u"fichas_la_libertad.csv"_s)});
    ok({u"organisation"_s, u"add"_s, path, u"Gerencia Regional de Turismo"_s});
    auto row = [&](const QString &organisation) {
        for (const QJsonValue &r : json({u"board"_s, path}).toObject()[u"organisations"_s].toArray()) {
            if (r[u"organisation"_s].toString() == organisation)
                return r.toObject();
        }
        FAIL("no row for " << organisation.toStdString());
        return QJsonObject();
    };
    const QJsonArray deliverables = json({u"board"_s, path}).toObject()[u"deliverables"_s].toArray();
    REQUIRE(deliverables.size() == 2);
    CHECK(deliverables.at(0)[u"counts"_s].toString() == u"minutes"_s);
    CHECK(deliverables.at(1)[u"counts"_s].toString() == u"fichas"_s);
    CHECK(deliverables.at(1)[u"expected"_s].toInt() == 5);
    // Fourteen Gerencias sent five fichas each (counted by hand in the file).
    CHECK(json({u"board"_s, path}).toObject()[u"organisations"_s].toArray().size() == 15);
    const QJsonObject salud = row(u"Gerencia Regional de Salud"_s);
    CHECK(salud[u"cells"_s].toArray().at(1)[u"received"_s].toInt() == 5);
    CHECK(salud[u"cells"_s].toArray().at(1)[u"complete"_s].toBool());
    CHECK(salud[u"cells"_s].toArray().at(0)[u"received"_s].toInt() == 0);
    CHECK(row(u"Gerencia Regional de Turismo"_s)[u"missing"_s].toInt() == 6);

    // The meeting's minutes count once closed and signed by all.
    closedMinutes(path, meeting);
    CHECK(row(u"Gerencia Regional de Salud"_s)[u"cells"_s].toArray().at(0)[u"received"_s].toInt() == 0);
    ok({u"acta"_s, u"sign"_s, path, u"--meeting"_s, meeting, u"1"_s, u"--paper"_s});
    ok({u"acta"_s, u"sign"_s, path, u"--meeting"_s, meeting, u"2"_s, u"--paper"_s});
    CHECK(row(u"Gerencia Regional de Salud"_s)[u"cells"_s].toArray().at(0)[u"complete"_s].toBool());
    CHECK(row(u"Gerencia Regional de Salud"_s)[u"missing"_s].toInt() == 0);

    // Ticked by hand: only deliverables that do not count themselves.
    const QString oficio = ok({u"deliverable"_s, u"add"_s, path, u"--stage"_s, u"4"_s, u"--name"_s, u"Oficio para la OGP"_s});
    CHECK(test::runCli({u"deliverable"_s, u"receive"_s, path, u"2"_s, u"--organisation"_s, u"Gerencia Regional de Turismo"_s}).exitCode == 1);
    CHECK(test::runCli({u"deliverable"_s, u"receive"_s, path, oficio, u"--organisation"_s, u"Nadie"_s}).exitCode == 1);
    ok({u"deliverable"_s, u"receive"_s, path, oficio, u"--organisation"_s, u"gerencia regional de turismo"_s, u"--date"_s,
        u"2026-11-30"_s});
    const QJsonObject turismo = row(u"Gerencia Regional de Turismo"_s);
    CHECK(turismo[u"cells"_s].toArray().at(2)[u"complete"_s].toBool());
    CHECK(turismo[u"cells"_s].toArray().at(2)[u"date"_s].toString() == u"2026-11-30"_s);

    // Printed: the board and the reminders of what is missing.
    const QString board = dir.filePath(u"tablero.pdf"_s), reminders = dir.filePath(u"recordatorios.pdf"_s);
    ok({u"print"_s, u"board"_s, path, board}, Spanish);
    ok({u"print"_s, u"reminders"_s, path, reminders}, Spanish);
    const QString boardText = test::pdfText(board).replace(u'\n', u' ').simplified();
    CHECK_THAT(boardText,
               test::ContainsAll({u"Gerencia Regional del Ambiente"_s, u"FALTA"_s, u"Tablero de entregables"_s}));
    const QString remindersText = test::pdfText(reminders).replace(u'\n', u' ').simplified();
    CHECK_THAT(remindersText, test::ContainsAll({u"Gerencia Regional de Turismo"_s, u"Oficio para la OGP"_s}));
}

TEST_CASE_METHOD(ProcessWithMeeting,
                 "The OGP bundle: every file present, readable and listed with its hash, never half a folder",
                 "[meetings][bundle]")
{
    ok({u"import"_s, u"initiatives"_s, path, test::testDataPath(u"fichas_la_libertad.csv"_s)});
    const QString fingerprint = closedMinutes(path, meeting);
    ok({u"checkin"_s, path, u"12345678"_s});

    const QString occupied = dir.filePath(u"ocupada"_s);
    REQUIRE(QDir().mkpath(occupied));
    QFile(occupied + u"/otro.txt"_s).open(QIODevice::WriteOnly);
    CHECK(test::runCli({u"export"_s, u"bundle"_s, path, occupied}).exitCode == 1);
    CHECK(QDir(occupied).entryList(QDir::Files) == QStringList{u"otro.txt"_s});

    const QString out = dir.filePath(u"repositorio"_s);
    ok({u"export"_s, u"bundle"_s, path, out + u"/"_s});
    const QStringList expected{u"INDICE.txt"_s, u"acta-reunion-2-v1.pdf"_s, u"acta-reunion-2-v1.txt"_s, u"asistencia-por-reunion-y-sector.csv"_s,
                               u"asistencia-por-reunion-y-sector.xlsx"_s, u"compromisos.csv"_s, u"compromisos.xlsx"_s,
                               u"iniciativas.csv"_s, u"iniciativas.xlsx"_s, u"respuesta-razonada.pdf"_s};
    QStringList files = QDir(out).entryList(QDir::Files);
    files.sort();
    CHECK(files == expected);
    CHECK(QDir(dir.path()).entryList(QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot).filter(u"partial"_s).isEmpty());

    CHECK(test::pdfText(out + u"/acta-reunion-2-v1.pdf"_s).contains(fingerprint));
    CHECK(test::pdfText(out + u"/respuesta-razonada.pdf"_s).contains(u"Gerencia Regional de Salud"_s));
    auto initiatives = TabularReader::readFile(out + u"/iniciativas.xlsx"_s);
    REQUIRE(initiatives.ok());
    CHECK(initiatives->records.size() == 71);
    auto attendance = TabularReader::readFile(out + u"/asistencia-por-reunion-y-sector.csv"_s);
    REQUIRE(attendance.ok());
    int meetingTotal = -1, workshopTotal = -1;
    for (const auto &r : std::as_const(attendance->records)) {
        if (r.fields.value(4) == u"Total"_s)
            (r.fields.value(0) == u"1"_s ? workshopTotal : meetingTotal) = r.fields.value(5).toInt();
    }
    CHECK(workshopTotal == 1);
    CHECK(meetingTotal == 3);
    const QString index = QString::fromUtf8(test::readAll(out + u"/INDICE.txt"_s));
    for (const QString &name : expected) {
        if (name == u"INDICE.txt"_s)
            continue;
        const QString hash = QString::fromLatin1(QCryptographicHash::hash(test::readAll(out + u'/' + name), QCryptographicHash::Sha256).toHex());
        CHECK(index.contains(hash + u"  "_s + name));
    }
    CHECK(index.contains(fingerprint));
    // The minutes' canonical text beside their PDF: its SHA-256 is the
    // fingerprint the index names.
    CHECK(QString::fromLatin1(QCryptographicHash::hash(test::readAll(out + u"/acta-reunion-2-v1.txt"_s), QCryptographicHash::Sha256)
                                  .toHex()) == fingerprint);
}

TEST_CASE("A process begun before meetings gets the plan's deliverables, and its attendance stays the workshop's", "[meetings][migrations]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"antes.taller"_s);
    {
        auto old = test::eventAtSchemaVersion(path, 8);
        for (const QString &sql : {u"INSERT INTO process (id, name, institution, entry_stage, created_at) "
                                   "VALUES (1, 'Piloto', 'GRLL', 2, '2016-09-01T12:00:00.000Z')"_s,
                                   u"INSERT INTO attendee (id, given_names, surnames, document_type, document_number, sector, "
                                   "registered_at) VALUES (1, 'Ana', 'Núñez', 'dni', '45678901', 'civil_society', "
                                   "'2016-09-01T12:00:00.000Z')"_s,
                                   u"INSERT INTO checkin_event (attendee_id, action, at, desk) VALUES (1, 'check_in', "
                                   "'2016-09-02T13:00:00.000Z', 'Mesa 1')"_s})
            REQUIRE(SqlStatement::run(old->database(), sql).ok());
    }
    const QJsonArray deliverables = json({u"board"_s, path}).toObject()[u"deliverables"_s].toArray();
    REQUIRE(deliverables.size() == 2);
    CHECK(deliverables.at(0)[u"stage"_s].toInt() == 2);
    CHECK(deliverables.at(0)[u"counts"_s].toString() == u"minutes"_s);
    CHECK(deliverables.at(1)[u"expected"_s].toInt() == 5);
    const QJsonArray people = json({u"attendees"_s, path}).toArray();
    REQUIRE(people.size() == 1);
    CHECK(people.at(0)[u"checked_in"_s].toBool());
    const QJsonArray meetings = json({u"meetings"_s, path}).toArray();
    REQUIRE(meetings.size() == 1);
    CHECK(meetings.at(0)[u"kind"_s].toString() == u"workshop"_s);
}

TEST_CASE_METHOD(ProcessWithMeeting, "Sealed minutes prove themselves: clean untouched, a forged copy caught, the key printed",
                 "[meetings][minutes][seal][tamper]")
{
    const QString key = dir.filePath(u"institucion.key"_s);
    ok({u"key"_s, u"new"_s, key});
    const QString publicKey = key + u".pub"_s;
    const QString keyId = SealPublicKey::load(publicKey)->id();
    const QString fingerprint = closedMinutes(path, meeting, {u"--seal"_s, key});
    ok({u"acta"_s, u"sign"_s, path, u"--meeting"_s, meeting, u"1"_s, u"--paper"_s, u"--seal"_s, key});
    ok({u"acta"_s, u"sign"_s, path, u"--meeting"_s, meeting, u"2"_s, u"--paper"_s, u"--seal"_s, key});

    // The text covers what the page shows: when they were closed, and the key.
    const QString text = minutesText(path, meeting);
    CHECK_THAT(text, test::ContainsAll({u"acta-de-reunion: 2\n"_s, u"seal.key: "_s + keyId, u"closed_at: 20"_s}));
    const QString plain = ok({u"verify"_s, path, u"--meeting"_s, meeting});
    CHECK(plain.contains(fingerprint));
    CHECK(plain.contains(keyId));
    const QString withKey = ok({u"verify"_s, path, u"--meeting"_s, meeting, u"--public-key"_s, publicKey, u"--fingerprint"_s, fingerprint});
    CHECK(withKey.contains(u"sealed by the key "_s + keyId));

    const QString pdf = dir.filePath(u"minutas.pdf"_s);
    ok({u"print"_s, u"acta"_s, path, pdf, u"--meeting"_s, meeting});
    const QString printed = test::pdfText(pdf);
    CHECK(printed.count(keyId) == test::pdfPageCount(pdf));
    CHECK(printed.count(fingerprint) == test::pdfPageCount(pdf));

    SECTION("a forged copy: an agreement's text changed, text and fingerprint rewritten, signature records removed")
    {
        const QString forged = QString(text).replace(u"Poner a disposición la Red"_s, u"Retirar la Red"_s);
        REQUIRE(forged != text);
        test::tamper(path, u"UPDATE acta SET canonical_text = %1, fingerprint = '%2' WHERE meeting_id = %3; "
                           "UPDATE agreement SET text = 'Retirar la Red de Innovadores Públicos' WHERE id = 2; "
                           "DELETE FROM acta_signature WHERE meeting_id = %3; "
                           "UPDATE signatory SET signed_at = NULL, signature_kind = NULL WHERE meeting_id = %3"_s
                               .arg(quoted(forged), ActaContent::fingerprintOf(forged), meeting));
        const auto alone = test::runCli({u"verify"_s, path, u"--meeting"_s, meeting});
        INFO(alone.out.toStdString());
        CHECK(alone.exitCode == 1);
        CHECK(alone.out.contains(u"its seal does not match its text"_s));
        const auto keyed = test::runCli({u"verify"_s, path, u"--meeting"_s, meeting, u"--public-key"_s, publicKey});
        CHECK(keyed.exitCode == 1);
        CHECK(keyed.out.contains(u"not sealed by the key "_s + keyId));
    }
    SECTION("closed_at changed")
    {
        test::checkTamperCaught(path, u"UPDATE acta SET closed_at = '2026-11-19T09:00:00.000Z' WHERE meeting_id = %1"_s.arg(meeting),
                                u"closed at"_s, {u"--meeting"_s, meeting});
    }
    SECTION("the first signature record deleted is tampering, not an older program's")
    {
        tamperCaughtAsTampering(path, meeting);
    }
}

TEST_CASE_METHOD(ProcessWithMeeting, "Minutes closed in format 1 keep verifying under their own format, sealed or not",
                 "[meetings][minutes][seal]")
{
    const QString key = dir.filePath(u"institucion.key"_s);
    ok({u"key"_s, u"new"_s, key});
    const bool sealed = GENERATE(false, true);
    closedMinutes(path, meeting, sealed ? QStringList{u"--seal"_s, key} : QStringList{});
    // As the previous version of the program closed them: format 1, its text
    // naming neither when they were closed nor the key.
    ActaContent old = *ActaContent::parse(minutesText(path, meeting));
    old.format = 1;
    const QString oldText = old.canonicalText();
    CHECK_FALSE(oldText.contains(u"closed_at"_s));
    test::tamper(path, u"UPDATE acta SET canonical_text = %1, fingerprint = '%2', canonical_format = 1, seal = %3 WHERE meeting_id = %4"_s
                           .arg(quoted(oldText), ActaContent::fingerprintOf(oldText),
                                sealed ? quoted(SealKey::load(key)->sign(oldText.toUtf8())) : u"NULL"_s, meeting));
    const QStringList seal = sealed ? QStringList{u"--seal"_s, key} : QStringList{};
    ok(QStringList{u"acta"_s, u"sign"_s, path, u"--meeting"_s, meeting, u"1"_s, u"--paper"_s} + seal);
    const QString verified = ok({u"verify"_s, path, u"--meeting"_s, meeting, u"--fingerprint"_s, ActaContent::fingerprintOf(oldText)});
    CHECK_FALSE(verified.contains(u"Note"_s));
    const auto keyed = test::runCli({u"verify"_s, path, u"--meeting"_s, meeting, u"--public-key"_s, key + u".pub"_s});
    CHECK(keyed.exitCode == (sealed ? 0 : 1));
    // The page still shows when they were closed and, when sealed, the key.
    const QString pdf = dir.filePath(u"minutas.pdf"_s);
    ok({u"print"_s, u"acta"_s, path, pdf, u"--meeting"_s, meeting});
    CHECK(test::pdfText(pdf).contains(SealPublicKey::load(key + u".pub"_s)->id()) == sealed);
    // A signature whose record was removed is tampering here too: only the
    // Acta de Compromisos of 0.1.0 carries signatures from before the chain.
    tamperCaughtAsTampering(path, meeting);
}

#include "TestSupport.h"

#include "acta/ActaClosing.h"
#include "acta/ActaDocument.h"
#include "templates/Templates.h"
#include "acta/ActaRepository.h"
#include "registration/AttendeeRepository.h"
#include "registration/CheckinRepository.h"
#include "MesasService.h"
#include "PlenaryService.h"
#include "mesas/CommitmentRepository.h"
#include "plenary/PlenaryRepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace taller;
using namespace Qt::StringLiterals;

namespace {

ActaContent sampleContent()
{
    ActaContent a;
    a.event = EventTemplates::palacioDeHierro(QDate(2016, 6, 29)).details;
    a.participants = 44;
    a.participantsBySector = {{Sector::CivilSociety, 15}, {Sector::Academia, 9}, {Sector::PublicSector, 20}};
    a.preamble = u"En Trujillo, en el Palacio de Hierro…\nacuerdan:"_s;
    a.closing = u"Firman en señal de conformidad."_s;
    for (int i = 1; i <= 3; ++i) {
        Commitment c = test::commitmentInFull(u"M%1"_s.arg(i), u"Compromiso %1: datos abiertos de la región"_s.arg(i));
        c.id = i;
        c.status = CommitmentStatus::Approved;
        a.commitments.append(c);
    }
    for (int i = 1; i <= 2; ++i) {
        Signatory s;
        s.id = i;
        s.name = i == 1 ? u"Luis Valdez Farías"_s : u"Rosa Muñoz Ibáñez"_s;
        s.document = u"1801234%1"_s.arg(i);
        s.position = u"Cargo"_s;
        s.organisation = u"Organización"_s;
        s.side = i == 1 ? SignatorySide::Government : SignatorySide::CivilSociety;
        a.signatories.append(s);
    }
    return a;
}

// An event with approved commitments and six signatories, ready to close.
QString preparedEvent(const QTemporaryDir &dir)
{
    const QString path = dir.filePath(u"acta.taller"_s);
    REQUIRE(test::runCli({u"new"_s, path, u"--sample-attendees"_s, u"30"_s}).exitCode == 0);
    auto session = EventSession::open(path);
    REQUIRE(session.ok());
    EventFile &file = (*session)->file();
    const QList<Attendee> people = *AttendeeRepository(file).all();
    CheckinRepository checkins(file);
    for (int i = 0; i < 20; ++i)
        REQUIRE(checkins.checkIn(people.at(i).id).ok());
    MesasService commitments(**session);
    PlenaryService plenary(**session);
    const QStringList titles = {u"Seguridad ciudadana participativa"_s, u"Gestión participativa del agua segura"_s,
                                u"Mercado agrario a tu alcance"_s, u"Sistema de información laboral abierto y participativo"_s,
                                u"Idea que se retira"_s};
    for (int i = 0; i < titles.size(); ++i) {
        Commitment c;
        c.mesaCode = u"M%1"_s.arg(i + 1);
        c.title = titles.at(i);
        c.actions = u"Desarrollar la aplicación con la ciudadanía"_s;
        c.responsible = u"Gerencia Regional Nº %1"_s.arg(i + 1);
        c.deadline = u"Diciembre de 2017"_s;
        c.indicator = u"Número de denuncias atendidas"_s;
        REQUIRE(commitments.saveCommitment(c).ok());
    }
    for (qint64 id = 1; id <= 4; ++id)
        REQUIRE(plenary.decide(id, {CommitmentStatus::Approved, std::nullopt, u"Aprobado por la plenaria"_s}).ok());
    REQUIRE(plenary.decide(5, {CommitmentStatus::Withdrawn, std::nullopt, u"Sin responsable"_s}).ok());
    ActaRepository actas(file);
    const QList<std::tuple<QString, QString, SignatorySide>> people6 = {
        {u"Luis Valdez Farías"_s, u"Gobernador Regional"_s, SignatorySide::Government},
        {u"Manuel Llempén Coronel"_s, u"Gerente General Regional"_s, SignatorySide::Government},
        {u"Carlos Chunga Ñique"_s, u"Sub Gerente de TI"_s, SignatorySide::Government},
        {u"Rosa Muñoz Ibáñez"_s, u"Coordinadora, CODESCILL"_s, SignatorySide::CivilSociety},
        {u"José Peña Alarcón"_s, u"Presidente"_s, SignatorySide::CivilSociety},
        {u"Inés Cárdenas Díaz"_s, u"Decana"_s, SignatorySide::CivilSociety},
    };
    int n = 0;
    for (const auto &[name, position, side] : people6) {
        Signatory s;
        s.name = name;
        s.position = position;
        s.document = u"4050607%1"_s.arg(++n);
        s.organisation = side == SignatorySide::Government ? u"Gobierno Regional La Libertad"_s : u"Sociedad civil organizada"_s;
        s.side = side;
        REQUIRE(actas.addSignatory(s).ok());
    }
    return path;
}

} // namespace

TEST_CASE("The fingerprint is stable for the same content and changes with any field", "[acta][fingerprint]")
{
    const ActaContent a = sampleContent();
    const QString fingerprint = a.fingerprint();
    CHECK(fingerprint.size() == 64);
    CHECK(a.fingerprint() == fingerprint);
    CHECK(sampleContent().fingerprint() == fingerprint);
    CHECK(ActaContent::parse(a.canonicalText())->fingerprint() == fingerprint);
    CHECK(a.canonicalText().endsWith(u'\n'));
    CHECK_FALSE(a.canonicalText().contains(u'\r'));

    // The same words typed with combining accents are the same acta.
    ActaContent decomposed = sampleContent();
    decomposed.signatories[1].name = decomposed.signatories[1].name.normalized(QString::NormalizationForm_D);
    CHECK(decomposed.signatories[1].name != a.signatories[1].name);
    CHECK(decomposed.fingerprint() == fingerprint);

    QSet<QString> seen{fingerprint};
    auto changed = [&](const std::function<void(ActaContent &)> &change) {
        ActaContent b = sampleContent();
        change(b);
        const QString f = b.fingerprint();
        CHECK(f != fingerprint);
        CHECK_FALSE(seen.contains(f));
        seen.insert(f);
    };
    for (int i = 0; i < 3; ++i) {
        INFO("commitment " << i);
        changed([i](ActaContent &b) { b.commitments[i].title += u"."_s; });
        for (const CommitmentTextField &text : Commitments::textFields())
            changed([i, member = text.member](ActaContent &b) { b.commitments[i].*member += u"."_s; });
        changed([i](ActaContent &b) { b.commitments[i].values.append(OgpValue::Participation); });
        changed([i](ActaContent &b) { b.commitments[i].mesaCode = u"M9"_s; });
        changed([i](ActaContent &b) { b.commitments[i].origin = CommitmentOrigin::Amended; });
    }
    for (int i = 0; i < 2; ++i) {
        INFO("signatory " << i);
        changed([i](ActaContent &b) { b.signatories[i].name += u"."_s; });
        changed([i](ActaContent &b) { b.signatories[i].document += u"0"_s; });
        changed([i](ActaContent &b) { b.signatories[i].position += u"."_s; });
        changed([i](ActaContent &b) { b.signatories[i].organisation += u"."_s; });
        changed([i](ActaContent &b) { b.signatories[i].side = b.signatories[i].side == SignatorySide::Government ? SignatorySide::CivilSociety : SignatorySide::Government; });
    }
    changed([](ActaContent &b) { b.preamble += u" "_s; });
    changed([](ActaContent &b) { b.closing = u"Otro cierre"_s; });
    changed([](ActaContent &b) { b.participants += 1; });
    changed([](ActaContent &b) { b.event.venue = u"Auditorio"_s; });
    changed([](ActaContent &b) { b.commitments.removeLast(); });
    // A signature is not content: signing does not change the fingerprint.
    ActaContent signedActa = sampleContent();
    signedActa.signatories[0].signedAt = QDateTime::currentDateTime();
    signedActa.signatories[0].signatureKind = SignatureKind::Paper;
    CHECK(signedActa.fingerprint() == fingerprint);
}

TEST_CASE("Closing freezes the acta: the program refuses every edit of its content", "[acta][freeze]")
{
    QTemporaryDir dir;
    const QString path = preparedEvent(dir);
    const auto closed = test::runCli({u"acta"_s, u"close"_s, path});
    REQUIRE(closed.exitCode == 0);
    const QString fingerprint = closed.out.trimmed();
    CHECK(fingerprint.size() == 64);

    auto file = EventFile::open(path);
    REQUIRE(file.ok());
    ActaRepository actas(**file);
    CHECK_FALSE(actas.setTexts(u"otro"_s, u"otro"_s).ok());
    Signatory extra;
    extra.name = u"Alguien Más"_s;
    CHECK_FALSE(actas.addSignatory(extra).ok());
    Signatory first = actas.signatories(1)->first();
    first.name = u"Cambiado"_s;
    CHECK_FALSE(actas.updateSignatory(first).ok());
    CHECK_FALSE(actas.removeSignatory(first.id).ok());
    // Every way in to a frozen commitment refuses: the mesas' edit and
    // delete, the plenary's decision, the plenary's undo.
    EventSession session(std::move(file.value()));
    MesasService commitments(session);
    Commitment frozen = commitments.commitment(1)->value();
    frozen.indicator = u"otro"_s;
    const auto refused = commitments.saveCommitment(frozen);
    CHECK_FALSE(refused.ok());
    CHECK(refused.errorMessage().contains(u"closed"_s));
    CHECK_FALSE(commitments.removeCommitment(1).ok());
    CHECK_FALSE(PlenaryService(session).decide(2, {CommitmentStatus::Withdrawn, std::nullopt, {}}).ok());
    CHECK_FALSE(PlenaryService(session).restoreDecision(commitments.commitment(2)->value()).ok());
    CHECK_FALSE(ActaClosing(session.file()).close().ok());
    // The withdrawn one is in the acta's account of the plenary: it stays
    // withdrawn.
    Commitment withdrawn = commitments.commitment(5)->value();
    withdrawn.status = CommitmentStatus::Presented;
    CHECK_FALSE(commitments.saveCommitment(withdrawn).ok());

    CHECK(actas.current()->fingerprint == fingerprint);
    const auto decided = test::runCli({u"decide"_s, path, u"3"_s, u"withdrawn"_s});
    CHECK(decided.exitCode == 1);
    CHECK(test::runCli({u"verify"_s, path}).exitCode == 0);
    CHECK(test::runCli({u"verify"_s, path, u"--fingerprint"_s, fingerprint}).exitCode == 0);
    CHECK(test::runCli({u"verify"_s, path, u"--fingerprint"_s, QString(64, u'0')}).exitCode == 1);
}

TEST_CASE("verify detects a change made behind the program's back", "[acta][verify]")
{
    QTemporaryDir dir;
    const QString path = preparedEvent(dir);
    REQUIRE(test::runCli({u"acta"_s, u"close"_s, path}).exitCode == 0);
    REQUIRE(test::runCli({u"verify"_s, path}).exitCode == 0);

    SECTION("a commitment's field")
    {
        test::tamper(path, u"UPDATE commitment SET deadline = 'Diciembre de 2030' WHERE id = 2"_s);
        const auto result = test::runCli({u"verify"_s, path});
        CHECK(result.exitCode == 1);
        CHECK_THAT(result.out, test::ContainsAll({u"commitment 2, deadline"_s, u"Diciembre de 2030"_s}));
    }
    SECTION("a signatory")
    {
        test::tamper(path, u"UPDATE signatory SET name = 'Otra Persona' WHERE id = 4"_s);
        const auto result = test::runCli({u"verify"_s, path});
        CHECK(result.exitCode == 1);
        CHECK(result.out.contains(u"Otra Persona"_s));
    }
    SECTION("the recorded text itself")
    {
        test::tamper(path, u"UPDATE acta SET canonical_text = replace(canonical_text, 'Mercado', 'Supermercado')"_s);
        const auto result = test::runCli({u"verify"_s, path});
        CHECK(result.exitCode == 1);
        CHECK(result.out.contains(u"fingerprint"_s));
    }
    SECTION("a commitment deleted")
    {
        test::tamper(path, u"DELETE FROM commitment WHERE id = 4"_s);
        CHECK(test::runCli({u"verify"_s, path}).exitCode == 1);
    }
}

TEST_CASE("Signing on paper and on screen, fully signed when everyone has", "[acta][sign]")
{
    QTemporaryDir dir;
    const QString path = preparedEvent(dir);
    CHECK(test::runCli({u"acta"_s, u"sign"_s, path, u"1"_s, u"--paper"_s}).exitCode == 1); // still a draft
    REQUIRE(test::runCli({u"acta"_s, u"close"_s, path}).exitCode == 0);
    for (const QString &id : {u"1"_s, u"4"_s})
        REQUIRE(test::runCli({u"acta"_s, u"sign"_s, path, id, u"--paper"_s}).exitCode == 0);
    {
        auto file = EventFile::open(path);
        REQUIRE(file.ok());
        ActaRepository actas(**file);
        const SignatureDrawing drawing = {{QPointF(0.1, 0.6), QPointF(0.3, 0.2), QPointF(0.5, 0.7)}, {QPointF(0.6, 0.5), QPointF(0.9, 0.4)}};
        REQUIRE(ActaClosing(**file).sign(3, SignatureKind::Drawn, drawing).ok());
        CHECK_FALSE(ActaClosing(**file).sign(2, SignatureKind::Drawn, {}).ok());
        const ActaContent content = *actas.content(1);
        CHECK(content.signatories.at(2).signatureKind == SignatureKind::Drawn);
        CHECK(content.signatories.at(2).drawing.size() == 2);
        CHECK(*actas.status() == ActaStatus::Closed);
    }
    auto acta = QJsonDocument::fromJson(test::runCli({u"acta"_s, path, u"--json"_s}).out.toUtf8()).object();
    CHECK(acta[u"status"_s].toString() == u"closed"_s);
    CHECK(acta[u"version"_s].toInt() == 1);
    CHECK(acta[u"fingerprint"_s].toString().size() == 64);
    CHECK(acta[u"commitments"_s].toArray().size() == 4);
    const QJsonArray signatories = acta[u"signatories"_s].toArray();
    REQUIRE(signatories.size() == 6);
    CHECK_FALSE(signatories.at(0)[u"signed_at"_s].isNull());
    CHECK(signatories.at(1)[u"signed_at"_s].isNull());
    for (const QString &key : {u"id"_s, u"name"_s, u"side"_s, u"signed_at"_s})
        CHECK(signatories.at(5).toObject().contains(key));
    for (const QString &id : {u"2"_s, u"5"_s, u"6"_s})
        REQUIRE(test::runCli({u"acta"_s, u"sign"_s, path, id, u"--paper"_s}).exitCode == 0);
    acta = QJsonDocument::fromJson(test::runCli({u"acta"_s, path, u"--json"_s}).out.toUtf8()).object();
    CHECK(acta[u"status"_s].toString() == u"signed"_s);
    CHECK(test::runCli({u"verify"_s, path}).exitCode == 0);
}

TEST_CASE("A correction makes a new version and keeps the old one intact", "[acta][versions]")
{
    QTemporaryDir dir;
    const QString path = preparedEvent(dir);
    const QString v1 = test::runCli({u"acta"_s, u"close"_s, path}).out.trimmed();
    REQUIRE(test::runCli({u"acta"_s, u"sign"_s, path, u"1"_s, u"--paper"_s}).exitCode == 0);
    QString v1Text;
    {
        auto file = EventFile::open(path);
        REQUIRE(file.ok());
        v1Text = ActaRepository(**file).version(1)->canonicalText;
    }
    CHECK(test::runCli({u"acta"_s, u"correct"_s, path}).exitCode == 1); // needs a reason
    REQUIRE(test::runCli({u"acta"_s, u"correct"_s, path, u"--reason"_s, u"Falta un plazo en el compromiso 2"_s}).exitCode == 0);
    REQUIRE(test::runCli({u"decide"_s, path, u"2"_s, u"withdrawn"_s}).exitCode == 0);
    const QString v2 = test::runCli({u"acta"_s, u"close"_s, path}).out.trimmed();
    CHECK(v2.size() == 64);
    CHECK(v2 != v1);

    auto file = EventFile::open(path);
    REQUIRE(file.ok());
    ActaRepository actas(**file);
    const auto old = actas.version(1);
    CHECK(old->fingerprint == v1);
    CHECK(old->canonicalText == v1Text);
    CHECK(ActaContent::fingerprintOf(old->canonicalText) == v1);
    CHECK(actas.content(1)->commitments.size() == 4);
    CHECK(actas.content(1)->signatories.first().hasSigned());
    const ActaContent current = *actas.content(2);
    CHECK(current.replaces == 1);
    CHECK(current.commitments.size() == 3);
    CHECK_FALSE(current.signatories.first().hasSigned());

    const QString oldPdf = dir.filePath(u"v1.pdf"_s);
    REQUIRE(test::runCli({u"print"_s, u"acta"_s, path, oldPdf, u"--version"_s, u"1"_s}).exitCode == 0);
    const QString text = test::pdfText(oldPdf).simplified();
    CHECK(text.contains(v1));
    CHECK(text.contains(u"Gestión participativa del agua segura"_s));
}

TEST_CASE("The printed acta holds every commitment and signatory, accents intact", "[acta][pdf]")
{
    QTemporaryDir dir;
    const QString path = preparedEvent(dir);
    const QStringList spanish = {u"LC_ALL=es_PE.UTF-8"_s, u"LANGUAGE=es"_s};
    const QString draftPdf = dir.filePath(u"borrador.pdf"_s);
    REQUIRE(test::runCli({u"print"_s, u"acta"_s, path, draftPdf}, {}, spanish).exitCode == 0);
    const QString draft = test::pdfText(draftPdf);
    CHECK(draft.contains(u"BORRADOR"_s));

    const QString fingerprint = test::runCli({u"acta"_s, u"close"_s, path}).out.trimmed();
    const QString pdf = dir.filePath(u"acta.pdf"_s);
    REQUIRE(test::runCli({u"print"_s, u"acta"_s, path, pdf}, {}, spanish).exitCode == 0);
    const QString raw = test::pdfText(pdf);
    const QString text = raw.simplified();
    const int pages = test::pdfPageCount(pdf);
    CHECK_FALSE(text.contains(u"BORRADOR"_s));
    CHECK(text.contains(u"ACTA DE COMPROMISOS"_s));
    CHECK(raw.count(fingerprint) == pages);
    CHECK(text.contains(u"Página %1 de %1"_s.arg(pages)));
    for (const QString &title : {u"Seguridad ciudadana participativa"_s, u"Gestión participativa del agua segura"_s,
                                 u"Mercado agrario a tu alcance"_s, u"Sistema de información laboral abierto y participativo"_s})
        CHECK(text.count(title) >= 2); // in full, and in the agreements table
    // The withdrawn one only in the plenary's account, never as a commitment.
    CHECK(text.count(u"Idea que se retira"_s) == 1);
    CHECK(text.contains(u"– M5 «Idea que se retira». Retirado por la plenaria."_s));
    CHECK_THAT(text, test::ContainsAll({u"Gerencia Regional Nº 2"_s, u"Número de denuncias atendidas"_s}));
    for (const QString &name : {u"Luis Valdez Farías"_s, u"Manuel Llempén Coronel"_s, u"Carlos Chunga Ñique"_s,
                                u"Rosa Muñoz Ibáñez"_s, u"José Peña Alarcón"_s, u"Inés Cárdenas Díaz"_s})
        CHECK(text.contains(name));
    CHECK_THAT(text, test::ContainsAll({u"Gobierno Regional"_s, u"Sociedad civil"_s, u"Acuerdo"_s, u"20 personas"_s}));
    CHECK(test::readAll(pdf).contains("pdfaid:part"));
}

TEST_CASE("Plenary decisions: merge needs a target that stays", "[acta][plenary]")
{
    QTemporaryDir dir;
    const QString path = preparedEvent(dir);
    auto noTarget = test::runCli({u"decide"_s, path, u"1"_s, u"merged"_s});
    CHECK(noTarget.exitCode == 1);
    CHECK(test::runCli({u"decide"_s, path, u"1"_s, u"merged"_s, u"--into"_s, u"1"_s}).exitCode == 1);
    CHECK(test::runCli({u"decide"_s, path, u"1"_s, u"merged"_s, u"--into"_s, u"5"_s}).exitCode == 1);
    CHECK(test::runCli({u"decide"_s, path, u"1"_s, u"rejected"_s}).exitCode == 2);
    REQUIRE(test::runCli({u"decide"_s, path, u"1"_s, u"merged"_s, u"--into"_s, u"2"_s, u"--note"_s, u"Se une al 2"_s}).exitCode == 0);
    const auto commitments = QJsonDocument::fromJson(test::runCli({u"commitments"_s, path, u"--json"_s}).out.toUtf8()).array();
    CHECK(commitments.at(0)[u"status"_s].toString() == u"merged"_s);
    CHECK(commitments.at(0)[u"merged_into"_s].toInt() == 2);
    CHECK(commitments.at(0)[u"plenary_note"_s].toString() == u"Se une al 2"_s);

    auto file = EventFile::open(path);
    REQUIRE(file.ok());
    PlenaryRepository plenary(**file);
    auto turns = plenary.turns();
    REQUIRE(turns->size() == 5);
    CHECK(turns->first().minutes == 9); // the seed's 45-minute plenary over five mesas
    REQUIRE(plenary.setMinutes(turns->at(0).mesa.id, 13).ok());
    REQUIRE(plenary.setOrder({turns->at(2).mesa.id, turns->at(0).mesa.id, turns->at(1).mesa.id, turns->at(3).mesa.id, turns->at(4).mesa.id}).ok());
    turns = plenary.turns();
    CHECK(turns->first().mesa.code == u"M3"_s);
    CHECK(turns->at(1).minutes == 13);
    CHECK(turns->first().minutes == 8); // what is left shared by the other four
}

TEST_CASE("The acta counts everyone seated at a mesa as taking part, and prints and freezes the plenary's notes", "[acta]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"notas.taller"_s);
    const QJsonArray people = test::newEventWithSampleAttendees(path, 10);
    REQUIRE(people.size() == 10);
    // Three pass the desk; two more sit at M1 without ever passing it; one
    // of the three sits at M2 too (counted once).
    for (int i = 0; i < 3; ++i)
        REQUIRE(test::runCli({u"checkin"_s, path, people.at(i)[u"document"_s].toString()}).exitCode == 0);
    for (int i = 2; i < 5; ++i)
        REQUIRE(test::runCli({u"assign"_s, path, people.at(i)[u"document"_s].toString(), i == 2 ? u"M2"_s : u"M1"_s}).exitCode == 0);
    REQUIRE(test::runCli({u"import"_s, u"commitments"_s, path, test::testDataPath(u"acta-0.1.0-commitments.csv"_s)}).exitCode == 0);
    REQUIRE(test::runCli({u"decide"_s, path, u"1"_s, u"approved"_s, u"--note"_s, u"Aprobado por consenso de la plenaria"_s}).exitCode == 0);
    REQUIRE(test::runCli({u"decide"_s, path, u"2"_s, u"approved"_s}).exitCode == 0);

    const auto draft = test::runCli({u"acta"_s, path, u"--json"_s});
    REQUIRE(draft.exitCode == 0);
    CHECK(QJsonDocument::fromJson(draft.out.toUtf8()).object()[u"participants"_s].toInt() == 5);

    REQUIRE(test::runCli({u"signatory"_s, u"add"_s, path, u"--name"_s, u"Manuel Llempén Coronel"_s, u"--document"_s, u"17800001"_s,
                          u"--side"_s, u"government"_s}).exitCode == 0);
    const auto closed = test::runCli({u"acta"_s, u"close"_s, path});
    INFO(closed.err.toStdString());
    REQUIRE(closed.exitCode == 0);
    const QString pdf = dir.filePath(u"acta.pdf"_s);
    REQUIRE(test::runCli({u"print"_s, u"acta"_s, path, pdf}).exitCode == 0);
    const QString text = test::pdfText(pdf).simplified();
    CHECK_THAT(text, test::ContainsAll({u"Aprobado por consenso de la plenaria"_s, u"5 people"_s}));
    CHECK(test::runCli({u"verify"_s, path}).exitCode == 0);

    // The note is part of what the acta froze.
    test::tamper(path, u"UPDATE commitment SET plenary_note = 'Otra nota' WHERE id = 1"_s);
    const auto tampered = test::runCli({u"verify"_s, path});
    CHECK(tampered.exitCode == 1);
}

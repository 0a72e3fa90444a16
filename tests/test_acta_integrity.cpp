// The acta proves itself: what the fingerprint covers, the chained signature
// records, every version checked, the seal, and the fixture made by 0.1.0.
// Every tamper is made as a person with the sqlite3 shell would make it.

#include "TestSupport.h"

#include "PlenaryService.h"

#include "acta/ActaClosing.h"
#include "acta/ActaRepository.h"
#include "acta/ActaVerification.h"
#include "acta/ActaSeal.h"
#include "base/Migrations.h"
#include "mesas/CommitmentRepository.h"
#include "registration/AttendeeRepository.h"
#include "registration/CheckinRepository.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

using namespace taller;
using namespace Qt::StringLiterals;

using test::sqlite;

namespace {

QString quoted(const QString &text)
{
    return u"'"_s + QString(text).replace(u"'"_s, u"''"_s) + u"'"_s;
}

struct Event
{
    QString path;
    QString fingerprint;
};

// An event with three approved commitments and a withdrawn one, three
// signatories (accents in the names), closed (sealed when a key is given),
// and two of them signed: one on paper, one drawn.
Event closedEvent(const QTemporaryDir &dir, const QString &keyFile = {}, bool decomposed = false)
{
    const QString path = dir.filePath(u"acta.taller"_s);
    REQUIRE(test::runCli({u"new"_s, path, u"--sample-attendees"_s, u"12"_s}).exitCode == 0);
    auto nfd = [&](const QString &text) { return decomposed ? text.normalized(QString::NormalizationForm_D) : text; };
    {
        auto file = EventFile::open(path);
        REQUIRE(file.ok());
        const QList<Attendee> people = *AttendeeRepository(**file).all();
        for (int i = 0; i < 8; ++i)
            REQUIRE(CheckinRepository(**file).checkIn(people.at(i).id).ok());
        CommitmentRepository commitments(**file);
        const QStringList titles = {u"Portal de datos abiertos de la región"_s, u"Audiencias públicas de rendición"_s,
                                    u"Mesa de partes digital"_s, u"Idea que se retira"_s};
        for (int i = 0; i < titles.size(); ++i) {
            Commitment c;
            c.mesaCode = u"M%1"_s.arg(i + 1);
            c.title = nfd(titles.at(i));
            c.responsible = nfd(u"Gerencia de Planeamiento y Presupuesto"_s);
            c.deadline = u"Diciembre de 2027"_s;
            c.indicator = nfd(u"Número de conjuntos publicados"_s);
            REQUIRE(commitments.save(c).ok());
        }
        EventSession session(std::move(file.value()));
        for (qint64 id = 1; id <= 3; ++id)
            REQUIRE(PlenaryService(session).decide(id, {CommitmentStatus::Approved, std::nullopt, {}}).ok());
        REQUIRE(PlenaryService(session).decide(4, {CommitmentStatus::Withdrawn, std::nullopt, {}}).ok());
        ActaRepository actas(session.file());
        const QList<std::pair<QString, SignatorySide>> names = {{u"Manuel Llempén Coronel"_s, SignatorySide::Government},
                                                                {u"Ana María Núñez Peña"_s, SignatorySide::CivilSociety},
                                                                {u"José Ángel Güemes Ñique"_s, SignatorySide::CivilSociety}};
        int n = 0;
        for (const auto &[name, side] : names) {
            Signatory s;
            s.name = nfd(name);
            s.document = u"4000000%1"_s.arg(++n);
            s.position = nfd(u"Señor Coordinador"_s);
            s.organisation = nfd(u"Organización"_s);
            s.side = side;
            REQUIRE(actas.addSignatory(s).ok());
        }
    }
    QStringList close{u"acta"_s, u"close"_s, path};
    QStringList seal;
    if (!keyFile.isEmpty())
        seal = {u"--seal"_s, keyFile};
    const auto closed = test::runCli(close + seal);
    INFO(closed.err.toStdString());
    REQUIRE(closed.exitCode == 0);
    REQUIRE(test::runCli(QStringList{u"acta"_s, u"sign"_s, path, u"1"_s, u"--paper"_s} + seal).exitCode == 0);
    {
        auto file = EventFile::open(path);
        REQUIRE(file.ok());
        std::optional<SealKey> key;
        if (!keyFile.isEmpty())
            key = *SealKey::load(keyFile);
        const SignatureDrawing drawing = {{QPointF(0.1, 0.6), QPointF(0.3, 0.2), QPointF(0.5, 0.7)}};
        REQUIRE(ActaClosing(**file).sign(2, SignatureKind::Drawn, drawing, key ? &*key : nullptr).ok());
    }
    return {path, closed.out.trimmed()};
}

test::CliResult verify(const QString &path, const QStringList &options = {})
{
    return test::runCli(QStringList{u"verify"_s, path} + options);
}

// What a forger makes of version 1 of the file's acta: a well-formed
// version 2 that replaces it, its correction reason and all.
ActaContent fakeSecondVersion(const QString &path, const QString &firstFingerprint)
{
    auto file = EventFile::open(path);
    REQUIRE(file.ok());
    ActaContent fake = *ActaContent::parse(ActaRepository(**file).version(1)->canonicalText);
    fake.version = 2;
    fake.replaces = 1;
    fake.replacesFingerprint = firstFingerprint;
    fake.correctionReason = u"Corrección"_s;
    return fake;
}

// Writes fake into the file as version 2 with the sqlite3 shell: its
// commitments as commitmentsSql inserts them, version 1's signatories.
void appendVersion(const QString &path, const ActaContent &fake, const QString &commitmentsSql)
{
    const QString text = fake.canonicalText();
    test::tamper(path, (u"INSERT INTO acta (version, replaces, correction_reason, preamble, closing, closed_at, canonical_text, "
                  "fingerprint, canonical_format) VALUES (2, 1, %1, %2, %3, %4, %5, '%6', 2); "_s
                  + commitmentsSql
                  + u" INSERT INTO signatory (acta_version, position, name, document, role, organisation, side) "
                    "SELECT 2, position, name, document, role, organisation, side FROM signatory WHERE acta_version = 1"_s)
                     .arg(quoted(fake.correctionReason), quoted(fake.preamble), quoted(fake.closing), quoted(fake.closedAt),
                          quoted(text), ActaContent::fingerprintOf(text)));
}

} // namespace

TEST_CASE("The acta made by version 0.1.0 opens, migrates and verifies with its fingerprint", "[acta][fixture]")
{
    QTemporaryDir dir;
    const auto [path, fingerprint] = test::copyOfActaFixture(dir);

    const auto checked = verify(path, {u"--fingerprint"_s, fingerprint});
    INFO(checked.out.toStdString() << checked.err.toStdString());
    CHECK(checked.exitCode == 0);
    CHECK(checked.out.contains(fingerprint));
    // What the file cannot vouch for is said, not hidden.
    CHECK(checked.out.contains(u"2 signature(s) made before this version are not covered"_s));
    CHECK(sqlite(path, u"PRAGMA user_version"_s).toInt() == migrations::latestVersion());

    {
        auto file = EventFile::open(path);
        REQUIRE(file.ok());
        ActaRepository actas(**file);
        const auto v1 = actas.version(1);
        REQUIRE(v1.ok());
        CHECK(v1->format == 1);
        CHECK(v1->fingerprint == fingerprint);
        CHECK_FALSE(v1->isSealed());
        const auto result = ActaVerifier(**file).verify();
        REQUIRE(result.ok());
        CHECK(result->ok);
        const ActaContent content = *actas.content(1);
        CHECK(content.commitments.size() == 4);
        CHECK(content.signatories.at(0).hasSigned());
        CHECK(content.signatories.at(1).hasSigned());
        CHECK_FALSE(content.signatories.at(2).hasSigned());
        // A signature made after the upgrade is chained to the old fingerprint.
        REQUIRE(ActaClosing(**file).sign(3, SignatureKind::Paper).ok());
        CHECK(ActaVerifier(**file).verify()->ok);
    }
    CHECK(verify(path, {u"--fingerprint"_s, fingerprint}).exitCode == 0);
    // A public key cannot vouch for an acta that was never sealed.
    REQUIRE(test::runCli({u"key"_s, u"new"_s, dir.filePath(u"k"_s)}).exitCode == 0);
    CHECK(verify(path, {u"--public-key"_s, dir.filePath(u"k.pub"_s)}).exitCode == 1);

    const QString pdf = dir.filePath(u"acta.pdf"_s);
    REQUIRE(test::runCli({u"print"_s, u"acta"_s, path, pdf}).exitCode == 0);
    const QString text = test::pdfText(pdf);
    CHECK(text.count(fingerprint) == test::pdfPageCount(pdf));
    CHECK(text.contains(u"Manuel Felipe Llempén Coronel"_s));

    SECTION("the new signature's record removed: tampering, not a signature of 0.1.0")
    {
        test::tamper(path, u"DELETE FROM acta_signature WHERE signatory_id = 3"_s);
        const auto result = verify(path);
        INFO(result.out.toStdString());
        CHECK(result.exitCode == 1);
        CHECK(result.out.contains(u"José Ángel Güemes Ñique appears as signed"_s));
        CHECK(result.out.contains(u"no signature was ever recorded"_s));
        CHECK(result.out.contains(u"2 signature(s) made before this version"_s));
    }
    SECTION("the new signature cleared behind the program's back")
    {
        test::tamper(path, u"UPDATE signatory SET signed_at = NULL, signature_kind = NULL WHERE id = 3"_s);
        CHECK(verify(path).exitCode == 1);
    }
    SECTION("its text changed")
    {
        test::tamper(path, u"UPDATE acta SET canonical_text = replace(canonical_text, 'Trimestral', 'Anual')"_s);
        CHECK(verify(path).exitCode == 1);
    }
}

TEST_CASE("Every tamper with a closed acta made in the sqlite3 shell is caught by verify", "[acta][tamper]")
{
    QTemporaryDir dir;
    const Event event = closedEvent(dir);
    const QString &path = event.path;
    const auto clean = verify(path, {u"--fingerprint"_s, event.fingerprint});
    INFO(clean.out.toStdString());
    REQUIRE(clean.exitCode == 0);

    auto caught = [&](const QString &sql, const QString &expected) { test::checkTamperCaught(path, sql, expected); };
    SECTION("a signature cleared") { caught(u"UPDATE signatory SET signed_at = NULL, signature_kind = NULL WHERE id = 1"_s, u"no longer shows it"_s); }
    SECTION("a signature forged as drawn") { caught(u"UPDATE signatory SET signature_kind = 'drawn' WHERE id = 1"_s, u"now \"drawn\""_s); }
    SECTION("a signature's time changed") { caught(u"UPDATE signatory SET signed_at = '2026-01-01T10:00:00.000Z' WHERE id = 1"_s, u"recorded at"_s); }
    SECTION("a drawn signature replaced") { caught(u"UPDATE signatory SET drawing = '0.1000,0.1000 0.9000,0.9000' WHERE id = 2"_s, u"drawn signature is not the one recorded"_s); }
    SECTION("a signature added")
    {
        caught(u"UPDATE signatory SET signed_at = '2026-11-27T15:00:00.000Z', signature_kind = 'paper' WHERE id = 3"_s,
               u"no signature was ever recorded"_s);
    }
    SECTION("a signature record removed") { caught(u"DELETE FROM acta_signature WHERE sequence = 1"_s, u"out of sequence"_s); }
    SECTION("closed_at changed") { caught(u"UPDATE acta SET closed_at = '2026-11-26T09:00:00.000Z'"_s, u"closed at"_s); }
    SECTION("an approved commitment set to withdrawn")
    {
        caught(u"UPDATE commitment SET status = 'withdrawn' WHERE id = 2"_s, u"commitment 2, status"_s);
    }
    SECTION("the acta's commitment rows replaced")
    {
        // 4, withdrawn, is frozen too: the acta's account of the plenary names it.
        caught(u"DELETE FROM acta_commitment WHERE commitment_id = 3; INSERT INTO acta_commitment (acta_version, commitment_id) VALUES (1, 9)"_s,
               u"froze commitments 1, 2, 3, 4; the file now lists 1, 2, 4, 9"_s);
    }
    SECTION("the version number changed")
    {
        caught(u"UPDATE acta SET version = 2; UPDATE signatory SET acta_version = 2; UPDATE acta_commitment SET acta_version = 2"_s,
               u"its text says version 1"_s);
    }
    SECTION("a fake closed version inserted, copied from the real one")
    {
        caught(u"INSERT INTO acta (version, replaces, correction_reason, preamble, closing, closed_at, canonical_text, fingerprint, "
               "canonical_format) SELECT 2, 1, 'x', preamble, closing, closed_at, canonical_text, fingerprint, canonical_format "
               "FROM acta WHERE version = 1"_s,
               u"version 2: the file numbers it 2, its text says version 1"_s);
    }
    SECTION("the preamble's column changed") { caught(u"UPDATE acta SET preamble = 'Otro texto'"_s, u"preamble differs"_s); }
    SECTION("the text and the commitment changed together, without the fingerprint")
    {
        caught(u"UPDATE acta SET canonical_text = replace(canonical_text, 'Mesa de partes digital', 'Mesa de partes'); "
               "UPDATE commitment SET title = 'Mesa de partes' WHERE id = 3"_s,
               u"no longer matches its fingerprint"_s);
    }
}

TEST_CASE("verify checks every version, not only the one in force", "[acta][tamper][versions]")
{
    QTemporaryDir dir;
    const Event event = closedEvent(dir);
    REQUIRE(test::runCli({u"acta"_s, u"correct"_s, event.path, u"--reason"_s, u"Falta un plazo"_s}).exitCode == 0);
    const auto v2 = test::runCli({u"acta"_s, u"close"_s, event.path});
    REQUIRE(v2.exitCode == 0);
    REQUIRE(verify(event.path).exitCode == 0);
    // The paper of version 1 no longer is the acta in force.
    const auto oldPaper = verify(event.path, {u"--fingerprint"_s, event.fingerprint});
    CHECK(oldPaper.exitCode == 1);
    CHECK(oldPaper.out.contains(u"version 1's, but the file says version 2 is in force"_s));
    CHECK(verify(event.path, {u"--fingerprint"_s, v2.out.trimmed()}).exitCode == 0);
    // Version 2 names version 1's fingerprint.
    CHECK(sqlite(event.path, u"SELECT canonical_text FROM acta WHERE version = 2"_s).contains(u"replaces.fingerprint: "_s + event.fingerprint));

    SECTION("the older version's text")
    {
        test::tamper(event.path, u"UPDATE acta SET canonical_text = replace(canonical_text, 'Diciembre de 2027', 'Diciembre de 2030') WHERE version = 1"_s);
        const auto result = verify(event.path);
        CHECK(result.exitCode == 1);
        CHECK(result.out.contains(u"version 1: its recorded text no longer matches its fingerprint"_s));
    }
    SECTION("the older version's signature")
    {
        test::tamper(event.path, u"UPDATE signatory SET signed_at = NULL WHERE acta_version = 1 AND signed_at IS NOT NULL"_s);
        const auto result = verify(event.path);
        CHECK(result.exitCode == 1);
        CHECK(result.out.contains(u"version 1: "_s));
    }
    SECTION("the older version's text and fingerprint rewritten together")
    {
        const QString text = sqlite(event.path, u"SELECT canonical_text FROM acta WHERE version = 1"_s) + u'\n';
        const QString forged = QString(text).replace(u"Diciembre de 2027"_s, u"Diciembre de 2030"_s);
        test::tamper(event.path, u"UPDATE acta SET canonical_text = %1, fingerprint = '%2' WHERE version = 1"_s.arg(quoted(forged), ActaContent::fingerprintOf(forged)));
        // Version 2 names the fingerprint it replaced; the signature records name theirs.
        const auto result = verify(event.path);
        CHECK(result.exitCode == 1);
        CHECK(result.out.contains(u"is not version 1's"_s));
    }
}

TEST_CASE("An acta typed in NFD verifies clean", "[acta][nfd]")
{
    QTemporaryDir dir;
    const Event event = closedEvent(dir, {}, true);
    CHECK(sqlite(event.path, u"SELECT count(*) FROM signatory WHERE name = '%1'"_s.arg(u"Ana María Núñez Peña"_s.normalized(QString::NormalizationForm_D))).toInt() == 1);
    const auto result = verify(event.path, {u"--fingerprint"_s, event.fingerprint});
    INFO(result.out.toStdString());
    CHECK(result.exitCode == 0);
}

TEST_CASE("A crafted count in the stored text fails fast with a message", "[acta][bounded]")
{
    QTemporaryDir dir;
    const Event event = closedEvent(dir);
    test::tamper(event.path, u"UPDATE acta SET canonical_text = replace(canonical_text, 'commitments: 3', 'commitments: 2000000000')"_s);
    QElapsedTimer timer;
    timer.start();
    const auto verified = verify(event.path);
    CHECK(verified.exitCode == 1);
    CHECK(verified.out.contains(u"2000000000"_s));
    const auto shown = test::runCli({u"acta"_s, event.path});
    CHECK(shown.exitCode == 1);
    CHECK(shown.err.contains(u"2000000000"_s));
    const auto printed = test::runCli({u"print"_s, u"acta"_s, event.path, dir.filePath(u"a.pdf"_s)});
    CHECK(printed.exitCode == 1);
    CHECK(printed.err.contains(u"damaged"_s));
    CHECK_FALSE(QFileInfo::exists(dir.filePath(u"a.pdf"_s)));
    CHECK(timer.elapsed() < 20000);

    CHECK_FALSE(ActaContent::parse(u"acta-de-compromisos: 2\nsignatories: -1\ncommitments: 0\n"_s).ok());
    CHECK_FALSE(ActaContent::parse(u"acta-de-compromisos: 2\ncommitments: 1e9\n"_s).ok());
    CHECK_FALSE(ActaContent::parse(u"acta-de-compromisos: 2\ncommitments: 0\nsignatories: 99999999999999\n"_s).ok());
}

TEST_CASE("Keys: made once, private file readable only by its owner", "[acta][seal]")
{
    QTemporaryDir dir;
    const QString key = dir.filePath(u"institucion.key"_s);
    const auto made = test::runCli({u"key"_s, u"new"_s, key});
    REQUIRE(made.exitCode == 0);
    CHECK(QFileInfo(key).permissions() == (QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser));
    REQUIRE(QFileInfo::exists(key + u".pub"_s));
    const QByteArray privateBytes = test::readAll(key);
    const auto again = test::runCli({u"key"_s, u"new"_s, key});
    CHECK(again.exitCode == 1);
    CHECK(again.err.contains(u"already exists"_s));
    CHECK(test::readAll(key) == privateBytes);
    const auto publicKey = SealPublicKey::load(key + u".pub"_s);
    REQUIRE(publicKey.ok());
    CHECK(made.out.contains(publicKey->id()));
    CHECK(SealKey::load(key)->publicKey().hex() == publicKey->hex());
    CHECK_FALSE(SealKey::load(key + u".pub"_s).ok());

    const QByteArray message = "acta";
    const QString signature = SealKey::load(key)->sign(message);
    CHECK(publicKey->verifies(message, signature));
    CHECK_FALSE(publicKey->verifies("acta.", signature));
}

TEST_CASE("A sealed acta: only the private key's holder can change it unseen", "[acta][seal]")
{
    QTemporaryDir dir;
    const QString key = dir.filePath(u"institucion.key"_s);
    REQUIRE(test::runCli({u"key"_s, u"new"_s, key}).exitCode == 0);
    const QString publicKey = key + u".pub"_s;
    const QString keyId = SealPublicKey::load(publicKey)->id();
    const Event event = closedEvent(dir, key);
    const QString &path = event.path;

    const auto clean = verify(path, {u"--public-key"_s, publicKey, u"--fingerprint"_s, event.fingerprint});
    INFO(clean.out.toStdString() << clean.err.toStdString());
    REQUIRE(clean.exitCode == 0);
    CHECK(clean.out.contains(keyId));
    CHECK(sqlite(path, u"SELECT canonical_text FROM acta"_s).contains(u"seal.key: "_s + keyId));

    const auto shown = QJsonDocument::fromJson(test::runCli({u"acta"_s, path, u"--json"_s}).out.toUtf8()).object();
    CHECK(shown[u"sealed_by"_s].toString() == keyId);
    CHECK(shown[u"fingerprint"_s].toString() == event.fingerprint);

    // A sealed acta is signed only with its key.
    const auto unsealedSign = test::runCli({u"acta"_s, u"sign"_s, path, u"3"_s, u"--paper"_s});
    CHECK(unsealedSign.exitCode == 1);
    CHECK(unsealedSign.err.contains(u"--seal"_s));
    REQUIRE(test::runCli({u"key"_s, u"new"_s, dir.filePath(u"otra.key"_s)}).exitCode == 0);
    CHECK(test::runCli({u"acta"_s, u"sign"_s, path, u"3"_s, u"--paper"_s, u"--seal"_s, dir.filePath(u"otra.key"_s)}).exitCode == 1);
    CHECK(verify(path, {u"--public-key"_s, dir.filePath(u"otra.key.pub"_s)}).exitCode == 1);

    // The printed acta names the key beside the fingerprint.
    const QString pdf = dir.filePath(u"acta.pdf"_s);
    REQUIRE(test::runCli({u"print"_s, u"acta"_s, path, pdf}).exitCode == 0);
    const QString printed = test::pdfText(pdf);
    CHECK(printed.count(keyId) == test::pdfPageCount(pdf));
    CHECK(printed.count(event.fingerprint) == test::pdfPageCount(pdf));

    SECTION("a correction of a sealed acta is sealed with the same key")
    {
        REQUIRE(test::runCli({u"acta"_s, u"correct"_s, path, u"--reason"_s, u"Plazo"_s}).exitCode == 0);
        const auto unsealed = test::runCli({u"acta"_s, u"close"_s, path});
        CHECK(unsealed.exitCode == 1);
        CHECK(unsealed.err.contains(keyId));
        CHECK(test::runCli({u"acta"_s, u"close"_s, path, u"--seal"_s, dir.filePath(u"otra.key"_s)}).exitCode == 1);
        REQUIRE(test::runCli({u"acta"_s, u"close"_s, path, u"--seal"_s, key}).exitCode == 0);
        const auto both = verify(path, {u"--public-key"_s, publicKey});
        INFO(both.out.toStdString());
        CHECK(both.exitCode == 0);
        CHECK(both.out.contains(u"Every closed version checked: 1, 2."_s));
    }
    SECTION("a consistent rewrite of text, fingerprint and signature records, keeping the seal")
    {
        const QString text = sqlite(path, u"SELECT canonical_text FROM acta"_s) + u'\n';
        const QString forged = QString(text).replace(u"Diciembre de 2027"_s, u"Diciembre de 2030"_s);
        const QString fingerprint = ActaContent::fingerprintOf(forged);
        test::tamper(path, u"UPDATE acta SET canonical_text = %1, fingerprint = '%2'; UPDATE commitment SET deadline = 'Diciembre de 2030'; "
                     "DELETE FROM acta_signature; UPDATE signatory SET signed_at = NULL, signature_kind = NULL, drawing = NULL"_s
                         .arg(quoted(forged), fingerprint));
        CHECK(verify(path).exitCode == 1); // the seal no longer matches the text
        CHECK(verify(path, {u"--public-key"_s, publicKey}).exitCode == 1);
    }
    SECTION("a consistent rewrite that drops the seal: verify alone cannot tell, the public key can")
    {
        const QString text = sqlite(path, u"SELECT canonical_text FROM acta"_s) + u'\n';
        const QString forged =
            QString(text).replace(u"Diciembre de 2027"_s, u"Diciembre de 2030"_s).replace(u"seal.key: "_s + keyId, u"seal.key: "_s);
        test::tamper(path, u"UPDATE acta SET canonical_text = %1, fingerprint = '%2', seal = NULL, seal_public_key = NULL; "
                     "UPDATE commitment SET deadline = 'Diciembre de 2030'; "
                     "DELETE FROM acta_signature; UPDATE signatory SET signed_at = NULL, signature_kind = NULL, drawing = NULL"_s
                         .arg(quoted(forged), ActaContent::fingerprintOf(forged)));
        CHECK(verify(path).exitCode == 0); // a checksum beside what it covers: the README says so
        const auto withKey = verify(path, {u"--public-key"_s, publicKey});
        CHECK(withKey.exitCode == 1);
        CHECK(withKey.out.contains(u"not sealed"_s));
        CHECK(verify(path, {u"--fingerprint"_s, event.fingerprint}).exitCode == 1); // nor does the paper agree
    }
    SECTION("a rewrite sealed with another key")
    {
        const auto other = SealKey::load(dir.filePath(u"otra.key"_s));
        REQUIRE(other.ok());
        const QString text = sqlite(path, u"SELECT canonical_text FROM acta"_s) + u'\n';
        const QString forged = QString(text).replace(u"Diciembre de 2027"_s, u"Diciembre de 2030"_s)
                                   .replace(u"seal.key: "_s + keyId, u"seal.key: "_s + other->publicKey().id());
        test::tamper(path, u"UPDATE acta SET canonical_text = %1, fingerprint = '%2', seal = '%3', seal_public_key = '%4'; "
                     "UPDATE commitment SET deadline = 'Diciembre de 2030'; "
                     "DELETE FROM acta_signature; UPDATE signatory SET signed_at = NULL, signature_kind = NULL, drawing = NULL"_s
                         .arg(quoted(forged), ActaContent::fingerprintOf(forged), other->sign(forged.toUtf8()), other->publicKey().hex()));
        CHECK(verify(path).exitCode == 0);
        CHECK(verify(path, {u"--public-key"_s, publicKey}).exitCode == 1);
    }
    SECTION("a signature record rewritten consistently, without the key")
    {
        const QString record = sqlite(path, u"SELECT record FROM acta_signature WHERE sequence = 1"_s) + u'\n';
        const QString forged = QString(record).replace(u"kind: paper"_s, u"kind: drawn"_s);
        REQUIRE(forged != record);
        test::tamper(path, u"UPDATE acta_signature SET record = %1, record_hash = '%2' WHERE sequence = 1; "
                     "UPDATE signatory SET signature_kind = 'drawn' WHERE id = 1"_s
                         .arg(quoted(forged), ActaSignatureRecord::hashOf(forged)));
        CHECK(verify(path).exitCode == 1); // the next record no longer follows it, and its seal does not match
        CHECK(verify(path, {u"--public-key"_s, publicKey}).exitCode == 1);
    }
    SECTION("a well-formed fake version appended, unsealed")
    {
        ActaContent fake = fakeSecondVersion(path, event.fingerprint);
        fake.sealKeyId.clear();
        fake.commitments.removeLast();
        appendVersion(path, fake, u"INSERT INTO acta_commitment (acta_version, commitment_id) VALUES (2, 1), (2, 2);"_s);
        const auto result = verify(path);
        INFO(result.out.toStdString());
        CHECK(result.exitCode == 1);
        CHECK(result.out.contains(u"version 2: it is not sealed, though version 1 was"_s));
    }
}

TEST_CASE("A well-formed fake version in an unsealed acta is caught by the paper's fingerprint", "[acta][tamper][versions]")
{
    QTemporaryDir dir;
    const Event event = closedEvent(dir);
    appendVersion(event.path, fakeSecondVersion(event.path, event.fingerprint),
                  u"INSERT INTO acta_commitment (acta_version, commitment_id) SELECT 2, commitment_id FROM acta_commitment WHERE acta_version = 1;"_s);
    const auto withPaper = verify(event.path, {u"--fingerprint"_s, event.fingerprint});
    INFO(withPaper.out.toStdString());
    CHECK(withPaper.exitCode == 1);
    CHECK(withPaper.out.contains(u"version 2 is in force"_s));
}

TEST_CASE("A removed correction: verify names the version in force, and the paper's fingerprint catches it",
          "[acta][tamper][versions][seal]")
{
    QTemporaryDir dir;
    const QString key = dir.filePath(u"institucion.key"_s);
    REQUIRE(test::runCli({u"key"_s, u"new"_s, key}).exitCode == 0);
    const QString publicKey = key + u".pub"_s;
    const Event event = closedEvent(dir, key);
    REQUIRE(test::runCli({u"acta"_s, u"correct"_s, event.path, u"--reason"_s, u"Falta un plazo"_s}).exitCode == 0);
    const auto closed = test::runCli({u"acta"_s, u"close"_s, event.path, u"--seal"_s, key});
    REQUIRE(closed.exitCode == 0);
    const QString v2 = closed.out.trimmed();
    const QString firstOfV2 = sqlite(event.path, u"SELECT min(id) FROM signatory WHERE acta_version = 2"_s);
    REQUIRE(test::runCli({u"acta"_s, u"sign"_s, event.path, firstOfV2, u"--paper"_s, u"--seal"_s, key}).exitCode == 0);
    const auto before = verify(event.path, {u"--public-key"_s, publicKey, u"--fingerprint"_s, v2});
    INFO(before.out.toStdString());
    REQUIRE(before.exitCode == 0);
    CHECK(before.out.contains(u"version in force: 2 of 2"_s));

    // Version 2 removed whole, with everything that named it.
    test::tamper(event.path, u"DELETE FROM acta_signature WHERE acta_version = 2; DELETE FROM signatory WHERE acta_version = 2; "
                             "DELETE FROM acta_commitment WHERE acta_version = 2; DELETE FROM acta WHERE version = 2"_s);
    // The file alone cannot tell: verify says which version it holds in
    // force, for a person to compare with the paper or the published index.
    const auto alone = test::runCli({u"verify"_s, event.path}, {}, {u"LC_ALL=es_PE.UTF-8"_s, u"LANGUAGE=es"_s});
    INFO(alone.out.toStdString());
    CHECK(alone.exitCode == 0);
    CHECK(alone.out.contains(u"versión en vigor: 1 de 1 — compare su huella con la del papel o la del índice publicado"_s));
    const auto keyed = verify(event.path, {u"--public-key"_s, publicKey});
    CHECK(keyed.exitCode == 0);
    CHECK(keyed.out.contains(u"version in force: 1 of 1"_s));
    // The paper of version 2 can.
    const auto paper = verify(event.path, {u"--fingerprint"_s, v2});
    CHECK(paper.exitCode == 1);
    CHECK(paper.out.contains(u"no version in this file has the fingerprint given (%1)"_s.arg(v2)));
}

TEST_CASE("A removed version reads as tampering, never as an acta not yet closed", "[acta][tamper][versions]")
{
    QTemporaryDir dir;
    const Event event = closedEvent(dir);
    REQUIRE(test::runCli({u"acta"_s, u"correct"_s, event.path, u"--reason"_s, u"Falta un plazo"_s}).exitCode == 0);
    REQUIRE(verify(event.path).exitCode == 0);

    SECTION("the closed version removed, its correction left as a draft")
    {
        test::tamper(event.path, u"DELETE FROM acta_signature WHERE acta_version = 1; DELETE FROM signatory WHERE acta_version = 1; "
                                 "DELETE FROM acta_commitment WHERE acta_version = 1; DELETE FROM acta WHERE version = 1"_s);
        const auto result = verify(event.path);
        INFO(result.out.toStdString() << result.err.toStdString());
        CHECK(result.exitCode == 1);
        CHECK(result.out.contains(u"version 1 is not in the file, though version 2 follows it: a version was removed"_s));
        CHECK_FALSE(result.err.contains(u"not been closed"_s));
    }
    SECTION("every version removed, the signature records left behind")
    {
        test::tamper(event.path, u"DELETE FROM signatory; DELETE FROM acta_commitment; DELETE FROM acta"_s);
        const auto result = verify(event.path);
        INFO(result.out.toStdString() << result.err.toStdString());
        CHECK(result.exitCode == 1);
        CHECK(result.out.contains(u"the file holds signature records of version 1, which is not in the file: a version was removed"_s));
        CHECK_FALSE(result.err.contains(u"not been closed"_s));
    }
}

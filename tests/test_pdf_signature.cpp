// Signed PDFs: the acta, the minutes, the constancias and the reasoned
// response signed with a certificate made here by a test CA (openssl), checked
// with pdfsig (poppler-utils) as any reader would; a byte changed breaks
// each; the certificates that must not sign are refused, naming why.

#include "TestSupport.h"

#include "ActaService.h"
#include "DocumentPrinter.h"
#include "EventSession.h"
#include "PreferencesDialog.h"
#include "participants/CertificateDocument.h"
#include "Settings.h"

#include <QCryptographicHash>
#include <QLineEdit>
#include <QSettings>

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QThread>

using namespace taller;
using namespace Qt::StringLiterals;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
};

Run run(const QString &program, const QStringList &args, const QString &workingDirectory = {})
{
    QProcess process;
    if (!workingDirectory.isEmpty())
        process.setWorkingDirectory(workingDirectory);
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, args);
    REQUIRE(process.waitForStarted());
    REQUIRE(process.waitForFinished(60000));
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, QString::fromUtf8(process.readAll())};
}

void openssl(const QStringList &args, const QString &folder)
{
    const Run done = run(u"openssl"_s, args, folder);
    INFO("openssl " << args.join(u' ').toStdString() << "\n" << done.out.toStdString());
    REQUIRE(done.exitCode == 0);
}

// A CA and, signed by it, the certificates of the tests, each in a .p12
// with the password "clave de prueba" (in password.txt).
struct TestCa
{
    QTemporaryDir dir;
    QString path(const QString &name) const { return dir.filePath(name); }

    TestCa()
    {
        if (QStandardPaths::findExecutable(u"openssl"_s).isEmpty() || QStandardPaths::findExecutable(u"pdfsig"_s).isEmpty()
            || QStandardPaths::findExecutable(u"certutil"_s).isEmpty())
            test::skip("openssl, pdfsig (poppler-utils) and certutil (libnss3-tools) are needed to make and check signatures");
        const QString d = dir.path();
        openssl({u"req"_s, u"-x509"_s, u"-newkey"_s, u"rsa:2048"_s, u"-nodes"_s, u"-keyout"_s, u"ca.key"_s, u"-out"_s,
                 u"ca.pem"_s, u"-days"_s, u"30"_s, u"-subj"_s, u"/CN=CA de prueba/O=Taller Abierto tests"_s, u"-addext"_s,
                 u"basicConstraints=critical,CA:true"_s, u"-addext"_s, u"keyUsage=critical,keyCertSign,cRLSign"_s},
                d);
        test::writeFile(path(u"password.txt"_s), "clave de prueba\n");
        issue(u"valid"_s, u"/CN=Ana Quispe Mamani/O=Gobierno Regional La Libertad"_s, u"keyUsage=critical,digitalSignature,nonRepudiation"_s, 10);
        issue(u"expired"_s, u"/CN=Luis Expirado/O=Gobierno Regional La Libertad"_s, u"keyUsage=critical,digitalSignature"_s, 0);
        issue(u"encipher"_s, u"/CN=Rosa Cifrado/O=Gobierno Regional La Libertad"_s, u"keyUsage=critical,keyEncipherment"_s, 10);
        // A reader's trust: an NSS database (certutil, libnss3-tools) that
        // trusts the test CA, as a reader's holds the accredited issuers.
        REQUIRE(QDir().mkpath(path(u"trust"_s)));
        const Run made = run(u"certutil"_s, {u"-N"_s, u"--empty-password"_s, u"-d"_s, u"sql:"_s + path(u"trust"_s)});
        INFO(made.out.toStdString());
        REQUIRE(made.exitCode == 0);
        const Run trusted = run(u"certutil"_s, {u"-A"_s, u"-n"_s, u"CA de prueba"_s, u"-t"_s, u"CT,C,C"_s, u"-i"_s,
                                                path(u"ca.pem"_s), u"-d"_s, u"sql:"_s + path(u"trust"_s)});
        INFO(trusted.out.toStdString());
        REQUIRE(trusted.exitCode == 0);
        // A certificate made with -days 0 expires the second it is made.
        QThread::sleep(1);
    }

    void issue(const QString &name, const QString &subject, const QString &keyUsage, int days)
    {
        const QString d = dir.path();
        test::writeFile(path(name + u".ext"_s), keyUsage.toUtf8() + '\n');
        openssl({u"req"_s, u"-newkey"_s, u"rsa:2048"_s, u"-nodes"_s, u"-keyout"_s, name + u".key"_s, u"-out"_s,
                 name + u".csr"_s, u"-subj"_s, subject},
                d);
        openssl({u"x509"_s, u"-req"_s, u"-in"_s, name + u".csr"_s, u"-CA"_s, u"ca.pem"_s, u"-CAkey"_s, u"ca.key"_s,
                 u"-set_serial"_s, QString::number(qHash(name) & 0xffffff), u"-days"_s, QString::number(days), u"-extfile"_s,
                 name + u".ext"_s, u"-out"_s, name + u".pem"_s},
                d);
        openssl({u"pkcs12"_s, u"-export"_s, u"-inkey"_s, name + u".key"_s, u"-in"_s, name + u".pem"_s, u"-certfile"_s,
                 u"ca.pem"_s, u"-name"_s, name, u"-out"_s, name + u".p12"_s, u"-passout"_s, u"pass:clave de prueba"_s},
                d);
    }

    QStringList signWith(const QString &name) const
    {
        return {u"--sign"_s, path(name + u".p12"_s), u"--password-file"_s, path(u"password.txt"_s)};
    }
};

QString ok(const QStringList &args, const QByteArray &input = {})
{
    const auto result = test::runCli(args, input);
    INFO(args.join(u' ').toStdString() << "\n" << result.err.toStdString());
    REQUIRE(result.exitCode == 0);
    return result.out.trimmed();
}

// pdfsig says the PDF carries one signature, valid over the whole file,
// by signer, whose certificate a reader who trusts the test CA trusts.
void checkSigned(const TestCa &ca, const QString &pdf, const QString &signer)
{
    const Run checked = run(u"pdfsig"_s, {u"-nssdir"_s, u"sql:"_s + ca.path(u"trust"_s), pdf});
    INFO(pdf.toStdString() << ":\n" << checked.out.toStdString());
    CHECK(checked.exitCode == 0);
    CHECK(checked.out.contains(u"Signature #1"_s));
    CHECK_FALSE(checked.out.contains(u"Signature #2"_s));
    CHECK(checked.out.contains(u"Signer Certificate Common Name: "_s + signer));
    CHECK(checked.out.contains(u"Signature Validation: Signature is Valid."_s));
    CHECK(checked.out.contains(u"Total document signed"_s));
    CHECK(checked.out.contains(u"adbe.pkcs7.detached"_s));
    CHECK(checked.out.contains(u"Certificate Validation: Certificate is Trusted."_s));
}

// One byte of the signed part changed: pdfsig reports the signature broken.
void checkOneByteBreaks(const QString &pdf)
{
    QByteArray bytes = test::readAll(pdf);
    REQUIRE(bytes.size() > 1000);
    const qsizetype at = bytes.size() / 4;
    bytes[at] = char(bytes.at(at) ^ 0x01);
    const QString tampered = pdf + u".tampered.pdf"_s;
    test::writeFile(tampered, bytes);
    const Run checked = run(u"pdfsig"_s, {tampered});
    INFO(tampered.toStdString() << ":\n" << checked.out.toStdString());
    CHECK_FALSE(checked.out.contains(u"Signature is Valid."_s));
    CHECK(checked.out.contains(u"Signature Validation: Digest Mismatch."_s));
}

} // namespace

TEST_CASE("The acta, its constancias and the reasoned response are signed with the institution's certificate",
          "[signing]")
{
    const TestCa ca;
    QTemporaryDir dir;
    const auto fixture = test::copyOfActaFixture(dir);

    const QString acta = dir.filePath(u"acta.pdf"_s);
    ok(QStringList{u"print"_s, u"acta"_s, fixture.path, acta} + ca.signWith(u"valid"_s));
    checkSigned(ca, acta, u"Ana Quispe Mamani"_s);
    checkOneByteBreaks(acta);
    // The box shows who signed and the acta's fingerprint.
    const QString text = test::pdfText(acta);
    CHECK(text.contains(u"Digitally signed by Ana Quispe Mamani"_s));
    CHECK(text.contains(fixture.fingerprint));

    const QString certificates = dir.filePath(u"constancias.pdf"_s);
    ok(QStringList{u"print"_s, u"certificates"_s, fixture.path, certificates} + ca.signWith(u"valid"_s));
    checkSigned(ca, certificates, u"Ana Quispe Mamani"_s);
    checkOneByteBreaks(certificates);

    const QString each = dir.filePath(u"constancias"_s);
    ok(QStringList{u"print"_s, u"certificates"_s, fixture.path, u"--each"_s, each} + ca.signWith(u"valid"_s));
    const QStringList written = QDir(each).entryList({u"*.pdf"_s}, QDir::Files);
    REQUIRE_FALSE(written.isEmpty());
    checkSigned(ca, QDir(each).filePath(written.first()), u"Ana Quispe Mamani"_s);

    const QString response = dir.filePath(u"respuesta.pdf"_s);
    ok(QStringList{u"print"_s, u"response"_s, fixture.path, response} + ca.signWith(u"valid"_s));
    checkSigned(ca, response, u"Ana Quispe Mamani"_s);
    checkOneByteBreaks(response);

    // Without --sign nothing changes: no signature.
    const QString plain = dir.filePath(u"plain.pdf"_s);
    ok({u"print"_s, u"acta"_s, fixture.path, plain});
    CHECK(run(u"pdfsig"_s, {plain}).out.contains(u"does not contain any signatures"_s));
}

TEST_CASE("A meeting's minutes are signed with the certificate", "[signing]")
{
    const TestCa ca;
    QTemporaryDir dir;
    const QString path = dir.filePath(u"proceso.taller"_s);
    ok({u"new"_s, path});
    test::writeFile(dir.filePath(u"personas.csv"_s), "Nombres;Apellidos;DNI;Organización;Cargo;Sector\n"
                                                     "Román;Yosif;12345678;Laboratorio de Gobierno;Director;Gobierno\n"
                                                     "Claudia;Montero Meza;34567890;MINSEGPRES;Asesora;Sociedad civil\n");
    ok({u"import"_s, u"attendees"_s, path, dir.filePath(u"personas.csv"_s)});
    ok({u"process"_s, path, u"--start"_s});
    const QString meeting =
        ok({u"meeting"_s, u"add"_s, path, u"--stage"_s, u"2"_s, u"--kind"_s, u"meeting"_s, u"--title"_s,
            u"Reunión con la Gerencia Regional de Salud"_s, u"--date"_s, u"2026-11-20"_s, u"--time"_s, u"16:00"_s});
    ok({u"checkin"_s, path, u"--meeting"_s, meeting, u"12345678"_s});
    ok({u"agreement"_s, u"add"_s, path, u"--meeting"_s, meeting, u"--text"_s, u"Enviar formulario y planificación"_s,
        u"--responsible"_s, u"Comisión"_s, u"--due"_s, u"2099-01-15"_s});
    ok({u"signatory"_s, u"add"_s, path, u"--meeting"_s, meeting, u"--name"_s, u"Román Yosif"_s, u"--side"_s, u"government"_s});
    const QString fingerprint = ok({u"acta"_s, u"close"_s, path, u"--meeting"_s, meeting});

    const QString minutes = dir.filePath(u"minutes.pdf"_s);
    ok(QStringList{u"print"_s, u"acta"_s, path, minutes, u"--meeting"_s, meeting} + ca.signWith(u"valid"_s));
    checkSigned(ca, minutes, u"Ana Quispe Mamani"_s);
    CHECK(test::pdfText(minutes).contains(fingerprint));
    checkOneByteBreaks(minutes);
}

TEST_CASE("A certificate that must not sign is refused, naming why, and nothing is written", "[signing]")
{
    const TestCa ca;
    QTemporaryDir dir;
    const auto fixture = test::copyOfActaFixture(dir);
    const QString out = dir.filePath(u"acta.pdf"_s);
    auto refused = [&](const QStringList &signing, const QString &why, const QByteArray &input = {}) {
        const auto result = test::runCli(QStringList{u"print"_s, u"acta"_s, fixture.path, out} + signing, input);
        INFO(result.err.toStdString());
        CHECK(result.exitCode == 1);
        CHECK(result.err.contains(why));
        CHECK_FALSE(QFile::exists(out));
    };
    refused(ca.signWith(u"expired"_s), u"expired on"_s);
    refused(ca.signWith(u"encipher"_s), u"does not allow signing"_s);
    test::writeFile(dir.filePath(u"wrong.txt"_s), "otra clave\n");
    refused({u"--sign"_s, ca.path(u"valid.p12"_s), u"--password-file"_s, dir.filePath(u"wrong.txt"_s)}, u"Wrong password"_s);
    // Asked for, the password comes from standard input when it is not a
    // terminal; never from the command line.
    refused({u"--sign"_s, ca.path(u"valid.p12"_s)}, u"Wrong password"_s, "no es\n");
    ok({u"print"_s, u"acta"_s, fixture.path, out, u"--sign"_s, ca.path(u"valid.p12"_s)}, "clave de prueba\n");
    checkSigned(ca, out, u"Ana Quispe Mamani"_s);
}

TEST_CASE("Preferencias: the certificate chosen signs the acta exported from the window, its password asked and never kept",
          "[signing][widgets]")
{
    const TestCa ca;
    QTemporaryDir dir;
    const auto fixture = test::copyOfActaFixture(dir);
    const QString before = Settings::signingCertificateFile();
    const auto restore = qScopeGuard([&] {
        Settings::setSigningCertificateFile(before);
        DocumentPrinter::setPasswordPrompt({});
    });
    Settings::setSigningCertificateFile({});

    {
        PreferencesDialog preferences;
        auto *certificate = preferences.findChild<QLineEdit *>(u"signingCertificate"_s);
        REQUIRE(certificate);
        CHECK(certificate->text().isEmpty());
        certificate->setText(ca.path(u"valid.p12"_s));
        preferences.accept();
        CHECK(preferences.result() == QDialog::Accepted);
    }
    CHECK(Settings::signingCertificateFile() == QFileInfo(ca.path(u"valid.p12"_s)).absoluteFilePath());
    QSettings settings;
    for (const QString &key : settings.allKeys())
        CHECK_FALSE(settings.value(key).toString().contains(u"clave de prueba"_s));
    {
        PreferencesDialog again;
        CHECK(again.findChild<QLineEdit *>(u"signingCertificate"_s)->text() == Settings::signingCertificateFile());
    }

    auto session = EventSession::open(fixture.path);
    REQUIRE(session);
    const auto acta = ActaService(**session, MeetingRef{}).document(std::nullopt);
    REQUIRE(acta);

    QStringList asked;
    DocumentPrinter::setPasswordPrompt([&](QWidget *, const QString &path) -> std::optional<QString> {
        asked << path;
        return u"clave de prueba"_s;
    });
    const QString pdf = dir.filePath(u"acta-firmada.pdf"_s);
    REQUIRE(DocumentPrinter::writePdf(nullptr, *acta, pdf, DocumentPrinter::Signing::Signable));
    CHECK(asked == QStringList{Settings::signingCertificateFile()});
    checkSigned(ca, pdf, u"Ana Quispe Mamani"_s);

    // A document that is not signable is not signed, and nothing is asked.
    const QString plain = dir.filePath(u"acta.pdf"_s);
    REQUIRE(DocumentPrinter::writePdf(nullptr, *acta, plain, DocumentPrinter::Signing::Unsigned));
    CHECK(asked.size() == 1);
    CHECK(run(u"pdfsig"_s, {plain}).out.contains(u"does not contain any signatures"_s));

    // Cancelled: nothing written, nothing to warn about.
    DocumentPrinter::setPasswordPrompt([](QWidget *, const QString &) { return std::optional<QString>(); });
    const QString cancelled = dir.filePath(u"cancelada.pdf"_s);
    const Status notWritten = DocumentPrinter::writePdf(nullptr, *acta, cancelled, DocumentPrinter::Signing::Signable);
    CHECK_FALSE(notWritten);
    CHECK(notWritten.errorMessage().isEmpty());
    CHECK_FALSE(QFile::exists(cancelled));

    // A wrong password: said, nothing written.
    DocumentPrinter::setPasswordPrompt([](QWidget *, const QString &) { return std::optional<QString>(u"otra"_s); });
    const Status wrong = DocumentPrinter::writePdf(nullptr, *acta, cancelled, DocumentPrinter::Signing::Signable);
    CHECK_FALSE(wrong);
    CHECK(wrong.errorMessage().contains(u"Wrong password"_s));
    CHECK_FALSE(QFile::exists(cancelled));
}

namespace {

// The certificate's seal checked with openssl alone: the detached CMS in DER
// (the file's hex, as bytes) over content.
Run opensslCmsVerify(const TestCa &ca, const QString &folder, const QString &name, const QByteArray &content,
                     const QString &sealHex)
{
    test::writeFile(QDir(folder).filePath(name + u".txt"_s), content);
    test::writeFile(QDir(folder).filePath(name + u".p7s"_s), QByteArray::fromHex(sealHex.trimmed().toLatin1()));
    return run(u"openssl"_s, {u"cms"_s, u"-verify"_s, u"-binary"_s, u"-inform"_s, u"DER"_s, u"-in"_s, name + u".p7s"_s,
                              u"-content"_s, name + u".txt"_s, u"-CAfile"_s, ca.path(u"ca.pem"_s), u"-out"_s, u"/dev/null"_s},
               folder);
}

} // namespace

TEST_CASE("The seal is the certificate's: openssl cms checks the minutes' canonical text and each signature record, "
          "verify --certificate checks the issuer",
          "[signing][seal]")
{
    const TestCa ca;
    QTemporaryDir dir;
    const QString path = dir.filePath(u"proceso.taller"_s);
    ok({u"new"_s, path});
    ok({u"process"_s, path, u"--start"_s});
    const QString meeting =
        ok({u"meeting"_s, u"add"_s, path, u"--stage"_s, u"2"_s, u"--kind"_s, u"meeting"_s, u"--title"_s,
            u"Reunión con la Gerencia Regional de Salud"_s, u"--date"_s, u"2026-11-20"_s, u"--time"_s, u"16:00"_s});
    ok({u"agreement"_s, u"add"_s, path, u"--meeting"_s, meeting, u"--text"_s, u"Enviar formulario y planificación"_s,
        u"--responsible"_s, u"Comisión"_s, u"--due"_s, u"2099-01-15"_s});
    ok({u"signatory"_s, u"add"_s, path, u"--meeting"_s, meeting, u"--name"_s, u"Román Yosif"_s, u"--side"_s, u"government"_s});
    const QStringList seal{u"--seal"_s, ca.path(u"valid.p12"_s), u"--password-file"_s, ca.path(u"password.txt"_s)};

    // Refused, naming why, and the minutes stay a draft.
    for (const auto &[name, why] : {std::pair{u"expired"_s, u"expired"_s}, std::pair{u"encipher"_s, u"does not allow signing"_s}}) {
        const auto refused = test::runCli({u"acta"_s, u"close"_s, path, u"--meeting"_s, meeting, u"--seal"_s,
                                           ca.path(name + u".p12"_s), u"--password-file"_s, ca.path(u"password.txt"_s)});
        INFO(refused.err.toStdString());
        CHECK(refused.exitCode == 1);
        CHECK(refused.err.contains(why));
    }
    test::writeFile(dir.filePath(u"wrong.txt"_s), "otra\n");
    const auto wrong = test::runCli({u"acta"_s, u"close"_s, path, u"--meeting"_s, meeting, u"--seal"_s, ca.path(u"valid.p12"_s),
                                     u"--password-file"_s, dir.filePath(u"wrong.txt"_s)});
    CHECK(wrong.exitCode == 1);
    CHECK(wrong.err.contains(u"Wrong password"_s));

    const QString fingerprint = ok(QStringList{u"acta"_s, u"close"_s, path, u"--meeting"_s, meeting} + seal);
    ok(QStringList{u"acta"_s, u"sign"_s, path, u"--meeting"_s, meeting, u"1"_s, u"--paper"_s} + seal);

    // What the file holds, read with the sqlite3 shell; checked with openssl.
    const QString where = u" WHERE meeting_id = "_s + meeting;
    test::sqlite(path, u"SELECT writefile('"_s + dir.filePath(u"canonical.txt"_s) + u"', canonical_text) FROM acta"_s + where);
    const QByteArray canonical = test::readAll(dir.filePath(u"canonical.txt"_s));
    CHECK(QString::fromLatin1(QCryptographicHash::hash(canonical, QCryptographicHash::Sha256).toHex()) == fingerprint);
    const QString actaSeal = test::sqlite(path, u"SELECT seal FROM acta"_s + where);
    const Run checked = opensslCmsVerify(ca, dir.path(), u"acta"_s, canonical, actaSeal);
    INFO(checked.out.toStdString());
    CHECK(checked.exitCode == 0);
    CHECK(checked.out.contains(u"Verification successful"_s));

    test::sqlite(path, u"SELECT writefile('"_s + dir.filePath(u"record.txt"_s) + u"', record) FROM acta_signature"_s + where);
    const Run record = opensslCmsVerify(ca, dir.path(), u"record"_s, test::readAll(dir.filePath(u"record.txt"_s)),
                                        test::sqlite(path, u"SELECT seal FROM acta_signature"_s + where));
    INFO(record.out.toStdString());
    CHECK(record.exitCode == 0);

    // One byte of the text changed: openssl refuses the seal.
    QByteArray forged = canonical;
    forged.replace("Enviar", "Retener");
    REQUIRE(forged != canonical);
    CHECK(opensslCmsVerify(ca, dir.path(), u"forged"_s, forged, actaSeal).exitCode != 0);

    // verify: the certificate the file records, vouched for by the CA.
    const auto verified = test::runCli({u"verify"_s, path, u"--meeting"_s, meeting, u"--certificate"_s, ca.path(u"ca.pem"_s)});
    INFO(verified.out.toStdString() << verified.err.toStdString());
    CHECK(verified.exitCode == 0);
    CHECK(verified.out.contains(u"Every version and signature is sealed by the key x509:"_s));
    // The signer's own certificate vouches for it too; another's does not.
    CHECK(test::runCli({u"verify"_s, path, u"--meeting"_s, meeting, u"--certificate"_s, ca.path(u"valid.pem"_s)}).exitCode == 0);
    const auto other = test::runCli({u"verify"_s, path, u"--meeting"_s, meeting, u"--certificate"_s, ca.path(u"encipher.pem"_s)});
    CHECK(other.exitCode == 1);
    CHECK(other.err.contains(u"was not issued by"_s));

    // The OGP bundle carries the canonical text and the seal beside the PDF:
    // anyone with it checks the seal with openssl alone.
    const QString bundle = dir.filePath(u"repositorio"_s);
    ok({u"export"_s, u"bundle"_s, path, bundle});
    const QString base = u"acta-reunion-"_s + meeting + u"-v1"_s;
    REQUIRE(QFile::exists(bundle + u"/"_s + base + u".p7s"_s));
    const Run fromBundle = run(u"openssl"_s, {u"cms"_s, u"-verify"_s, u"-binary"_s, u"-inform"_s, u"DER"_s, u"-in"_s, base + u".p7s"_s,
                                              u"-content"_s, base + u".txt"_s, u"-CAfile"_s, ca.path(u"ca.pem"_s), u"-out"_s,
                                              u"/dev/null"_s},
                               bundle);
    INFO(fromBundle.out.toStdString());
    CHECK(fromBundle.exitCode == 0);
    CHECK(QString::fromUtf8(test::readAll(bundle + u"/INDICE.txt"_s)).contains(base + u".p7s"_s));

    // A forged copy: the agreement changed, text and fingerprint rewritten
    // consistently. The fingerprint cannot tell; the seal can.
    const QString forgedFingerprint = QString::fromLatin1(QCryptographicHash::hash(forged, QCryptographicHash::Sha256).toHex());
    test::tamper(path, u"UPDATE agreement SET text = 'Retener formulario y planificación' WHERE meeting_id = "_s + meeting
                           + u"; UPDATE acta SET canonical_text = CAST(readfile('"_s + dir.filePath(u"forged.txt"_s)
                           + u"') AS TEXT), fingerprint = '"_s + forgedFingerprint + u"'"_s + where);
    const auto caught = test::runCli({u"verify"_s, path, u"--meeting"_s, meeting, u"--certificate"_s, ca.path(u"ca.pem"_s)});
    INFO(caught.out.toStdString() << caught.err.toStdString());
    CHECK(caught.exitCode == 1);
    CHECK(caught.out.contains(u"its seal does not match its text"_s));
}

TEST_CASE("A constancia carries a QR code with the acta's fingerprint and its own hash, which a third party recomputes",
          "[signing][constancia]")
{
    const TestCa ca;
    if (QStandardPaths::findExecutable(u"zbarimg"_s).isEmpty() || QStandardPaths::findExecutable(u"pdftoppm"_s).isEmpty())
        test::skip("zbarimg (zbar-tools) and pdftoppm (poppler-utils) are needed to read the QR code back");
    QTemporaryDir dir;
    const auto fixture = test::copyOfActaFixture(dir);
    const QString each = dir.filePath(u"constancias"_s);
    ok(QStringList{u"print"_s, u"certificates"_s, fixture.path, u"--each"_s, each, u"--signer"_s, u"Rosa Pérez Díaz|Gerenta"_s}
       + ca.signWith(u"valid"_s));

    auto session = EventSession::open(fixture.path);
    REQUIRE(session);
    const auto data = CertificateDocument::load((*session)->file());
    REQUIRE(data);
    REQUIRE_FALSE(data->attendees.isEmpty());
    const Attendee &person = data->attendees.first();
    const QString pdf = QDir(each).filePath(CertificateDocument::fileName(person));
    REQUIRE(QFile::exists(pdf));
    checkSigned(ca, pdf, u"Ana Quispe Mamani"_s);
    CHECK(test::pdfPageCount(pdf) == 1);

    // Read back from the printed page, as a phone would.
    const QString prefix = dir.filePath(u"qr"_s);
    REQUIRE(run(u"pdftoppm"_s, {u"-png"_s, u"-r"_s, u"300"_s, u"-singlefile"_s, pdf, prefix}).exitCode == 0);
    const QString read = run(u"zbarimg"_s, {u"--quiet"_s, u"--raw"_s, u"-Sdisable"_s, u"-Sqrcode.enable"_s, prefix + u".png"_s}).out;
    // (zbarimg may say on its error output that it found no D-Bus: not the code.)
    QStringList lines;
    for (const QString &line : read.split(u'\n', Qt::SkipEmptyParts)) {
        if (line.startsWith(u"acta: "_s) || line.startsWith(u"constancia: "_s))
            lines << line;
    }
    REQUIRE(lines.size() == 2);
    CHECK(lines.at(0) == u"acta: "_s + fixture.fingerprint);
    REQUIRE(lines.at(1).startsWith(u"constancia: "_s));
    const QString hash = lines.at(1).mid(12);

    // The constancia's text as the README says to write it from the page.
    const QString text = u"constancia: 1\n"_s + u"event.title: "_s + data->event.title + u"\nevent.organiser: "_s
                         + data->event.organiser + u"\nevent.date: "_s + data->event.date.toString(Qt::ISODate)
                         + u"\nperson.name: "_s + person.fullName() + u"\nperson.document: "_s + person.documentNumber
                         + u"\nsigner.name: Rosa Pérez Díaz\nsigner.position: Gerenta\nacta.version: "_s
                         + QString::number(data->actaVersion) + u"\nacta.fingerprint: "_s + fixture.fingerprint + u"\n"_s;
    CHECK(QString::fromLatin1(QCryptographicHash::hash(text.normalized(QString::NormalizationForm_C).toUtf8(),
                                                       QCryptographicHash::Sha256)
                                  .toHex())
          == hash);
    // The hash is printed on the page too, whole.
    CHECK(test::pdfText(pdf).remove(u'\n').contains(hash));
}

#include "TestSupport.h"

#include "acta/Acta.h"

#include <QProcess>
#include <QRegularExpression>

using namespace taller;
using namespace Qt::StringLiterals;

TEST_CASE("The printed acta carries the institution's heading, a place to sign and seal, and when it was closed in words",
          "[acta][pdf]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"acta.taller"_s);
    const QString pdf = dir.filePath(u"acta.pdf"_s);
    REQUIRE(test::runCli({u"new"_s, path}).exitCode == 0);
    for (const QStringList &signatory : {QStringList{u"Manuel Llempén"_s, u"government"_s},
                                         QStringList{u"Rosa Quispe Mamani"_s, u"civil-society"_s}})
        REQUIRE(test::runCli({u"signatory"_s, u"add"_s, path, u"--name"_s, signatory.at(0), u"--side"_s, signatory.at(1)}).exitCode == 0);
    const QString draft = test::printedInSpanish({u"acta"_s, path, pdf}, pdf);
    CHECK_THAT(draft, test::ContainsAll({u"GOBIERNO REGIONAL LA LIBERTAD"_s, u"ACTA DE COMPROMISOS"_s}));
    CHECK(draft.count(u"Firma y sello"_s) == 2);
    CHECK_FALSE(draft.contains(u"Cerrada para firma"_s));

    // Closed: the date and time written out, as a record states them.
    const auto imported = test::runCli({u"import"_s, u"commitments"_s, path, test::testDataPath(u"tabular/compromisos-acciones.csv"_s)});
    REQUIRE(imported.exitCode == 0);
    REQUIRE(test::runCli({u"decide"_s, path, u"1"_s, u"approved"_s}).exitCode == 0);
    REQUIRE(test::runCli({u"acta"_s, u"close"_s, path}).exitCode == 0);
    const QString closed = test::printedInSpanish({u"acta"_s, path, pdf}, pdf).simplified();
    const QDate today = QDate::currentDate();
    INFO(closed.toStdString());
    CHECK(closed.contains(u"Cerrada para firma"_s));
    const QString writtenOut = QLocale(u"es_PE"_s).toString(today, QLocale::LongFormat);
    CHECK(closed.contains(QRegularExpression(QRegularExpression::escape(writtenOut) + u", \\d\\d:\\d\\d"_s)));
}

TEST_CASE("The words before the signatures go with them: the signatures never stand alone on a page", "[pdf][acta]")
{
    QTemporaryDir dir;
    const QString pdf = dir.filePath(u"firmas.pdf"_s);
    PrintedDocument::SignatureColumns signatures;
    signatures.leftTitle = u"Gobierno Regional"_s;
    signatures.rightTitle = u"Sociedad civil"_s;
    signatures.left.append({{u"Manuel Llempén"_s, u"Gerente General"_s, u"Firma y sello"_s}, {}, {}, {}});
    signatures.right.append({{u"Rosa Quispe Mamani"_s, u"Presidenta"_s, u"Firma y sello"_s}, {}, {}, {}});
    bool brokeBefore = false;
    // Ever more text before the closing words, until the page ends at every
    // place around them.
    for (int paragraphs = 20; paragraphs <= 48; ++paragraphs) {
        PrintedDocument document = test::trialDocument(u"Acta"_s);
        for (int i = 0; i < paragraphs; ++i)
            document.addParagraph(u"Párrafo %1 del acta, que ocupa una línea."_s.arg(i + 1));
        document.addParagraph(u"En señal de conformidad, firman la presente acta."_s);
        document.addSpacing(4);
        document.addSignatureColumns(signatures);
        REQUIRE(document.writePdf(pdf).ok());
        const QStringList pages = test::pdfText(pdf).split(u'\f');
        const auto signedOn = std::find_if(pages.cbegin(), pages.cend(), [](const QString &page) { return page.contains(u"Llempén"_s); });
        REQUIRE(signedOn != pages.cend());
        INFO(paragraphs << " paragraphs before the closing words");
        CHECK(signedOn->contains(u"En señal de conformidad"_s));
        brokeBefore = brokeBefore || signedOn != pages.cbegin();
    }
    CHECK(brokeBefore);
}

TEST_CASE("A long title and place are never cut from the running header: each takes a line of its own", "[pdf][meetings]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"reunion.taller"_s);
    const QString pdf = dir.filePath(u"acta-reunion.pdf"_s);
    REQUIRE(test::runCli({u"new"_s, path}).exitCode == 0);
    const auto added = test::runCli({u"meeting"_s, u"add"_s, path, u"--stage"_s, u"2"_s, u"--kind"_s, u"meeting"_s, u"--title"_s,
                                     u"Reunión de validación de iniciativas con la Gerencia Regional de Salud y su consejo"_s,
                                     u"--date"_s, u"2026-12-04"_s, u"--place"_s,
                                     u"Sala de reuniones de la Gerencia Regional de Salud, Trujillo"_s});
    REQUIRE(added.exitCode == 0);
    const QString text = test::printedInSpanish({u"acta"_s, path, pdf, u"--meeting"_s, added.out.trimmed()}, pdf);
    CHECK_FALSE(text.contains(u"…"_s));
    CHECK_THAT(text.simplified(), test::ContainsAll({u"Sala de reuniones de la Gerencia Regional de Salud, Trujillo · viernes, 4 de diciembre de 2026"_s,
                                                     u"Reunión de validación de iniciativas con la Gerencia Regional de Salud y su consejo"_s}));
}

namespace {

// The sqlite3 shell run on the file as it is, triggers and all: exit code and
// what it said on standard error.
std::pair<int, QString> shell(const QString &path, const QString &sql)
{
    QProcess process;
    process.start(u"sqlite3"_s, {path, sql});
    REQUIRE(process.waitForFinished());
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardError())};
}

// An acta whose plenary approved M1's and M3's commitments (1 and 3), merged
// M2's (2) into M1's and withdrew M4's (4), closed for signature.
QString closedWithMergeAndWithdrawal(const QTemporaryDir &dir)
{
    const QString path = dir.filePath(u"cuenta.taller"_s);
    REQUIRE(test::runCli({u"new"_s, path}).exitCode == 0);
    REQUIRE(test::runCli({u"import"_s, u"commitments"_s, path, test::testDataPath(u"acta-0.1.0-commitments.csv"_s)}).exitCode == 0);
    for (const QStringList &decision : {QStringList{u"1"_s, u"approved"_s}, QStringList{u"3"_s, u"approved"_s},
                                        QStringList{u"2"_s, u"merged"_s, u"--into"_s, u"1"_s, u"--note"_s, u"Se integra al portal"_s},
                                        QStringList{u"4"_s, u"withdrawn"_s, u"--note"_s, u"Se trabajará en el próximo plan"_s}}) {
        const auto decided = test::runCli(QStringList{u"decide"_s, path} + decision);
        INFO(decided.err.toStdString());
        REQUIRE(decided.exitCode == 0);
    }
    REQUIRE(test::runCli({u"signatory"_s, u"add"_s, path, u"--name"_s, u"Manuel Llempén"_s, u"--side"_s, u"government"_s}).exitCode == 0);
    REQUIRE(test::runCli({u"acta"_s, u"close"_s, path}).exitCode == 0);
    return path;
}

QString canonicalText(const QString &path)
{
    return test::sqlite(path, u"SELECT canonical_text FROM acta WHERE meeting_id = 1 AND version = 1"_s);
}

} // namespace

TEST_CASE("The acta gives an account of what the plenary merged or withdrew: printed, fingerprinted and frozen",
          "[acta][pdf][plenary]")
{
    QTemporaryDir dir;
    const QString path = closedWithMergeAndWithdrawal(dir);
    const QString pdf = dir.filePath(u"acta.pdf"_s);

    // The canonical text, format 4, gives the account after the commitments.
    const QString text = canonicalText(path);
    CHECK(text.startsWith(u"acta-de-compromisos: 4\n"_s));
    CHECK_THAT(text, test::ContainsAll({u"\ncommitments: 2\n"_s, u"\ndecisions: 2\n"_s, u"\ndecision.1.id: 2\n"_s,
                                        u"\ndecision.1.mesa: M2\n"_s, u"\ndecision.1.title: Audiencias de rendición de cuentas\n"_s,
                                        u"\ndecision.1.status: merged\n"_s, u"\ndecision.1.merged_into: 1\n"_s,
                                        u"\ndecision.1.merged_into.mesa: M1\n"_s,
                                        u"\ndecision.1.merged_into.title: Portal de datos abiertos regional\n"_s,
                                        u"\ndecision.1.plenary_note: Se integra al portal\n"_s, u"\ndecision.2.id: 4\n"_s,
                                        u"\ndecision.2.status: withdrawn\n"_s, u"\ndecision.2.merged_into: \n"_s}));
    CHECK(text.indexOf(u"\ndecisions: "_s) > text.indexOf(u"\ncommitment.2.plenary_note: "_s));
    CHECK(text.indexOf(u"\ndecisions: "_s) < text.indexOf(u"\nsignatories: "_s));
    // Both are frozen beside the approved ones.
    CHECK(test::sqlite(path, u"SELECT group_concat(commitment_id) FROM (SELECT commitment_id FROM acta_commitment ORDER BY 1)"_s).trimmed()
          == u"1,2,3,4"_s);

    // The printed acta says it in Spanish, naming mesas and titles.
    const QString printed = test::printedInSpanish({u"acta"_s, path, pdf}, pdf).simplified();
    INFO(printed.toStdString());
    CHECK_THAT(printed, test::ContainsAll(
                            {u"Compromisos fusionados o retirados por la plenaria"_s,
                             u"– M2 «Audiencias de rendición de cuentas». Fusionado en el compromiso 1 de esta acta, M1 «Portal de "
                             "datos abiertos regional». Nota de la plenaria: Se integra al portal."_s,
                             u"– M4 «Declaraciones de intereses publicadas». Retirado por la plenaria. Nota de la plenaria:"_s,
                             u"trabajará en el próximo plan."_s}));
    CHECK(test::runCli({u"verify"_s, path}).exitCode == 0);

    // The decision cannot be undone behind the acta: not by the program, nor
    // in the sqlite3 shell.
    CHECK(test::runCli({u"decide"_s, path, u"2"_s, u"approved"_s}).exitCode == 1);
    for (const QString &sql : {u"UPDATE commitment SET status = 'approved', merged_into = NULL WHERE id = 2"_s,
                               u"UPDATE commitment SET merged_into = 3 WHERE id = 2"_s,
                               u"UPDATE commitment SET status = 'draft' WHERE id = 4"_s, u"DELETE FROM commitment WHERE id = 4"_s,
                               u"UPDATE mesa SET code = 'M9' WHERE code = 'M2'"_s}) {
        INFO(sql.toStdString());
        const auto [exitCode, error] = shell(path, sql);
        CHECK(exitCode != 0);
        CHECK(error.contains(u"taller.frozen."_s));
    }
    CHECK(test::runCli({u"verify"_s, path}).exitCode == 0);
    // Whoever drops the triggers first meets verify.
    SECTION("a merge undone")
    {
        test::checkTamperCaught(path, u"UPDATE commitment SET status = 'approved', merged_into = NULL WHERE id = 2"_s,
                                u"the plenary's account, entry 1, status: recorded \"merged\", now \"approved\""_s);
    }
    SECTION("a merge moved to another commitment")
    {
        test::checkTamperCaught(path, u"UPDATE commitment SET merged_into = 3 WHERE id = 2"_s,
                                u"the plenary's account, entry 1, merged_into: recorded \"1\", now \"3\""_s);
    }
    SECTION("a withdrawn commitment deleted")
    {
        test::checkTamperCaught(path, u"DELETE FROM commitment WHERE id = 4"_s,
                                u"the acta recorded 2 commitments merged or withdrawn; the file now has 1"_s);
    }
}

TEST_CASE("An acta closed in format 3, before the plenary's account, keeps verifying and printing by its own format",
          "[acta][formats]")
{
    QTemporaryDir dir;
    const QString path = closedWithMergeAndWithdrawal(dir);
    // As the previous version of the program closed it: format 3, no
    // account, only the approved commitments frozen.
    ActaContent old = *ActaContent::parse(canonicalText(path));
    old.format = 3;
    const QString oldText = old.canonicalText();
    REQUIRE_FALSE(oldText.contains(u"decision"_s));
    QString quoted = oldText;
    quoted.replace(u"'"_s, u"''"_s);
    test::tamper(path, u"UPDATE acta SET canonical_text = '%1', fingerprint = '%2', canonical_format = 3 WHERE meeting_id = 1; "
                       "DELETE FROM acta_commitment WHERE commitment_id IN (2, 4)"_s
                           .arg(quoted, ActaContent::fingerprintOf(oldText)));
    const auto verified = test::runCli({u"verify"_s, path, u"--fingerprint"_s, ActaContent::fingerprintOf(oldText)});
    INFO(verified.out.toStdString() << verified.err.toStdString());
    CHECK(verified.exitCode == 0);
    const QString pdf = dir.filePath(u"acta.pdf"_s);
    const QString printed = test::printedInSpanish({u"acta"_s, path, pdf}, pdf);
    CHECK(printed.contains(u"Portal de datos abiertos regional"_s));
    CHECK_FALSE(printed.contains(u"fusionados o retirados"_s));
    // Its merge was not frozen then, and is not now: verify has nothing of it
    // to compare.
    test::sqlite(path, u"UPDATE commitment SET status = 'approved', merged_into = NULL WHERE id = 2"_s);
    CHECK(test::runCli({u"verify"_s, path}).exitCode == 0);
}

#include "TestSupport.h"

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

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

#include "TestSupport.h"

#include "printing/PrintedDocument.h"

#include <QPdfWriter>

using namespace taller;
using namespace Qt::StringLiterals;

TEST_CASE("A long table repeats its header on every page and numbers the pages", "[pdf]")
{
    QTemporaryDir dir;
    const QString pdf = dir.filePath(u"long.pdf"_s);
    PrintedDocument document = test::trialDocument(u"Lista larga"_s);
    PrintedDocument::Table table;
    table.columns = {{u"N°"_s, 0.5, Qt::AlignRight}, {u"Apellidos y nombres"_s, 3, Qt::AlignLeft}, {u"Firma"_s, 2, Qt::AlignLeft}};
    table.minimumRowHeightMm = 10;
    for (int i = 1; i <= 120; ++i)
        table.rows.append({{QString::number(i), {}, false}, {u"Núñez Peña, María José %1"_s.arg(i), {}, false}, {}});
    document.addTable(table);
    REQUIRE(document.writePdf(pdf).ok());

    const QString text = test::pdfText(pdf);
    const int pages = test::pdfPageCount(pdf);
    CHECK(pages >= 5);
    CHECK(text.count(u"Apellidos y nombres"_s) == pages);
    CHECK(text.contains(u"Page %1 of %1"_s.arg(pages)));
    CHECK(text.contains(u"Núñez Peña, María José 120"_s));
    CHECK(test::readAll(pdf).contains("pdfaid:part"));
}

TEST_CASE("A PDF that cannot be written is an error and leaves nothing behind", "[pdf]")
{
    PrintedDocument document(u"Prueba"_s);
    document.addParagraph(u"Hola"_s);
    const Status status = document.writePdf(u"/nonexistent-folder/out.pdf"_s);
    CHECK_FALSE(status.ok());
    CHECK(status.errorMessage().contains(u"/nonexistent-folder/out.pdf"_s));
}

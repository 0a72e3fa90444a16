// The attendees import's preview driven as a person drives it: the names
// the program is unsure of come first and one key fixes each; a list whose
// header cannot be placed still opens, and the row that names the columns
// is chosen there.
#include "TestSupport.h"

#include "EventDocument.h"
#include "ImportColumnsDialog.h"
#include "MesasService.h"
#include "RegistrationService.h"
#include "registration/ImportAttendeesDialog.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>

using namespace taller;
using namespace Qt::StringLiterals;

namespace {

struct Preview
{
    QTemporaryDir dir;
    EventDocument document{test::newEventSession(dir.filePath(u"p.taller"_s))};
    std::unique_ptr<ImportAttendeesDialog> dialog;
    QTableWidget *people = nullptr;

    void open(const QByteArray &bytes)
    {
        auto table = TabularReader::read(bytes);
        REQUIRE(table.ok());
        auto plan = RegistrationService(document.session(), document.meeting()).prepareImport(*table);
        REQUIRE(plan.ok());
        dialog = std::make_unique<ImportAttendeesDialog>(document, u"lista.csv"_s, *table, *plan);
        test::showActive(*dialog, {1024, 600});
        people = dialog->findChild<QTableWidget *>(u"people"_s);
        REQUIRE(people);
    }
    const AttendeeImport::Row &row(int tableRow) const { return dialog->plan().accepted.at(dialog->planRow(tableRow)); }
    QString given(int tableRow) const { return people->item(tableRow, 1)->text(); }
    QString surnames(int tableRow) const { return people->item(tableRow, 2)->text(); }
};

} // namespace

TEST_CASE("Import preview: unsure splits come first, and a key swaps or moves a word", "[widgets][import][lists]")
{
    Preview p;
    p.open(test::readAll(test::testDataPath(u"tabular/formulario-ambos-ordenes.csv"_s)));
    const int rows = p.people->rowCount();
    REQUIRE(rows == 9);
    // Every flagged row above every sure one.
    int flagged = 0;
    while (flagged < rows && !p.row(flagged).splitDoubt.isEmpty())
        ++flagged;
    REQUIRE(flagged >= 1);
    for (int r = flagged; r < rows; ++r)
        CHECK(p.row(r).splitDoubt.isEmpty());

    p.people->setFocus();
    p.people->setCurrentCell(0, 1);
    const QString given = p.given(0);
    const QString surnames = p.surnames(0);
    QTest::keyClick(p.people, Qt::Key_I, Qt::ControlModifier);
    CHECK(p.given(0) == surnames);
    CHECK(p.surnames(0) == given);
    CHECK(p.row(0).attendee.givenNames == surnames);
    CHECK(p.row(0).attendee.surnames == given);
    QTest::keyClick(p.people, Qt::Key_I, Qt::ControlModifier);
    CHECK(p.given(0) == given);

    // "Castañeda Llontop Gladys" or whatever is first: a word moved across.
    const int words = int(NameSplitter::units(p.given(0)).size());
    if (words > 1) {
        QTest::keyClick(p.people, Qt::Key_Right, Qt::ControlModifier);
        CHECK(NameSplitter::units(p.given(0)).size() == words - 1);
        QTest::keyClick(p.people, Qt::Key_Left, Qt::ControlModifier);
        CHECK(p.given(0) == given);
    }
    // The other reading the splitter weighed, in one key.
    if (!p.row(0).otherGivenNames.isEmpty()) {
        const QString other = p.row(0).otherGivenNames;
        QTest::keyClick(p.people, Qt::Key_R, Qt::ControlModifier);
        CHECK(p.given(0) == other);
    }
    // Fixed: no longer marked.
    CHECK(p.people->item(0, 1)->background() == QBrush());
}

TEST_CASE("Import preview: a list whose header is not found opens anyway, and the header row is chosen there", "[widgets][import][lists]")
{
    Preview p;
    p.open("Relación de asistentes;;\nFila;Otra;Más\nRosa Quispe;41234567;Trujillo\nAna Rojas;42345678;Lima\n"_ba);
    auto *import = p.dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    auto *header = p.dialog->findChild<QComboBox *>(u"headerRow"_s);
    REQUIRE(header);
    CHECK(header->count() == 4);
    if (!p.dialog->plan().unplaced.isEmpty()) {
        CHECK_FALSE(import->isEnabled());
        CHECK(p.people->rowCount() == 0);
    }
    // The person points at line 3 as the header: its cells become the
    // columns' names, and the rows under it the people.
    header->setFocus();
    header->setCurrentIndex(1);
    QTest::keyClick(header, Qt::Key_Down);
    CHECK(p.dialog->plan().headerLine == 3);
    CHECK(p.dialog->plan().columns.at(0).header == u"Rosa Quispe"_s);
}

TEST_CASE("Commitments' column chooser: the header row and a column's field chosen by keyboard, then it can import",
          "[widgets][import][lists]")
{
    QTemporaryDir dir;
    EventDocument document{test::newEventSession(dir.filePath(u"c.taller"_s))};
    const QString list = dir.filePath(u"matriz.csv"_s);
    test::writeFile(list, "Matriz de compromisos;;\nEje;Propuesta;Quién\nM1;Portal de transparencia;Gerencia\n"_ba);
    MesasService service(document.session());
    auto plan = service.prepareCommitments(list);
    REQUIRE(plan.ok());
    REQUIRE_FALSE(plan->unplaced.isEmpty());
    ImportColumnsDialog dialog(
        u"Import"_s, plan->firstRows, CommitmentImport::fields(),
        [&](int headerLine, const QStringList &choices) -> Result<ImportColumnsDialog::Preview> {
            TRY_LET(p, service.prepareCommitments(list, {}, choices, headerLine));
            return ImportColumnsDialog::Preview{p->columns, p->unplaced, QString::number(p->commitments.size())};
        });
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    auto *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    CHECK_FALSE(ok->isEnabled());
    // "Propuesta" is the title: chosen in its row's field box.
    auto *columns = dialog.findChild<QTableWidget *>(u"columns"_s);
    REQUIRE(columns);
    int propuesta = -1;
    for (int r = 0; r < columns->rowCount(); ++r) {
        if (columns->item(r, 0)->text() == u"Propuesta"_s)
            propuesta = r;
    }
    REQUIRE(propuesta >= 0);
    auto *field = qobject_cast<QComboBox *>(columns->cellWidget(propuesta, 1));
    REQUIRE(field);
    field->setFocus();
    const int title = field->findData(u"title"_s);
    while (field->currentIndex() != title)
        QTest::keyClick(field, field->currentIndex() < title ? Qt::Key_Down : Qt::Key_Up);
    CHECK(ok->isEnabled());
    CHECK(dialog.choices().contains(u"Propuesta=title"_s));
    auto chosen = service.prepareCommitments(list, {}, dialog.choices(), dialog.headerLine());
    REQUIRE(chosen.ok());
    CHECK(chosen->unplaced.isEmpty());
    CHECK(chosen->commitments.size() == 1);
}

TEST_CASE("Import preview: it opens with the first name to check in hand, so the keys go to the names", "[widgets][import][lists]")
{
    Preview p;
    // As Excel saves it: the title rows padded with separators.
    p.open(QByteArrayLiteral("GOBIERNO REGIONAL LA LIBERTAD;;\nLista de inscritos;;\n;;\nN\xc2\xb0;Apellidos y nombres;DNI\n"
                             "1;Mart\xc3\xadn Vizcarra Cornejo;41111111\n2;Mamani Condori Wilber;42222222\n"
                             "3;Quispe Hu\xc3\xa1man Juan Carlos;43333333\nTotal inscritos: 3\n"));
    auto *headerRow = p.dialog->findChild<QComboBox *>(u"headerRow"_s);
    REQUIRE(headerRow);
    const int headerChoice = headerRow->currentIndex();
    REQUIRE(p.people->rowCount() == 3);
    REQUIRE(!p.row(0).splitDoubt.isEmpty());
    // No click: the keys go where the dialog put them.
    REQUIRE(QApplication::focusWidget() == p.people);
    CHECK(p.people->currentRow() == 0);
    auto summary = [&] {
        for (QLabel *label : p.dialog->findChildren<QLabel *>())
            if (label->text().contains(u"people will be imported"_s))
                return label->text();
        return QString();
    };
    const int warnings = int(p.dialog->plan().count(ImportProblem::Kind::Warning));
    CHECK(summary().contains(u"warnings: %1."_s.arg(warnings)));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return, Qt::ControlModifier);
    // The name settled is no longer a warning to check.
    CHECK(summary().contains(u"warnings: %1."_s.arg(warnings - 1)));
    // Kept, and the next name to check is in hand.
    REQUIRE(QApplication::focusWidget() == p.people);
    CHECK(p.people->currentRow() == 1);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Down);
    CHECK(headerRow->currentIndex() == headerChoice);
    CHECK(p.dialog->plan().accepted.size() == 3);
}

TEST_CASE("Import preview at 1024×600: Alt+O shows every column of the file and what it feeds, Alt+B every problem, "
          "none cut",
          "[widgets][import][lists][smallscreen]")
{
    Preview p;
    p.open(test::readAll(test::testDataPath(u"tabular/inscritos-formulario.csv"_s)));
    // It asks for no more than the screen leaves under a title bar.
    CHECK(p.dialog->minimumSizeHint().height() <= 560);
    CHECK(p.dialog->minimumSizeHint().width() <= 1024);
    // Every row of a table within its view, and the view within the dialog.
    auto wholeIn = [&](QTableWidget *table) {
        int rows = 0;
        for (int row = 0; row < table->rowCount(); ++row)
            rows += table->rowHeight(row);
        CHECK(table->isVisible());
        CHECK(table->viewport()->height() >= rows);
        const QRect inDialog(table->mapTo(p.dialog.get(), QPoint(0, 0)), table->size());
        CHECK(p.dialog->rect().contains(inDialog));
    };
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_O, Qt::AltModifier);
    QApplication::processEvents();
    QTableWidget *columns = nullptr;
    for (QTableWidget *table : p.dialog->findChildren<QTableWidget *>())
        if (table->isVisible() && table != p.people)
            columns = table;
    REQUIRE(columns);
    CHECK(columns->rowCount() == 10);
    wholeIn(columns);

    QTest::keyClick(QApplication::focusWidget(), Qt::Key_B, Qt::AltModifier);
    QApplication::processEvents();
    QTableWidget *problems = nullptr;
    for (QTableWidget *table : p.dialog->findChildren<QTableWidget *>())
        if (table->isVisible() && table != p.people)
            problems = table;
    REQUIRE(problems);
    REQUIRE(problems != columns);
    CHECK(problems->rowCount() == int(p.dialog->plan().problems.size()));
    CHECK(problems->rowCount() >= 2);
    wholeIn(problems);
}

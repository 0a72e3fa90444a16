#include "ImportAttendeesDialog.h"
#include "FileDialogs.h"

#include "EventDocument.h"
#include "RegistrationService.h"
#include "Settings.h"

#include <QAction>
#include <QComboBox>

#include <algorithm>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace taller {

using namespace Qt::StringLiterals;

namespace {

enum PeopleColumn { LineColumn, GivenNamesColumn, SurnamesColumn, DocumentColumn, OrganisationColumn, SectorColumn, FileNameColumn };

} // namespace

void ImportAttendeesDialog::run(EventDocument &document, QWidget *parent)
{
    auto list = FileDialogs::openList(parent, tr("Import attendees"), Settings::lastFolder(),
                                      TabularReader::fileDialogFilter());
    if (!list)
        return;
    const QString &path = list->path;
    auto table = list->table ? Result<TabularReader::Table>(std::move(*list->table))
                             : TabularReader::readFile(path, list->options);
    if (!table) {
        QMessageBox::warning(parent, tr("Import attendees"),
                             tr("%1 cannot be imported.\n\n%2").arg(QFileInfo(path).fileName(), table.errorMessage()));
        return;
    }
    auto plan = RegistrationService(document.session(), document.meeting()).prepareImport(*table);
    if (!plan) {
        QMessageBox::warning(parent, tr("Import attendees"),
                             tr("%1 cannot be imported.\n\n%2").arg(QFileInfo(path).fileName(), plan.errorMessage()));
        return;
    }
    ImportAttendeesDialog dialog(document, path, *table, *plan, parent);
    dialog.exec();
}

ImportAttendeesDialog::ImportAttendeesDialog(EventDocument &document, const QString &path, const TabularReader::Table &table,
                                             const AttendeeImport::Plan &plan, QWidget *parent)
    : QDialog(parent)
    , m_document(document)
    , m_table(table)
    , m_plan(plan)
{
    setWindowTitle(tr("Import attendees: %1").arg(QFileInfo(path).fileName()));
    m_summary = new QLabel;
    m_summary->setWordWrap(true);
    auto *source = new QLabel(tr("Read as %1. Choose another field for a column if it was not recognised; correct a name "
                                 "by editing it. Names the program is unsure of come first, marked: Ctrl+I swaps given names "
                                 "and surnames, Ctrl+← and Ctrl+→ move a word between them, Ctrl+R takes the other reading, "
                                 "Ctrl+Return keeps the name as shown.")
                                  .arg(plan.source));
    source->setWordWrap(true);
    m_unplaced = new QLabel;
    m_unplaced->setWordWrap(true);
    m_unplaced->setStyleSheet(u"color: #b00020; font-weight: bold;"_s);
    m_notes = new QLabel;
    m_notes->setWordWrap(true);
    m_notes->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_headerRow = new QComboBox;
    m_headerRow->setObjectName(u"headerRow"_s);
    // Long header rows must not widen the window past a small screen.
    m_headerRow->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_headerRow->setMinimumContentsLength(30);
    m_headerRow->setAccessibleName(tr("Row that names the columns"));
    connect(m_headerRow, &QComboBox::activated, this, [this] { chooseHeaderLine(m_headerRow->currentData().toInt()); });
    auto *headerForm = new QFormLayout;
    headerForm->addRow(tr("&Row that names the columns:"), m_headerRow);

    m_columns = new QTableWidget(0, 3);
    m_columns->setHorizontalHeaderLabels({tr("Column in the file"), tr("Imported as"), tr("First value")});
    m_columns->verticalHeader()->setVisible(false);
    m_columns->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_columns->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);

    m_people = new QTableWidget(0, 7);
    m_people->setHorizontalHeaderLabels(
        {tr("Line"), tr("Given names"), tr("Surnames"), tr("Document"), tr("Organisation"), tr("Sector"), tr("Name in the file")});
    m_people->setObjectName(u"people"_s);
    m_people->verticalHeader()->setVisible(false);
    m_people->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed | QAbstractItemView::AnyKeyPressed);
    m_people->horizontalHeader()->setSectionResizeMode(OrganisationColumn, QHeaderView::Stretch);
    connect(m_people, &QTableWidget::cellChanged, this, &ImportAttendeesDialog::correctName);
    // One key fixes a name the program was unsure of.
    const QList<std::tuple<QString, QKeySequence, NameFix>> fixes = {
        {tr("Swap given names and surnames"), QKeySequence(Qt::CTRL | Qt::Key_I), NameFix::Swap},
        {tr("Move the last given name to the surnames"), QKeySequence(Qt::CTRL | Qt::Key_Right), NameFix::MoveToSurnames},
        {tr("Move the first surname to the given names"), QKeySequence(Qt::CTRL | Qt::Key_Left), NameFix::MoveToGivenNames},
        {tr("Take the other reading"), QKeySequence(Qt::CTRL | Qt::Key_R), NameFix::OtherReading},
        {tr("Keep the name as shown"), QKeySequence(Qt::CTRL | Qt::Key_Return), NameFix::KeepAsShown},
    };
    for (const auto &[text, key, fix] : fixes) {
        auto *action = new QAction(text, m_people);
        action->setShortcut(key);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, [this, fix = fix] {
            if (m_people->currentRow() >= 0)
                fixName(m_people->currentRow(), fix);
        });
        m_people->addAction(action);
    }
    m_people->setContextMenuPolicy(Qt::ActionsContextMenu);

    m_problems = new QTableWidget(0, 2);
    m_problems->setHorizontalHeaderLabels({tr("Kind"), tr("What")});
    m_problems->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_problems->verticalHeader()->setVisible(false);
    m_problems->horizontalHeader()->setStretchLastSection(true);
    m_problems->setWordWrap(true);

    // The people, the columns and the problems each on a tab of its own:
    // on a 1024×600 screen each then shows a dozen rows instead of two.
    m_tabs = new QTabWidget;
    m_tabs->addTab(m_people, QString());
    m_tabs->addTab(m_columns, QString());
    m_tabs->addTab(m_problems, QString());

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_import = buttons->button(QDialogButtonBox::Ok);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_unplaced);
    layout->addWidget(source);
    layout->addLayout(headerForm);
    layout->addWidget(m_notes);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(buttons);
    // Fits a 1024×600 screen.
    resize(1000, 560);
    m_headerLine = plan.headerFound ? 0 : plan.headerLine;
    fill();
    // Columns not placed are the first thing to settle: their tab first.
    m_tabs->setCurrentWidget(plan.unplaced.isEmpty() ? static_cast<QWidget *>(m_people) : m_columns);
    // The keys are for the names: the first one to check is in hand (an
    // arrow key in the row chooser would change which row names the
    // columns). With no header found, that choice comes first.
    if (plan.headerFound && m_people->rowCount() > 0) {
        m_people->setCurrentCell(0, GivenNamesColumn);
        m_people->setFocus();
    } else {
        m_headerRow->setFocus();
    }
}

void ImportAttendeesDialog::fill()
{
    m_filling = true;
    const AttendeeImport::Plan &plan = m_plan;
    // Corrections made before the columns changed still hold.
    for (AttendeeImport::Row &row : m_plan.accepted) {
        if (auto it = m_corrections.constFind(row.line); it != m_corrections.cend())
            std::tie(row.attendee.givenNames, row.attendee.surnames) = *it;
    }
    showSummary();

    m_unplaced->setText(plan.unplaced.isEmpty() ? QString()
                                                : plan.unplaced + u' '
                                                      + tr("Choose the row that names the columns and, for each column, "
                                                           "what it holds; the people appear here before anything is imported."));
    m_unplaced->setVisible(!plan.unplaced.isEmpty());
    m_headerRow->clear();
    for (const AttendeeImport::SheetRow &row : plan.firstRows) {
        QStringList cells;
        for (const QString &cell : row.cells) {
            if (!cell.trimmed().isEmpty())
                cells << cell.simplified().left(40);
        }
        m_headerRow->addItem(tr("Line %1: %2").arg(row.line).arg(cells.join(u" | "_s).left(140)), row.line);
    }
    m_headerRow->setCurrentIndex(std::max(0, m_headerRow->findData(plan.headerLine)));
    QStringList notes;
    for (const AttendeeImport::Note &note : plan.notes)
        notes << u"• "_s + note.text.toHtmlEscaped();
    m_notes->setText(notes.join(u"<br>"_s));
    m_notes->setVisible(!notes.isEmpty());

    m_columns->setRowCount(int(plan.columns.size()));
    // The first row under the header, to show what each column holds.
    const CsvReader::Record *first = nullptr;
    for (qsizetype r = 0; r + 1 < m_table.records.size() && !first; ++r) {
        if (m_table.records.at(r).line == plan.headerLine)
            first = &m_table.records.at(r + 1);
    }
    for (int row = 0; row < plan.columns.size(); ++row) {
        const MappedColumn &column = plan.columns.at(row);
        m_columns->setItem(row, 0, new QTableWidgetItem(column.header.isEmpty() ? tr("(column %1)").arg(column.index + 1) : column.header));
        auto *field = new QComboBox;
        field->addItem(tr("— not imported"), QString());
        for (const FieldSpec &spec : AttendeeImport::fields())
            field->addItem(spec.label, spec.key);
        field->setCurrentIndex(std::max(0, field->findData(column.field)));
        field->setAccessibleName(tr("Field for column %1").arg(column.header));
        connect(field, &QComboBox::activated, this, [this, row, field] { chooseField(row, field->currentData().toString()); });
        m_columns->setCellWidget(row, 1, field);
        const QString sample = first && column.index < first->fields.size() ? first->fields.at(column.index) : QString();
        m_columns->setItem(row, 2, new QTableWidgetItem(sample));
        if (column.field.isEmpty() && !column.numbering)
            m_columns->item(row, 0)->setForeground(QColor(0x8a, 0x5a, 0x00));
        if (column.numbering)
            m_columns->item(row, 0)->setToolTip(tr("Only numbers the rows; left out"));
        else if (!column.byContent.isEmpty())
            m_columns->item(row, 0)->setToolTip(tr("Placed by its values: %1").arg(column.byContent));
    }
    m_columns->resizeColumnsToContents();
    m_columns->setColumnWidth(0, std::min(m_columns->columnWidth(0), 320));
    m_columns->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);

    // Splits the program is unsure of first, in the file's order, then the rest.
    m_order.clear();
    for (int i = 0; i < plan.accepted.size(); ++i) {
        if (!plan.accepted.at(i).splitDoubt.isEmpty() && !m_corrections.contains(plan.accepted.at(i).line))
            m_order.append(i);
    }
    for (int i = 0; i < plan.accepted.size(); ++i) {
        if (!m_order.contains(i))
            m_order.append(i);
    }
    m_people->setRowCount(int(plan.accepted.size()));
    for (int row = 0; row < m_order.size(); ++row) {
        const AttendeeImport::Row &r = plan.accepted.at(m_order.at(row));
        const QStringList values{QString::number(r.line), r.attendee.givenNames, r.attendee.surnames, r.attendee.documentNumber,
                                 r.attendee.organisation, displayNameOf(r.attendee.sector), r.fullName};
        for (int column = 0; column < values.size(); ++column) {
            auto *item = new QTableWidgetItem(values.at(column));
            if (column != GivenNamesColumn && column != SurnamesColumn)
                item->setFlags(item->flags() & ~Qt::ItemIsEditable);
            if (!r.splitDoubt.isEmpty() && !m_corrections.contains(r.line)) {
                item->setBackground(QColor(0xff, 0xf0, 0xc8));
                item->setToolTip(tr("Split by the program, unsure: %1. Ctrl+I swaps, Ctrl+← Ctrl+→ move a word, Ctrl+R takes "
                                    "the other reading, Ctrl+Return keeps it.")
                                     .arg(r.splitDoubt));
            }
            m_people->setItem(row, column, item);
        }
    }
    m_people->setColumnHidden(FileNameColumn, std::none_of(plan.accepted.cbegin(), plan.accepted.cend(),
                                                           [](const AttendeeImport::Row &r) { return !r.fullName.isEmpty(); }));
    m_people->resizeColumnToContents(LineColumn);
    for (int column : {GivenNamesColumn, SurnamesColumn, FileNameColumn})
        m_people->setColumnWidth(column, std::max(m_people->columnWidth(column), 170));

    m_problems->setRowCount(int(plan.problems.size()));
    for (int row = 0; row < plan.problems.size(); ++row) {
        const ImportProblem &p = plan.problems.at(row);
        const QString kind = p.kind == ImportProblem::Kind::Rejected    ? tr("Rejected")
                             : p.kind == ImportProblem::Kind::Duplicate ? tr("Duplicate")
                                                                        : tr("Warning");
        auto *kindItem = new QTableWidgetItem(kind);
        kindItem->setForeground(p.kind == ImportProblem::Kind::Warning ? QColor(0x8a, 0x5a, 0x00)
                                                                       : QColor(0xb0, 0x00, 0x20));
        m_problems->setItem(row, 0, kindItem);
        m_problems->setItem(row, 1, new QTableWidgetItem(p.reason));
    }
    m_problems->resizeColumnToContents(0);
    m_problems->resizeRowsToContents();
    m_tabs->setTabText(m_tabs->indexOf(m_people), tr("&People (%1)").arg(plan.accepted.size()));
    m_tabs->setTabText(m_tabs->indexOf(m_columns), tr("C&olumns of the file (%1)").arg(plan.columns.size()));
    m_tabs->setTabText(m_tabs->indexOf(m_problems), tr("Pro&blems found (%1)").arg(plan.problems.size()));
    m_tabs->setTabVisible(m_tabs->indexOf(m_problems), !plan.problems.isEmpty());

    m_import->setText(tr("&Import %n people", nullptr, int(plan.accepted.size())));
    m_import->setEnabled(!plan.accepted.isEmpty() && plan.unplaced.isEmpty());
    if (m_people->rowCount() > 0 && m_people->currentRow() < 0)
        m_people->setCurrentCell(0, GivenNamesColumn);
    m_filling = false;
}

void ImportAttendeesDialog::chooseField(int column, const QString &field)
{
    QList<MappedColumn> columns = m_plan.columns;
    columns[column].field = field;
    columns[column].chosen = true;
    prepareAgain(ColumnMap::choices(columns));
}

void ImportAttendeesDialog::chooseHeaderLine(int line)
{
    if (line <= 0 || line == m_plan.headerLine)
        return;
    m_headerLine = line;
    // Other headers, other columns: the choices made for the old ones go.
    prepareAgain({});
}

void ImportAttendeesDialog::prepareAgain(const QStringList &choices)
{
    auto plan = RegistrationService(m_document.session(), m_document.meeting()).prepareImport(m_table, choices, m_headerLine);
    if (!plan) {
        QMessageBox::warning(this, tr("Import attendees"), plan.errorMessage());
        fill(); // back to the map that worked
        return;
    }
    m_plan = *plan;
    fill();
}

void ImportAttendeesDialog::correctName(int row, int column)
{
    if (m_filling || (column != GivenNamesColumn && column != SurnamesColumn) || planRow(row) < 0)
        return;
    AttendeeImport::Row &r = m_plan.accepted[planRow(row)];
    const QString text = m_people->item(row, column)->text().simplified();
    (column == GivenNamesColumn ? r.attendee.givenNames : r.attendee.surnames) = text;
    m_corrections.insert(r.line, {r.attendee.givenNames, r.attendee.surnames});
    m_filling = true;
    for (int c = 0; c < m_people->columnCount(); ++c) {
        if (QTableWidgetItem *item = m_people->item(row, c)) {
            item->setBackground(QBrush());
            item->setToolTip(tr("Corrected by hand"));
        }
    }
    m_filling = false;
    showSummary();
}

void ImportAttendeesDialog::showSummary()
{
    const AttendeeImport::Plan &plan = m_plan;
    // A name the program was unsure of and the person settled is no longer
    // something to check: each such row had one warning.
    const auto settled = std::count_if(plan.accepted.cbegin(), plan.accepted.cend(), [this](const AttendeeImport::Row &r) {
        return !r.splitDoubt.isEmpty() && m_corrections.contains(r.line);
    });
    m_summary->setText(tr("<b>%n people will be imported</b>; duplicates left out: %1; rejected rows: %2; warnings: %3.",
                          nullptr, int(plan.accepted.size()))
                           .arg(plan.count(ImportProblem::Kind::Duplicate))
                           .arg(plan.count(ImportProblem::Kind::Rejected))
                           .arg(plan.count(ImportProblem::Kind::Warning) - int(settled)));
}

void ImportAttendeesDialog::setNames(int tableRow, const QString &given, const QString &surnames)
{
    AttendeeImport::Row &r = m_plan.accepted[planRow(tableRow)];
    r.attendee.givenNames = given.simplified();
    r.attendee.surnames = surnames.simplified();
    m_corrections.insert(r.line, {r.attendee.givenNames, r.attendee.surnames});
    m_filling = true;
    m_people->item(tableRow, GivenNamesColumn)->setText(r.attendee.givenNames);
    m_people->item(tableRow, SurnamesColumn)->setText(r.attendee.surnames);
    for (int c = 0; c < m_people->columnCount(); ++c) {
        if (QTableWidgetItem *item = m_people->item(tableRow, c)) {
            item->setBackground(QBrush());
            item->setToolTip(tr("Corrected by hand"));
        }
    }
    m_filling = false;
    showSummary();
}

void ImportAttendeesDialog::fixName(int tableRow, NameFix fix)
{
    if (planRow(tableRow) < 0)
        return;
    const AttendeeImport::Row &r = m_plan.accepted.at(planRow(tableRow));
    QStringList given = NameSplitter::units(r.attendee.givenNames);
    QStringList surnames = NameSplitter::units(r.attendee.surnames);
    switch (fix) {
    case NameFix::Swap:
        std::swap(given, surnames);
        break;
    case NameFix::MoveToSurnames:
        if (given.size() > 1)
            surnames.prepend(given.takeLast());
        break;
    case NameFix::MoveToGivenNames:
        if (surnames.size() > 1)
            given.append(surnames.takeFirst());
        break;
    case NameFix::OtherReading:
        if (!r.otherGivenNames.isEmpty()) {
            given = QStringList{r.otherGivenNames};
            surnames = QStringList{r.otherSurnames};
        }
        break;
    case NameFix::KeepAsShown:
        break;
    }
    setNames(tableRow, given.join(u' '), surnames.join(u' '));
    // On to the next name still to look at.
    for (int row = tableRow + 1; row < m_people->rowCount(); ++row) {
        const AttendeeImport::Row &next = m_plan.accepted.at(planRow(row));
        if (!next.splitDoubt.isEmpty() && !m_corrections.contains(next.line)) {
            if (fix == NameFix::KeepAsShown)
                m_people->setCurrentCell(row, m_people->currentColumn());
            break;
        }
    }
}

void ImportAttendeesDialog::accept()
{
    if (!m_plan.unplaced.isEmpty())
        return;
    // A split a person looked at and fixed is no longer a doubt to report.
    m_plan.problems.removeIf([this](const ImportProblem &p) {
        if (p.kind != ImportProblem::Kind::Warning || !m_corrections.contains(p.line))
            return false;
        return std::any_of(m_plan.accepted.cbegin(), m_plan.accepted.cend(), [&](const AttendeeImport::Row &r) {
            return r.line == p.line && !r.fullName.isEmpty() && p.reason.contains(r.fullName);
        });
    });
    for (const AttendeeImport::Row &r : std::as_const(m_plan.accepted)) {
        if (r.attendee.givenNames.isEmpty()) {
            QMessageBox::warning(this, tr("Import attendees"), tr("Line %1 has no given names; write them before importing.").arg(r.line));
            return;
        }
    }
    auto report = m_document.importAttendees(m_plan);
    if (!report) {
        QMessageBox::warning(this, tr("Import attendees"), report.errorMessage());
        return;
    }
    QMessageBox::information(this, tr("Import attendees"),
                             tr("%n people imported.", nullptr, report->imported));
    QDialog::accept();
}

} // namespace taller

#include "ImportAttendeesDialog.h"
#include "FileDialogs.h"

#include "EventDocument.h"
#include "RegistrationService.h"
#include "Settings.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
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
                                 "by editing it (names split by the program are marked).")
                                  .arg(plan.source));
    source->setWordWrap(true);

    m_columns = new QTableWidget(0, 3);
    m_columns->setHorizontalHeaderLabels({tr("Column in the file"), tr("Imported as"), tr("First value")});
    m_columns->verticalHeader()->setVisible(false);
    m_columns->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_columns->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);

    m_people = new QTableWidget(0, 7);
    m_people->setHorizontalHeaderLabels(
        {tr("Line"), tr("Given names"), tr("Surnames"), tr("Document"), tr("Organisation"), tr("Sector"), tr("Name in the file")});
    m_people->verticalHeader()->setVisible(false);
    m_people->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed | QAbstractItemView::AnyKeyPressed);
    m_people->horizontalHeader()->setSectionResizeMode(OrganisationColumn, QHeaderView::Stretch);
    connect(m_people, &QTableWidget::cellChanged, this, &ImportAttendeesDialog::correctName);

    m_problems = new QTableWidget(0, 2);
    m_problems->setHorizontalHeaderLabels({tr("Kind"), tr("What")});
    m_problems->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_problems->verticalHeader()->setVisible(false);
    m_problems->horizontalHeader()->setStretchLastSection(true);
    m_problemsLabel = new QLabel(tr("Problems found:"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_import = buttons->button(QDialogButtonBox::Ok);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(source);
    layout->addWidget(m_columns, 2);
    layout->addWidget(m_people, 3);
    layout->addWidget(m_problemsLabel);
    layout->addWidget(m_problems, 1);
    layout->addWidget(buttons);
    resize(1000, 700);
    fill();
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
    const int rejected = plan.count(ImportProblem::Kind::Rejected);
    const int duplicates = plan.count(ImportProblem::Kind::Duplicate);
    const int warnings = plan.count(ImportProblem::Kind::Warning);
    m_summary->setText(tr("<b>%n people will be imported</b>; duplicates left out: %1; rejected rows: %2; warnings: %3.",
                          nullptr, int(plan.accepted.size()))
                           .arg(duplicates)
                           .arg(rejected)
                           .arg(warnings));

    m_columns->setRowCount(int(plan.columns.size()));
    const CsvReader::Record *first = m_table.records.size() > 1 ? &m_table.records.at(1) : nullptr;
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
        if (column.field.isEmpty())
            m_columns->item(row, 0)->setForeground(QColor(0x8a, 0x5a, 0x00));
    }
    m_columns->resizeColumnsToContents();
    m_columns->setColumnWidth(0, std::min(m_columns->columnWidth(0), 320));
    m_columns->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);

    m_people->setRowCount(int(plan.accepted.size()));
    for (int row = 0; row < plan.accepted.size(); ++row) {
        const AttendeeImport::Row &r = plan.accepted.at(row);
        const QStringList values{QString::number(r.line), r.attendee.givenNames, r.attendee.surnames, r.attendee.documentNumber,
                                 r.attendee.organisation, displayNameOf(r.attendee.sector), r.fullName};
        for (int column = 0; column < values.size(); ++column) {
            auto *item = new QTableWidgetItem(values.at(column));
            if (column != GivenNamesColumn && column != SurnamesColumn)
                item->setFlags(item->flags() & ~Qt::ItemIsEditable);
            if (!r.splitDoubt.isEmpty() && !m_corrections.contains(r.line)) {
                item->setBackground(QColor(0xff, 0xf0, 0xc8));
                item->setToolTip(tr("Split by the program, unsure: %1").arg(r.splitDoubt));
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
    m_problems->setVisible(!plan.problems.isEmpty());
    m_problemsLabel->setVisible(!plan.problems.isEmpty());

    m_import->setText(tr("&Import %n people", nullptr, int(plan.accepted.size())));
    m_import->setEnabled(!plan.accepted.isEmpty());
    m_filling = false;
}

void ImportAttendeesDialog::chooseField(int column, const QString &field)
{
    QList<MappedColumn> columns = m_plan.columns;
    columns[column].field = field;
    columns[column].chosen = true;
    auto plan = RegistrationService(m_document.session(), m_document.meeting()).prepareImport(m_table, ColumnMap::choices(columns));
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
    if (m_filling || (column != GivenNamesColumn && column != SurnamesColumn) || row >= m_plan.accepted.size())
        return;
    AttendeeImport::Row &r = m_plan.accepted[row];
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
}

void ImportAttendeesDialog::accept()
{
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

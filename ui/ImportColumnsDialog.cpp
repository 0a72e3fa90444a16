#include "ImportColumnsDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace taller {

using namespace Qt::StringLiterals;

ImportColumnsDialog::ImportColumnsDialog(const QString &title, const QList<CsvReader::Record> &firstRows, const QList<FieldSpec> &fields,
                                         const Prepare &prepare, QWidget *parent)
    : QDialog(parent)
    , m_rows(firstRows)
    , m_fields(fields)
    , m_prepare(prepare)
{
    setWindowTitle(title);
    m_message = new QLabel;
    m_message->setWordWrap(true);
    auto *help = new QLabel(tr("Choose the row that names the columns and, for each column, what it holds. Nothing is "
                               "imported until you accept."));
    help->setWordWrap(true);
    m_headerRow = new QComboBox;
    m_headerRow->setObjectName(u"headerRow"_s);
    // Long header rows must not widen the window past a small screen.
    m_headerRow->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_headerRow->setMinimumContentsLength(30);
    for (const CsvReader::Record &row : firstRows) {
        QStringList cells;
        for (const QString &cell : row.fields) {
            if (!cell.trimmed().isEmpty())
                cells << cell.simplified().left(40);
        }
        m_headerRow->addItem(tr("Line %1: %2").arg(row.line).arg(cells.join(u" | "_s).left(140)), row.line);
    }
    connect(m_headerRow, &QComboBox::activated, this, [this] { update(m_headerRow->currentData().toInt(), {}); });
    auto *form = new QFormLayout;
    form->addRow(tr("&Row that names the columns:"), m_headerRow);

    m_columnsTable = new QTableWidget(0, 3);
    m_columnsTable->setObjectName(u"columns"_s);
    m_columnsTable->setHorizontalHeaderLabels({tr("Column in the file"), tr("Imported as"), tr("First value")});
    m_columnsTable->verticalHeader()->setVisible(false);
    m_columnsTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_columnsTable->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addWidget(help);
    layout->addLayout(form);
    layout->addWidget(m_columnsTable, 1);
    layout->addWidget(buttons);
    resize(900, 520);
    update(0, {});
}

void ImportColumnsDialog::update(int headerLine, const QStringList &choices)
{
    auto preview = m_prepare(headerLine, choices);
    if (!preview) {
        QMessageBox::warning(this, windowTitle(), preview.errorMessage());
        return;
    }
    m_headerLine = headerLine;
    m_choices = choices;
    m_columns = preview->columns;
    const bool ready = preview->unplaced.isEmpty();
    m_message->setText(ready ? preview->summary : preview->unplaced);
    m_message->setStyleSheet(ready ? u"font-weight: bold;"_s : u"color: #b00020; font-weight: bold;"_s);
    m_ok->setEnabled(ready);

    // The header row actually used, and the first row under it.
    int used = -1;
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).fields == QStringList() || m_columns.isEmpty())
            continue;
        bool same = true;
        for (const MappedColumn &c : std::as_const(m_columns)) {
            const QString cell = c.index < m_rows.at(i).fields.size() ? m_rows.at(i).fields.at(c.index).simplified() : QString();
            same = same && cell == c.header;
        }
        if (same) {
            used = i;
            break;
        }
    }
    if (used >= 0)
        m_headerRow->setCurrentIndex(used);
    const CsvReader::Record *first = used >= 0 && used + 1 < m_rows.size() ? &m_rows.at(used + 1) : nullptr;

    m_columnsTable->setRowCount(int(m_columns.size()));
    for (int row = 0; row < m_columns.size(); ++row) {
        const MappedColumn &column = m_columns.at(row);
        m_columnsTable->setItem(row, 0, new QTableWidgetItem(column.header.isEmpty() ? tr("(column %1)").arg(column.index + 1) : column.header));
        auto *field = new QComboBox;
        field->addItem(tr("— not imported"), QString());
        for (const FieldSpec &spec : std::as_const(m_fields))
            field->addItem(spec.label, spec.key);
        field->setCurrentIndex(std::max(0, field->findData(column.field)));
        field->setAccessibleName(tr("Field for column %1").arg(column.header));
        connect(field, &QComboBox::activated, this, [this, row, field] {
            QList<MappedColumn> columns = m_columns;
            columns[row].field = field->currentData().toString();
            columns[row].chosen = true;
            update(m_headerLine, ColumnMap::choices(columns));
        });
        m_columnsTable->setCellWidget(row, 1, field);
        m_columnsTable->setItem(row, 2, new QTableWidgetItem(first && column.index < first->fields.size() ? first->fields.at(column.index) : QString()));
    }
    m_columnsTable->resizeColumnsToContents();
    m_columnsTable->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
}

} // namespace taller

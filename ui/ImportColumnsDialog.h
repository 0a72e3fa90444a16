#pragma once

#include "base/Result.h"
#include "tabular/ColumnMap.h"
#include "tabular/CsvReader.h"

#include <QDialog>

#include <functional>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace taller {

// When an import cannot place a list's header or a needed column, it asks
// instead of refusing: the person chooses the row that names the columns
// and what each column holds, and sees what would be imported before
// anything is written. Used by the imports of commitments and fichas (the
// attendees' preview has this built in).
class ImportColumnsDialog : public QDialog
{
    Q_OBJECT

public:
    // What an import makes of a header line and column choices.
    struct Preview
    {
        QList<MappedColumn> columns;
        // Why it cannot be imported yet; empty when it can.
        QString unplaced;
        // "12 commitments will be imported; 1 row rejected".
        QString summary;
    };
    using Prepare = std::function<Result<Preview>(int headerLine, const QStringList &choices)>;

    ImportColumnsDialog(const QString &title, const QList<CsvReader::Record> &firstRows, const QList<FieldSpec> &fields,
                        const Prepare &prepare, QWidget *parent = nullptr);

    int headerLine() const { return m_headerLine; }
    QStringList choices() const { return m_choices; }

private:
    void update(int headerLine, const QStringList &choices);

    QList<CsvReader::Record> m_rows;
    QList<FieldSpec> m_fields;
    Prepare m_prepare;
    int m_headerLine = 0;
    QStringList m_choices;
    QList<MappedColumn> m_columns;
    QLabel *m_message = nullptr;
    QComboBox *m_headerRow = nullptr;
    QTableWidget *m_columnsTable = nullptr;
    QPushButton *m_ok = nullptr;
};

} // namespace taller

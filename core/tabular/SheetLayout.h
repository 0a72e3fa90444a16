#pragma once

#include "tabular/ColumnMap.h"
#include "tabular/CsvReader.h"

#include <QCoreApplication>

namespace taller {

// Where a list is in its sheet, as a person sees it at a glance: the row that
// names the columns (below a title, a date, blank or merged rows), a column
// that only numbers the rows ("N°", "Nro.", "Item", "#"), and the rows that
// close the list ("Total inscritos: 52", "Fin de la lista") rather than name
// a person. Everything it decides is said in its notes.
class SheetLayout
{
    Q_DECLARE_TR_FUNCTIONS(taller::SheetLayout)

public:
    // What a column's values are, when its header says nothing.
    enum class Content { Unknown, Numbering, Dni, Email, Phone, PersonName };

    struct Note
    {
        int line = 0;
        QString text;
    };

    // Index in the records of the header row; -1 when no row names at least
    // one known field (the first row is then taken, and the caller asks).
    int headerIndex = -1;
    // Its line in the file (1 when not found).
    int headerLine = 1;
    bool headerFound = false;
    // Indexes (in the records) of rows after the header that close the list.
    QList<int> closingRows;
    // Column indexes that number the rows.
    QList<int> numberingColumns;
    QList<Note> notes;

    // How many rows are looked at for the header.
    static constexpr int searchedRows = 25;

    // chosenHeaderLine: the line a person chose as the header (0: find it).
    static SheetLayout find(const QList<CsvReader::Record> &records, const QList<FieldSpec> &fields,
                            const ColumnMap::Guess &guess = {}, int chosenHeaderLine = 0);
    // The header row and the rows under it, without the closing rows.
    QList<CsvReader::Record> listRecords(const QList<CsvReader::Record> &records) const;
    // Marks the numbering columns as feeding nothing, quietly.
    void applyTo(QList<MappedColumn> &columns) const;

    // Whether a header only numbers the rows.
    static bool isNumberingHeader(const QString &header);
    // Whether a row closes the list.
    static bool isClosingRow(const CsvReader::Record &record);
    // What the values under the header (records after the first) are.
    static Content contentOf(const QList<CsvReader::Record> &records, int column);
    static QString contentName(Content content);
};

} // namespace taller

#pragma once

#include "base/Result.h"
#include "tabular/CsvReader.h"

#include <QCoreApplication>

namespace taller {

// The one way lists come in: CSV, TSV or TXT in any encoding CsvReader knows,
// an Excel workbook (.xlsx) or a LibreOffice/OpenDocument sheet (.ods). The
// first sheet unless one is named. Cells come out as a person reads them:
// numbers without a trailing ".0", dates as 2026-11-27, times as 08:30.
// A file that cannot be read whole is refused whole, naming the line; a file
// over the limit is refused with its size, never cut short.
class TabularReader
{
    Q_DECLARE_TR_FUNCTIONS(taller::TabularReader)

public:
    enum class Format { Csv, Xlsx, Ods };

    static constexpr qint64 defaultMaxBytes = 64 * 1024 * 1024;

    struct Options
    {
        // The sheet to read, by name (accents and case ignored); empty for
        // the first.
        QString sheet;
        qint64 maxBytes = 64 * 1024 * 1024;

        Options() {}
        explicit Options(QString sheetName) : sheet(std::move(sheetName)) {}
    };

    struct Table
    {
        Format format = Format::Csv;
        CsvReader::Encoding encoding = CsvReader::Encoding::Utf8;
        QChar delimiter = u',';
        QString sheet;
        QStringList sheets;
        // The first record is the header row.
        QList<CsvReader::Record> records;
    };

    static Result<Table> readFile(const QString &path, const Options &options = Options());
    // The format is told by the content (a zip is a workbook), not the name.
    static Result<Table> read(const QByteArray &bytes, const Options &options = Options());

    // What to say of a workbook saved with a password, and what to do.
    static QString passwordProtectedText();
    // "Excel (.xlsx), sheet Hoja1" or "CSV, UTF-8, ';'", for the preview.
    static QString describe(const Table &table);
    // " The workbook's other sheets: Inscritos." (for an error about the
    // sheet read), or nothing when it has one sheet.
    static QString otherSheets(const Table &table);
    // For file dialogs: every format the reader knows.
    static QString fileDialogFilter();
    // "12.5 MB".
    static QString sizeText(qint64 bytes);
};

} // namespace taller

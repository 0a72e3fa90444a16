#pragma once

#include "base/Result.h"

#include <QCoreApplication>
#include <QStringList>
#include <QVariant>

namespace taller {

// A list to hand to a spreadsheet: a header row and rows of cells (text, or
// a number where a spreadsheet should compute with it).
struct TabularSheet
{
    QString name;
    QStringList header;
    QList<QVariantList> rows;
};

// Exports that a spreadsheet user can open: CSV for Excel in Spanish (UTF-8
// with BOM, ";", CRLF) with formula injection neutralised, or a real .xlsx
// (written with QuaZip, the library that reads it).
// Everything written reads back through TabularReader as it was.
class TabularWriter
{
    Q_DECLARE_TR_FUNCTIONS(taller::TabularWriter)

public:
    enum class Format { Csv, Xlsx };

    static QByteArray csv(const TabularSheet &sheet);
    // OWASP: a cell that begins with = + - @ tab or CR (after any
    // apostrophes) gets an apostrophe in front, so Excel never runs it.
    static QString neutralised(const QString &value);
    // An Office Open XML workbook of one sheet: text as inline strings (a
    // DNI keeps its zeros), numbers as numbers, the header bold and frozen.
    static Result<QByteArray> xlsx(const TabularSheet &sheet);
    // Writes the file whole (a temporary beside it, then renamed) or not at all.
    static Status write(const TabularSheet &sheet, const QString &path, Format format);
    // By the name's ending: .xlsx, otherwise CSV.
    static Format formatFor(const QString &path);
    static QString fileDialogFilter();
};

} // namespace taller

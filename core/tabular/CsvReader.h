#pragma once

#include "base/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace taller {

// Reads the CSV files people actually send: saved by Excel in a Spanish
// locale (";" and Windows-1252), by Google Forms (UTF-8, ","), or anything in
// between. Encoding, delimiter and line endings are detected, and quoted
// fields may hold delimiters, quotes and line breaks.
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(taller::CsvReader)

public:
    enum class Encoding { Utf8, Utf8WithBom, Utf16LE, Utf16BE, Windows1252 };

    struct Record
    {
        // The line of the file on which the record starts, counting from 1
        // (for a spreadsheet, its row number).
        int line = 0;
        QStringList fields;
        // Columns whose cell a spreadsheet stored as a number (its leading
        // zeros are gone: a DNI 07654321 is the number 7654321).
        QList<int> numbers;

        bool isNumber(int column) const { return numbers.contains(column); }
    };

    struct Table
    {
        Encoding encoding = Encoding::Utf8;
        QChar delimiter = u',';
        QList<Record> records;
    };

    // Lenient: reads whatever it can (kept for callers that only look).
    static Table read(const QByteArray &data);
    // Strict: refuses the whole file, naming the line, when a quoted field is
    // never closed, text follows a closing quote, or the encoding changes
    // part-way (a Windows-1252 line in a UTF-8 file).
    static Result<Table> parse(const QByteArray &data);

    static QString decode(const QByteArray &data, Encoding *detected = nullptr);
    static QChar detectDelimiter(const QString &text);
    static QString encodingName(Encoding encoding);
};

} // namespace taller

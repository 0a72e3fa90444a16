#pragma once

#include <QByteArray>
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
public:
    enum class Encoding { Utf8, Utf8WithBom, Utf16LE, Utf16BE, Windows1252 };

    struct Record
    {
        // The line of the file on which the record starts, counting from 1.
        int line = 0;
        QStringList fields;
    };

    struct Table
    {
        Encoding encoding = Encoding::Utf8;
        QChar delimiter = u',';
        QList<Record> records;
    };

    static Table read(const QByteArray &data);

    static QString decode(const QByteArray &data, Encoding *detected = nullptr);
    static QChar detectDelimiter(const QString &text);
    static QString encodingName(Encoding encoding);
};

} // namespace taller

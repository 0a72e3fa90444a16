#include "tabular/TabularReader.h"

#include <algorithm>

#include "base/EventFile.h"
#include "base/Text.h"

#include <QBuffer>
#include <QDate>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QXmlStreamReader>

#include <quazip.h>
#include <quazipfile.h>
#include <quazipfileinfo.h>

#include <cmath>

namespace taller {

using namespace Qt::StringLiterals;

namespace {

// A workbook's parts are small; one that inflates beyond this is not a list
// of people (or is a zip bomb).
constexpr qint64 maxPartBytes = 256 * 1024 * 1024;
// Columns beyond this in a repeated cell are padding, not data.
constexpr int maxColumns = 1024;

class Zip
{
public:
    explicit Zip(const QByteArray &bytes) : m_bytes(bytes), m_buffer(&m_bytes), m_zip(&m_buffer) {}

    bool open() { return m_zip.open(QuaZip::mdUnzip); }
    bool has(const QString &name) { return m_zip.setCurrentFile(name); }

    Result<QByteArray> part(const QString &name)
    {
        if (!m_zip.setCurrentFile(name))
            return Error{TabularReader::tr("the workbook has no part %1").arg(name)};
        QuaZipFileInfo64 info;
        if (m_zip.getCurrentFileInfo(&info) && qint64(info.uncompressedSize) > maxPartBytes)
            return Error{TabularReader::tr("the part %1 of the workbook unpacks to %2, more than the limit of %3")
                             .arg(name, TabularReader::sizeText(qint64(info.uncompressedSize)), TabularReader::sizeText(maxPartBytes))};
        QuaZipFile file(&m_zip);
        if (!file.open(QIODevice::ReadOnly))
            return Error{TabularReader::tr("the part %1 of the workbook cannot be unpacked").arg(name)};
        // Read as it unpacks, never more than the limit: the size the zip
        // declares may lie, and reading "up to the limit" at once would set
        // aside the whole limit for every part.
        QByteArray data;
        data.reserve(qsizetype(std::clamp<qint64>(qint64(info.uncompressedSize), 0, 16 * 1024 * 1024)));
        char chunk[64 * 1024];
        qint64 got = 0;
        while ((got = file.read(chunk, sizeof chunk)) > 0) {
            data.append(chunk, qsizetype(got));
            if (data.size() > maxPartBytes)
                return Error{TabularReader::tr("the part %1 of the workbook unpacks to %2, more than the limit of %3")
                                 .arg(name, TabularReader::sizeText(data.size()), TabularReader::sizeText(maxPartBytes))};
        }
        const bool broken = got < 0 || file.getZipError() != UNZ_OK;
        file.close();
        if (broken || file.getZipError() != UNZ_OK)
            return Error{TabularReader::tr("the part %1 of the workbook is damaged").arg(name)};
        return data;
    }

private:
    QByteArray m_bytes;
    QBuffer m_buffer;
    QuaZip m_zip;
};

// As a person reads it: 7654321, 0.25, 1234.5 (no exponent for ordinary
// numbers, no binary noise such as 0.30000000000000004).
QString numberText(double value)
{
    if (std::isfinite(value) && value == std::floor(value) && std::fabs(value) < 1e15)
        return QString::number(qint64(value));
    QString text = QString::number(value, 'f', 10);
    while (text.endsWith(u'0'))
        text.chop(1);
    if (text.endsWith(u'.'))
        text.chop(1);
    return text;
}

QString timeText(QTime time)
{
    return time.toString(time.second() ? u"HH:mm:ss"_s : u"HH:mm"_s);
}

QString dateTimeText(const QDateTime &value, bool hasDate, bool hasTime)
{
    if (!hasTime)
        return value.date().toString(Qt::ISODate);
    if (!hasDate)
        return timeText(value.time());
    return value.date().toString(Qt::ISODate) + u' ' + timeText(value.time());
}

// Excel's serial dates: days since 1899-12-30 (which absorbs Lotus's
// phantom 29 February 1900), or since 1904-01-01 in old Mac workbooks.
QString serialDateText(double serial, bool date1904, bool timeOnlyFormat)
{
    const QDate epoch = date1904 ? QDate(1904, 1, 1) : QDate(1899, 12, 30);
    const double days = std::floor(serial);
    const qint64 seconds = qRound64((serial - days) * 86400.0);
    const QDateTime value = QDateTime(epoch.addDays(qint64(days)), QTime(0, 0)).addSecs(seconds);
    const bool hasDate = !timeOnlyFormat && days != 0;
    return dateTimeText(value, hasDate || seconds == 0, seconds != 0 || timeOnlyFormat);
}

// Whether an Excel number format shows a date or a time, and which.
enum class DateFormat { None, Date, Time, DateTime };

DateFormat dateFormatOf(const QString &code)
{
    QString bare;
    bool quoted = false;
    bool bracket = false;
    for (QChar c : code) {
        if (c == u'"')
            quoted = !quoted;
        else if (!quoted && c == u'[')
            bracket = true;
        else if (!quoted && c == u']')
            bracket = false;
        else if (!quoted && !bracket)
            bare.append(c.toLower());
    }
    bare.remove(QRegularExpression(u"\\\\."_s));
    const bool date = bare.contains(u'd') || bare.contains(u'y') || (bare.contains(u'm') && !bare.contains(u'h') && !bare.contains(u's'));
    const bool time = bare.contains(u'h') || bare.contains(u's');
    return date && time ? DateFormat::DateTime : date ? DateFormat::Date : time ? DateFormat::Time : DateFormat::None;
}

DateFormat builtinDateFormat(int id)
{
    if ((id >= 14 && id <= 17) || (id >= 27 && id <= 31) || (id >= 34 && id <= 36) || (id >= 50 && id <= 58))
        return DateFormat::Date;
    if (id == 22)
        return DateFormat::DateTime;
    if ((id >= 18 && id <= 21) || (id >= 45 && id <= 47) || id == 32 || id == 33)
        return DateFormat::Time;
    return DateFormat::None;
}

int columnIndex(QStringView reference)
{
    int column = 0;
    for (QChar c : reference) {
        if (c >= u'A' && c <= u'Z')
            column = column * 26 + (c.unicode() - u'A' + 1);
        else
            break;
    }
    return column - 1;
}

QString xmlError(const QString &part, const QXmlStreamReader &xml)
{
    return TabularReader::tr("the workbook's %1 is not well-formed XML (line %2: %3)")
        .arg(part)
        .arg(xml.lineNumber())
        .arg(xml.errorString());
}

void putCell(CsvReader::Record &record, int column, const QString &text, bool number)
{
    if (column < 0 || column >= maxColumns)
        return;
    while (record.fields.size() <= column)
        record.fields.append(QString());
    record.fields[column] = text;
    if (number)
        record.numbers.append(column);
}

bool blank(const CsvReader::Record &record)
{
    return std::all_of(record.fields.cbegin(), record.fields.cend(), [](const QString &f) { return f.trimmed().isEmpty(); });
}

// Text inside an element, rich runs included, phonetic hints left out.
QString readText(QXmlStreamReader &xml)
{
    QString text;
    int depth = 1;
    bool phonetic = false;
    while (!xml.atEnd() && depth > 0) {
        xml.readNext();
        if (xml.isStartElement()) {
            ++depth;
            if (xml.name() == u"rPh")
                phonetic = true;
        } else if (xml.isEndElement()) {
            --depth;
            if (xml.name() == u"rPh")
                phonetic = false;
        } else if (xml.isCharacters() && !phonetic) {
            text += xml.text();
        }
    }
    return text;
}

Result<TabularReader::Table> readXlsx(Zip &zip, const TabularReader::Options &options)
{
    TabularReader::Table table;
    table.format = TabularReader::Format::Xlsx;

    // The sheets, in the workbook's order, and where each one lives.
    TRY_LET(workbook, zip.part(u"xl/workbook.xml"_s));
    bool date1904 = false;
    QList<std::pair<QString, QString>> sheets; // name, relationship id
    QList<bool> hidden;
    {
        QXmlStreamReader xml(*workbook);
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement() && xml.name() == u"sheet") {
                sheets.append({xml.attributes().value(u"name"_s).toString(),
                               xml.attributes().value(u"http://schemas.openxmlformats.org/officeDocument/2006/relationships"_s, u"id"_s).toString()});
                hidden.append(!xml.attributes().value(u"state"_s).isEmpty() && xml.attributes().value(u"state"_s) != u"visible");
            }
            else if (xml.isStartElement() && xml.name() == u"workbookPr") {
                const auto v = xml.attributes().value(u"date1904"_s);
                date1904 = v == u"1" || v == u"true";
            }
        }
        if (xml.hasError())
            return Error{xmlError(u"workbook.xml"_s, xml)};
    }
    if (sheets.isEmpty())
        return Error{TabularReader::tr("the workbook has no sheets")};
    QHash<QString, QString> targets;
    if (auto rels = zip.part(u"xl/_rels/workbook.xml.rels"_s)) {
        QXmlStreamReader xml(*rels);
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement() && xml.name() == u"Relationship")
                targets.insert(xml.attributes().value(u"Id"_s).toString(), xml.attributes().value(u"Target"_s).toString());
        }
    }
    for (const auto &sheet : sheets)
        table.sheets.append(sheet.first);
    // The first sheet a person sees: hidden ones are skipped.
    qsizetype chosen = std::max<qsizetype>(0, hidden.indexOf(false));
    if (!options.sheet.isEmpty()) {
        chosen = -1;
        for (qsizetype i = 0; i < sheets.size(); ++i) {
            if (foldForMatching(sheets.at(i).first) == foldForMatching(options.sheet))
                chosen = i;
        }
        if (chosen < 0)
            return Error{TabularReader::tr("there is no sheet \"%1\"; the sheets are: %2").arg(options.sheet, table.sheets.join(u", "_s))};
    }
    table.sheet = sheets.at(chosen).first;
    QString target = targets.value(sheets.at(chosen).second, u"worksheets/sheet%1.xml"_s.arg(chosen + 1));
    const QString sheetPath = target.startsWith(u'/') ? target.mid(1) : u"xl/"_s + target;

    // Shared strings and which cell styles are dates.
    QStringList shared;
    if (zip.has(u"xl/sharedStrings.xml"_s)) {
        TRY_LET(strings, zip.part(u"xl/sharedStrings.xml"_s));
        QXmlStreamReader xml(*strings);
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement() && xml.name() == u"si")
                shared.append(readText(xml));
        }
        if (xml.hasError())
            return Error{xmlError(u"sharedStrings.xml"_s, xml)};
    }
    QList<DateFormat> styleDates;
    if (zip.has(u"xl/styles.xml"_s)) {
        TRY_LET(styles, zip.part(u"xl/styles.xml"_s));
        QHash<int, DateFormat> custom;
        QXmlStreamReader xml(*styles);
        bool inCellXfs = false;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement() && xml.name() == u"numFmt")
                custom.insert(xml.attributes().value(u"numFmtId"_s).toInt(), dateFormatOf(xml.attributes().value(u"formatCode"_s).toString()));
            else if (xml.isStartElement() && xml.name() == u"cellXfs")
                inCellXfs = true;
            else if (xml.isEndElement() && xml.name() == u"cellXfs")
                inCellXfs = false;
            else if (inCellXfs && xml.isStartElement() && xml.name() == u"xf") {
                const int id = xml.attributes().value(u"numFmtId"_s).toInt();
                styleDates.append(custom.contains(id) ? custom.value(id) : builtinDateFormat(id));
            }
        }
        if (xml.hasError())
            return Error{xmlError(u"styles.xml"_s, xml)};
    }

    TRY_LET(sheetXml, zip.part(sheetPath));
    QXmlStreamReader xml(*sheetXml);
    CsvReader::Record record;
    int rowNumber = 0;
    int nextColumn = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == u"row") {
            const int r = xml.attributes().value(u"r"_s).toInt();
            rowNumber = r > 0 ? r : rowNumber + 1;
            record = CsvReader::Record{rowNumber, {}, {}};
            nextColumn = 0;
        } else if (xml.isEndElement() && xml.name() == u"row") {
            if (!blank(record))
                table.records.append(record);
        } else if (xml.isStartElement() && xml.name() == u"c") {
            const auto attributes = xml.attributes();
            const QStringView reference = attributes.value(u"r"_s);
            const int column = reference.isEmpty() ? nextColumn : columnIndex(reference);
            nextColumn = column + 1;
            const QString type = attributes.value(u"t"_s).toString();
            const int style = attributes.value(u"s"_s).toInt();
            QString value;
            QString inlineText;
            bool hasValue = false;
            while (!xml.atEnd()) {
                xml.readNext();
                if (xml.isStartElement() && xml.name() == u"v") {
                    value = xml.readElementText();
                    hasValue = true;
                } else if (xml.isStartElement() && xml.name() == u"is") {
                    inlineText = readText(xml);
                    hasValue = true;
                } else if (xml.isEndElement() && xml.name() == u"c") {
                    break;
                }
            }
            if (!hasValue)
                continue;
            if (type == u"s") {
                bool ok = false;
                const int index = value.toInt(&ok);
                if (!ok || index < 0 || index >= shared.size())
                    return Error{TabularReader::tr("row %1: the cell %2 points to a text the workbook does not have")
                                     .arg(rowNumber)
                                     .arg(reference.toString())};
                putCell(record, column, shared.at(index), false);
            } else if (type == u"inlineStr") {
                putCell(record, column, inlineText, false);
            } else if (type == u"str" || type == u"e") {
                putCell(record, column, value, false);
            } else if (type == u"b") {
                putCell(record, column, value == u"1" ? TabularReader::tr("TRUE") : TabularReader::tr("FALSE"), false);
            } else if (type == u"d") {
                const QDateTime when = QDateTime::fromString(value, Qt::ISODate);
                putCell(record, column, when.isValid() ? dateTimeText(when, true, when.time() != QTime(0, 0)) : value, false);
            } else {
                bool ok = false;
                const double number = value.toDouble(&ok);
                if (!ok) {
                    putCell(record, column, value, false);
                    continue;
                }
                const DateFormat format = style >= 0 && style < styleDates.size() ? styleDates.at(style) : DateFormat::None;
                if (format == DateFormat::None)
                    putCell(record, column, numberText(number), true);
                else
                    putCell(record, column, serialDateText(number, date1904, format == DateFormat::Time), false);
            }
        }
    }
    if (xml.hasError())
        return Error{xmlError(sheetPath, xml)};
    return table;
}

QString odsDurationText(const QString &duration)
{
    // PT08H30M00S
    static const QRegularExpression pattern(u"^-?P(?:\\d+D)?T(\\d+)H(\\d+)M(\\d+(?:[.,]\\d+)?)S$"_s);
    const auto match = pattern.match(duration);
    if (!match.hasMatch())
        return duration;
    return timeText(QTime(match.captured(1).toInt() % 24, match.captured(2).toInt(), int(match.captured(3).toDouble())));
}

// The text of an ODS cell: paragraphs joined by line breaks, <text:s c="3"/>
// as three spaces.
QString odsText(QXmlStreamReader &xml)
{
    QString text;
    bool firstParagraph = true;
    int depth = 1;
    while (!xml.atEnd() && depth > 0) {
        xml.readNext();
        if (xml.isStartElement()) {
            ++depth;
            const QStringView name = xml.name();
            if (name == u"p") {
                if (!firstParagraph)
                    text += u'\n';
                firstParagraph = false;
            } else if (name == u"s") {
                const int count = xml.attributes().value(u"c"_s).toInt();
                text += QString(std::max(1, count), u' ');
            } else if (name == u"tab") {
                text += u'\t';
            } else if (name == u"line-break") {
                text += u'\n';
            } else if (name == u"annotation") {
                xml.skipCurrentElement();
                --depth;
            }
        } else if (xml.isEndElement()) {
            --depth;
        } else if (xml.isCharacters()) {
            text += xml.text();
        }
    }
    return text;
}

Result<TabularReader::Table> readOds(Zip &zip, const TabularReader::Options &options)
{
    TabularReader::Table table;
    table.format = TabularReader::Format::Ods;
    TRY_LET(content, zip.part(u"content.xml"_s));
    QXmlStreamReader xml(*content);
    bool found = false;
    bool inChosen = false;
    CsvReader::Record record;
    int rowNumber = 0;
    int column = 0;
    int repeatRows = 1;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == u"table" && xml.namespaceUri().endsWith(u"table:1.0")) {
            const QString name = xml.attributes().value(u"urn:oasis:names:tc:opendocument:xmlns:table:1.0"_s, u"name"_s).toString();
            table.sheets.append(name);
            inChosen = !found && (options.sheet.isEmpty() || foldForMatching(name) == foldForMatching(options.sheet));
            if (inChosen) {
                found = true;
                table.sheet = name;
                rowNumber = 0;
            }
            if (!inChosen && found)
                continue;
        } else if (xml.isEndElement() && xml.name() == u"table") {
            inChosen = false;
        } else if (inChosen && xml.isStartElement() && xml.name() == u"table-row") {
            const int repeated = xml.attributes().value(u"urn:oasis:names:tc:opendocument:xmlns:table:1.0"_s, u"number-rows-repeated"_s).toInt();
            repeatRows = std::max(1, repeated);
            record = CsvReader::Record{rowNumber + 1, {}, {}};
            column = 0;
        } else if (inChosen && xml.isEndElement() && xml.name() == u"table-row") {
            if (!blank(record)) {
                // A repeated row with content is the same row several times.
                for (int r = 0; r < std::min(repeatRows, 100000); ++r) {
                    record.line = rowNumber + 1 + r;
                    table.records.append(record);
                }
            }
            rowNumber += repeatRows;
        } else if (inChosen && xml.isStartElement() && (xml.name() == u"table-cell" || xml.name() == u"covered-table-cell")) {
            const auto attributes = xml.attributes();
            const QString office = u"urn:oasis:names:tc:opendocument:xmlns:office:1.0"_s;
            const QString tableNs = u"urn:oasis:names:tc:opendocument:xmlns:table:1.0"_s;
            const int repeated = std::max(1, attributes.value(tableNs, u"number-columns-repeated"_s).toInt());
            const QString type = attributes.value(office, u"value-type"_s).toString();
            QString value;
            bool number = false;
            if (type == u"float") {
                value = numberText(attributes.value(office, u"value"_s).toDouble());
                number = true;
            } else if (type == u"date") {
                const QString text = attributes.value(office, u"date-value"_s).toString();
                const QDateTime when = QDateTime::fromString(text, Qt::ISODate);
                value = !when.isValid() ? text : text.contains(u'T') ? dateTimeText(when, true, true) : when.date().toString(Qt::ISODate);
            } else if (type == u"time") {
                value = odsDurationText(attributes.value(office, u"time-value"_s).toString());
            } else if (type == u"boolean") {
                const auto b = attributes.value(office, u"boolean-value"_s);
                value = b == u"true" ? TabularReader::tr("TRUE") : TabularReader::tr("FALSE");
            }
            const QString text = odsText(xml);
            if (value.isEmpty())
                value = text;
            if (!value.isEmpty()) {
                for (int r = 0; r < repeated && column + r < maxColumns; ++r)
                    putCell(record, column + r, value, number);
            }
            column += repeated;
        }
    }
    if (xml.hasError())
        return Error{xmlError(u"content.xml"_s, xml)};
    if (!found) {
        if (options.sheet.isEmpty())
            return Error{TabularReader::tr("the spreadsheet has no sheets")};
        return Error{TabularReader::tr("there is no sheet \"%1\"; the sheets are: %2").arg(options.sheet, table.sheets.join(u", "_s))};
    }
    return table;
}

// A CSV value neutralised on export ('=SUM…) reads back as it was.
void restoreNeutralised(QList<CsvReader::Record> &records)
{
    static const QRegularExpression neutralised(u"^'+[=+\\-@\\t\\r]"_s);
    for (CsvReader::Record &record : records) {
        for (QString &field : record.fields) {
            if (field.startsWith(u'\'') && neutralised.match(field).hasMatch())
                field.remove(0, 1);
        }
    }
}

} // namespace

Result<TabularReader::Table> TabularReader::readFile(const QString &path, const Options &options)
{
    if (EventFile::isOpenHere(path))
        return Error{
            tr("%1 is the event open here, not a list: choose the list to read.").arg(QFileInfo(path).fileName())};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{tr("Cannot read %1: %2").arg(path, file.errorString())};
    if (file.size() > options.maxBytes)
        return Error{tr("%1 is %2, more than the %3 a list may have; nothing was imported. Split it or remove what is not needed.")
                         .arg(QFileInfo(path).fileName(), sizeText(file.size()), sizeText(options.maxBytes))};
    const QByteArray bytes = file.readAll();
    if (bytes.size() != file.size())
        return Error{tr("Cannot read %1 whole: %2").arg(path, file.errorString())};
    return read(bytes, options);
}

Result<TabularReader::Table> TabularReader::read(const QByteArray &bytes, const Options &options)
{
    if (bytes.size() > options.maxBytes)
        return Error{tr("The file is %1, more than the %2 a list may have; nothing was imported.")
                         .arg(sizeText(bytes.size()), sizeText(options.maxBytes))};
    if (bytes.trimmed().isEmpty())
        return Error{tr("The file is empty.")};
    if (bytes.startsWith("PK\x03\x04")) {
        Zip zip(bytes);
        if (!zip.open())
            return Error{tr("The file is a damaged zip archive, neither an Excel (.xlsx) nor an OpenDocument (.ods) spreadsheet.")};
        // An OpenDocument file saved with a password keeps its parts
        // encrypted; its manifest says how.
        if (zip.has(u"META-INF/manifest.xml"_s)) {
            if (auto manifest = zip.part(u"META-INF/manifest.xml"_s); manifest && manifest->contains("encryption-data"))
                return Error{passwordProtectedText()};
        }
        Result<Table> table = zip.has(u"xl/workbook.xml"_s) ? readXlsx(zip, options)
                              : zip.has(u"content.xml"_s)   ? readOds(zip, options)
                                                            : Result<Table>(Error{tr("The file is a zip archive but not an Excel (.xlsx) "
                                                                                     "or OpenDocument (.ods) spreadsheet.")});
        if (!table)
            return Error{tr("Cannot read the spreadsheet: %1").arg(table.errorMessage())};
        if (table->records.isEmpty())
            return Error{tr("The sheet \"%1\" is empty.").arg(table->sheet)};
        return table;
    }
    if (bytes.startsWith("\xD0\xCF\x11\xE0")) {
        // An OLE2 compound file: an old .xls, or an .xlsx saved with a
        // password, which Excel wraps in one with the streams EncryptionInfo
        // and EncryptedPackage (the directory names them in UTF-16).
        auto utf16 = [](const char16_t *name) {
            const QString text = QString::fromUtf16(name);
            return QByteArray(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
        };
        if (bytes.contains(utf16(u"EncryptionInfo")) || bytes.contains(utf16(u"EncryptedPackage")))
            return Error{passwordProtectedText()};
        return Error{tr("The file is an old Excel workbook (.xls); save it as .xlsx or CSV and try again.")};
    }
    if (bytes.startsWith("SQLite format 3"))
        return Error{tr("The file is a database (an event file?), not a list.")};
    TRY_LET(csv, CsvReader::parse(bytes));
    Table table;
    table.format = Format::Csv;
    table.encoding = csv->encoding;
    table.delimiter = csv->delimiter;
    table.records = std::move(csv->records);
    if (options.sheet.size() > 0)
        return Error{tr("A CSV file has no sheets; leave out the sheet \"%1\".").arg(options.sheet)};
    restoreNeutralised(table.records);
    if (table.records.isEmpty())
        return Error{tr("The file has no rows.")};
    return table;
}

QString TabularReader::passwordProtectedText()
{
    return tr("The workbook is protected with a password, so it cannot be read. Open it with its password in Excel or "
              "LibreOffice and save a copy without one (Excel: File > Info > Protect Workbook > Encrypt with Password, "
              "leave it empty; LibreOffice: File > Save As, without \"Save with password\"), or export the sheet as CSV, "
              "then import that copy.");
}

QString TabularReader::describe(const Table &table)
{
    switch (table.format) {
    case Format::Xlsx: return tr("Excel (.xlsx), sheet \"%1\"").arg(table.sheet);
    case Format::Ods: return tr("OpenDocument (.ods), sheet \"%1\"").arg(table.sheet);
    case Format::Csv: break;
    }
    return tr("CSV, %1, separated by \"%2\"")
        .arg(CsvReader::encodingName(table.encoding), table.delimiter == u'\t' ? tr("tab") : QString(table.delimiter));
}

QString TabularReader::otherSheets(const Table &table)
{
    QStringList others = table.sheets;
    others.removeAll(table.sheet);
    if (others.isEmpty())
        return {};
    return u' ' + tr("This is the sheet \"%1\"; the workbook also has: %2 (choose one with --sheet or in the window).")
                      .arg(table.sheet, others.join(u", "_s));
}

QString TabularReader::fileDialogFilter()
{
    return tr("Spreadsheets and CSV (*.xlsx *.ods *.csv *.tsv *.txt);;All files (*)");
}

QString TabularReader::sizeText(qint64 bytes)
{
    if (bytes < 1024 * 1024)
        return tr("%1 KB").arg(QString::number(double(bytes) / 1024.0, 'f', 1));
    return tr("%1 MB").arg(QString::number(double(bytes) / (1024.0 * 1024.0), 'f', 1));
}

} // namespace taller

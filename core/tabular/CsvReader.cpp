#include "tabular/CsvReader.h"

#include <QStringDecoder>

namespace taller {

using namespace Qt::StringLiterals;

namespace {

// Windows-1252 differs from Latin-1 only in 0x80..0x9F: curly quotes, dashes,
// the euro sign. Undefined bytes keep their Latin-1 meaning.
constexpr char16_t windows1252High[32] = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
    0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
};

QString decodeWindows1252(const QByteArray &data)
{
    QString text;
    text.reserve(data.size());
    for (char byte : data) {
        const auto value = static_cast<unsigned char>(byte);
        text.append(value >= 0x80 && value < 0xA0 ? QChar(windows1252High[value - 0x80]) : QChar(char16_t(value)));
    }
    return text;
}

// A multi-byte UTF-8 sequence somewhere in data: text that was UTF-8 at least
// in part.
bool hasUtf8Sequence(const QByteArray &data)
{
    const qsizetype n = data.size();
    for (qsizetype i = 0; i < n; ++i) {
        const auto lead = static_cast<unsigned char>(data.at(i));
        int continuation = lead >= 0xC2 && lead <= 0xDF ? 1 : lead >= 0xE0 && lead <= 0xEF ? 2 : lead >= 0xF0 && lead <= 0xF4 ? 3 : 0;
        if (continuation == 0)
            continue;
        bool valid = true;
        for (int k = 1; k <= continuation; ++k) {
            if (i + k >= n || (static_cast<unsigned char>(data.at(i + k)) & 0xC0) != 0x80)
                valid = false;
        }
        if (valid)
            return true;
    }
    return false;
}

// The first line (from 1) that is not valid UTF-8.
int firstNonUtf8Line(const QByteArray &data)
{
    int line = 1;
    qsizetype start = 0;
    while (start <= data.size()) {
        qsizetype end = data.indexOf('\n', start);
        if (end < 0)
            end = data.size();
        QStringDecoder utf8(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
        const QString decoded = utf8(QByteArrayView(data).sliced(start, end - start));
        Q_UNUSED(decoded)
        if (utf8.hasError())
            return line;
        ++line;
        start = end + 1;
    }
    return 0;
}

struct Parsed
{
    CsvReader::Table table;
    int errorLine = 0;
    QString error;
};

Parsed parseText(const QString &text, QChar delimiter, bool strict)
{
    Parsed parsed;
    CsvReader::Table &table = parsed.table;
    table.delimiter = delimiter;

    CsvReader::Record record;
    QString field;
    bool quoted = false;
    bool fieldWasQuoted = false;
    bool afterClosingQuote = false;
    int line = 1;
    int quoteLine = 0;
    record.line = 1;
    auto endField = [&] {
        record.fields.append(fieldWasQuoted ? field : field.trimmed());
        field.clear();
        fieldWasQuoted = false;
        afterClosingQuote = false;
    };
    auto endRecord = [&](int nextLine) {
        endField();
        const bool blank = std::all_of(record.fields.cbegin(), record.fields.cend(),
                                       [](const QString &f) { return f.trimmed().isEmpty(); });
        if (!blank)
            table.records.append(record);
        record = CsvReader::Record{nextLine, {}, {}};
    };

    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < n && text.at(i + 1) == u'"') {
                    field.append(u'"');
                    ++i;
                } else {
                    quoted = false;
                    afterClosingQuote = true;
                }
            } else {
                if (c == u'\n')
                    ++line;
                // A CRLF inside a quoted field is one line break.
                if (c == u'\r' && i + 1 < n && text.at(i + 1) == u'\n')
                    continue;
                field.append(c == u'\r' ? QChar(u'\n') : c);
            }
            continue;
        }
        if (c == u'"' && field.trimmed().isEmpty() && !afterClosingQuote) {
            field.clear();
            quoted = true;
            fieldWasQuoted = true;
            quoteLine = line;
        } else if (c == table.delimiter) {
            endField();
        } else if (c == u'\r' || c == u'\n') {
            if (c == u'\r' && i + 1 < n && text.at(i + 1) == u'\n')
                ++i;
            ++line;
            endRecord(line);
        } else {
            if (strict && afterClosingQuote && !c.isSpace()) {
                parsed.errorLine = line;
                parsed.error = CsvReader::tr("line %1: text after the closing quotation mark of a field that opens on line %2; "
                                            "a quotation mark is missing or one too many")
                                   .arg(line)
                                   .arg(quoteLine);
                return parsed;
            }
            if (!afterClosingQuote)
                field.append(c);
        }
    }
    if (quoted && strict) {
        parsed.errorLine = quoteLine;
        parsed.error = CsvReader::tr("line %1: a quotation mark opens a field that is never closed; it would swallow the "
                                    "rest of the file")
                           .arg(quoteLine);
        return parsed;
    }
    if (!field.isEmpty() || !record.fields.isEmpty() || fieldWasQuoted)
        endRecord(line);
    return parsed;
}

} // namespace

QString CsvReader::decode(const QByteArray &data, Encoding *detected)
{
    auto report = [&](Encoding encoding) {
        if (detected)
            *detected = encoding;
    };
    if (data.startsWith("\xEF\xBB\xBF")) {
        report(Encoding::Utf8WithBom);
        return QString::fromUtf8(data.mid(3));
    }
    if (data.startsWith("\xFF\xFE")) {
        report(Encoding::Utf16LE);
        QStringDecoder decoder(QStringConverter::Utf16LE);
        return decoder(data.mid(2));
    }
    if (data.startsWith("\xFE\xFF")) {
        report(Encoding::Utf16BE);
        QStringDecoder decoder(QStringConverter::Utf16BE);
        return decoder(data.mid(2));
    }
    QStringDecoder utf8(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
    QString text = utf8(data);
    if (!utf8.hasError()) {
        report(Encoding::Utf8);
        return text;
    }
    report(Encoding::Windows1252);
    return decodeWindows1252(data);
}

QChar CsvReader::detectDelimiter(const QString &text)
{
    // Count candidates on the first record, outside quotes.
    int semicolons = 0;
    int commas = 0;
    int tabs = 0;
    bool quoted = false;
    for (QChar c : text) {
        if (c == u'"')
            quoted = !quoted;
        else if (!quoted && (c == u'\n' || c == u'\r'))
            break;
        else if (!quoted && c == u';')
            ++semicolons;
        else if (!quoted && c == u',')
            ++commas;
        else if (!quoted && c == u'\t')
            ++tabs;
    }
    if (tabs > 0 && tabs >= semicolons && tabs >= commas)
        return u'\t';
    if (semicolons > 0 && semicolons >= commas)
        return u';';
    return u',';
}

QString CsvReader::encodingName(Encoding encoding)
{
    switch (encoding) {
    case Encoding::Utf8: return u"UTF-8"_s;
    case Encoding::Utf8WithBom: return u"UTF-8 (BOM)"_s;
    case Encoding::Utf16LE: return u"UTF-16 LE"_s;
    case Encoding::Utf16BE: return u"UTF-16 BE"_s;
    case Encoding::Windows1252: return u"Windows-1252"_s;
    }
    return {};
}

CsvReader::Table CsvReader::read(const QByteArray &data)
{
    Encoding encoding = Encoding::Utf8;
    const QString text = decode(data, &encoding);
    Table table = parseText(text, detectDelimiter(text), false).table;
    table.encoding = encoding;
    return table;
}

Result<CsvReader::Table> CsvReader::parse(const QByteArray &data)
{
    Encoding encoding = Encoding::Utf8;
    const QString text = decode(data, &encoding);
    if (encoding == Encoding::Windows1252 && hasUtf8Sequence(data)) {
        const int line = firstNonUtf8Line(data);
        return Error{tr("line %1 is not UTF-8 like the rest of the file (mixed encodings); save the file again as UTF-8 "
                        "(CSV UTF-8 in Excel)")
                         .arg(line)};
    }
    Parsed parsed = parseText(text, detectDelimiter(text), true);
    if (!parsed.error.isEmpty())
        return Error{parsed.error};
    parsed.table.encoding = encoding;
    return parsed.table;
}

} // namespace taller

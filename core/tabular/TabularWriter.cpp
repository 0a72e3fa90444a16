#include "tabular/TabularWriter.h"

#include "base/SavedFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QBuffer>

#include <quazip.h>
#include <quazipfile.h>
#include <quazipnewinfo.h>

namespace taller {

using namespace Qt::StringLiterals;

namespace {

QString cellText(const QVariant &value)
{
    if (value.typeId() == QMetaType::Double)
        return QString::number(value.toDouble(), 'g', 15);
    return value.toString();
}

QString csvField(const QString &value)
{
    const QString text = TabularWriter::neutralised(value);
    const bool quote = text.contains(u';') || text.contains(u'"') || text.contains(u'\n') || text.contains(u'\r')
                       || text.contains(u',') || (!text.isEmpty() && (text.front().isSpace() || text.back().isSpace()));
    if (!quote)
        return text;
    QString escaped = text;
    escaped.replace(u"\""_s, u"\"\""_s);
    return u'"' + escaped + u'"';
}

bool isNumber(const QVariant &value)
{
    const int type = value.typeId();
    return type == QMetaType::Int || type == QMetaType::LongLong || type == QMetaType::Double || type == QMetaType::UInt
           || type == QMetaType::ULongLong;
}

// Text for XML: escaped, and without the control characters XML 1.0
// cannot hold (a spreadsheet cell never needs them).
QString xmlText(const QString &value)
{
    QString text;
    text.reserve(value.size());
    for (QChar c : value) {
        if (c == u'&')
            text += u"&amp;"_s;
        else if (c == u'<')
            text += u"&lt;"_s;
        else if (c == u'>')
            text += u"&gt;"_s;
        else if (c == u'"')
            text += u"&quot;"_s;
        else if (c.unicode() >= 0x20 || c == u'\t' || c == u'\n' || c == u'\r')
            text += c;
    }
    return text;
}

} // namespace

QString TabularWriter::neutralised(const QString &value)
{
    static const QRegularExpression dangerous(u"^'*[=+\\-@\\t\\r]"_s);
    return dangerous.match(value).hasMatch() ? u'\'' + value : value;
}

QByteArray TabularWriter::csv(const TabularSheet &sheet)
{
    QString text;
    auto line = [&](const QStringList &cells) {
        QStringList fields;
        fields.reserve(cells.size());
        for (const QString &cell : cells)
            fields << csvField(cell);
        text += fields.join(u';') + u"\r\n"_s;
    };
    line(sheet.header);
    for (const QVariantList &row : sheet.rows) {
        QStringList cells;
        for (const QVariant &value : row)
            cells << cellText(value);
        line(cells);
    }
    return QByteArray("\xEF\xBB\xBF") + text.toUtf8();
}

TabularWriter::Format TabularWriter::formatFor(const QString &path)
{
    return path.endsWith(u".xlsx"_s, Qt::CaseInsensitive) ? Format::Xlsx : Format::Csv;
}

QString TabularWriter::fileDialogFilter()
{
    return tr("Excel workbook (*.xlsx);;CSV for Excel (*.csv)");
}

Status TabularWriter::write(const TabularSheet &sheet, const QString &path, Format format)
{
    if (format == Format::Csv)
        return SavedFile::write(path, csv(sheet));
    auto bytes = xlsx(sheet);
    if (!bytes)
        return Error{tr("Cannot write %1: %2").arg(path, bytes.errorMessage())};
    return SavedFile::write(path, *bytes);
}

Result<QByteArray> TabularWriter::xlsx(const TabularSheet &sheet)
{
    auto cellName = [](int row, int column) {
        QString letters;
        for (int c = column + 1; c > 0; c = (c - 1) / 26)
            letters.prepend(QChar(u'A' + (c - 1) % 26));
        return letters + QString::number(row + 1);
    };
    QString xml;
    xml.reserve(64 * 1024);
    xml += u"<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
           "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
           "<sheetViews><sheetView workbookViewId=\"0\"><pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" "
           "state=\"frozen\"/></sheetView></sheetViews><cols>"_s;
    for (int c = 0; c < sheet.header.size(); ++c)
        xml += u"<col min=\"%1\" max=\"%1\" width=\"%2\" customWidth=\"1\"/>"_s.arg(c + 1).arg(
            std::clamp<qsizetype>(sheet.header.at(c).size() + 4, 10, 40));
    xml += u"</cols><sheetData>"_s;
    auto put = [&](int row, int column, const QVariant &value, bool header) {
        if (isNumber(value)) {
            xml += u"<c r=\"%1\"><v>%2</v></c>"_s.arg(cellName(row, column), cellText(value));
            return;
        }
        const QString text = xmlText(cellText(value));
        if (text.isEmpty())
            return;
        xml += u"<c r=\"%1\" t=\"inlineStr\"%2><is><t xml:space=\"preserve\">%3</t></is></c>"_s.arg(
            cellName(row, column), header ? u" s=\"1\""_s : QString(), text);
    };
    xml += u"<row r=\"1\">"_s;
    for (int c = 0; c < sheet.header.size(); ++c)
        put(0, c, sheet.header.at(c), true);
    xml += u"</row>"_s;
    for (int r = 0; r < sheet.rows.size(); ++r) {
        xml += u"<row r=\"%1\">"_s.arg(r + 2);
        const QVariantList &row = sheet.rows.at(r);
        for (int c = 0; c < row.size(); ++c)
            put(r + 1, c, row.at(c), false);
        xml += u"</row>"_s;
    }
    xml += u"</sheetData></worksheet>"_s;

    const QString name = xmlText(sheet.name.isEmpty() ? u"Sheet1"_s : sheet.name.left(31));
    const QList<std::pair<QString, QByteArray>> parts = {
        {u"[Content_Types].xml"_s,
         "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
         "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
         "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
         "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
         "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
         "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
         "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
         "</Types>"},
        {u"_rels/.rels"_s,
         "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
         "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
         "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>"
         "</Relationships>"},
        {u"xl/workbook.xml"_s,
         (u"<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
          "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
          "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
          "<sheets><sheet name=\"%1\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>"_s)
             .arg(name)
             .toUtf8()},
        {u"xl/_rels/workbook.xml.rels"_s,
         "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
         "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
         "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
         "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>"
         "</Relationships>"},
        {u"xl/styles.xml"_s,
         "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
         "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
         "<fonts count=\"2\"><font><sz val=\"11\"/><name val=\"Calibri\"/></font><font><b/><sz val=\"11\"/><name val=\"Calibri\"/></font></fonts>"
         "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill><fill><patternFill patternType=\"gray125\"/></fill></fills>"
         "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
         "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
         "<cellXfs count=\"2\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
         "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\"/></cellXfs>"
         "</styleSheet>"},
        {u"xl/worksheets/sheet1.xml"_s, xml.toUtf8()},
    };

    QByteArray bytes;
    QBuffer buffer(&bytes);
    QuaZip zip(&buffer);
    if (!zip.open(QuaZip::mdCreate))
        return Error{tr("the workbook could not be started (zip error %1)").arg(zip.getZipError())};
    for (const auto &[partName, content] : parts) {
        QuaZipFile part(&zip);
        if (!part.open(QIODevice::WriteOnly, QuaZipNewInfo(partName)) || part.write(content) != content.size()) {
            part.close();
            return Error{tr("the workbook's part %1 could not be written").arg(partName)};
        }
        part.close();
        if (part.getZipError() != ZIP_OK)
            return Error{tr("the workbook's part %1 could not be written").arg(partName)};
    }
    zip.close();
    if (zip.getZipError() != ZIP_OK)
        return Error{tr("the workbook could not be finished (zip error %1)").arg(zip.getZipError())};
    return bytes;
}

} // namespace taller

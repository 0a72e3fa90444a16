#include "tabular/SheetLayout.h"

#include "base/Text.h"
#include "tabular/NameSplitter.h"

#include <QRegularExpression>
#include <QSet>

namespace taller {

using namespace Qt::StringLiterals;

namespace {

int filledCells(const CsvReader::Record &record)
{
    return int(std::count_if(record.fields.cbegin(), record.fields.cend(), [](const QString &f) { return !f.trimmed().isEmpty(); }));
}

QString firstFilled(const CsvReader::Record &record)
{
    for (const QString &f : record.fields) {
        if (!f.trimmed().isEmpty())
            return f.trimmed();
    }
    return {};
}

// How many fields a row's cells name, each field once; numbering headers
// count as half a field (they sit in header rows, never in titles).
double headerScore(const CsvReader::Record &record, const QList<FieldSpec> &fields, const ColumnMap::Guess &guess)
{
    QSet<QString> named;
    double score = 0;
    for (const QString &cell : record.fields) {
        const QString text = cell.simplified();
        // A header names; it is not a sentence ("Lista de inscritos al
        // 03/10/2016, taller de gobierno abierto …").
        if (text.isEmpty() || text.size() > 120)
            continue;
        if (SheetLayout::isNumberingHeader(text)) {
            score += 0.5;
            continue;
        }
        const QString key = ColumnMap::match(text, fields, guess);
        if (!key.isEmpty() && !named.contains(key)) {
            named.insert(key);
            score += 1;
        }
    }
    return score;
}

} // namespace

bool SheetLayout::isNumberingHeader(const QString &header)
{
    const QString raw = header.simplified();
    if (raw == u"#"_s || raw == u"N°"_s || raw == u"Nº"_s || raw == u"N.°"_s || raw == u"N.º"_s)
        return true;
    static const QSet<QString> names = {u"n"_s,    u"no"_s,   u"nro"_s,   u"nro orden"_s, u"n orden"_s, u"num"_s, u"numero"_s,
                                        u"item"_s, u"items"_s, u"orden"_s, u"n de orden"_s, u"numero de orden"_s, u"nr"_s,
                                        u"number"_s, u"no de orden"_s, u"ord"_s, u"correlativo"_s, u"n o"_s, u"nro de orden"_s};
    return names.contains(ColumnMap::fold(raw));
}

bool SheetLayout::isClosingRow(const CsvReader::Record &record)
{
    if (filledCells(record) > 3)
        return false;
    QString text;
    for (const QString &f : record.fields) {
        const QString t = f.trimmed();
        // A number alone before the words is the row's numbering.
        static const QRegularExpression number(u"^\\d+$"_s);
        if (t.isEmpty() || (text.isEmpty() && number.match(t).hasMatch()))
            continue;
        text = ColumnMap::fold(t);
        break;
    }
    if (text.isEmpty())
        return false;
    static const QStringList starts = {u"total"_s,       u"totales"_s,       u"subtotal"_s,    u"suma"_s,         u"fin de la lista"_s,
                                       u"fin de lista"_s, u"fin del listado"_s, u"end of list"_s, u"elaborado por"_s, u"firma"_s,
                                       u"fuente"_s,       u"cantidad de"_s,   u"numero de inscritos"_s, u"numero de participantes"_s};
    if (text == u"fin"_s || text == u"end"_s)
        return true;
    for (const QString &s : starts) {
        if (text == s || text.startsWith(s + u' '))
            return true;
    }
    return false;
}

SheetLayout SheetLayout::find(const QList<CsvReader::Record> &records, const QList<FieldSpec> &fields, const ColumnMap::Guess &guess,
                              int chosenHeaderLine)
{
    SheetLayout layout;
    if (records.isEmpty())
        return layout;
    if (chosenHeaderLine > 0) {
        for (int i = 0; i < records.size(); ++i) {
            if (records.at(i).line >= chosenHeaderLine) {
                layout.headerIndex = i;
                break;
            }
        }
        layout.headerFound = layout.headerIndex >= 0;
        if (layout.headerIndex < 0)
            layout.headerIndex = 0;
    } else {
        double best = 0;
        const int searched = std::min<int>(int(records.size()), searchedRows);
        for (int i = 0; i < searched; ++i) {
            const double score = headerScore(records.at(i), fields, guess);
            // A lone match in a one-cell row is a title ("Participantes").
            if (score < 1 || (filledCells(records.at(i)) < 2 && records.size() > 1))
                continue;
            if (score > best) {
                best = score;
                layout.headerIndex = i;
            }
        }
        layout.headerFound = layout.headerIndex >= 0;
        if (layout.headerIndex < 0)
            layout.headerIndex = 0;
    }
    const CsvReader::Record &header = records.at(layout.headerIndex);
    layout.headerLine = header.line;
    if (layout.headerIndex > 0) {
        QStringList above;
        for (int i = 0; i < layout.headerIndex; ++i) {
            const QString t = firstFilled(records.at(i));
            above << (t.size() > 60 ? t.left(59) + u'…' : t);
        }
        layout.notes.append({header.line, tr("the columns are named on line %1; the %n row(s) above it were skipped (%2)", nullptr,
                                             layout.headerIndex)
                                              .arg(header.line)
                                              .arg(u"«"_s + above.join(u"», «"_s) + u"»"_s)});
    }

    // Numbering columns: by their header, or a blank header over 1, 2, 3 …
    int width = int(header.fields.size());
    for (const CsvReader::Record &r : records)
        width = std::max(width, int(r.fields.size()));
    QList<CsvReader::Record> under = records.mid(layout.headerIndex);
    for (int c = 0; c < width; ++c) {
        const QString h = c < header.fields.size() ? header.fields.at(c) : QString();
        const Content content = contentOf(under, c);
        // "Número" over DNIs is not a numbering.
        const bool byHeader = isNumberingHeader(h) && (content == Content::Numbering || content == Content::Unknown);
        if (byHeader || (h.trimmed().isEmpty() && content == Content::Numbering)) {
            layout.numberingColumns.append(c);
            layout.notes.append({header.line, byHeader ? tr("column %1 «%2» only numbers the rows; left out").arg(c + 1).arg(h.simplified())
                                                       : tr("column %1 only numbers the rows; left out").arg(c + 1)});
        }
    }
    for (int i = layout.headerIndex + 1; i < records.size(); ++i) {
        if (isClosingRow(records.at(i))) {
            layout.closingRows.append(i);
            layout.notes.append({records.at(i).line, tr("line %1 «%2» closes the list, it is not a person; skipped")
                                                          .arg(records.at(i).line)
                                                          .arg(firstFilled(records.at(i)))});
        }
    }
    return layout;
}

QList<CsvReader::Record> SheetLayout::listRecords(const QList<CsvReader::Record> &records) const
{
    QList<CsvReader::Record> list;
    for (int i = std::max(0, headerIndex); i < records.size(); ++i) {
        if (!closingRows.contains(i))
            list.append(records.at(i));
    }
    return list;
}

void SheetLayout::applyTo(QList<MappedColumn> &columns) const
{
    for (MappedColumn &c : columns) {
        if (numberingColumns.contains(c.index) && !c.chosen) {
            c.field.clear();
            c.numbering = true;
        }
    }
}

SheetLayout::Content SheetLayout::contentOf(const QList<CsvReader::Record> &records, int column)
{
    static const QRegularExpression dni(u"^\\d{7,8}$"_s);
    static const QRegularExpression email(u"^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"_s);
    static const QRegularExpression phone(u"^\\+?[\\d\\s()-]{7,16}$"_s);
    static const QRegularExpression integer(u"^\\d+$"_s);
    static const QRegularExpression nameWords(u"^[\\p{L}'.-]+( [\\p{L}'.-]+){1,6}$"_s);
    int filled = 0;
    int dnis = 0, emails = 0, phones = 0, names = 0, known = 0;
    bool counting = true;
    int expected = 0;
    for (qsizetype r = 1; r < records.size(); ++r) {
        const CsvReader::Record &record = records.at(r);
        const QString v = column < record.fields.size() ? record.fields.at(column).simplified() : QString();
        if (v.isEmpty())
            continue;
        ++filled;
        if (integer.match(v).hasMatch()) {
            if (expected == 0)
                expected = v.toInt();
            counting = counting && v.toInt() == expected;
            ++expected;
        } else {
            counting = false;
        }
        if (dni.match(v).hasMatch())
            ++dnis;
        if (email.match(v).hasMatch())
            ++emails;
        const QString digits = QString(v).remove(QRegularExpression(u"\\D"_s));
        // A Peruvian mobile (9 digits from 9) or a number written with its
        // country code; an 11-digit RUC is neither.
        if (phone.match(v).hasMatch() && ((digits.size() == 9 && digits.startsWith(u'9')) || (v.startsWith(u'+') && digits.size() >= 9)))
            ++phones;
        if (nameWords.match(v).hasMatch()) {
            ++names;
            for (const QString &w : v.split(u' ')) {
                const NameLexicon::Evidence e = NameLexicon::builtIn().of(w);
                if (e.given + e.surname > 0) {
                    ++known;
                    break;
                }
            }
        }
    }
    if (filled < 2)
        return Content::Unknown;
    auto most = [&](int n) { return n * 10 >= filled * 9; };
    if (counting && expected > 2)
        return Content::Numbering;
    if (most(emails))
        return Content::Email;
    if (most(dnis) && dnis > 0)
        return Content::Dni;
    if (most(phones))
        return Content::Phone;
    if (most(names) && known * 10 >= filled * 6)
        return Content::PersonName;
    return Content::Unknown;
}

QString SheetLayout::contentName(Content content)
{
    switch (content) {
    case Content::Numbering: return tr("row numbers");
    case Content::Dni: return tr("DNI numbers (8 digits)");
    case Content::Email: return tr("e-mail addresses");
    case Content::Phone: return tr("phone numbers");
    case Content::PersonName: return tr("people's names");
    case Content::Unknown: break;
    }
    return {};
}

} // namespace taller

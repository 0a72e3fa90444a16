#include "tabular/ColumnMap.h"

#include "base/Text.h"

#include <QRegularExpression>
#include <QSet>

namespace taller {

using namespace Qt::StringLiterals;

namespace {

QString foldedName(const QString &name)
{
    QString folded = foldForMatching(name);
    static const QRegularExpression punctuation(u"[^\\p{L}\\p{N}]+"_s);
    folded.replace(punctuation, u" "_s);
    return folded.simplified();
}

// "3. Nombres" and "1) DNI" number their questions.
QString withoutNumbering(const QString &folded)
{
    static const QRegularExpression numbering(u"^\\d+ "_s);
    QString text = folded;
    text.remove(numbering);
    return text;
}

QString exactField(const QString &folded, const QList<FieldSpec> &fields)
{
    if (folded.isEmpty())
        return {};
    for (const FieldSpec &field : fields) {
        if (folded == foldedName(field.key))
            return field.key;
        for (const QString &name : field.names) {
            if (folded == foldedName(name))
                return field.key;
        }
    }
    return {};
}

QString fieldForName(const QString &name, const QList<FieldSpec> &fields)
{
    const QString folded = foldedName(name);
    if (folded.isEmpty() || folded == u"none"_s || folded == u"ninguno"_s || folded == u"ninguna"_s)
        return {};
    for (const FieldSpec &field : fields) {
        if (folded == foldedName(field.key) || folded == foldedName(field.label))
            return field.key;
    }
    return exactField(folded, fields);
}

} // namespace

QString ColumnMap::fold(const QString &header)
{
    return foldedName(header);
}

QString ColumnMap::match(const QString &header, const QList<FieldSpec> &fields, const Guess &guess)
{
    const QString whole = withoutNumbering(foldedName(header));
    if (QString key = exactField(whole, fields); !key.isEmpty())
        return key;
    // "Acciones (cómo hacer)", "Correo [obligatorio]": the words outside the
    // brackets, then those inside.
    static const QRegularExpression bracketed(u"[(\\[{]([^)\\]}]*)[)\\]}]?"_s);
    QString outside = header;
    outside.remove(bracketed);
    if (QString key = exactField(withoutNumbering(foldedName(outside)), fields); !key.isEmpty())
        return key;
    auto inside = bracketed.globalMatch(header);
    while (inside.hasNext()) {
        if (QString key = exactField(foldedName(inside.next().captured(1)), fields); !key.isEmpty())
            return key;
    }
    const QStringList words = withoutNumbering(foldedName(outside)).split(u' ', Qt::SkipEmptyParts);
    if (guess) {
        if (QString key = guess(words); !key.isEmpty())
            return key;
    }
    // One field whose one-word name is among the header's words.
    QString found;
    for (const FieldSpec &field : fields) {
        bool hit = false;
        for (const QString &name : field.names + QStringList{field.key}) {
            const QString n = foldedName(name);
            if (!n.contains(u' ') && n.size() > 2 && words.contains(n))
                hit = true;
        }
        if (hit && !found.isEmpty() && found != field.key)
            return {}; // ambiguous: better unmapped and said than wrong
        if (hit)
            found = field.key;
    }
    return found;
}

QString ColumnMap::checkChoice(const QString &choice, const QList<FieldSpec> &fields)
{
    const qsizetype eq = choice.lastIndexOf(u'=');
    if (eq <= 0)
        return tr("\"%1\" is not HEADER=FIELD").arg(choice);
    const QString fieldText = choice.mid(eq + 1).trimmed();
    const QString folded = foldedName(fieldText);
    if (fieldText == u"-"_s || fieldText.isEmpty() || folded == u"none"_s || folded == u"ninguno"_s || !fieldForName(fieldText, fields).isEmpty())
        return {};
    QStringList keys;
    for (const FieldSpec &f : fields)
        keys << f.key;
    return tr("there is no field \"%1\"; the fields are: %2, or - for none").arg(fieldText, keys.join(u", "_s));
}

Result<QList<MappedColumn>> ColumnMap::build(const QList<CsvReader::Record> &records, const QList<FieldSpec> &fields,
                                             const QStringList &overrides, const Guess &guess)
{
    QList<MappedColumn> columns;
    if (records.isEmpty())
        return columns;
    const QStringList header = records.first().fields;
    // Columns beyond the header that hold data are columns too.
    int width = int(header.size());
    for (const CsvReader::Record &record : records)
        width = std::max(width, int(record.fields.size()));
    for (int i = 0; i < width; ++i) {
        MappedColumn column;
        column.index = i;
        column.header = i < header.size() ? header.at(i).simplified() : QString();
        columns.append(column);
    }

    // The user's choices first.
    for (const QString &override : overrides) {
        const qsizetype eq = override.lastIndexOf(u'=');
        if (eq < 0)
            return Error{tr("\"%1\" is not HEADER=FIELD").arg(override)};
        const QString headerText = override.left(eq).trimmed();
        const QString fieldText = override.mid(eq + 1).trimmed();
        int index = -1;
        for (const MappedColumn &c : columns) {
            if (index < 0 && (c.header == headerText || foldedName(c.header) == foldedName(headerText)))
                index = c.index;
        }
        if (index < 0)
            return Error{tr("the file has no column \"%1\"; its columns are: %2").arg(headerText, header.join(u", "_s))};
        QString key;
        if (fieldText != u"-"_s) {
            key = fieldForName(fieldText, fields);
            if (key.isEmpty() && !fieldText.isEmpty() && foldedName(fieldText) != u"none"_s && foldedName(fieldText) != u"ninguno"_s) {
                QStringList keys;
                for (const FieldSpec &f : fields)
                    keys << f.key;
                return Error{tr("there is no field \"%1\"; the fields are: %2, or - for none").arg(fieldText, keys.join(u", "_s))};
            }
        }
        for (MappedColumn &c : columns) {
            if (!key.isEmpty() && c.field == key && c.chosen)
                c.field.clear();
        }
        columns[index].field = key;
        columns[index].chosen = true;
    }
    QSet<QString> taken;
    for (const MappedColumn &c : columns) {
        if (c.chosen && !c.field.isEmpty())
            taken.insert(c.field);
    }
    for (MappedColumn &c : columns) {
        if (c.chosen)
            continue;
        const QString key = match(c.header, fields, guess);
        if (!key.isEmpty() && !taken.contains(key)) {
            c.field = key;
            taken.insert(key);
        }
    }
    return columns;
}

QList<ColumnMap::Warning> ColumnMap::unmappedWarnings(const QList<MappedColumn> &columns, const QList<CsvReader::Record> &records,
                                                      const QList<FieldSpec> &fields)
{
    QList<Warning> warnings;
    const int headerLine = records.isEmpty() ? 1 : records.first().line;
    for (const MappedColumn &c : columns) {
        if (!c.field.isEmpty() || c.numbering)
            continue;
        int filled = 0;
        for (qsizetype r = 1; r < records.size(); ++r) {
            const CsvReader::Record &record = records.at(r);
            if (c.index < record.fields.size() && !record.fields.at(c.index).trimmed().isEmpty())
                ++filled;
        }
        if (filled == 0 && c.header.isEmpty())
            continue;
        if (c.chosen) {
            if (filled > 0)
                warnings.append({headerLine, tr("column %1 \"%2\" is left out as chosen (%n value(s) in it)", nullptr, filled)
                                                 .arg(c.index + 1)
                                                 .arg(c.header)});
            continue;
        }
        const QString sameAs = match(c.header, fields);
        if (!sameAs.isEmpty())
            warnings.append({headerLine, tr("column %1 \"%2\" is not imported: \"%3\" already comes from another column")
                                             .arg(c.index + 1)
                                             .arg(c.header, label(fields, sameAs))});
        else if (filled > 0)
            warnings.append({headerLine, tr("column %1 \"%2\" is not imported: it matches no field (%n value(s) in it); choose "
                                            "its field if it should be",
                                            nullptr, filled)
                                             .arg(c.index + 1)
                                             .arg(c.header.isEmpty() ? tr("(no header)") : c.header)});
    }
    return warnings;
}

int ColumnMap::indexOf(const QList<MappedColumn> &columns, const QString &field)
{
    for (const MappedColumn &c : columns) {
        if (c.field == field)
            return c.index;
    }
    return -1;
}

QString ColumnMap::label(const QList<FieldSpec> &fields, const QString &key)
{
    for (const FieldSpec &f : fields) {
        if (f.key == key)
            return f.label;
    }
    return key;
}

QStringList ColumnMap::choices(const QList<MappedColumn> &columns)
{
    QStringList list;
    for (const MappedColumn &c : columns) {
        if (c.chosen)
            list << c.header + u'=' + (c.field.isEmpty() ? u"-"_s : c.field);
    }
    return list;
}

} // namespace taller

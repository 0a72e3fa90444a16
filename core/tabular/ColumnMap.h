#pragma once

#include "base/Result.h"
#include "tabular/CsvReader.h"

#include <QCoreApplication>
#include <QStringList>

#include <functional>

namespace taller {

// One field a list can fill: its key (as the CLI's --json names it), the
// words people head its column with (Spanish and English), and its label.
struct FieldSpec
{
    QString key;
    QString label;
    // Whole headers, folded ("correo electronico"); the key is one too.
    QStringList names;
};

// Which column of a file feeds which field.
struct MappedColumn
{
    int index = 0;
    QString header;
    QString field; // a FieldSpec key; empty for none
    bool chosen = false; // set by the user (--column or the preview), not guessed
    bool numbering = false; // only numbers the rows ("N°", "Item"): left out quietly
    // How the field was placed when the header did not say: "judged by its
    // content (DNI numbers)"; empty when the header said.
    QString byContent;
};

// Matches a file's headers to fields, tolerantly: accents, case,
// punctuation, numbering ("3. Nombres:"), words in parentheses
// ("Acciones (cómo hacer)") and a required-mark ("DNI *") do not matter.
// A column that feeds nothing is said, never dropped in silence.
class ColumnMap
{
    Q_DECLARE_TR_FUNCTIONS(taller::ColumnMap)

public:
    // An importer's own guess from a header's words, after the names failed;
    // returns a key or an empty string.
    using Guess = std::function<QString(const QStringList &words)>;

    struct Warning
    {
        int line = 0;
        QString text;
    };

    // Lower case, accents and punctuation gone, spaces folded.
    static QString fold(const QString &header);

    // overrides: "HEADER=FIELD" (FIELD a key or a name, or "-" for none).
    // Refused when an override names a header the file does not have or a
    // field the list does not know.
    static Result<QList<MappedColumn>> build(const QList<CsvReader::Record> &records, const QList<FieldSpec> &fields,
                                             const QStringList &overrides = {}, const Guess &guess = {});
    // Whether "HEADER=FIELD" is well formed and FIELD names one of fields
    // (or none: "-"); an empty string when it is, what is wrong otherwise.
    static QString checkChoice(const QString &choice, const QList<FieldSpec> &fields);
    // The guess for one header alone.
    static QString match(const QString &header, const QList<FieldSpec> &fields, const Guess &guess = {});

    // The columns with something in them that feed no field, one warning each.
    static QList<Warning> unmappedWarnings(const QList<MappedColumn> &columns, const QList<CsvReader::Record> &records,
                                           const QList<FieldSpec> &fields);
    static int indexOf(const QList<MappedColumn> &columns, const QString &field);
    static QString label(const QList<FieldSpec> &fields, const QString &key);
    // "HEADER=FIELD" for each column the user chose, to map again.
    static QStringList choices(const QList<MappedColumn> &columns);
};

} // namespace taller

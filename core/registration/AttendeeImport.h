#pragma once

#include "base/Result.h"
#include "registration/Attendee.h"
#include "tabular/ColumnMap.h"
#include "tabular/ImportProblem.h"
#include "tabular/NameSplitter.h"
#include "tabular/TabularReader.h"

#include <QCoreApplication>
#include <QSet>

#include "tabular/TabularWriter.h"

namespace taller {

class EventFile;

// Attendees from a registration form's export (CSV, .xlsx or .ods), through
// the shared column map and name splitter. Preparing reads and checks
// every row without writing anything, so the window can show what will be
// imported and what rejected; committing writes all accepted rows in one
// transaction, or none.
class AttendeeImport
{
    Q_DECLARE_TR_FUNCTIONS(taller::AttendeeImport)

public:
    struct Row
    {
        int line = 0;
        Attendee attendee;
        // When the names came from one full-name column: what it said, and
        // why the split is a guess (empty when sure).
        QString fullName;
        QString splitDoubt;
        // The other reading the splitter weighed, for a one-key fix.
        QString otherGivenNames;
        QString otherSurnames;
    };

    // What the import decided about the sheet's shape (where the header is,
    // columns judged by their content, rows that close the list): said,
    // neither a problem nor a rejection.
    struct Note
    {
        int line = 0;
        QString text;
    };

    struct SheetRow
    {
        int line = 0;
        QStringList cells;
    };

    struct Plan
    {
        CsvReader::Encoding encoding = CsvReader::Encoding::Utf8;
        QChar delimiter;
        // "CSV, UTF-8, separated by ;" or "Excel (.xlsx), sheet Hoja1".
        QString source;
        // Every column of the file in order, with the field it feeds.
        QList<MappedColumn> columns;
        QList<Row> accepted;
        QList<ImportProblem> problems;
        QList<Note> notes;
        // The line that names the columns, and whether it was found (or
        // chosen) rather than taken for lack of one.
        int headerLine = 1;
        bool headerFound = true;
        // The sheet's first rows as they are, to choose the header from.
        QList<SheetRow> firstRows;
        // Why the list cannot be imported as the columns stand (no name or no
        // document column); empty when it can. The window then asks.
        QString unplaced;

        int count(ImportProblem::Kind kind) const;
    };

    struct Report
    {
        QList<MappedColumn> columns;
        int imported = 0;
        int duplicates = 0;
        int rejected = 0;
        int warnings = 0;
        QList<ImportProblem> problems;
        QList<Note> notes;
        int headerLine = 1;
    };

    // The fields a column can feed; keys as `attendees --json` names them.
    static const QList<FieldSpec> &fields();
    // The field a header names, as the import reads it (Spanish, English,
    // Portuguese); empty for none.
    static QString fieldOfHeader(const QString &header);

    // existingDocuments: the document numbers the event already has.
    // columnChoices: "HEADER=FIELD" overrides of the column map.
    // headerLine: the line that names the columns, chosen by a person; 0 to
    // find it in the first rows.
    // known: the given names and surnames of the people the event already
    // has, which help split a full-name column.
    static Result<Plan> prepare(const TabularReader::Table &table, const QSet<QString> &existingDocuments,
                                const QStringList &columnChoices = {}, int headerLine = 0, const NameLexicon *known = nullptr);
    static Result<Plan> prepare(const QByteArray &bytes, const QSet<QString> &existingDocuments);
    static Result<Plan> prepare(EventFile &file, const QByteArray &bytes);
    static Result<Plan> prepare(EventFile &file, const TabularReader::Table &table, const QStringList &columnChoices = {},
                                int headerLine = 0);
    // Reading, mapping and checking a file in one call; refused when the
    // columns cannot be placed (Plan::unplaced).
    static Result<Plan> prepareFile(EventFile &file, const QString &path, const TabularReader::Options &options,
                                    const QStringList &columnChoices = {}, int headerLine = 0);
    // A plan that accepts no row writes nothing.
    static Result<Report> commit(EventFile &file, const Plan &plan);

    // Every attendee as a sheet that imports back as it was.
    static Result<TabularSheet> exportSheet(EventFile &file);
    // "imported 3, duplicates 1, rejected 2" then one line per problem.
    static QString reportText(const Report &report);
};

} // namespace taller

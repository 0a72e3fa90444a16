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
    };

    // The fields a column can feed; keys as `attendees --json` names them.
    static const QList<FieldSpec> &fields();

    // existingDocuments: the document numbers the event already has.
    // columnChoices: "HEADER=FIELD" overrides of the column map.
    static Result<Plan> prepare(const TabularReader::Table &table, const QSet<QString> &existingDocuments,
                                const QStringList &columnChoices = {});
    static Result<Plan> prepare(const QByteArray &bytes, const QSet<QString> &existingDocuments);
    static Result<Plan> prepare(EventFile &file, const QByteArray &bytes);
    static Result<Plan> prepare(EventFile &file, const TabularReader::Table &table, const QStringList &columnChoices = {});
    // Reading, mapping and checking a file in one call.
    static Result<Plan> prepareFile(EventFile &file, const QString &path, const TabularReader::Options &options,
                                    const QStringList &columnChoices = {});
    // A plan that accepts no row writes nothing.
    static Result<Report> commit(EventFile &file, const Plan &plan);

    // Every attendee as a sheet that imports back as it was.
    static Result<TabularSheet> exportSheet(EventFile &file);
    // "imported 3, duplicates 1, rejected 2" then one line per problem.
    static QString reportText(const Report &report);
};

} // namespace taller

#pragma once

#include "tabular/TabularWriter.h"

#include "base/Result.h"
#include "process/Initiative.h"
#include "tabular/ColumnMap.h"
#include "tabular/ImportProblem.h"
#include "tabular/TabularReader.h"

#include <QCoreApplication>
#include <QStringList>

#include <functional>

namespace taller {

class EventFile;

// A spreadsheet as the importer reads it: rows of cells, each row with the
// line (or row number) people see in their program.
struct SheetRow
{
    int line = 0;
    QStringList cells;
};
using Sheet = QList<SheetRow>;

class SheetReaders
{
    Q_DECLARE_TR_FUNCTIONS(taller::SheetReaders)
public:
    // Reads a list as every import does (core/tabular): CSV, TSV, TXT, .xlsx
    // or .ods; anything it cannot read is refused whole, with the reason.
    static Result<Sheet> read(const QString &path, const TabularReader::Options &options = {});
    static Sheet fromCsv(const QByteArray &data);
};

// Fichas from a spreadsheet whose first row names the columns: the seed's
// own headers ("Nombre de la Gerencia Regional:", "Nombre de la Actividad:",
// ...) and shorter ones are recognised, accents and case ignored.
class InitiativeImport
{
    Q_DECLARE_TR_FUNCTIONS(taller::InitiativeImport)
public:
    struct Plan
    {
        QList<Initiative> initiatives;
        QList<ImportProblem> problems;
        // Every column of the header row with the field it feeds.
        QList<MappedColumn> columns;
        // The line that names the columns, and the sheet's first rows to
        // choose another from.
        int headerLine = 1;
        QList<CsvReader::Record> firstRows;
        // Why the list cannot be imported as its columns stand (no name of
        // the activity); empty when it can. Committing such a plan is refused.
        QString unplaced;
        int count(ImportProblem::Kind kind) const;
    };
    struct Report
    {
        int imported = 0;
        int incomplete = 0;
        QList<ImportProblem> problems;
    };

    // Recognises a header cell: the organisation (-1) or a ficha field, or
    // nothing.
    static std::optional<int> recognise(const QString &header);
    // The fields a column can feed, keyed as `initiatives --json` names them.
    static const QList<FieldSpec> &fields();
    static QString keyOf(int field);
    // choices: "HEADER=FIELD" chosen by a person; headerLine: the line that
    // names the columns (0: the row among the first that names most fields).
    static Result<Plan> plan(EventFile &file, const Sheet &sheet, const QString &sourceName, const QStringList &choices = {},
                             int headerLine = 0);
    static Result<Report> commit(EventFile &file, Plan plan);
};

// The initiatives as open data: UTF-8 with a byte-order mark, ";" between
// fields (what Excel in Spanish opens as columns), and no cell that a
// spreadsheet would run as a formula.
class InitiativeExport
{
    Q_DECLARE_TR_FUNCTIONS(taller::InitiativeExport)
public:
    // Every initiative with how far it went and why: a list for a spreadsheet.
    static Result<TabularSheet> sheet(EventFile &file);
};

} // namespace taller

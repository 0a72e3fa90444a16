#pragma once

#include "tabular/TabularWriter.h"

#include "base/Result.h"
#include "process/Initiative.h"
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
    static Result<Plan> plan(EventFile &file, const Sheet &sheet, const QString &sourceName);
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

#pragma once

#include "base/Result.h"
#include "mesas/Commitment.h"
#include "tabular/ColumnMap.h"
#include "tabular/ImportProblem.h"
#include "tabular/TabularReader.h"
#include "tabular/TabularWriter.h"

#include <QCoreApplication>

namespace taller {

class EventFile;

// Input commitments for the mesas: from a list (CSV, .xlsx, .ods) (mesa, title, description,
// actions, responsible, participants, resources, deadline, indicator), or the
// approved commitments of an earlier workshop's event file. Every imported
// commitment is an input and says where it came from.
class CommitmentImport
{
    Q_DECLARE_TR_FUNCTIONS(taller::CommitmentImport)

public:
    struct Plan
    {
        QList<Commitment> commitments;
        QList<ImportProblem> problems;
        QList<MappedColumn> columns;
        // The line that names the columns, and the sheet's first rows to
        // choose another from.
        int headerLine = 1;
        QList<CsvReader::Record> firstRows;
        // Why the list cannot be imported as its columns stand (no title
        // column); empty when it can. Committing such a plan is refused.
        QString unplaced;
        int rejected() const { return ImportProblem::count(problems, ImportProblem::Kind::Rejected); }
    };

    struct Report
    {
        int imported = 0;
        QList<ImportProblem> problems;
        QList<MappedColumn> columns;
        // The line that names the columns (1 for an event file).
        int headerLine = 1;
        int rejected() const { return ImportProblem::count(problems, ImportProblem::Kind::Rejected); }
    };

    // The fields a column can feed; keys as `commitments --json` names them.
    static const QList<FieldSpec> &fields();

    static Result<Plan> fromCsv(EventFile &file, const QByteArray &csv, const QString &sourceName);
    // headerLine: the line that names the columns (0: found in the first rows).
    static Result<Plan> fromTable(EventFile &file, const TabularReader::Table &table, const QString &sourceName,
                                 const QStringList &columnChoices = {}, int headerLine = 0);
    static Result<Plan> fromEvent(EventFile &file, const QString &otherEventPath);
    // Reads path as an event file when it is one, as a list otherwise.
    static Result<Plan> fromPath(EventFile &file, const QString &path, const TabularReader::Options &options = TabularReader::Options(),
                                 const QStringList &columnChoices = {}, int headerLine = 0);
    // Refused, changing nothing, when there is no commitment to import.
    static Result<Report> commit(EventFile &file, Plan plan);
    // Every commitment as a sheet that imports back as it was.
    static Result<TabularSheet> exportSheet(EventFile &file);
};

} // namespace taller

#pragma once

#include "base/Result.h"
#include "programme/Agenda.h"
#include "tabular/ColumnMap.h"
#include "tabular/ImportProblem.h"
#include "tabular/TabularReader.h"
#include "tabular/TabularWriter.h"

#include <QCoreApplication>

namespace taller {

class EventFile;

// The programme as CSV, for editing in a spreadsheet: export writes every
// field, import reads it back (or a hand-made sheet with a start time or a
// duration per row) with the same report as the attendee import.
class AgendaCsv
{
    Q_DECLARE_TR_FUNCTIONS(taller::AgendaCsv)

public:
    struct Import
    {
        QList<AgendaItem> items;
        QList<ImportProblem> problems;
        QList<MappedColumn> columns;
        // The start time of the first activity, when the file gives one.
        QTime firstStart;
        int firstLine = 0;
        int rejected() const { return ImportProblem::count(problems, ImportProblem::Kind::Rejected); }
    };

    struct Applied
    {
        int imported = 0;
        QList<ImportProblem> problems;
        QList<MappedColumn> columns;
        // The event's start after the import, and what happened to it.
        QTime start;
        bool startChanged = false;
        QString startNote;
        int rejected() const { return ImportProblem::count(problems, ImportProblem::Kind::Rejected); }
    };

    // The fields a column can feed; keys as `agenda --json` names them.
    static const QList<FieldSpec> &fields();
    static TabularSheet sheet(const QList<AgendaItem> &items, QTime dayStart);
    // CSV for Excel: UTF-8 with BOM, ";".
    static QByteArray write(const QList<AgendaItem> &items, QTime dayStart);
    // dayEnd closes the last item when the sheet gives start times only.
    static Result<Import> read(const QByteArray &csv, QTime dayStart, QTime dayEnd);
    static Result<Import> read(const TabularReader::Table &table, QTime dayEnd, const QStringList &columnChoices);
    // Replaces the programme with the import's activities, all or nothing;
    // refused, changing nothing, when there are none. The event's start
    // follows the file's first activity when the event had no programme of
    // its own; otherwise it stays, and the note says so.
    static Result<Applied> apply(EventFile &file, Import import);
    // Leaves out the mesas the event does not have, each named as a problem.
    static Status dropUnknownMesas(EventFile &file, Import &import);
};

} // namespace taller

#pragma once

#include "base/Result.h"
#include "programme/Agenda.h"

#include <QCoreApplication>

namespace taller {

// The programme as CSV, for editing in a spreadsheet: export writes every
// field, import reads it back (or a hand-made sheet with a start time or a
// duration per row) with the same report as the attendee import.
class AgendaCsv
{
    Q_DECLARE_TR_FUNCTIONS(taller::AgendaCsv)

public:
    struct Problem
    {
        int line = 0;
        QString reason;
    };

    struct Import
    {
        QList<AgendaItem> items;
        QList<Problem> problems;
        int rejected = 0;
    };

    static QByteArray write(const QList<AgendaItem> &items, QTime dayStart);
    // dayEnd closes the last item when the sheet gives start times only.
    static Result<Import> read(const QByteArray &csv, QTime dayStart, QTime dayEnd);
};

} // namespace taller

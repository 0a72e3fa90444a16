#pragma once

#include "base/Result.h"
#include "mesas/Commitment.h"

#include <QCoreApplication>

namespace taller {

class EventFile;

// Input commitments for the mesas: from a CSV (mesa, title, description,
// actions, responsible, participants, resources, deadline, indicator), or the
// approved commitments of an earlier workshop's event file. Every imported
// commitment is an input and says where it came from.
class CommitmentImport
{
    Q_DECLARE_TR_FUNCTIONS(taller::CommitmentImport)

public:
    struct Problem
    {
        int line = 0;
        QString reason;
    };

    struct Plan
    {
        QList<Commitment> commitments;
        QList<Problem> problems;
        int rejected = 0;
    };

    struct Report
    {
        int imported = 0;
        int rejected = 0;
        QList<Problem> problems;
    };

    static Result<Plan> fromCsv(EventFile &file, const QByteArray &csv, const QString &sourceName);
    static Result<Plan> fromEvent(EventFile &file, const QString &otherEventPath);
    // Reads path as an event file when it is one, as CSV otherwise.
    static Result<Plan> fromPath(EventFile &file, const QString &path);
    static Result<Report> commit(EventFile &file, Plan plan);
};

} // namespace taller

#pragma once

#include "base/EnumTable.h"

#include <QList>
#include <QString>

namespace taller {

// What an import found at one line of a sheet: a row left out, a row that
// repeats what the event already has, or a warning about a row imported anyway.
struct ImportProblem
{
    enum class Kind { Rejected, Duplicate, Warning };

    int line = 0;
    Kind kind = Kind::Rejected;
    QString reason;

    static int count(const QList<ImportProblem> &problems, Kind kind);
};

// The words of this enumeration (keys for JSON): core/vocabulary/Vocabulary.cpp.
const EnumTable<ImportProblem::Kind> &enumTable(ImportProblem::Kind);

} // namespace taller

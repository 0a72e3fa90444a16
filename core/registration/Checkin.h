#pragma once

#include "base/EnumTable.h"
#include "registration/Attendee.h"

#include <QDateTime>
#include <QMap>

namespace taller {

// Keys only (command-line JSON): the window words each outcome in a sentence.
enum class CheckinOutcome { CheckedIn, Already, Undone, NotCheckedIn, NotFound, Invalid };

struct CheckinResult
{
    CheckinOutcome outcome = CheckinOutcome::NotFound;
    Attendee attendee;
    // When the check-in happened (now, or earlier when Already).
    QDateTime at;
};

// One line of the attendance record: a check-in or its undoing.
struct CheckinEntry
{
    qint64 id = 0;
    Attendee attendee;
    bool undo = false;
    QDateTime at;
    QString desk;
};

struct SectorCount
{
    int registered = 0;
    int checkedIn = 0;
};

// How many are registered and present, in all and by sector.
struct CheckinCounts
{
    int registered = 0;
    int checkedIn = 0;
    int walkIns = 0;
    QMap<Sector, SectorCount> bySector;
};

// The words of this enumeration: core/vocabulary/Vocabulary.cpp.
const EnumTable<CheckinOutcome> &enumTable(CheckinOutcome);

} // namespace taller

#pragma once

#include "base/EventFile.h"
#include "mesas/Commitment.h"

namespace taller {

// A mesa's commitments typed, with no network, into a copy of the event
// (made with `backup`, which records each commitment's revision in the copy:
// copy_base), taken back into the event. The rule is the browsers' one: a
// commitment changed in the copy is taken only when the event's has not
// changed since the copy was made; when both changed, neither is lost —
// the event keeps its own and the conflict is named with the copy's text.
class CommitmentsFromCopy
{
    Q_DECLARE_TR_FUNCTIONS(taller::CommitmentsFromCopy)

public:
    struct Report
    {
        int added = 0;
        int updated = 0;
        int unchanged = 0;
        // Each in words: the mesa, the title, what differs and why it was not
        // taken.
        QStringList conflicts;
    };

    // Reads the copy at copyPath (never written to) and writes what it can
    // take of mesaCode's commitments to file, in one transaction.
    static Result<Report> takeIn(EventFile &file, const QString &copyPath, const QString &mesaCode);
    // Records in the copy at copyPath each commitment's revision now (what
    // `backup` does after writing a copy).
    static Status markBase(const QString &copyPath);
};

} // namespace taller

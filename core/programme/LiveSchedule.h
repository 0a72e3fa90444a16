#pragma once

#include "programme/Agenda.h"

#include <QDateTime>

#include <optional>

namespace taller {

// Where the day stands at a given moment, from the programme and the actual
// times recorded so far: what is on, how long it has left, what comes next,
// and how far ahead or behind the day runs.
struct LiveStatus
{
    enum class Phase { NotStarted, Running, Finished };

    Phase phase = Phase::NotStarted;
    // Index into the programme; set while Running.
    std::optional<int> current;
    std::optional<int> next;
    // Seconds left of the current item's planned duration; negative when it
    // runs over.
    qint64 remainingSeconds = 0;
    // Positive: the day will end later than planned.
    qint64 delaySeconds = 0;
    QDateTime plannedEnd;
    QDateTime projectedEnd;
};

class LiveSchedule
{
public:
    // The planned start and end of each item on date, from dayStart.
    static QList<std::pair<QDateTime, QDateTime>> plannedTimes(const QList<AgendaItem> &items, QDate date, QTime dayStart);
    static LiveStatus status(const QList<AgendaItem> &items, QDate date, QTime dayStart, const QDateTime &now);

    // The programme after "start the day" at now: the first item begins.
    static QList<AgendaItem> started(QList<AgendaItem> items, const QDateTime &now);
    // After "next": the running item ends at now and the following begins;
    // after the last item the day is over. Unchanged when nothing runs.
    static QList<AgendaItem> advanced(QList<AgendaItem> items, const QDateTime &now);
    // Clears every recorded time, to rehearse or start over.
    static QList<AgendaItem> reset(QList<AgendaItem> items);
};

} // namespace taller

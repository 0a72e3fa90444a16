#include "programme/LiveSchedule.h"

namespace taller {

namespace {

std::optional<int> runningIndex(const QList<AgendaItem> &items)
{
    for (int i = 0; i < items.size(); ++i) {
        if (items.at(i).actualStart.isValid() && !items.at(i).actualEnd.isValid())
            return i;
    }
    return std::nullopt;
}

} // namespace

QList<std::pair<QDateTime, QDateTime>> LiveSchedule::plannedTimes(const QList<AgendaItem> &items, QDate date, QTime dayStart)
{
    QList<std::pair<QDateTime, QDateTime>> times;
    QDateTime at(date, dayStart);
    for (const AgendaItem &item : items) {
        const QDateTime end = at.addSecs(qint64(item.minutes) * 60);
        times.append({at, end});
        at = end;
    }
    return times;
}

LiveStatus LiveSchedule::status(const QList<AgendaItem> &items, QDate date, QTime dayStart, const QDateTime &now)
{
    LiveStatus status;
    const auto planned = plannedTimes(items, date, dayStart);
    status.plannedEnd = planned.isEmpty() ? QDateTime(date, dayStart) : planned.last().second;
    status.projectedEnd = status.plannedEnd;
    if (items.isEmpty() || !items.first().actualStart.isValid())
        return status;

    const auto running = runningIndex(items);
    if (!running) {
        // Every started item has ended: the day is over when the last one is.
        status.phase = LiveStatus::Phase::Finished;
        for (const AgendaItem &item : items) {
            if (item.actualEnd.isValid())
                status.projectedEnd = item.actualEnd;
        }
        status.delaySeconds = status.plannedEnd.secsTo(status.projectedEnd);
        return status;
    }

    status.phase = LiveStatus::Phase::Running;
    status.current = *running;
    if (*running + 1 < items.size())
        status.next = *running + 1;
    const AgendaItem &current = items.at(*running);
    const QDateTime plannedFinish = current.actualStart.addSecs(qint64(current.minutes) * 60);
    status.remainingSeconds = now.secsTo(plannedFinish);
    // The current item ends when planned, or now if it already runs over;
    // everything after it keeps its planned length.
    QDateTime end = std::max(plannedFinish, now);
    for (int i = *running + 1; i < items.size(); ++i)
        end = end.addSecs(qint64(items.at(i).minutes) * 60);
    status.projectedEnd = end;
    status.delaySeconds = status.plannedEnd.secsTo(end);
    return status;
}

QList<AgendaItem> LiveSchedule::started(QList<AgendaItem> items, const QDateTime &now)
{
    if (items.isEmpty() || items.first().actualStart.isValid())
        return items;
    items.first().actualStart = now;
    return items;
}

QList<AgendaItem> LiveSchedule::advanced(QList<AgendaItem> items, const QDateTime &now)
{
    const auto running = runningIndex(items);
    if (!running)
        return items;
    items[*running].actualEnd = now;
    if (*running + 1 < items.size())
        items[*running + 1].actualStart = now;
    return items;
}

QList<AgendaItem> LiveSchedule::reset(QList<AgendaItem> items)
{
    for (AgendaItem &item : items) {
        item.actualStart = QDateTime();
        item.actualEnd = QDateTime();
    }
    return items;
}

} // namespace taller

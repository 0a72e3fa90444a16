#include "programme/Agenda.h"

namespace taller {

using namespace Qt::StringLiterals;

QString Responsible::summary() const
{
    QStringList parts;
    if (!name.isEmpty())
        parts << name;
    if (!role.isEmpty())
        parts << role;
    if (!organisation.isEmpty())
        parts << organisation;
    return parts.join(u", "_s);
}

QList<ScheduledItem> schedule(const QList<AgendaItem> &items, QTime dayStart)
{
    QList<ScheduledItem> scheduled;
    scheduled.reserve(items.size());
    int offset = 0;
    for (const AgendaItem &item : items) {
        const QTime start = dayStart.addSecs(offset * 60);
        offset += item.minutes;
        scheduled.append({item, start, dayStart.addSecs(offset * 60)});
    }
    return scheduled;
}

QList<AgendaProblem> AgendaValidation::problems(const QList<AgendaItem> &items, QTime dayStart, QTime dayEnd,
                                                const QStringList &mesaCodes)
{
    QList<AgendaProblem> problems;
    int total = 0;
    for (int i = 0; i < items.size(); ++i) {
        const AgendaItem &item = items.at(i);
        total += item.minutes;
        if (item.minutes <= 0)
            problems.append({i, tr("\"%1\" lasts %2 minutes; an activity needs at least one.").arg(item.title).arg(item.minutes)});
        if (item.hasSplit()) {
            const int split = item.expositionMinutes.value_or(0) + item.questionsMinutes.value_or(0);
            if (split != item.minutes)
                problems.append({i, tr("\"%1\": %2 min of presentation and %3 of questions make %4, not the %5 it lasts.")
                                        .arg(item.title)
                                        .arg(item.expositionMinutes.value_or(0))
                                        .arg(item.questionsMinutes.value_or(0))
                                        .arg(split)
                                        .arg(item.minutes)});
        }
        if (item.title.trimmed().isEmpty())
            problems.append({i, tr("Activity %1 has no title.").arg(i + 1)});
        for (const QString &code : item.mesaCodes) {
            if (!mesaCodes.isEmpty() && !mesaCodes.contains(code))
                problems.append({i, tr("\"%1\" names mesa %2, which the event does not have.").arg(item.title, code)});
        }
    }
    const int available = dayStart.isValid() && dayEnd.isValid() ? int(dayStart.secsTo(dayEnd) / 60) : total;
    if (total > available)
        problems.append({-1, tr("The programme runs %1 minutes past the event's end (%2).")
                                 .arg(total - available)
                                 .arg(dayEnd.toString(u"HH:mm"_s))});
    return problems;
}

} // namespace taller

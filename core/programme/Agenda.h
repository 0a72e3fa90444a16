#pragma once

#include "base/EnumTable.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QTime>

#include <optional>

namespace taller {

enum class ActivityKind {
    Registration,
    Welcome,
    Presentation,
    Break,
    WorkingTables,
    Plenary,
    Signing,
    Meal,
    Other,
};

struct Responsible
{
    QString name;
    QString role;
    QString organisation;

    bool isEmpty() const { return name.isEmpty() && role.isEmpty() && organisation.isEmpty(); }
    // "Carlos Chunga, Sub Gerente de TI (GR)" style, for one-line displays.
    QString summary() const;
    bool operator==(const Responsible &) const = default;
};

// One activity of the programme. Its start is not stored: it follows from the
// event's start and the durations of the items before it.
struct AgendaItem
{
    qint64 id = 0;
    ActivityKind kind = ActivityKind::Other;
    QString title;
    int minutes = 0;
    Responsible responsible;
    // A presentation split as the seeds write it: "30 exp / 10 min preg".
    std::optional<int> expositionMinutes;
    std::optional<int> questionsMinutes;
    QString notes;
    // Codes of the mesas that work in parallel during a working-tables item.
    QStringList mesaCodes;
    QDateTime actualStart;
    QDateTime actualEnd;

    bool hasSplit() const { return expositionMinutes.has_value() || questionsMinutes.has_value(); }
    bool operator==(const AgendaItem &) const = default;
};

struct ScheduledItem
{
    AgendaItem item;
    QTime start;
    QTime end;
};

// Lays the items end to end from the event's start.
QList<ScheduledItem> schedule(const QList<AgendaItem> &items, QTime dayStart);

// What is wrong with a programme, said where it applies.
struct AgendaProblem
{
    // The item concerned, or -1 for the programme as a whole.
    int index = -1;
    QString message;
};

class AgendaValidation
{
    Q_DECLARE_TR_FUNCTIONS(taller::AgendaValidation)
public:
    static QList<AgendaProblem> problems(const QList<AgendaItem> &items, QTime dayStart, QTime dayEnd,
                                         const QStringList &mesaCodes = {});
};

// The words of this enumeration (keys like "working_tables", names like
// "Mesas de trabajo"): core/vocabulary/Vocabulary.cpp.
const EnumTable<ActivityKind> &enumTable(ActivityKind);

} // namespace taller

#pragma once

#include "base/EnumTable.h"
#include "base/Result.h"
#include "event/EventDetails.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QTime>

#include <optional>

namespace taller {

// A meeting of the co-creation process. The workshop (programme, desk,
// mesas, plenary, Acta de Compromisos) is meeting 1, the one every file has;
// every other meeting leaves minutes: who attended, the tabla, what was
// discussed (desarrollo) and the agreements.
enum class MeetingKind { Workshop, Meeting };

constexpr qint64 WorkshopMeetingId = 1;

struct Meeting
{
    qint64 id = 0;
    MeetingKind kind = MeetingKind::Meeting;
    std::optional<int> stage;
    QString title;
    QDate date;
    QTime start;
    QTime end;
    QString place;
    // The organisation the meeting is held with (a Gerencia and its
    // civil-society counterpart): its signed minutes count on the board.
    QString organisation;

    bool isWorkshop() const { return kind == MeetingKind::Workshop; }
    // What heads a printed page of the meeting: its title, who it is held
    // with, its place, day and times.
    EventDetails heading() const
    {
        EventDetails details;
        details.title = title;
        details.organiser = organisation;
        details.venue = place;
        details.date = date;
        details.start = start;
        details.end = end;
        return details;
    }
    bool operator==(const Meeting &) const = default;
};

// An item of the tabla, with what was discussed under it.
struct MeetingItem
{
    qint64 id = 0;
    QString title;
    QString development;
    bool operator==(const MeetingItem &) const = default;
};

enum class AgreementStatus { Open, Done, Overdue };

// An agreement of a meeting: what, who, by when (a date, or words such as
// "A la brevedad"), and its follow-up.
struct Agreement
{
    qint64 id = 0;
    qint64 meetingId = 0;
    QString text;
    QString responsible;
    QString due; // YYYY-MM-DD or words, as written
    QDate doneOn;
    QString doneNote;
    std::optional<qint64> reviewedIn;

    // The due date when the due is one; words have none.
    QDate dueDate() const;
    bool isDone() const { return doneOn.isValid(); }
    // Open, done, or overdue (not done and its date has passed by today).
    AgreementStatus status(const QDate &today) const;
    bool operator==(const Agreement &) const = default;
};

class Meetings
{
    Q_DECLARE_TR_FUNCTIONS(taller::Meetings)
public:
    // A due as typed: a date (YYYY-MM-DD, or DD/MM/YYYY as a person writes
    // it) becomes YYYY-MM-DD; other words stay as they are. Empty is refused.
    static Result<QString> normalizedDue(const QString &typed);
    // "13/06/2018" or the words.
    static QString dueText(const QString &due);
    // "Reunión 3 · Etapa II · título · 13/06/2018"
    static QString label(const Meeting &meeting);
};

// The words of these enumerations: core/vocabulary/Vocabulary.cpp.
const EnumTable<MeetingKind> &enumTable(MeetingKind);
const EnumTable<AgreementStatus> &enumTable(AgreementStatus);

} // namespace taller

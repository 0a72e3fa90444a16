#pragma once

#include <QDate>
#include <QString>
#include <QStringList>
#include <QTime>

namespace taller {

// The workshop itself ("taller"): what, who organises it, where and when.
struct EventDetails
{
    QString title;
    QString organiser;
    QString venue;
    QString address;
    QDate date;
    QTime start;
    QTime end;
    QString generalObjective;
    QStringList specificObjectives;
    int expectedParticipants = 0;
    QString audience;

    bool operator==(const EventDetails &) const = default;
};

// The editable fields of EventDetails, one id each, so that an edit can be
// described (and undone) field by field.
enum class EventField {
    Title,
    Organiser,
    Venue,
    Address,
    Date,
    Start,
    End,
    GeneralObjective,
    SpecificObjectives,
    ExpectedParticipants,
    Audience,
};

QVariant eventFieldValue(const EventDetails &details, EventField field);
void setEventFieldValue(EventDetails &details, EventField field, const QVariant &value);

} // namespace taller

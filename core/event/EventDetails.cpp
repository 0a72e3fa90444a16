#include "event/EventDetails.h"

#include <QVariant>

namespace taller {

QVariant eventFieldValue(const EventDetails &d, EventField field)
{
    switch (field) {
    case EventField::Title: return d.title;
    case EventField::Organiser: return d.organiser;
    case EventField::Venue: return d.venue;
    case EventField::Address: return d.address;
    case EventField::Date: return d.date;
    case EventField::Start: return d.start;
    case EventField::End: return d.end;
    case EventField::GeneralObjective: return d.generalObjective;
    case EventField::SpecificObjectives: return d.specificObjectives;
    case EventField::ExpectedParticipants: return d.expectedParticipants;
    case EventField::Audience: return d.audience;
    }
    return {};
}

void setEventFieldValue(EventDetails &d, EventField field, const QVariant &value)
{
    switch (field) {
    case EventField::Title: d.title = value.toString(); break;
    case EventField::Organiser: d.organiser = value.toString(); break;
    case EventField::Venue: d.venue = value.toString(); break;
    case EventField::Address: d.address = value.toString(); break;
    case EventField::Date: d.date = value.toDate(); break;
    case EventField::Start: d.start = value.toTime(); break;
    case EventField::End: d.end = value.toTime(); break;
    case EventField::GeneralObjective: d.generalObjective = value.toString(); break;
    case EventField::SpecificObjectives: d.specificObjectives = value.toStringList(); break;
    case EventField::ExpectedParticipants: d.expectedParticipants = value.toInt(); break;
    case EventField::Audience: d.audience = value.toString(); break;
    }
}

} // namespace taller

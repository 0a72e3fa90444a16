#include "event/EventRepository.h"

#include "base/SqlStatement.h"

namespace taller {

using namespace Qt::StringLiterals;

Result<EventDetails> EventRepository::load() const
{
    SqlStatement query(m_file.database(),
                       u"SELECT title, organiser, venue, address, date, start_time, end_time, general_objective, "
                       "specific_objectives, expected_participants, audience FROM event WHERE id = 1"_s);
    TRY(query.exec());
    if (!query.next())
        return Error{QCoreApplication::translate("taller::EventRepository", "The event file has no event details.")};
    EventDetails d;
    d.title = query.value(0).toString();
    d.organiser = query.value(1).toString();
    d.venue = query.value(2).toString();
    d.address = query.value(3).toString();
    d.date = QDate::fromString(query.value(4).toString(), Qt::ISODate);
    d.start = QTime::fromString(query.value(5).toString(), u"HH:mm"_s);
    d.end = QTime::fromString(query.value(6).toString(), u"HH:mm"_s);
    d.generalObjective = query.value(7).toString();
    const QString objectives = query.value(8).toString();
    d.specificObjectives = objectives.isEmpty() ? QStringList() : objectives.split(u'\n');
    d.expectedParticipants = query.value(9).toInt();
    d.audience = query.value(10).toString();
    return d;
}

Status EventRepository::save(const EventDetails &d)
{
    return m_file.write([&]() -> Status {
        SqlStatement update(m_file.database(),
                            u"UPDATE event SET title = ?, organiser = ?, venue = ?, address = ?, date = ?, start_time = ?, "
                            "end_time = ?, general_objective = ?, specific_objectives = ?, expected_participants = ?, "
                            "audience = ? WHERE id = 1"_s);
        update.bind(d.title)
            .bind(d.organiser)
            .bind(d.venue)
            .bind(d.address)
            .bind(d.date.isValid() ? d.date.toString(Qt::ISODate) : QString(u""_s))
            .bind(d.start.toString(u"HH:mm"_s))
            .bind(d.end.toString(u"HH:mm"_s))
            .bind(d.generalObjective)
            .bind(d.specificObjectives.join(u'\n'))
            .bind(d.expectedParticipants)
            .bind(d.audience);
        return update.exec();
    });
}

} // namespace taller

#include "event/EventRepository.h"

#include "base/SqlStatement.h"

namespace taller {

using namespace Qt::StringLiterals;

namespace {

// One objective a line, blank lines kept where the person left them; none
// when the text is empty.
QStringList objectivesFrom(const QString &stored)
{
    return stored.isEmpty() ? QStringList() : stored.split(u'\n');
}

} // namespace

Result<EventDetails> EventRepository::load() const
{
    SqlStatement query(m_file.database(),
                       u"SELECT title, organiser, venue, address, date, start_time, end_time, general_objective, "
                       "specific_objectives, expected_participants, audience FROM event WHERE id = 1"_s);
    TRY(query.exec());
    if (!query.next())
        return Error{QCoreApplication::translate("taller::EventRepository", "The event file has no event details.")};
    RowReader r(query);
    return EventDetails{.title = r.text(),
                        .organiser = r.text(),
                        .venue = r.text(),
                        .address = r.text(),
                        .date = r.date(),
                        .start = r.time(),
                        .end = r.time(),
                        .generalObjective = r.text(),
                        .specificObjectives = objectivesFrom(r.text()),
                        .expectedParticipants = r.number(),
                        .audience = r.text()};
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

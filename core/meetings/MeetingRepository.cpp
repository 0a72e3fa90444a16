#include "meetings/MeetingRepository.h"

#include "base/Clock.h"
#include "base/SqlStatement.h"
#include "event/EventRepository.h"

namespace taller {

using namespace Qt::StringLiterals;

namespace {

const QString MeetingColumns = u"id, kind, stage, title, date, start_time, end_time, place, organisation"_s;
const QString AgreementColumns = u"id, meeting_id, text, responsible, due, done_on, done_note, reviewed_in"_s;

Meeting meetingFromRow(const SqlStatement &row)
{
    RowReader r(row);
    return {.id = r.id(),
            .kind = fromKey<MeetingKind>(r.text()).value_or(MeetingKind::Meeting),
            .stage = r.optional<int>(),
            .title = r.text(),
            .date = r.date(),
            .start = r.time(),
            .end = r.time(),
            .place = r.text(),
            .organisation = r.text()};
}

Agreement agreementFromRow(const SqlStatement &row)
{
    RowReader r(row);
    return {.id = r.id(),
            .meetingId = r.id(),
            .text = r.text(),
            .responsible = r.text(),
            .due = r.text(),
            .doneOn = r.date(),
            .doneNote = r.text(),
            .reviewedIn = r.optional<qint64>()};
}

QString timeText(const QTime &time)
{
    return time.isValid() ? time.toString(u"HH:mm"_s) : QString(u""_s);
}

QString dateText(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString(u""_s);
}

} // namespace

Status MeetingRepository::takeEventDetails(Meeting &workshop) const
{
    TRY_LET(details, EventRepository(m_file).load());
    workshop.title = details->title;
    workshop.date = details->date;
    workshop.start = details->start;
    workshop.end = details->end;
    workshop.place = details->venue;
    return {};
}

Result<QList<Meeting>> MeetingRepository::all() const
{
    TRY_LET(meetings, SqlStatement::rows(m_file.database(),
                                         u"SELECT "_s + MeetingColumns + u" FROM meeting ORDER BY coalesce(stage, 0), date, id"_s,
                                         {}, meetingFromRow));
    for (Meeting &m : *meetings) {
        if (m.isWorkshop())
            TRY(takeEventDetails(m));
    }
    return meetings;
}

Result<Meeting> MeetingRepository::find(qint64 id) const
{
    TRY_LET(meeting, SqlStatement::requiredRow(m_file.database(), u"SELECT "_s + MeetingColumns + u" FROM meeting WHERE id = ?"_s,
                                               {id}, meetingFromRow,
                                               Error{tr("There is no meeting %1 in this file.").arg(id)}));
    if (meeting->isWorkshop())
        TRY(takeEventDetails(*meeting));
    return meeting;
}

Status MeetingRepository::requireMeeting(qint64 id) const
{
    auto found = find(id);
    return found ? Status() : Status(found.error());
}

Result<qint64> MeetingRepository::add(const Meeting &meeting)
{
    if (meeting.isWorkshop())
        return Error{tr("This file already holds its workshop (meeting 1), with its programme, desk, mesas, plenary and "
                        "Acta de Compromisos. Add the other meetings of the process as meetings: each keeps its "
                        "attendance, tabla, desarrollo and agreements, closed in its own acta.")};
    if (meeting.title.trimmed().isEmpty())
        return Error{tr("A meeting needs a title.")};
    if (!meeting.date.isValid())
        return Error{tr("A meeting needs a date.")};
    qint64 id = 0;
    TRY(m_file.write([&]() -> Status {
        SqlStatement insert(m_file.database(),
                            u"INSERT INTO meeting (kind, stage, title, date, start_time, end_time, place, organisation, "
                            "created_at) VALUES ('meeting', ?, ?, ?, ?, ?, ?, ?, ?)"_s);
        insert.bind(meeting.stage ? QVariant(*meeting.stage) : QVariant())
            .bind(meeting.title.simplified())
            .bind(dateText(meeting.date))
            .bind(timeText(meeting.start))
            .bind(timeText(meeting.end))
            .bind(meeting.place.simplified())
            .bind(meeting.organisation.simplified())
            .bind(Clock::currentDateTime().toUTC().toString(Qt::ISODateWithMs));
        TRY(insert.exec());
        id = insert.lastInsertId().toLongLong();
        return {};
    }));
    return id;
}

Status MeetingRepository::update(const Meeting &meeting)
{
    if (meeting.title.trimmed().isEmpty())
        return Error{tr("A meeting needs a title.")};
    return m_file.write([&]() -> Status {
        TRY_LET(existing, find(meeting.id));
        SqlStatement row(m_file.database(), u"UPDATE meeting SET stage = ?, organisation = ?, title = ?, date = ?, start_time = ?, "
                                            "end_time = ?, place = ? WHERE id = ?"_s);
        row.bind(meeting.stage ? QVariant(*meeting.stage) : QVariant()).bind(meeting.organisation.simplified());
        if (existing->isWorkshop()) {
            // The workshop's own details are the event's.
            TRY_LET(details, EventRepository(m_file).load());
            details->title = meeting.title.simplified();
            details->date = meeting.date;
            details->start = meeting.start;
            details->end = meeting.end;
            details->venue = meeting.place.simplified();
            TRY(EventRepository(m_file).save(*details));
            row.bind(u""_s).bind(u""_s).bind(u""_s).bind(u""_s).bind(u""_s);
        } else {
            if (!meeting.date.isValid())
                return Error{tr("A meeting needs a date.")};
            row.bind(meeting.title.simplified())
                .bind(dateText(meeting.date))
                .bind(timeText(meeting.start))
                .bind(timeText(meeting.end))
                .bind(meeting.place.simplified());
        }
        row.bind(meeting.id);
        return row.exec();
    });
}

Status MeetingRepository::remove(qint64 id)
{
    return m_file.write([&]() -> Status {
        TRY_LET(meeting, find(id));
        if (meeting->isWorkshop())
            return Error{tr("The workshop is the file's own meeting and cannot be removed.")};
        const QSqlDatabase db = m_file.database();
        TRY_LET(attended, SqlStatement::scalar(
                              db,
                              u"SELECT (SELECT count(*) FROM checkin_event WHERE meeting_id = ?) "
                              "+ (SELECT coalesce(sum(attended), 0) FROM participation_summary WHERE meeting_id = ?)"_s,
                              {id, id}));
        if (attended->toInt() > 0)
            return Error{tr("Meeting %1 has attendance recorded, and check-ins are never erased: the meeting stays (change its "
                            "title, date or stage instead).")
                             .arg(id)};
        // Minutes ever closed are a record: the file refuses to remove them
        // (the acta's freeze, core/acta/ActaFreeze.h), and the meeting stays.
        for (const QString &sql : {u"DELETE FROM signatory WHERE meeting_id = ?"_s, u"DELETE FROM acta WHERE meeting_id = ?"_s,
                                   u"DELETE FROM participation_summary WHERE meeting_id = ?"_s, u"DELETE FROM meeting WHERE id = ?"_s}) {
            SqlStatement statement(db, sql);
            statement.bind(id);
            TRY(statement.exec());
        }
        return {};
    });
}

Result<QList<MeetingItem>> MeetingRepository::items(qint64 meetingId) const
{
    return SqlStatement::rows(m_file.database(),
                              u"SELECT id, title, development FROM meeting_item WHERE meeting_id = ? ORDER BY position, id"_s,
                              {meetingId}, [](const SqlStatement &row) {
                                  RowReader r(row);
                                  return MeetingItem{.id = r.id(), .title = r.text(), .development = r.text()};
                              });
}

Result<MeetingItem> MeetingRepository::addItem(qint64 meetingId, const MeetingItem &item)
{
    if (item.title.trimmed().isEmpty())
        return Error{tr("An item of the tabla needs a title.")};
    MeetingItem added = item;
    TRY(m_file.write([&]() -> Status {
        TRY(requireMeeting(meetingId));
        added.title = item.title.simplified();
        added.development = item.development.trimmed();
        TRY_LET(id, SqlStatement::insert(m_file.database(),
                                         u"INSERT INTO meeting_item (meeting_id, position, title, development) VALUES "
                                         "(?, (SELECT coalesce(max(position), 0) + 1 FROM meeting_item WHERE meeting_id = ?), ?, ?)"_s,
                                         {meetingId, meetingId, added.title, added.development}));
        added.id = *id;
        return {};
    }));
    return added;
}

Status MeetingRepository::updateItem(const MeetingItem &item)
{
    if (item.title.trimmed().isEmpty())
        return Error{tr("An item of the tabla needs a title.")};
    return m_file.write([&] {
        return SqlStatement::changeOne(m_file.database(), u"UPDATE meeting_item SET title = ?, development = ? WHERE id = ?"_s,
                                       {item.title.simplified(), item.development.trimmed(), item.id},
                                       Error{tr("There is no item %1 in the tabla.").arg(item.id)});
    });
}

Status MeetingRepository::removeItem(qint64 itemId)
{
    return m_file.write([&] { return SqlStatement::run(m_file.database(), u"DELETE FROM meeting_item WHERE id = ?"_s, {itemId}); });
}

Result<qint64> MeetingRepository::meetingOfItem(qint64 itemId) const
{
    TRY_LET(meeting,
            SqlStatement::scalar(m_file.database(), u"SELECT meeting_id FROM meeting_item WHERE id = ?"_s, {itemId}));
    if (meeting->isNull())
        return Error{tr("There is no item %1 in the tabla.").arg(itemId)};
    return meeting->toLongLong();
}

Result<QList<Agreement>> MeetingRepository::agreements(qint64 meetingId) const
{
    return SqlStatement::rows(
        m_file.database(),
        u"SELECT "_s + AgreementColumns + u" FROM agreement WHERE ? = 0 OR meeting_id = ? ORDER BY meeting_id, position, id"_s,
        {meetingId, meetingId}, agreementFromRow);
}

Result<Agreement> MeetingRepository::agreement(qint64 id) const
{
    return SqlStatement::requiredRow(m_file.database(),
                                     u"SELECT "_s + AgreementColumns + u" FROM agreement WHERE id = ?"_s, {id},
                                     agreementFromRow, Error{tr("There is no agreement %1.").arg(id)});
}

Result<Agreement> MeetingRepository::addAgreement(const Agreement &agreement)
{
    if (agreement.text.trimmed().isEmpty())
        return Error{tr("An agreement needs its text.")};
    TRY_LET(due, Meetings::normalizedDue(agreement.due));
    Agreement added = agreement;
    added.text = agreement.text.trimmed();
    added.responsible = agreement.responsible.simplified();
    added.due = *due;
    TRY(m_file.write([&]() -> Status {
        TRY(requireMeeting(agreement.meetingId));
        TRY_LET(id, SqlStatement::insert(m_file.database(),
                                         u"INSERT INTO agreement (meeting_id, position, text, responsible, due) VALUES "
                                         "(?, (SELECT coalesce(max(position), 0) + 1 FROM agreement WHERE meeting_id = ?), ?, ?, ?)"_s,
                                         {added.meetingId, added.meetingId, added.text, added.responsible, added.due}));
        added.id = *id;
        return {};
    }));
    return added;
}

Status MeetingRepository::updateAgreement(const Agreement &agreement)
{
    if (agreement.text.trimmed().isEmpty())
        return Error{tr("An agreement needs its text.")};
    TRY_LET(due, Meetings::normalizedDue(agreement.due));
    return m_file.write([&] {
        return SqlStatement::changeOne(m_file.database(), u"UPDATE agreement SET text = ?, responsible = ?, due = ? WHERE id = ?"_s,
                                       {agreement.text.trimmed(), agreement.responsible.simplified(), *due, agreement.id},
                                       Error{tr("There is no agreement %1.").arg(agreement.id)});
    });
}

Status MeetingRepository::removeAgreement(qint64 id)
{
    return m_file.write([&] { return SqlStatement::run(m_file.database(), u"DELETE FROM agreement WHERE id = ?"_s, {id}); });
}

Status MeetingRepository::markDone(qint64 id, const QDate &on, const QString &note, std::optional<qint64> reviewedIn)
{
    if (!on.isValid())
        return Error{tr("Say on which date the agreement was done.")};
    return m_file.write([&]() -> Status {
        if (reviewedIn) {
            TRY(requireMeeting(*reviewedIn));
        }
        return SqlStatement::changeOne(
            m_file.database(), u"UPDATE agreement SET done_on = ?, done_note = ?, reviewed_in = ? WHERE id = ?"_s,
            {on.toString(Qt::ISODate), note.trimmed(), reviewedIn ? QVariant(*reviewedIn) : QVariant(), id},
            Error{tr("There is no agreement %1.").arg(id)});
    });
}

Status MeetingRepository::reopen(qint64 id)
{
    return m_file.write([&] {
        return SqlStatement::changeOne(m_file.database(),
                                       u"UPDATE agreement SET done_on = NULL, done_note = '', reviewed_in = NULL WHERE id = ?"_s,
                                       {id}, Error{tr("There is no agreement %1.").arg(id)});
    });
}

} // namespace taller

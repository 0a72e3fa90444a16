#include "registration/PersonalData.h"

#include "registration/CheckinRepository.h"
#include "base/Clock.h"
#include "base/SqlStatement.h"
#include "registration/Attendee.h"

namespace taller {

using namespace Qt::StringLiterals;

Result<TabularSheet> PersonalData::participationSheet(EventFile &file)
{
    auto counts = CheckinRepository(file).counts();
    if (!counts)
        return counts.error();
    TabularSheet sheet;
    sheet.name = tr("Participation");
    sheet.header = tr("Sector;Registered;Attended").split(u';');
    for (Sector sector : Sectors::all()) {
        const auto c = counts->bySector.value(sector);
        sheet.rows.append({Sectors::displayName(sector), c.registered, c.checkedIn});
    }
    sheet.rows.append({tr("Total"), counts->registered, counts->checkedIn});
    return sheet;
}

Result<QByteArray> PersonalData::participationCsv(EventFile &file)
{
    auto sheet = participationSheet(file);
    if (!sheet)
        return sheet.error();
    return TabularWriter::csv(*sheet);
}

Result<bool> PersonalData::isPurged(EventFile &file)
{
    auto rows = SqlStatement::scalar(file.database(), u"SELECT count(*) FROM participation_summary"_s);
    if (!rows)
        return rows.error();
    return rows->toInt() > 0;
}

Status PersonalData::purge(EventFile &file)
{
    const QSqlDatabase db = file.database();
    if (Status on = SqlStatement::run(db, u"PRAGMA secure_delete = ON"_s); !on)
        return on;
    Status status = file.write([&]() -> Status {
        auto purged = isPurged(file);
        if (!purged)
            return purged.error();
        if (*purged)
            return Error{tr("The personal data of this event was already erased.")};
        auto counts = CheckinRepository(file).counts();
        if (!counts)
            return counts.error();
        SqlStatement keep(db, u"INSERT INTO participation_summary (sector, registered, attended, walk_ins, purged_at) "
                              "VALUES (?, ?, ?, ?, ?)"_s);
        const QString now = Clock::currentDateTime().toUTC().toString(Qt::ISODateWithMs);
        bool walkInsCounted = false;
        for (Sector sector : Sectors::all()) {
            const auto c = counts->bySector.value(sector);
            // Walk-ins are kept as one total, on the first row.
            keep.bind(Sectors::key(sector)).bind(c.registered).bind(c.checkedIn).bind(walkInsCounted ? 0 : counts->walkIns).bind(now);
            walkInsCounted = true;
            if (Status s = keep.exec(); !s)
                return s;
        }
        for (const QString &sql : {u"DELETE FROM checkin_event"_s, u"DELETE FROM mesa_member"_s, u"DELETE FROM attendee"_s,
                                   // The search index keeps deleted words until it is rebuilt.
                                   u"INSERT INTO attendee_search (attendee_search) VALUES ('rebuild')"_s}) {
            if (Status s = SqlStatement::run(db, sql); !s)
                return s;
        }
        return {};
    });
    if (!status)
        return status;
    // Rewrite the whole file and empty the journal, so that no freed page
    // still holds a name or a document.
    for (const QString &sql : {u"VACUUM"_s, u"PRAGMA wal_checkpoint(TRUNCATE)"_s}) {
        if (Status s = SqlStatement::run(db, sql); !s)
            return Error{tr("The personal data was erased, but the file could not be compacted: %1").arg(s.errorMessage())};
    }
    return {};
}

} // namespace taller

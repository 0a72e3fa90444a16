#pragma once

#include "EventSession.h"
#include "base/Backups.h"
#include "event/EventDetails.h"
#include "templates/Templates.h"

namespace taller {

// The event as a whole: making one from a template, opening it, its details,
// and its backups.
class EventService
{
    Q_DECLARE_TR_FUNCTIONS(taller::EventService)
public:
    explicit EventService(EventSession &session, MeetingRef meeting = {}) : m_session(session), m_meeting(meeting) {}

    // Makes a new event file at path from the template, with sampleCount
    // fictional attendees. All or nothing: on failure no file is left.
    static Result<std::unique_ptr<EventSession>> create(const QString &path, const EventTemplate &eventTemplate,
                                                        int sampleCount = 0, const QString &desk = {});
    static Result<std::unique_ptr<EventSession>> open(const QString &path, const QString &desk = {});
    // Why the place at path cannot be trusted with an event file, or empty.
    static QString locationWarning(const QString &path);
    // The backups of the event at eventPath, newest first.
    static QList<Backups::Copy> backups(const QString &eventPath);
    // Copies a backup to target, which must not exist yet.
    static Status restoreBackup(const QString &backupPath, const QString &target);

    Result<EventDetails> details() const;
    Status saveDetails(const EventDetails &details);
    // Writes one field, leaving the others as the file has them.
    Status setField(EventField field, const QVariant &value);

    // A consistent copy at outPath, even while other desks write.
    Status backupTo(const QString &outPath);
    // A copy in the backups folder if anything changed since the last one.
    Result<QString> backUpIfChanged();

private:
    EventSession &m_session;
    MeetingRef m_meeting;
};

} // namespace taller

#include "EventService.h"

#include "mesas/CommitmentsFromCopy.h"

#include "base/SavedFile.h"

#include "event/EventRepository.h"
#include "mesas/MesaRepository.h"
#include "programme/AgendaRepository.h"
#include "registration/AttendeeRepository.h"
#include "registration/SampleAttendees.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace taller {

using namespace Qt::StringLiterals;

namespace {

Status applyTemplate(EventFile &file, const EventTemplate &eventTemplate, int sampleCount)
{
    return file.write([&]() -> Status {
        TRY(EventRepository(file).save(eventTemplate.details));
        MesaRepository mesas(file);
        QStringList mesaCodes;
        for (const Mesa &mesa : eventTemplate.mesas) {
            TRY(mesas.add(mesa));
            mesaCodes.append(mesa.code);
        }
        TRY(AgendaRepository(file).replaceAll(eventTemplate.agenda));
        if (sampleCount == 0)
            return {};
        QList<Attendee> attendees = sampleAttendees(sampleCount, mesaCodes);
        return AttendeeRepository(file).addAll(attendees);
    });
}

} // namespace

Result<std::unique_ptr<EventSession>> EventService::create(const QString &path, const EventTemplate &eventTemplate,
                                                           int sampleCount, const QString &desk)
{
    if (sampleCount < 0)
        return Error{tr("The number of sample attendees cannot be negative.")};
    TRY_LET(file, EventFile::create(path));
    if (Status applied = applyTemplate(**file, eventTemplate, sampleCount); !applied) {
        file->reset();
        // A file we just made and could not finish is ours to remove.
        for (const QString &suffix : {QString(), u"-wal"_s, u"-shm"_s})
            QFile::remove(path + suffix);
        return applied.error();
    }
    return std::make_unique<EventSession>(std::move(file.value()), desk);
}

Result<std::unique_ptr<EventSession>> EventService::open(const QString &path, const QString &desk)
{
    return EventSession::open(path, desk);
}

QString EventService::locationWarning(const QString &path)
{
    return EventFile::locationWarning(path);
}

QList<Backups::Copy> EventService::backups(const QString &eventPath)
{
    return Backups::list(eventPath);
}

Status EventService::restoreBackup(const QString &backupPath, const QString &target)
{
    if (QFileInfo::exists(target))
        return Error{tr("%1 already exists; choose another name, it will not be overwritten.").arg(QDir::toNativeSeparators(target))};
    QFile backup(backupPath);
    if (!backup.open(QIODevice::ReadOnly))
        return Error{tr("Could not copy %1 to %2.").arg(QDir::toNativeSeparators(backupPath), QDir::toNativeSeparators(target))
                     + u' ' + backup.errorString()};
    // Written whole, synced and renamed into place: a restore that fails
    // leaves no half event behind.
    return SavedFile::write(target, backup.readAll());
}

Result<EventDetails> EventService::details() const
{
    return EventRepository(m_session.file()).load();
}

Status EventService::saveDetails(const EventDetails &details)
{
    // The workshop's title, date, times and place are meeting 1's.
    return m_session.announced(EventRepository(m_session.file()).save(details), Section::Details | Section::Meetings);
}

Status EventService::setField(EventField field, const QVariant &value)
{
    return m_session.announced(m_session.file().write([&]() -> Status {
        TRY_LET(current, details());
        EventDetails changed = *current;
        setEventFieldValue(changed, field, value);
        return EventRepository(m_session.file()).save(changed);
    }),
                               Section::Details | Section::Meetings);
}

Status EventService::backupTo(const QString &outPath)
{
    TRY(Backups::write(m_session.file(), outPath));
    // A copy may go to a mesa with no network: what it changes comes back
    // through `import commitments --mesa`, which needs to know where it began.
    if (Status marked = CommitmentsFromCopy::markBase(outPath); !marked) {
        // Not finished: nothing is left that looks like a finished copy.
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(outPath + suffix);
        return marked;
    }
    return {};
}

Result<QString> EventService::backUpIfChanged()
{
    if (!m_session.changedSinceBackup())
        return QString();
    auto made = Backups::make(m_session.file());
    if (made)
        m_session.setChangedSinceBackup(false);
    return made;
}

} // namespace taller

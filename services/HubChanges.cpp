#include "HubChanges.h"

#include <QUuid>

namespace taller {

HubChanges::HubChanges(EventSession &session, QObject *parent)
    : QObject(parent)
    , m_session(session)
{
    startRun();
    m_session.file().setWriteObserver(this);
    connect(&m_session, &EventSession::changed, this, [this](Sections, bool external) {
        if (external)
            startRun();
    });
}

HubChanges::~HubChanges()
{
    if (m_session.file().writeObserver() == this)
        m_session.file().setWriteObserver(nullptr);
}

void HubChanges::startRun()
{
    m_run = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_lastSeq = 0;
    m_log.clear();
    emit runStarted(m_run);
}

std::optional<QList<HubChanges::Change>> HubChanges::since(const QString &run, qint64 seq) const
{
    if (run != m_run || seq > m_lastSeq)
        return std::nullopt;
    QList<Change> result;
    for (const Change &change : m_log) {
        if (change.seq > seq)
            result.append(change);
    }
    return result;
}

void HubChanges::began(EventFile &file)
{
    m_recorder = std::make_unique<replication::ChangeRecorder>(file);
    m_pending.clear();
}

Status HubChanges::beforeCommit(EventFile &)
{
    if (!m_recorder)
        return {};
    // A change the desks could not follow is not made: it would leave them
    // behind without knowing it.
    if (!m_recorder->isRecording())
        return Error{tr("The change could not be recorded for the desks; nothing was changed.")};
    TRY_LET(changes, m_recorder->changes());
    m_pending = *changes;
    return {};
}

void HubChanges::ended(EventFile &, bool wasCommitted)
{
    m_recorder.reset();
    const QStringList operations = std::exchange(m_operations, {});
    if (!wasCommitted || m_pending.isEmpty())
        return;
    Change change{++m_lastSeq, std::exchange(m_pending, {}), operations};
    m_log.append(change);
    emit committed(change);
}

} // namespace taller

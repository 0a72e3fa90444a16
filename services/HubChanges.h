#pragma once

#include "EventSession.h"
#include "sharing/Replication.h"

#include <QObject>
#include <QStringList>

namespace taller {

// A hub's record of what each committed change did to the event, for its
// desks: every transaction of the hub's connection (the window's own changes
// and the desks' operations alike) becomes one numbered changeset of this
// run. A run is one stretch of serving; a change committed by another process
// cannot be recorded, and starts a new run (desks then take a snapshot).
class HubChanges : public QObject, public WriteObserver
{
    Q_OBJECT

public:
    struct Change
    {
        qint64 seq = 0;
        QByteArray changes;
        QStringList operations;
    };

    explicit HubChanges(EventSession &session, QObject *parent = nullptr);
    ~HubChanges() override;

    QString run() const { return m_run; }
    qint64 lastSeq() const { return m_lastSeq; }
    // The changes after seq of this run, or nothing when they are not all
    // here (another run, or before the first kept).
    std::optional<QList<Change>> since(const QString &run, qint64 seq) const;
    // The operations the next transaction applies (named in its change).
    void setOperations(QStringList operations) { m_operations = std::move(operations); }
    // Starts a new run: what changed is no longer known change by change.
    void startRun();

    void began(EventFile &file) override;
    Status beforeCommit(EventFile &file) override;
    void ended(EventFile &file, bool wasCommitted) override;

signals:
    void committed(const taller::HubChanges::Change &change);
    void runStarted(const QString &run);

private:
    EventSession &m_session;
    QString m_run;
    qint64 m_lastSeq = 0;
    QList<Change> m_log;
    QStringList m_operations;
    std::unique_ptr<replication::ChangeRecorder> m_recorder;
    QByteArray m_pending;
};

} // namespace taller

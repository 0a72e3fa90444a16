#pragma once

#include "base/EventFile.h"
#include "sharing/Operation.h"

#include <QDateTime>
#include <QList>

#include <optional>

namespace taller {

// What binds a desk's copy to its hub.
struct HubLink
{
    QString hubAddress; // host:port
    QString fingerprint; // the hub certificate's SHA-256, pinned at pairing
    qint64 deviceId = 0;
    QString secret;
    QString deviceName;
    // Where the copy stands in the hub's sequence of changes: the hub's run
    // (a new one each time it starts serving) and the last change taken in.
    QString run;
    qint64 seq = 0;
    QDateTime joinedAt;
    QDateTime lastContactAt;
};

// An operation made at this desk that the hub has not yet taken, with what
// it changed in the copy (to undo it when the hub's changes come in first).
struct QueuedOperation
{
    Operation operation;
    QByteArray changes;
};

// What the hub said of an operation that it did not apply as the desk did
// (a repeat, the same person, a refusal), kept for the person at the desk.
struct DeskNotice
{
    qint64 id = 0;
    QString operationId;
    QDateTime at;
    OperationOutcome outcome = OperationOutcome::Applied;
    QString message;
};

// A desk's own records in its copy (schema step 11); never sent anywhere.
class DeskLedger
{
    Q_DECLARE_TR_FUNCTIONS(taller::DeskLedger)

public:
    explicit DeskLedger(EventFile &file) : m_file(file) {}

    Result<std::optional<HubLink>> link() const;
    Status setLink(const HubLink &link);
    Status setPosition(const QString &run, qint64 seq);
    Status setLastContact(const QDateTime &at);

    Status enqueue(const QueuedOperation &queued);
    Status replaceChanges(const QString &operationId, const QByteArray &changes);
    Status remove(const QString &operationId);
    Result<QList<QueuedOperation>> queued() const;
    Result<int> queuedCount() const;

    Status addNotice(const DeskNotice &notice);
    Result<QList<DeskNotice>> notices(int limit) const;
    // What the hub said names people: erased with them.
    Status clearNotices();

private:
    EventFile &m_file;
};

} // namespace taller

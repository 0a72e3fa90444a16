#pragma once

#include "EventSession.h"
#include "sharing/DeskLedger.h"
#include "sharing/Replication.h"

#include <memory>

namespace taller {

// A desk's copy of a hub's event, as its owner process keeps it (see
// ARCHITECTURE.md, "The team on one event"). The copy is the hub's event as
// last received, plus the operations made at this desk that the hub has not
// yet taken, each done in the copy at once (so the desk works, and searches,
// as on any event) and kept in its outbox with what it changed, in the same
// transaction. When the hub's changes come in, the desk's own pending changes
// are undone, the hub's applied, and the operations still pending done again
// over them: the copy converges on the hub, and nothing made at the desk is
// lost before the hub has it.
//
// Any other change to a copy (a mesa, the programme, an acta) is refused,
// naming the hub: the hub is where the event changes.
class DeskCopy : public OperationJournal, public WriteObserver
{
    Q_DECLARE_TR_FUNCTIONS(taller::DeskCopy)

public:
    DeskCopy(EventSession &session, HubLink link);
    ~DeskCopy() override;

    // The copy's link to its hub, when session's file is a desk's copy.
    static Result<std::optional<HubLink>> linkOf(EventFile &file);

    Status record(const Operation &operation, const std::function<Status()> &work) override;

    void began(EventFile &file) override;
    Status beforeCommit(EventFile &file) override;
    void ended(EventFile &file, bool committed) override;

    // One committed change of the hub, in its order.
    struct HubChange
    {
        qint64 seq = 0;
        QByteArray changes;
        QStringList operations; // this desk's (or another's) operations it holds
    };
    // Takes in the hub's changes of run, in order, and the hub's receipts of
    // this desk's operations; settled operations leave the outbox (with a
    // notice when the hub did not apply them as the desk did). All or
    // nothing: when the changes do not fit, nothing is changed and the desk
    // asks for a snapshot.
    Status takeIn(const QString &run, const QList<HubChange> &changes, const QList<OperationReceipt> &receipts);
    // Replaces the event with the hub's snapshot at (run, seq) and does the
    // pending operations again over it.
    Status adoptSnapshot(const QString &run, qint64 seq, const QByteArray &snapshot);

    Result<HubLink> link() const;
    Result<QList<QueuedOperation>> queued() const;
    Result<int> queuedCount() const;
    Result<QList<DeskNotice>> notices(int limit) const;
    Status setLastContact(const QDateTime &at);

private:
    // Does every pending operation again over the event as it is, recording
    // what each changes now. Inside a transaction.
    Status redoPending(const QList<QueuedOperation> &pending);
    // When the hub's purge has just been taken in: what is left of the
    // people in this copy (freed pages, journal, copies, notices) is erased,
    // as the hub erased it.
    Status followPurge(bool wasPurged);

    EventSession &m_session;
    HubLink m_link;
    std::unique_ptr<replication::ChangeRecorder> m_recorder;
    std::optional<Operation> m_operation;
    bool m_takingIn = false;
};

} // namespace taller

#include "DeskCopy.h"

#include "RemoteOperations.h"

#include "base/Clock.h"
#include "registration/PersonalData.h"

#include <QDir>

using namespace Qt::StringLiterals;

namespace taller {

DeskCopy::DeskCopy(EventSession &session, HubLink link)
    : m_session(session)
    , m_link(std::move(link))
{
    m_session.file().setWriteObserver(this);
}

DeskCopy::~DeskCopy()
{
    if (m_session.file().writeObserver() == this)
        m_session.file().setWriteObserver(nullptr);
}

Result<std::optional<HubLink>> DeskCopy::linkOf(EventFile &file)
{
    return DeskLedger(file).link();
}

Status DeskCopy::record(const Operation &operation, const std::function<Status()> &work)
{
    // Done again while the hub's changes are taken in: already in the outbox.
    if (m_session.file().inTransaction())
        return work();
    m_operation = operation;
    const Status done = m_session.file().write(work);
    m_operation.reset();
    return done;
}

void DeskCopy::began(EventFile &file)
{
    m_recorder = std::make_unique<replication::ChangeRecorder>(file);
}

Status DeskCopy::beforeCommit(EventFile &)
{
    if (m_takingIn || !m_recorder || m_recorder->isEmpty())
        return {};
    if (!m_operation) {
        return Error{tr("This is the copy of desk \"%1\": here people are checked in, walk-ins registered and their details "
                        "corrected. Everything else of the event changes at the hub (%2).")
                         .arg(m_link.deviceName, m_link.hubAddress),
                     ErrorKind::Refused};
    }
    TRY_LET(changes, m_recorder->changes());
    return DeskLedger(m_session.file()).enqueue({*m_operation, *changes});
}

void DeskCopy::ended(EventFile &, bool)
{
    m_recorder.reset();
}

Status DeskCopy::redoPending(const QList<QueuedOperation> &pending)
{
    DeskLedger ledger(m_session.file());
    for (const QueuedOperation &queued : pending) {
        replication::ChangeRecorder recorder(m_session.file());
        Error later;
        (void)RemoteOperations::apply(m_session, m_link.deviceName, queued.operation, &later);
        if (!later.message.isEmpty())
            return later;
        TRY_LET(changes, recorder.changes());
        // An operation that changes nothing now (the hub has the person
        // checked in already) stays queued: the hub's receipt settles it.
        TRY(ledger.replaceChanges(queued.operation.id, *changes));
    }
    return {};
}

Status DeskCopy::takeIn(const QString &run, const QList<HubChange> &changes, const QList<OperationReceipt> &receipts)
{
    EventFile &file = m_session.file();
    DeskLedger ledger(file);
    QSet<QString> settled;
    for (const HubChange &change : changes)
        settled.unite(QSet<QString>(change.operations.cbegin(), change.operations.cend()));
    for (const OperationReceipt &receipt : receipts)
        settled.insert(receipt.operationId);

    const bool wasPurged = PersonalData::isPurged(file).value_or(false);
    m_takingIn = true;
    const Status done = file.write([&]() -> Status {
        TRY_LET(link, ledger.link());
        if (!link->has_value())
            return Error{tr("This event is not a desk's copy.")};
        TRY_LET(pending, ledger.queued());
        const bool touchesPending = std::any_of(pending->cbegin(), pending->cend(),
                                                [&](const QueuedOperation &q) { return settled.contains(q.operation.id); });
        qint64 position = link->value().seq;
        const bool freshChanges = std::any_of(changes.cbegin(), changes.cend(), [&](const HubChange &c) { return c.seq > position; });
        if (!freshChanges && !touchesPending) {
            for (const OperationReceipt &receipt : receipts) {
                if (receipt.outcome != OperationOutcome::Applied)
                    TRY(ledger.addNotice({0, receipt.operationId, Clock::currentDateTime(), receipt.outcome, receipt.message}));
            }
            return {};
        }
        // This desk's pending changes, newest first, then the hub's in order.
        for (auto q = pending->crbegin(); q != pending->crend(); ++q) {
            TRY_LET(undo, replication::inverted(q->changes));
            TRY(replication::apply(file, *undo, replication::Conflicts::Refuse));
        }
        for (const HubChange &change : changes) {
            if (change.seq <= position)
                continue;
            TRY(replication::apply(file, change.changes, replication::Conflicts::HubWins));
            position = change.seq;
        }
        TRY(ledger.setPosition(run, position));
        QList<QueuedOperation> still;
        for (const QueuedOperation &q : *pending) {
            if (settled.contains(q.operation.id))
                TRY(ledger.remove(q.operation.id));
            else
                still.append(q);
        }
        for (const OperationReceipt &receipt : receipts) {
            if (receipt.outcome != OperationOutcome::Applied)
                TRY(ledger.addNotice({0, receipt.operationId, Clock::currentDateTime(), receipt.outcome, receipt.message}));
        }
        return redoPending(still);
    });
    m_takingIn = false;
    if (!done)
        return done;
    m_session.announce(AllSections);
    return followPurge(wasPurged);
}

Status DeskCopy::followPurge(bool wasPurged)
{
    EventFile &file = m_session.file();
    if (wasPurged || !PersonalData::isPurged(file).value_or(false))
        return {};
    TRY(DeskLedger(file).clearNotices());
    TRY(PersonalData::eraseTraces(file));
    return {};
}

Status DeskCopy::adoptSnapshot(const QString &run, qint64 seq, const QByteArray &snapshot)
{
    EventFile &file = m_session.file();
    const bool wasPurged = PersonalData::isPurged(file).value_or(false);
    TRY(replication::adopt(file, snapshot));
    DeskLedger ledger(file);
    m_takingIn = true;
    const Status done = file.write([&]() -> Status {
        TRY(ledger.setPosition(run, seq));
        TRY_LET(pending, ledger.queued());
        return redoPending(*pending);
    });
    m_takingIn = false;
    m_session.announce(AllSections);
    TRY(done);
    return followPurge(wasPurged);
}

Result<HubLink> DeskCopy::link() const
{
    TRY_LET(link, DeskLedger(m_session.file()).link());
    if (!link->has_value())
        return Error{tr("This event is not a desk's copy.")};
    return link->value();
}

Result<QList<QueuedOperation>> DeskCopy::queued() const
{
    return DeskLedger(m_session.file()).queued();
}

Result<int> DeskCopy::queuedCount() const
{
    return DeskLedger(m_session.file()).queuedCount();
}

Result<QList<DeskNotice>> DeskCopy::notices(int limit) const
{
    return DeskLedger(m_session.file()).notices(limit);
}

Status DeskCopy::setLastContact(const QDateTime &at)
{
    m_takingIn = true;
    const Status done = DeskLedger(m_session.file()).setLastContact(at);
    m_takingIn = false;
    return done;
}

} // namespace taller

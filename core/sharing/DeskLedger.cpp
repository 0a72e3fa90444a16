#include "sharing/DeskLedger.h"

#include "base/Clock.h"
#include "base/SqlStatement.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace taller {

namespace {

// Qt binds an empty QByteArray as NULL; an operation that changes nothing
// now is stored as an empty changeset, not as none.
QVariant storedChanges(const QByteArray &changes)
{
    return changes.isEmpty() ? QVariant(QByteArray("", 0)) : QVariant(changes);
}

} // namespace

Result<std::optional<HubLink>> DeskLedger::link() const
{
    TRY_LET(found, SqlStatement::rows(m_file.database(),
                                      u"SELECT hub_address, fingerprint, device_id, secret, device_name, run, seq, joined_at, "
                                      "last_contact_at FROM desk_link WHERE id = 1"_s,
                                      {}, [](const SqlStatement &row) {
                                          HubLink link;
                                          link.hubAddress = row.value(0).toString();
                                          link.fingerprint = row.value(1).toString();
                                          link.deviceId = row.value(2).toLongLong();
                                          link.secret = row.value(3).toString();
                                          link.deviceName = row.value(4).toString();
                                          link.run = row.value(5).toString();
                                          link.seq = row.value(6).toLongLong();
                                          link.joinedAt = fromStoredTime(row.value(7).toString());
                                          link.lastContactAt = fromStoredTime(row.value(8).toString());
                                          return link;
                                      }));
    if (found->isEmpty())
        return std::optional<HubLink>();
    return std::optional<HubLink>(found->first());
}

Status DeskLedger::setLink(const HubLink &link)
{
    return m_file.write([&]() -> Status {
        return SqlStatement::run(m_file.database(),
                                 u"INSERT OR REPLACE INTO desk_link (id, hub_address, fingerprint, device_id, secret, device_name, "
                                 "run, seq, joined_at, last_contact_at) VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                                 {link.hubAddress, link.fingerprint, link.deviceId, link.secret, link.deviceName, link.run,
                                  link.seq, storedTime(link.joinedAt),
                                  link.lastContactAt.isValid() ? QVariant(storedTime(link.lastContactAt)) : QVariant()});
    });
}

Status DeskLedger::setPosition(const QString &run, qint64 seq)
{
    return m_file.write([&]() -> Status {
        return SqlStatement::run(m_file.database(), u"UPDATE desk_link SET run = ?, seq = ? WHERE id = 1"_s, {run, seq});
    });
}

Status DeskLedger::setLastContact(const QDateTime &at)
{
    return m_file.write([&]() -> Status {
        return SqlStatement::run(m_file.database(), u"UPDATE desk_link SET last_contact_at = ? WHERE id = 1"_s, {storedTime(at)});
    });
}

Status DeskLedger::enqueue(const QueuedOperation &queued)
{
    return m_file.write([&]() -> Status {
        return SqlStatement::run(m_file.database(),
                                 u"INSERT INTO desk_outbox (op_id, kind, payload, device_time, changeset) VALUES (?, ?, ?, ?, ?)"_s,
                                 {queued.operation.id, keyOf(queued.operation.kind),
                                  QString::fromUtf8(QJsonDocument(queued.operation.payload).toJson(QJsonDocument::Compact)),
                                  storedTime(queued.operation.deviceTime), storedChanges(queued.changes)});
    });
}

Status DeskLedger::replaceChanges(const QString &operationId, const QByteArray &changes)
{
    return m_file.write([&]() -> Status {
        // An operation that changes nothing now keeps an empty changeset,
        // not none: an empty QByteArray would be bound as NULL.
        return SqlStatement::run(m_file.database(), u"UPDATE desk_outbox SET changeset = ? WHERE op_id = ?"_s,
                                 {storedChanges(changes), operationId});
    });
}

Status DeskLedger::remove(const QString &operationId)
{
    return m_file.write([&]() -> Status {
        return SqlStatement::run(m_file.database(), u"DELETE FROM desk_outbox WHERE op_id = ?"_s, {operationId});
    });
}

Result<QList<QueuedOperation>> DeskLedger::queued() const
{
    TRY_LET(rows, SqlStatement::rows(m_file.database(),
                                     u"SELECT op_id, kind, payload, device_time, changeset FROM desk_outbox ORDER BY position"_s, {},
                                     [](const SqlStatement &row) {
                                         return std::tuple(row.value(0).toString(), row.value(1).toString(), row.value(2).toString(),
                                                           row.value(3).toString(), row.value(4).toByteArray());
                                     }));
    QList<QueuedOperation> queued;
    for (const auto &[id, kind, payload, deviceTime, changes] : *rows) {
        // A row changed behind the program's back is named, never sent as
        // something else.
        const auto known = fromKey<OperationKind>(kind);
        if (!known)
            return Error{tr("The change %1 waiting in this desk's copy is of a kind the program does not know (\"%2\"); "
                            "nothing was sent.")
                             .arg(id, kind)};
        QueuedOperation q;
        q.operation = {id, *known, QJsonDocument::fromJson(payload.toUtf8()).object(), fromStoredTime(deviceTime)};
        q.changes = changes;
        queued.append(q);
    }
    return queued;
}

Result<int> DeskLedger::queuedCount() const
{
    TRY_LET(count, SqlStatement::scalar(m_file.database(), u"SELECT count(*) FROM desk_outbox"_s));
    return count->toInt();
}

Status DeskLedger::addNotice(const DeskNotice &notice)
{
    return m_file.write([&]() -> Status {
        return SqlStatement::run(m_file.database(), u"INSERT INTO desk_notice (op_id, at, outcome, message) SELECT ?, ?, ?, ? "
                                 "WHERE NOT EXISTS (SELECT 1 FROM desk_notice WHERE op_id = ?)"_s,
                                 {notice.operationId, storedTime(notice.at), keyOf(notice.outcome), notice.message, notice.operationId});
    });
}

Status DeskLedger::clearNotices()
{
    return m_file.write([&]() -> Status { return SqlStatement::run(m_file.database(), u"DELETE FROM desk_notice"_s); });
}

Result<QList<DeskNotice>> DeskLedger::notices(int limit) const
{
    return SqlStatement::rows(m_file.database(), u"SELECT id, op_id, at, outcome, message FROM desk_notice ORDER BY id DESC LIMIT ?"_s,
                              {limit}, [](const SqlStatement &row) {
                                  DeskNotice notice;
                                  notice.id = row.value(0).toLongLong();
                                  notice.operationId = row.value(1).toString();
                                  notice.at = fromStoredTime(row.value(2).toString());
                                  notice.outcome = fromKey<OperationOutcome>(row.value(3).toString()).value_or(OperationOutcome::Refused);
                                  notice.message = row.value(4).toString();
                                  return notice;
                              });
}

} // namespace taller

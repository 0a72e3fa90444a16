#include "sharing/HubLedger.h"

#include "base/Clock.h"
#include "base/SqlStatement.h"

#include <QCryptographicHash>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QRandomGenerator>

#include <cerrno>
#include <csignal>

using namespace Qt::StringLiterals;

namespace taller {

namespace {

QString hashOf(const QString &secret)
{
    return QString::fromLatin1(QCryptographicHash::hash(secret.toUtf8(), QCryptographicHash::Sha256).toHex());
}

// Letters and digits a person reads back without doubt (no 0/O, 1/I/L).
QString readableKey(int length)
{
    static const QString alphabet = u"ABCDEFGHJKMNPQRSTUVWXYZ23456789"_s;
    QString key;
    for (int i = 0; i < length; ++i) {
        if (i > 0 && i % 4 == 0)
            key += u'-';
        key += alphabet.at(int(QRandomGenerator::system()->bounded(quint32(alphabet.size()))));
    }
    return key;
}

// A key as typed: case, spaces and dashes do not matter.
QString normalizedKey(const QString &key)
{
    QString letters;
    for (const QChar c : key) {
        if (c.isLetterOrNumber())
            letters += c.toUpper();
    }
    return letters;
}

PairedDevice deviceFrom(const SqlStatement &row)
{
    PairedDevice device;
    device.id = row.value(0).toLongLong();
    device.name = row.value(1).toString();
    device.pairedAt = fromStoredTime(row.value(2).toString());
    device.revokedAt = fromStoredTime(row.value(3).toString());
    device.lastSeenAt = fromStoredTime(row.value(4).toString());
    return device;
}

const QString deviceColumns = u"SELECT id, name, paired_at, revoked_at, last_seen_at FROM hub_device"_s;

} // namespace

Result<QString> HubLedger::newPairingKey()
{
    const QString key = readableKey(20);
    TRY(m_file.write([&]() -> Status {
        return SqlStatement::run(m_file.database(), u"INSERT INTO hub_pairing (token_sha256, created_at) VALUES (?, ?)"_s,
                                 {hashOf(normalizedKey(key)), Clock::stamp()});
    }));
    return key;
}

Result<HubLedger::Pairing> HubLedger::pair(const QString &key, const QString &deviceName)
{
    const QString name = deviceName.simplified().left(60);
    if (name.isEmpty())
        return Error{tr("Give this device a name the team will recognise (\"Mesa de registro 2\").")};
    Pairing pairing;
    TRY(m_file.write([&]() -> Status {
        const QString hash = hashOf(normalizedKey(key));
        TRY_LET(used, SqlStatement::rows(m_file.database(), u"SELECT used_at FROM hub_pairing WHERE token_sha256 = ?"_s, {hash},
                                         [](const SqlStatement &row) { return row.value(0); }));
        if (used->isEmpty())
            return Error{tr("This pairing key is not one the hub gave. Ask for a new one at the hub."), ErrorKind::Refused};
        if (!used->first().isNull())
            return Error{tr("This pairing key was already used; each serves once. Ask for a new one at the hub."),
                         ErrorKind::Refused};
        QByteArray secretBytes(32, Qt::Uninitialized);
        QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(secretBytes.data()), 8);
        pairing.secret = QString::fromLatin1(secretBytes.toHex());
        const QString at = Clock::stamp();
        TRY_LET(id, SqlStatement::insert(m_file.database(),
                                         u"INSERT INTO hub_device (name, secret_sha256, paired_at) VALUES (?, ?, ?)"_s,
                                         {name, hashOf(pairing.secret), at}));
        TRY(SqlStatement::run(m_file.database(), u"UPDATE hub_pairing SET used_at = ?, device_id = ? WHERE token_sha256 = ?"_s,
                              {at, *id, hash}));
        pairing.device.id = *id;
        pairing.device.name = name;
        pairing.device.pairedAt = fromStoredTime(at);
        return {};
    }));
    return pairing;
}

Result<PairedDevice> HubLedger::authenticate(qint64 deviceId, const QString &secret)
{
    TRY_LET(found, SqlStatement::rows(m_file.database(), deviceColumns + u" WHERE id = ? AND secret_sha256 = ?"_s,
                                      {deviceId, hashOf(secret)}, deviceFrom));
    if (found->isEmpty())
        return Error{tr("This device is not paired with the hub. Join again with a new pairing key."), ErrorKind::Refused};
    if (found->first().isRevoked())
        return Error{tr("The hub withdrew this device on %1. Ask the facilitator for a new pairing key.")
                         .arg(QLocale().toString(found->first().revokedAt, QLocale::ShortFormat)),
                     ErrorKind::Refused};
    return found->first();
}

Result<QList<PairedDevice>> HubLedger::devices() const
{
    return SqlStatement::rows(m_file.database(), deviceColumns + u" ORDER BY id"_s, {}, deviceFrom);
}

Result<PairedDevice> HubLedger::device(qint64 id) const
{
    TRY_LET(found, SqlStatement::rows(m_file.database(), deviceColumns + u" WHERE id = ?"_s, {id}, deviceFrom));
    if (found->isEmpty())
        return Error{tr("No device %1 is paired with this event.").arg(id)};
    return found->first();
}

Status HubLedger::revoke(qint64 deviceId)
{
    TRY(device(deviceId));
    return m_file.write([&]() -> Status {
        return SqlStatement::run(m_file.database(), u"UPDATE hub_device SET revoked_at = coalesce(revoked_at, ?) WHERE id = ?"_s,
                                 {Clock::stamp(), deviceId});
    });
}

Status HubLedger::markSeen(qint64 deviceId)
{
    return m_file.write([&]() -> Status {
        return SqlStatement::run(m_file.database(), u"UPDATE hub_device SET last_seen_at = ? WHERE id = ?"_s, {Clock::stamp(), deviceId});
    });
}

Result<std::optional<OperationReceipt>> HubLedger::receiptOf(const QString &operationId) const
{
    TRY_LET(found, SqlStatement::rows(m_file.database(), u"SELECT outcome, message FROM hub_operation WHERE op_id = ?"_s,
                                      {operationId}, [&](const SqlStatement &row) {
                                          OperationReceipt receipt;
                                          receipt.operationId = operationId;
                                          receipt.outcome = fromKey<OperationOutcome>(row.value(0).toString())
                                                                .value_or(OperationOutcome::Refused);
                                          receipt.message = row.value(1).toString();
                                          return receipt;
                                      }));
    if (found->isEmpty())
        return std::optional<OperationReceipt>();
    return std::optional<OperationReceipt>(found->first());
}

Status HubLedger::record(qint64 deviceId, const Operation &operation, const OperationReceipt &receipt)
{
    return m_file.write([&]() -> Status {
        return SqlStatement::run(
            m_file.database(),
            u"INSERT INTO hub_operation (op_id, device_id, kind, payload, device_time, received_at, outcome, message) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s,
            {operation.id, deviceId, keyOf(operation.kind),
             QString::fromUtf8(QJsonDocument(operation.payload).toJson(QJsonDocument::Compact)),
             storedTime(operation.deviceTime), Clock::stamp(), keyOf(receipt.outcome), receipt.message});
    });
}

Result<QString> HubLedger::registeredBy(const QString &document) const
{
    TRY_LET(names, SqlStatement::rows(m_file.database(),
                                      u"SELECT d.name FROM hub_operation o JOIN hub_device d ON d.id = o.device_id "
                                      "WHERE o.kind = 'walk_in' AND o.outcome = 'applied' AND json_extract(o.payload, '$.document') = ? "
                                      "ORDER BY o.received_at LIMIT 1"_s,
                                      {document}, [](const SqlStatement &row) { return row.value(0).toString(); }));
    return names->isEmpty() ? QString() : names->first();
}

Result<QMap<qint64, int>> HubLedger::operationCounts() const
{
    TRY_LET(rows, SqlStatement::rows(m_file.database(), u"SELECT device_id, count(*) FROM hub_operation GROUP BY device_id"_s, {},
                                     [](const SqlStatement &row) {
                                         return std::pair(row.value(0).toLongLong(), row.value(1).toInt());
                                     }));
    QMap<qint64, int> counts;
    for (const auto &[device, count] : *rows)
        counts.insert(device, count);
    return counts;
}

namespace {

QString newWebToken()
{
    QByteArray bytes(18, Qt::Uninitialized);
    for (char &b : bytes)
        b = char(QRandomGenerator::system()->bounded(256));
    return QString::fromLatin1(bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString pageKey(HubLedger::WebPage page)
{
    return page == HubLedger::WebPage::Mesa ? u"mesa"_s : u"projector"_s;
}

HubLedger::WebToken tokenFrom(const SqlStatement &row)
{
    return {row.value(0).toString() == u"mesa"_s ? HubLedger::WebPage::Mesa : HubLedger::WebPage::Projector,
            row.value(1).toLongLong(), row.value(2).toString()};
}

} // namespace

Result<QList<HubLedger::WebToken>> HubLedger::webTokens()
{
    // Asked first: the links are read often (the sharing dialog, every ficha
    // printed), made rarely.
    TRY_LET(missing, SqlStatement::scalar(m_file.database(),
                                          u"SELECT EXISTS (SELECT 1 FROM mesa m WHERE NOT EXISTS (SELECT 1 FROM hub_web_token t "
                                          "WHERE t.mesa_id = m.id AND t.revoked_at IS NULL)) OR NOT EXISTS (SELECT 1 FROM "
                                          "hub_web_token WHERE page = 'projector' AND revoked_at IS NULL)"_s));
    if (missing->toBool()) {
        TRY(m_file.write([&]() -> Status {
            const QSqlDatabase db = m_file.database();
            TRY_LET(unlinked, SqlStatement::ids(db, u"SELECT id FROM mesa m WHERE NOT EXISTS (SELECT 1 FROM hub_web_token t "
                                                    "WHERE t.mesa_id = m.id AND t.revoked_at IS NULL)"_s));
            for (qint64 mesa : *unlinked) {
                TRY(SqlStatement::run(db, u"INSERT INTO hub_web_token (token, page, mesa_id, created_at) VALUES (?, 'mesa', ?, ?)"_s,
                                      {newWebToken(), mesa, Clock::stamp()}));
            }
            TRY_LET(projector, SqlStatement::scalar(db, u"SELECT count(*) FROM hub_web_token WHERE page = 'projector' AND revoked_at IS NULL"_s));
            if (projector->toInt() == 0)
                TRY(SqlStatement::run(db, u"INSERT INTO hub_web_token (token, page, created_at) VALUES (?, 'projector', ?)"_s,
                                      {newWebToken(), Clock::stamp()}));
            return {};
        }));
    }
    return SqlStatement::rows(m_file.database(),
                              u"SELECT t.page, coalesce(t.mesa_id, 0), t.token FROM hub_web_token t LEFT JOIN mesa m ON m.id = t.mesa_id "
                              "WHERE t.revoked_at IS NULL ORDER BY t.page, m.position, m.code"_s,
                              {}, tokenFrom);
}

Result<QList<HubLedger::WebPath>> HubLedger::webPaths()
{
    TRY(webTokens());
    return SqlStatement::rows(m_file.database(),
                              u"SELECT coalesce(m.code, ''), t.page, t.token FROM hub_web_token t LEFT JOIN mesa m ON m.id = t.mesa_id "
                              "WHERE t.revoked_at IS NULL ORDER BY t.page, m.position, m.code"_s,
                              {}, [](const SqlStatement &row) {
                                  return WebPath{row.value(0).toString(), u"/%1/%2"_s.arg(row.value(1).toString(), row.value(2).toString())};
                              });
}

Result<std::optional<HubLedger::WebToken>> HubLedger::webToken(const QString &token) const
{
    return SqlStatement::firstRow(m_file.database(),
                                  u"SELECT page, coalesce(mesa_id, 0), token FROM hub_web_token WHERE token = ? AND revoked_at IS NULL"_s,
                                  {token}, tokenFrom);
}

Result<QString> HubLedger::renewWebToken(WebPage page, qint64 mesaId)
{
    const QString token = newWebToken();
    TRY(m_file.write([&]() -> Status {
        const QSqlDatabase db = m_file.database();
        TRY(SqlStatement::run(db, u"UPDATE hub_web_token SET revoked_at = ? WHERE page = ? AND coalesce(mesa_id, 0) = ? AND revoked_at IS NULL"_s,
                              {Clock::stamp(), pageKey(page), mesaId}));
        return SqlStatement::run(db, u"INSERT INTO hub_web_token (token, page, mesa_id, created_at) VALUES (?, ?, ?, ?)"_s,
                                 {token, pageKey(page), mesaId > 0 ? QVariant(mesaId) : QVariant(), Clock::stamp()});
    }));
    return token;
}

Result<std::optional<qint64>> HubLedger::createdFor(const QString &clientKey) const
{
    return SqlStatement::firstRow(m_file.database(), u"SELECT commitment_id FROM hub_web_create WHERE client_key = ?"_s, {clientKey},
                                  [](const SqlStatement &row) { return row.value(0).toLongLong(); });
}

Status HubLedger::recordCreated(const QString &clientKey, qint64 commitmentId)
{
    return m_file.write([&]() -> Status {
        return SqlStatement::run(m_file.database(),
                                 u"INSERT INTO hub_web_create (client_key, commitment_id, created_at) VALUES (?, ?, ?)"_s,
                                 {clientKey, commitmentId, Clock::stamp()});
    });
}

Status HubLedger::setAddress(const HubAddress &address)
{
    return m_file.write([&]() -> Status {
        return SqlStatement::run(m_file.database(),
                                 u"INSERT OR REPLACE INTO hub_state (id, address, fingerprint, since, pid, web) VALUES (1, ?, ?, ?, ?, ?)"_s,
                                 {address.address, address.fingerprint, storedTime(address.since),
                                  address.pid, address.web});
    });
}

Status HubLedger::clearAddress()
{
    return m_file.write([&]() -> Status { return SqlStatement::run(m_file.database(), u"DELETE FROM hub_state"_s); });
}

Result<std::optional<HubAddress>> HubLedger::address() const
{
    TRY_LET(found, SqlStatement::rows(m_file.database(), u"SELECT address, fingerprint, since, pid, web FROM hub_state WHERE id = 1"_s,
                                      {}, [](const SqlStatement &row) {
                                          return HubAddress{row.value(0).toString(), row.value(1).toString(),
                                                            fromStoredTime(row.value(2).toString()), row.value(3).toLongLong(),
                                                            row.value(4).toString()};
                                      }));
    if (found->isEmpty())
        return std::optional<HubAddress>();
    return std::optional<HubAddress>(found->first());
}

Result<std::optional<HubAddress>> HubLedger::servingNow() const
{
    TRY_LET(said, address());
    if (!said->has_value())
        return said;
    const qint64 pid = said->value().pid;
    const bool alive = pid == QCoreApplication::applicationPid()
                       || (pid > 0 && !(::kill(pid_t(pid), 0) != 0 && errno == ESRCH));
    return alive ? said : std::optional<HubAddress>();
}

} // namespace taller

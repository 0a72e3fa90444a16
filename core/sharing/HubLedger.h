#pragma once

#include "base/EventFile.h"
#include "sharing/Operation.h"

#include <QDateTime>
#include <QList>

#include <optional>

namespace taller {

// A device paired with a hub.
struct PairedDevice
{
    qint64 id = 0;
    QString name;
    QDateTime pairedAt;
    QDateTime revokedAt; // invalid while the device may connect
    QDateTime lastSeenAt;
    bool isRevoked() const { return revokedAt.isValid(); }
};

// Where the hub serving this event can be reached, as it last said.
struct HubAddress
{
    QString address; // host:port
    QString fingerprint; // SHA-256 of the hub's certificate
    QDateTime since;
    qint64 pid = 0;
};

// The hub's own records in the event file (schema step 11): the devices it
// paired, the one-time pairing keys (only their SHA-256: a key read from the
// file pairs nothing), and every operation a device sent with its outcome,
// so an operation sent twice is applied once. None of it leaves the hub.
class HubLedger
{
    Q_DECLARE_TR_FUNCTIONS(taller::HubLedger)

public:
    explicit HubLedger(EventFile &file) : m_file(file) {}

    // A fresh one-time key; the file keeps only its hash.
    Result<QString> newPairingKey();
    // Spends a pairing key on a new device: its id and the secret it will
    // present from now on (the file keeps only the secret's hash). A key
    // already spent, or never given, pairs nothing.
    struct Pairing
    {
        PairedDevice device;
        QString secret;
    };
    Result<Pairing> pair(const QString &key, const QString &deviceName);
    // The device a secret belongs to, refused when revoked or unknown.
    Result<PairedDevice> authenticate(qint64 deviceId, const QString &secret);
    Result<QList<PairedDevice>> devices() const;
    Result<PairedDevice> device(qint64 id) const;
    Status revoke(qint64 deviceId);
    Status markSeen(qint64 deviceId);

    // The receipt of an operation already applied, if it was.
    Result<std::optional<OperationReceipt>> receiptOf(const QString &operationId) const;
    Status record(qint64 deviceId, const Operation &operation, const OperationReceipt &receipt);
    // The device whose walk-in registered document first, if a device did.
    Result<QString> registeredBy(const QString &document) const;
    // How many operations each outcome counted (for `devices --json`).
    Result<QMap<qint64, int>> operationCounts() const;

    Status setAddress(const HubAddress &address);
    Status clearAddress();
    Result<std::optional<HubAddress>> address() const;

private:
    EventFile &m_file;
};

} // namespace taller

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
    QString web; // https://host:port of the browsers' pages
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

    // The pages the hub serves to browsers (network/WebServer): one token
    // per mesa and one for the projector, made when first asked, kept until
    // revoked (then a new one replaces it).
    enum class WebPage { Mesa, Projector };
    struct WebToken
    {
        WebPage page = WebPage::Mesa;
        qint64 mesaId = 0; // for a mesa's page
        QString token;
    };
    // A token for every mesa and the projector, made where missing.
    Result<QList<WebToken>> webTokens();
    // Where each page is on the hub: the mesa's code (empty for the
    // projector) and the path after the hub's address ("/mesa/TOKEN"), the
    // mesas in their order, then the projector.
    struct WebPath
    {
        QString mesaCode;
        QString path;
    };
    Result<QList<WebPath>> webPaths();
    // What a token opens, when it is one in force.
    Result<std::optional<WebToken>> webToken(const QString &token) const;
    // Revokes the page's token (a mesa's, or the projector's when mesaId is
    // 0) and makes a new one; the old one opens nothing from then on.
    Result<QString> renewWebToken(WebPage page, qint64 mesaId);
    // The commitment a browser's create with clientKey made, if it did.
    Result<std::optional<qint64>> createdFor(const QString &clientKey) const;
    Status recordCreated(const QString &clientKey, qint64 commitmentId);

    Status setAddress(const HubAddress &address);
    Status clearAddress();
    Result<std::optional<HubAddress>> address() const;
    // The address of the hub serving the event now: none when no hub said
    // so, or the process that said so is gone (it was killed, the laptop
    // went off) without taking it back.
    Result<std::optional<HubAddress>> servingNow() const;

private:
    EventFile &m_file;
};

} // namespace taller

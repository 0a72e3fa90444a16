#pragma once

#include "EventSession.h"
#include "HubCertificate.h"
#include "HubChanges.h"
#include "PairingCode.h"
#include "sharing/HubLedger.h"

#include <QHostAddress>
#include <QObject>
#include <QPointer>

class QWebSocket;
class QWebSocketServer;

namespace taller {

class WebServer;

// The hub: the process that owns an event file serves it to the team's other
// devices over the venue's network (see ARCHITECTURE.md). Desks join with a
// one-time pairing code, over TLS with the hub's own certificate; each
// operation a desk sends is applied through the registration desk's service,
// as the hub's own window would, once; and every change committed to the
// event, whoever made it, reaches every joined desk as it is committed.
class HubServer : public QObject
{
    Q_OBJECT

public:
    HubServer(EventSession &session, HubCertificate certificate, QObject *parent = nullptr);
    ~HubServer() override;

    // Starts listening on bind (every address when Any) and port (one the
    // system picks when 0), and serves the mesas' and projector's pages on
    // the port after it (or another free one when that is taken).
    Status listen(const QHostAddress &bind = QHostAddress::Any, quint16 port = 0);
    void close();
    bool isListening() const;
    quint16 port() const;
    // The address desks reach: the one bound, or this computer's address on
    // the local network (the first IPv4 address of a running interface that
    // is not loopback), or 127.0.0.1 when there is none.
    QString host() const;
    QString fingerprint() const { return m_certificate.fingerprint(); }
    // A fresh pairing code with a one-time key.
    Result<PairingCode> newPairing();

    // Paired devices and whether each is connected now.
    Result<QList<PairedDevice>> devices() const;
    bool isConnected(qint64 deviceId) const;
    // How many changes each device has sent that the hub took (by device id).
    Result<QMap<qint64, int>> operationCounts() const;
    // Withdraws a device: refused at once, its connection closed.
    Status revoke(qint64 deviceId);

    const HubChanges &changes() const { return *m_changes; }

    // The browsers' pages: https://HOST:PORT, each mesa's link by code, the
    // projector's; empty while not listening.
    QString webBase() const;
    Result<QList<std::pair<QString, QString>>> mesaLinks();
    Result<QString> projectorLink();
    // Replaces a mesa's page link (by code) or the projector's (empty code)
    // with a new one: the old one opens nothing from then on.
    Result<QString> renewLink(const QString &mesaCode);
    int connectedCount() const;

signals:
    void devicesChanged();

private:
    struct Client;
    void accept();
    void receive(QWebSocket *socket, const QString &text);
    void pairDevice(Client &client, const QJsonObject &body);
    void greet(Client &client, const QJsonObject &body);
    void applyOperations(Client &client, const QJsonObject &body);
    void sendSnapshot(Client &client);
    void refuse(Client &client, const QString &why);
    void broadcast(const HubChanges::Change &change);
    void recheckDevices();
    Client *clientOf(QWebSocket *socket);

    EventSession &m_session;
    HubCertificate m_certificate;
    std::unique_ptr<HubChanges> m_changes;
    QWebSocketServer *m_server = nullptr;
    std::unique_ptr<WebServer> m_web;
    QHostAddress m_bound;
    std::vector<std::unique_ptr<Client>> m_clients;
};

} // namespace taller

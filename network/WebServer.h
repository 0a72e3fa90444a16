#pragma once

#include "EventSession.h"
#include "HubCertificate.h"
#include "sharing/HubLedger.h"

#include <QHostAddress>
#include <QObject>
#include <QPointer>
#include <QTimer>

class QSslServer;
class QSslSocket;

namespace taller {

// The pages the hub serves to browsers on the venue's network: one per mesa
// (its commitments, typed by its rapporteur) and the projector, over HTTPS
// with the hub's own certificate; what docs/web-api.md describes. Each save
// goes through MesasService, as the window's, with the revision it was made
// from; every page showing a mesa hears of a change within a second (server-
// sent events).
class WebServer : public QObject
{
    Q_OBJECT

public:
    WebServer(EventSession &session, HubCertificate certificate, QObject *parent = nullptr);
    ~WebServer() override;

    Status listen(const QHostAddress &bind, quint16 port);
    void close();
    quint16 port() const;
    // https://HOST:PORT
    QString base(const QString &host) const;
    // Each mesa's link by code, and the projector's.
    Result<QList<std::pair<QString, QString>>> mesaLinks(const QString &host);
    Result<QString> projectorLink(const QString &host);

private:
    struct Connection;
    void accept();
    void readFrom(QSslSocket *socket);
    void handle(Connection &connection);
    void respond(QSslSocket *socket, int status, const QByteArray &type, const QByteArray &body, bool keepAlive);
    void respondJson(QSslSocket *socket, int status, const QJsonObject &body, bool keepAlive);
    void startEvents(Connection &connection, HubLedger::WebToken token);
    void pushStates();
    void saveCommitment(Connection &connection, qint64 mesaId, qint64 commitmentId);
    void createCommitment(Connection &connection, qint64 mesaId);

    EventSession &m_session;
    HubCertificate m_certificate;
    QSslServer *m_server = nullptr;
    std::vector<std::unique_ptr<Connection>> m_connections;
    QTimer m_debounce;
    QTimer m_keepAlive;
};

} // namespace taller

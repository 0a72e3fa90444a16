#include "HubServer.h"

#include "HubProtocol.h"
#include "RemoteOperations.h"
#include "WebServer.h"
#include "MesasService.h"
#include "base/Clock.h"

#include <QJsonArray>
#include <QNetworkInterface>
#include <QSslConfiguration>
#include <QTimer>
#include <QWebSocket>
#include <QWebSocketServer>

using namespace Qt::StringLiterals;

namespace taller {

namespace {

constexpr quint64 MaxIncoming = 4 * 1024 * 1024;

} // namespace

struct HubServer::Client
{
    QPointer<QWebSocket> socket;
    qint64 deviceId = 0;
    QString deviceName;
    QString secret;
    bool authenticated = false;
};

HubServer::HubServer(EventSession &session, HubCertificate certificate, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_certificate(std::move(certificate))
    , m_changes(std::make_unique<HubChanges>(session))
{
    connect(m_changes.get(), &HubChanges::committed, this, &HubServer::broadcast);
    connect(m_changes.get(), &HubChanges::runStarted, this, [this] {
        // A change the hub could not follow (another process wrote the file):
        // every desk takes the whole event again, and a device revoked from
        // the command line is let go.
        recheckDevices();
        for (const auto &client : m_clients) {
            if (client->authenticated)
                sendSnapshot(*client);
        }
    });
}

HubServer::~HubServer()
{
    close();
}

Status HubServer::listen(const QHostAddress &bind, quint16 port)
{
    close();
    m_server = new QWebSocketServer(u"Taller Abierto"_s, QWebSocketServer::SecureMode, this);
    m_server->setSslConfiguration(m_certificate.serverConfiguration());
    m_server->setMaxPendingConnections(64);
    if (!m_server->listen(bind, port)) {
        const QString why = m_server->errorString();
        delete m_server;
        m_server = nullptr;
        return Error{tr("Cannot share the event on port %1: %2").arg(port).arg(why)};
    }
    m_bound = bind;
    connect(m_server, &QWebSocketServer::newConnection, this, &HubServer::accept);
    m_web = std::make_unique<WebServer>(m_session, m_certificate);
    if (Status web = m_web->listen(bind, port == 0 ? 0 : quint16(this->port() + 1)); !web) {
        if (Status anywhere = m_web->listen(bind, 0); !anywhere) {
            close();
            return anywhere;
        }
    }
    TRY(HubLedger(m_session.file()).setAddress({u"%1:%2"_s.arg(host()).arg(this->port()), fingerprint(),
                                                Clock::currentDateTime(), QCoreApplication::applicationPid(), webBase()}));

    return {};
}

void HubServer::close()
{
    for (const auto &client : m_clients) {
        if (client->socket)
            client->socket->close(QWebSocketProtocol::CloseCodeGoingAway);
    }
    m_clients.clear();
    m_web.reset();
    if (m_server) {
        m_server->close();
        delete m_server;
        m_server = nullptr;
        (void)HubLedger(m_session.file()).clearAddress();
    }
}

bool HubServer::isListening() const
{
    return m_server && m_server->isListening();
}

quint16 HubServer::port() const
{
    return m_server ? m_server->serverPort() : 0;
}

QString HubServer::host() const
{
    if (!m_bound.isNull() && m_bound != QHostAddress::Any && m_bound != QHostAddress::AnyIPv4 && m_bound != QHostAddress::AnyIPv6)
        return m_bound.toString();
    for (const QNetworkInterface &interface : QNetworkInterface::allInterfaces()) {
        const auto flags = interface.flags();
        if (!flags.testFlag(QNetworkInterface::IsUp) || !flags.testFlag(QNetworkInterface::IsRunning)
            || flags.testFlag(QNetworkInterface::IsLoopBack))
            continue;
        for (const QNetworkAddressEntry &entry : interface.addressEntries()) {
            if (entry.ip().protocol() == QAbstractSocket::IPv4Protocol)
                return entry.ip().toString();
        }
    }
    return u"127.0.0.1"_s;
}

QString HubServer::webBase() const
{
    return m_web ? m_web->base(host()) : QString();
}

Result<QList<std::pair<QString, QString>>> HubServer::mesaLinks()
{
    if (!m_web)
        return Error{tr("The event is not shared.")};
    return m_web->mesaLinks(host());
}

Result<QString> HubServer::projectorLink()
{
    if (!m_web)
        return Error{tr("The event is not shared.")};
    return m_web->projectorLink(host());
}

Result<QString> HubServer::renewLink(const QString &mesaCode)
{
    HubLedger ledger(m_session.file());
    if (mesaCode.isEmpty()) {
        TRY(ledger.renewWebToken(HubLedger::WebPage::Projector, 0));
        return projectorLink();
    }
    TRY_LET(mesas, MesasService(m_session).mesas());
    for (const Mesa &mesa : *mesas) {
        if (mesa.code != mesaCode)
            continue;
        TRY(ledger.renewWebToken(HubLedger::WebPage::Mesa, mesa.id));
        TRY_LET(links, mesaLinks());
        for (const auto &[code, link] : *links) {
            if (code == mesaCode)
                return link;
        }
    }
    return Error{tr("The event is not shared.")};
}

Result<PairingCode> HubServer::newPairing()
{
    TRY_LET(key, HubLedger(m_session.file()).newPairingKey());
    return PairingCode{host(), port(), *key, fingerprint()};
}

Result<QList<PairedDevice>> HubServer::devices() const
{
    return HubLedger(m_session.file()).devices();
}

Result<QMap<qint64, int>> HubServer::operationCounts() const
{
    return HubLedger(m_session.file()).operationCounts();
}

bool HubServer::isConnected(qint64 deviceId) const
{
    return std::any_of(m_clients.cbegin(), m_clients.cend(),
                       [&](const auto &c) { return c->authenticated && c->deviceId == deviceId && c->socket; });
}

int HubServer::connectedCount() const
{
    return int(std::count_if(m_clients.cbegin(), m_clients.cend(), [](const auto &c) { return c->authenticated && c->socket; }));
}

Status HubServer::revoke(qint64 deviceId)
{
    TRY(HubLedger(m_session.file()).revoke(deviceId));
    recheckDevices();
    emit devicesChanged();
    return {};
}

void HubServer::recheckDevices()
{
    HubLedger ledger(m_session.file());
    for (const auto &client : m_clients) {
        if (!client->authenticated)
            continue;
        if (const auto still = ledger.authenticate(client->deviceId, client->secret); !still)
            refuse(*client, still.errorMessage());
    }
}

HubServer::Client *HubServer::clientOf(QWebSocket *socket)
{
    for (const auto &client : m_clients) {
        if (client->socket == socket)
            return client.get();
    }
    return nullptr;
}

void HubServer::accept()
{
    while (QWebSocket *socket = m_server->nextPendingConnection()) {
        socket->setParent(this);
        // What a desk sends is small (a batch of operations): a larger
        // message is refused before it is read whole, and closes the socket.
        socket->setMaxAllowedIncomingFrameSize(MaxIncoming);
        socket->setMaxAllowedIncomingMessageSize(MaxIncoming);
        auto client = std::make_unique<Client>();
        client->socket = socket;
        m_clients.push_back(std::move(client));
        // A connection that has not said who it is within half a minute is
        // let go: it holds a place and nothing else.
        QTimer::singleShot(30000, socket, [this, socket] {
            if (const Client *waiting = clientOf(socket); waiting && !waiting->authenticated)
                socket->abort();
        });
        connect(socket, &QWebSocket::textMessageReceived, this, [this, socket](const QString &text) { receive(socket, text); });
        connect(socket, &QWebSocket::disconnected, this, [this, socket] {
            const bool wasDevice = clientOf(socket) && clientOf(socket)->authenticated;
            std::erase_if(m_clients, [socket](const auto &c) { return c->socket == socket || !c->socket; });
            socket->deleteLater();
            if (wasDevice)
                emit devicesChanged();
        });
    }
}

void HubServer::receive(QWebSocket *socket, const QString &text)
{
    Client *client = clientOf(socket);
    if (!client)
        return;
    const auto [type, body] = hub::read(text);
    if (type == u"ping"_s) {
        // Answered to anyone: it says only that the hub is there.
        socket->sendTextMessage(QString::fromUtf8(hub::message(u"pong"_s)));
        return;
    }
    if (type == u"pair"_s)
        pairDevice(*client, body);
    else if (type == u"hello"_s)
        greet(*client, body);
    else if (!client->authenticated)
        refuse(*client, tr("Pair this device with the hub first."));
    else if (type == u"ops"_s)
        applyOperations(*client, body);
    else if (type == u"snapshot-please"_s)
        sendSnapshot(*client);
}

void HubServer::pairDevice(Client &client, const QJsonObject &body)
{
    const auto paired = HubLedger(m_session.file()).pair(body.value(u"key"_s).toString(), body.value(u"name"_s).toString());
    if (!paired) {
        refuse(client, paired.errorMessage());
        return;
    }
    client.deviceId = paired->device.id;
    client.deviceName = paired->device.name;
    client.secret = paired->secret;
    client.authenticated = true;
    client.socket->sendTextMessage(QString::fromUtf8(hub::message(
        u"paired"_s, {{u"device"_s, paired->device.id}, {u"secret"_s, paired->secret}, {u"name"_s, paired->device.name}})));
    sendSnapshot(client);
    emit devicesChanged();
}

void HubServer::greet(Client &client, const QJsonObject &body)
{
    const qint64 deviceId = body.value(u"device"_s).toInteger();
    const QString secret = body.value(u"secret"_s).toString();
    // What another process wrote to the file a moment ago (a purge, a
    // revocation) is known before the desk is answered, not at the next poll.
    m_session.pollExternalChanges();
    HubLedger ledger(m_session.file());
    const auto device = ledger.authenticate(deviceId, secret);
    if (!device) {
        refuse(client, device.errorMessage());
        return;
    }
    if (body.value(u"schema"_s).toInt() != m_session.file().schemaVersion()) {
        refuse(client, tr("This device and the hub run different versions of the program (event format %1 and %2): "
                          "install the same version on both.")
                           .arg(body.value(u"schema"_s).toInt())
                           .arg(m_session.file().schemaVersion()));
        return;
    }
    client.deviceId = deviceId;
    client.deviceName = device->name;
    client.secret = secret;
    client.authenticated = true;
    (void)ledger.markSeen(deviceId);
    client.socket->sendTextMessage(QString::fromUtf8(hub::message(
        u"welcome"_s, {{u"hubTime"_s, Clock::stamp()},
                       {u"run"_s, m_changes->run()},
                       {u"seq"_s, m_changes->lastSeq()}})));
    const auto since = m_changes->since(body.value(u"run"_s).toString(), body.value(u"seq"_s).toInteger());
    if (!since) {
        sendSnapshot(client);
    } else if (!since->isEmpty()) {
        QJsonArray items;
        for (const auto &change : *since)
            items.append(hub::changeJson(change));
        client.socket->sendTextMessage(
            QString::fromUtf8(hub::message(u"changes"_s, {{u"run"_s, m_changes->run()}, {u"items"_s, items}})));
    }
    emit devicesChanged();
}

void HubServer::applyOperations(Client &client, const QJsonObject &body)
{
    HubLedger ledger(m_session.file());
    // Checked on every batch: a device revoked a moment ago sends nothing more.
    if (const auto still = ledger.authenticate(client.deviceId, client.secret); !still) {
        refuse(client, still.errorMessage());
        return;
    }
    QJsonArray receipts;
    const auto registeredBy = [&ledger](const QString &document) { return ledger.registeredBy(document).value_or(QString()); };
    for (const QJsonValue &item : body.value(u"items"_s).toArray()) {
        const auto operation = Operation::fromJson(item.toObject());
        if (!operation) {
            // Answered, not dropped: the desk drops it from its queue and
            // says so, naming what the hub could not read.
            const QString id = item.toObject().value(u"id"_s).toString();
            if (!id.isEmpty())
                receipts.append(OperationReceipt{id, OperationOutcome::Refused,
                                                 tr("The hub cannot read this change (kind \"%1\"); it was not made.")
                                                     .arg(item.toObject().value(u"kind"_s).toString())}
                                    .toJson());
            continue;
        }
        OperationReceipt receipt;
        m_changes->setOperations({operation->id});
        const Status done = m_session.file().write([&]() -> Status {
            TRY_LET(known, ledger.receiptOf(operation->id));
            if (known->has_value()) {
                receipt = known->value();
                return {};
            }
            Error later;
            receipt = RemoteOperations::apply(m_session, client.deviceName, *operation, &later, registeredBy);
            if (!later.message.isEmpty())
                return later;
            return ledger.record(client.deviceId, *operation, receipt);
        });
        if (!done)
            break; // the rest is sent again, in order, on the next batch
        receipts.append(receipt.toJson());
    }
    if (client.socket)
        client.socket->sendTextMessage(QString::fromUtf8(hub::message(u"receipts"_s, {{u"items"_s, receipts}})));
}

void HubServer::sendSnapshot(Client &client)
{
    const auto snapshot = replication::snapshot(m_session.file());
    if (!snapshot) {
        refuse(client, snapshot.errorMessage());
        return;
    }
    client.socket->sendTextMessage(QString::fromUtf8(
        hub::message(u"snapshot"_s, {{u"run"_s, m_changes->run()},
                                     {u"seq"_s, m_changes->lastSeq()},
                                     {u"data"_s, QString::fromLatin1(snapshot->toBase64())}})));
}

void HubServer::refuse(Client &client, const QString &why)
{
    client.authenticated = false;
    if (!client.socket)
        return;
    client.socket->sendTextMessage(QString::fromUtf8(hub::message(u"refused"_s, {{u"message"_s, why}})));
    client.socket->close(QWebSocketProtocol::CloseCodePolicyViolated, why.left(100));
}

void HubServer::broadcast(const HubChanges::Change &change)
{
    const QString text = QString::fromUtf8(
        hub::message(u"changes"_s, {{u"run"_s, m_changes->run()}, {u"items"_s, QJsonArray{hub::changeJson(change)}}}));
    for (const auto &client : m_clients) {
        if (client->authenticated && client->socket)
            client->socket->sendTextMessage(text);
    }
}

} // namespace taller

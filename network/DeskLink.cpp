#include "DeskLink.h"

#include "HubCertificate.h"
#include "HubProtocol.h"
#include "base/Clock.h"
#include "sharing/Replication.h"

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QSslConfiguration>
#include <QWebSocket>

using namespace Qt::StringLiterals;

namespace taller {

namespace {

constexpr int RetryMs = 3000;

QString operationsInWords(int count)
{
    return count == 1 ? DeskLink::tr("1 change to send") : DeskLink::tr("%1 changes to send").arg(count);
}

} // namespace

QWebSocket *pinnedSocket(const QString &fingerprint, QObject *parent, const std::function<void(QString)> &onMismatch)
{
    auto *socket = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, parent);
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setProtocol(QSsl::TlsV1_2OrLater);
    socket->setSslConfiguration(tls);
    QObject::connect(socket, &QWebSocket::sslErrors, socket, [socket, fingerprint, onMismatch](const QList<QSslError> &errors) {
        QSslCertificate peer = socket->sslConfiguration().peerCertificate();
        if (peer.isNull() && !errors.isEmpty())
            peer = errors.first().certificate();
        // The hub's certificate is its own, signed by no authority: it is
        // trusted because it is the one the pairing code named, and only then.
        if (!peer.isNull() && HubCertificate::fingerprintOf(peer) == fingerprint) {
            socket->ignoreSslErrors(errors);
            return;
        }
        onMismatch(DeskLink::tr("The computer at this address is not the hub this desk joined (its certificate is not the "
                                "one the pairing code named). Nothing was sent to it."));
        socket->abort();
    });
    QObject::connect(socket, &QWebSocket::connected, socket, [socket, fingerprint, onMismatch] {
        if (HubCertificate::fingerprintOf(socket->sslConfiguration().peerCertificate()) != fingerprint) {
            onMismatch(DeskLink::tr("The computer at this address is not the hub this desk joined. Nothing was sent to it."));
            socket->abort();
        }
    });
    return socket;
}

DeskLink::DeskLink(EventSession &session, QObject *parent)
    : QObject(parent)
    , m_session(session)
{
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &DeskLink::connectToHub);
    connect(&m_session, &EventSession::changed, this, [this] { QTimer::singleShot(0, this, &DeskLink::sendQueued); },
            Qt::QueuedConnection);
}

DeskLink::~DeskLink()
{
    stop();
}

bool DeskLink::isCopy(const EventSession &session)
{
    return dynamic_cast<DeskCopy *>(session.journal()) != nullptr;
}

DeskCopy &DeskLink::copy() const
{
    return *dynamic_cast<DeskCopy *>(m_session.journal());
}

void DeskLink::start()
{
    m_running = true;
    connectToHub();
}

void DeskLink::stop()
{
    m_running = false;
    m_retry.stop();
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        m_socket->deleteLater();
        m_socket = nullptr;
    }
}

int DeskLink::queued() const
{
    return copy().queuedCount().value_or(0);
}

QString DeskLink::hubAddress() const
{
    const auto link = copy().link();
    return link ? link->hubAddress : QString();
}

QString DeskLink::summary() const
{
    const int waiting = queued();
    switch (m_state) {
    case State::Online:
        return waiting == 0 ? tr("Connected to the hub %1").arg(hubAddress())
                            : tr("Connected to the hub %1: %2").arg(hubAddress(), operationsInWords(waiting));
    case State::Refused:
        return tr("The hub refused this desk: %1").arg(m_problem);
    case State::Connecting:
    case State::Offline:
        break;
    }
    return waiting == 0 ? tr("No connection with the hub %1; nothing waiting to be sent").arg(hubAddress())
                        : tr("No connection with the hub: %1").arg(operationsInWords(waiting));
}

void DeskLink::setState(State state, const QString &problem)
{
    if (state == m_state && problem == m_problem)
        return;
    m_state = state;
    m_problem = problem;
    emit stateChanged();
}

void DeskLink::connectToHub()
{
    const auto link = copy().link();
    if (!link) {
        setState(State::Refused, link.errorMessage());
        return;
    }
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        m_socket->deleteLater();
    }
    m_welcomed = false;
    m_awaitingSnapshot = false;
    m_inFlight.clear();
    m_socket = pinnedSocket(link->fingerprint, this, [this](const QString &why) { m_problem = why; });
    connect(m_socket, &QWebSocket::connected, this, &DeskLink::onConnected);
    connect(m_socket, &QWebSocket::textMessageReceived, this, &DeskLink::onMessage);
    connect(m_socket, &QWebSocket::disconnected, this, &DeskLink::onDisconnected);
    setState(State::Connecting, m_problem);
    m_socket->open(QUrl(u"wss://%1/desk"_s.arg(link->hubAddress)));
}

void DeskLink::onConnected()
{
    if (!m_socket || m_socket->state() != QAbstractSocket::ConnectedState)
        return;
    const auto link = copy().link();
    if (!link)
        return;
    m_socket->sendTextMessage(QString::fromUtf8(hub::message(u"hello"_s, {{u"device"_s, link->deviceId},
                                                                          {u"secret"_s, link->secret},
                                                                          {u"run"_s, link->run},
                                                                          {u"seq"_s, link->seq},
                                                                          {u"schema"_s, m_session.file().schemaVersion()}})));
}

void DeskLink::onMessage(const QString &text)
{
    const auto [type, body] = hub::read(text);
    if (type == u"welcome"_s) {
        m_welcomed = true;
        m_run = body.value(u"run"_s).toString();
        (void)copy().setLastContact(Clock::currentDateTime());
        setState(State::Online);
        sendQueued();
    } else if (type == u"changes"_s) {
        const QString run = body.value(u"run"_s).toString();
        const auto link = copy().link();
        QList<DeskCopy::HubChange> changes;
        for (const QJsonValue &item : body.value(u"items"_s).toArray())
            changes.append(hub::changeFrom(item.toObject()));
        if (m_awaitingSnapshot)
            return;
        const bool follows = link && link->run == run && !changes.isEmpty() && changes.first().seq <= link->seq + 1;
        if (!follows) {
            askForSnapshot({});
            return;
        }
        if (const Status taken = copy().takeIn(run, changes, {}); !taken) {
            askForSnapshot(taken.errorMessage());
            return;
        }
        m_received += int(changes.size());
        emit received();
        emit stateChanged();
    } else if (type == u"snapshot"_s) {
        const QByteArray data = QByteArray::fromBase64(body.value(u"data"_s).toString().toLatin1());
        const Status adopted = copy().adoptSnapshot(body.value(u"run"_s).toString(), body.value(u"seq"_s).toInteger(), data);
        if (!adopted) {
            // Asked again on the next connection; the copy works on meanwhile.
            m_problem = tr("The hub's event could not be taken in: %1").arg(adopted.errorMessage());
            emit notice(m_problem);
            emit stateChanged();
            return;
        }
        m_awaitingSnapshot = false;
        ++m_received;
        emit received();
        sendQueued();
    } else if (type == u"receipts"_s) {
        QList<OperationReceipt> receipts;
        for (const QJsonValue &item : body.value(u"items"_s).toArray())
            receipts.append(OperationReceipt::fromJson(item.toObject()));
        const auto link = copy().link();
        const Status taken = link ? copy().takeIn(link->run, {}, receipts) : Status(link.error());
        for (const OperationReceipt &receipt : receipts) {
            m_inFlight.remove(receipt.operationId);
            if (receipt.outcome != OperationOutcome::Applied)
                emit notice(receipt.message);
        }
        m_awaiting = int(m_inFlight.size());
        if (!taken) {
            // The snapshot settles them: the hub answers again for each
            // operation sent again, from its record, applying none twice.
            askForSnapshot(taken.errorMessage());
            return;
        }
        emit stateChanged();
        sendQueued();
    } else if (type == u"refused"_s) {
        m_running = false;
        m_retry.stop();
        setState(State::Refused, body.value(u"message"_s).toString());
    }
}

void DeskLink::askForSnapshot(const QString &why)
{
    if (!why.isEmpty())
        m_problem = why;
    if (m_awaitingSnapshot || !m_socket)
        return;
    m_awaitingSnapshot = true;
    m_socket->sendTextMessage(QString::fromUtf8(hub::message(u"snapshot-please"_s)));
}

void DeskLink::onDisconnected()
{
    m_welcomed = false;
    m_awaitingSnapshot = false;
    m_inFlight.clear();
    m_awaiting = 0;
    if (m_state != State::Refused)
        setState(State::Offline, m_problem);
    if (m_running)
        m_retry.start(RetryMs);
}

void DeskLink::sendQueued()
{
    if (m_state != State::Online || !m_socket || !m_welcomed || m_awaitingSnapshot)
        return;
    const auto queued = copy().queued();
    if (!queued) {
        m_problem = queued.errorMessage();
        emit notice(m_problem);
        emit stateChanged();
        return;
    }
    QJsonArray items;
    for (const QueuedOperation &q : *queued) {
        if (m_inFlight.contains(q.operation.id))
            continue;
        m_inFlight.insert(q.operation.id);
        items.append(q.operation.toJson());
    }
    if (items.isEmpty())
        return;
    m_sent += int(items.size());
    m_awaiting = int(m_inFlight.size());
    m_socket->sendTextMessage(QString::fromUtf8(hub::message(u"ops"_s, {{u"items"_s, items}})));
}

Result<DeskLink::Round> DeskLink::syncOnce(EventSession &session, int timeoutMs)
{
    if (!isCopy(session))
        return Error{tr("%1 is not a desk's copy of an event: join a hub first (taller-abierto-cli join).")
                         .arg(QDir::toNativeSeparators(session.path()))};
    DeskLink link(session);
    QEventLoop loop;
    QTimer deadline;
    deadline.setSingleShot(true);
    QTimer quiet;
    quiet.setSingleShot(true);
    const auto settled = [&] {
        return link.state() == State::Online && link.m_inFlight.isEmpty() && link.queued() == 0;
    };
    const auto check = [&] {
        if (link.state() == State::Refused)
            loop.quit();
        else if (settled())
            quiet.start(300);
    };
    connect(&link, &DeskLink::stateChanged, &loop, check);
    connect(&link, &DeskLink::received, &loop, check);
    connect(&quiet, &QTimer::timeout, &loop, [&] {
        if (settled())
            loop.quit();
    });
    connect(&deadline, &QTimer::timeout, &loop, &QEventLoop::quit);
    deadline.start(timeoutMs);
    link.start();
    loop.exec();
    link.m_running = false;
    Round round{link.m_sent, link.m_received, link.queued()};
    if (link.state() == State::Refused)
        return Error{tr("The hub refused this desk: %1").arg(link.problem()), ErrorKind::Refused};
    if (link.m_welcomed && round.queued > 0 && !link.problem().isEmpty())
        return Error{tr("%1 Still queued: %2.").arg(link.problem()).arg(round.queued)};
    if (!link.m_welcomed) {
        const QString why = link.problem().isEmpty() ? tr("it did not answer") : link.problem();
        return Error{tr("Could not reach the hub %1 (%2). The copy keeps working; %3.")
                         .arg(link.hubAddress(), why, round.queued == 0 ? tr("nothing is waiting to be sent")
                                                                        : operationsInWords(round.queued))};
    }
    return round;
}

Status DeskLink::join(const PairingCode &code, const QString &localPath, const QString &deviceName, int timeoutMs)
{
    if (QFileInfo::exists(localPath))
        return Error{tr("%1 already exists; choose a new file for this desk's copy.").arg(QDir::toNativeSeparators(localPath))};
    if (deviceName.simplified().isEmpty())
        return Error{tr("Give this desk a name the team will recognise (--name \"Registro 2\").")};
    QEventLoop loop;
    QString problem;
    HubLink link;
    link.hubAddress = code.address();
    link.fingerprint = code.fingerprint;
    link.joinedAt = Clock::currentDateTime();
    Status written = Error{};
    bool done = false;
    QWebSocket *socket = pinnedSocket(code.fingerprint, nullptr, [&](const QString &why) {
        problem = why;
        loop.quit();
    });
    const std::unique_ptr<QWebSocket> owned(socket);
    connect(socket, &QWebSocket::connected, &loop, [&] {
        if (socket->state() == QAbstractSocket::ConnectedState)
            socket->sendTextMessage(QString::fromUtf8(hub::message(u"pair"_s, {{u"key"_s, code.key}, {u"name"_s, deviceName}})));
    });
    connect(socket, &QWebSocket::textMessageReceived, &loop, [&](const QString &text) {
        const auto [type, body] = hub::read(text);
        if (type == u"paired"_s) {
            link.deviceId = body.value(u"device"_s).toInteger();
            link.secret = body.value(u"secret"_s).toString();
            link.deviceName = body.value(u"name"_s).toString();
        } else if (type == u"snapshot"_s && link.deviceId != 0) {
            link.run = body.value(u"run"_s).toString();
            link.seq = body.value(u"seq"_s).toInteger();
            written = replication::writeSnapshot(QByteArray::fromBase64(body.value(u"data"_s).toString().toLatin1()), localPath);
            done = true;
            loop.quit();
        } else if (type == u"refused"_s) {
            problem = body.value(u"message"_s).toString();
            loop.quit();
        }
    });
    connect(socket, &QWebSocket::disconnected, &loop, [&] {
        if (problem.isEmpty() && !done)
            problem = socket->errorString();
        loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, [&] {
        if (problem.isEmpty())
            problem = tr("it did not answer within %1 seconds").arg(timeoutMs / 1000);
        loop.quit();
    });
    socket->open(QUrl(u"wss://%1/desk"_s.arg(code.address())));
    loop.exec();
    socket->disconnect();
    socket->close();
    if (!done)
        return Error{tr("Could not join the hub at %1: %2").arg(code.address(), problem)};
    TRY(written);
    Status bound = [&]() -> Status {
        TRY_LET(file, EventFile::open(localPath));
        return DeskLedger(**file).setLink(link);
    }();
    if (!bound) {
        // A copy not bound to its hub would look like any event: none is
        // left behind.
        for (const QString &suffix : {QString(), u"-wal"_s, u"-shm"_s})
            QFile::remove(localPath + suffix);
        return Error{tr("Could not join the hub at %1: %2").arg(code.address(), bound.errorMessage()), bound.error().kind};
    }
    return {};
}

} // namespace taller

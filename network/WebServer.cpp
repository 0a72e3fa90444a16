#include "WebServer.h"

#include "MesasService.h"
#include "WebPages.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSslConfiguration>
#include <QSslServer>
#include <QSslSocket>

using namespace Qt::StringLiterals;

namespace taller {

namespace {

constexpr qsizetype MaxHeader = 16 * 1024;
constexpr qsizetype MaxBody = 64 * 1024;
constexpr qsizetype MaxField = 4000;
// A connection that sends nothing for this long is closed (a page listening
// for changes is not: it is answered every 15 s).
constexpr qint64 IdleMs = 60000;

QString tr(const char *text)
{
    return QCoreApplication::translate("taller::WebServer", text);
}

QByteArray reason(int status)
{
    switch (status) {
    case 200: return "OK";
    case 201: return "Created";
    case 400: return "Bad Request";
    case 404: return "Not Found";
    case 405: return "Method Not Allowed";
    case 409: return "Conflict";
    case 411: return "Length Required";
    case 413: return "Payload Too Large";
    case 423: return "Locked";
    case 431: return "Request Header Fields Too Large";
    default: return "Internal Server Error";
    }
}

QByteArray commonHeaders()
{
    // The token is in the page's address: it is never sent on as a referrer,
    // and the pages run only their own scripts.
    return "Cache-Control: no-store\r\n"
           "X-Content-Type-Options: nosniff\r\n"
           "Referrer-Policy: no-referrer\r\n"
           "Content-Security-Policy: default-src 'self'; img-src 'self' data:; frame-ancestors 'none'\r\n";
}

QJsonObject problem(const QString &error, const QString &message)
{
    return {{u"error"_s, error}, {u"message"_s, message}};
}

} // namespace

struct WebServer::Connection
{
    QPointer<QSslSocket> socket;
    QByteArray buffer;
    // The request being answered.
    QByteArray method;
    QStringList path;
    QByteArray body;
    bool keepAlive = true;
    // A page listening for changes (server-sent events).
    bool events = false;
    HubLedger::WebToken token;
    // When it last sent something: a connection that only holds a place
    // is let go (see IdleMs).
    QElapsedTimer idle;
};

WebServer::WebServer(EventSession &session, HubCertificate certificate, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_certificate(std::move(certificate))
{
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(100);
    connect(&m_debounce, &QTimer::timeout, this, &WebServer::pushStates);
    connect(&m_session, &EventSession::changed, this, [this](Sections sections) {
        if (sections & (Section::Commitments | Section::Mesas | Section::Plenary | Section::Acta | Section::Programme
                        | Section::Details))
            m_debounce.start();
    });
    m_keepAlive.setInterval(15000);
    connect(&m_keepAlive, &QTimer::timeout, this, [this] {
        for (const auto &c : m_connections) {
            if (!c->socket)
                continue;
            if (c->events)
                c->socket->write(": keep-alive\n\n");
            else if (c->idle.elapsed() > IdleMs)
                c->socket->abort();
        }
    });
}

WebServer::~WebServer()
{
    close();
}

Status WebServer::listen(const QHostAddress &bind, quint16 port)
{
    close();
    m_server = new QSslServer(this);
    m_server->setSslConfiguration(m_certificate.serverConfiguration());
    m_server->setHandshakeTimeout(10000);
    if (!m_server->listen(bind, port)) {
        const QString why = m_server->errorString();
        delete m_server;
        m_server = nullptr;
        return Error{tr("Cannot serve the mesas' pages on port %1: %2").arg(port).arg(why)};
    }
    connect(m_server, &QSslServer::pendingConnectionAvailable, this, &WebServer::accept);
    m_keepAlive.start();
    return {};
}

void WebServer::close()
{
    m_keepAlive.stop();
    for (const auto &c : m_connections) {
        if (c->socket)
            c->socket->abort();
    }
    m_connections.clear();
    if (m_server) {
        m_server->close();
        delete m_server;
        m_server = nullptr;
    }
}

quint16 WebServer::port() const
{
    return m_server ? m_server->serverPort() : 0;
}

QString WebServer::base(const QString &host) const
{
    const bool v6 = host.contains(u':');
    return (v6 ? u"https://[%1]:%2"_s : u"https://%1:%2"_s).arg(host).arg(port());
}

Result<QList<std::pair<QString, QString>>> WebServer::mesaLinks(const QString &host)
{
    TRY_LET(paths, HubLedger(m_session.file()).webPaths());
    QList<std::pair<QString, QString>> links;
    for (const HubLedger::WebPath &page : *paths) {
        if (!page.mesaCode.isEmpty())
            links.append({page.mesaCode, base(host) + page.path});
    }
    return links;
}

Result<QString> WebServer::projectorLink(const QString &host)
{
    TRY_LET(paths, HubLedger(m_session.file()).webPaths());
    for (const HubLedger::WebPath &page : *paths) {
        if (page.mesaCode.isEmpty())
            return base(host) + page.path;
    }
    return Error{tr("The projector has no link.")};
}

void WebServer::accept()
{
    while (QTcpSocket *pending = m_server->nextPendingConnection()) {
        auto *socket = qobject_cast<QSslSocket *>(pending);
        if (!socket) {
            pending->deleteLater();
            continue;
        }
        socket->setParent(this);
        auto connection = std::make_unique<Connection>();
        connection->socket = socket;
        connection->idle.start();
        m_connections.push_back(std::move(connection));
        connect(socket, &QSslSocket::readyRead, this, [this, socket] { readFrom(socket); });
        connect(socket, &QSslSocket::disconnected, this, [this, socket] {
            std::erase_if(m_connections, [socket](const auto &c) { return c->socket == socket || !c->socket; });
            socket->deleteLater();
        });
        if (socket->bytesAvailable() > 0)
            readFrom(socket);
    }
}

void WebServer::readFrom(QSslSocket *socket)
{
    Connection *connection = nullptr;
    for (const auto &c : m_connections) {
        if (c->socket == socket)
            connection = c.get();
    }
    if (!connection || connection->events) {
        if (connection)
            socket->readAll();
        return;
    }
    connection->buffer += socket->readAll();
    connection->idle.restart();
    while (connection->socket && !connection->events) {
        const qsizetype headerEnd = connection->buffer.indexOf("\r\n\r\n");
        if (headerEnd < 0) {
            if (connection->buffer.size() > MaxHeader) {
                respondJson(socket, 431, problem(u"invalid"_s, tr("The request's headers are too long.")), false);
                connection->buffer.clear();
            }
            return;
        }
        const QList<QByteArray> lines = connection->buffer.left(headerEnd).split('\n');
        const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
        qsizetype contentLength = 0;
        bool chunked = false;
        bool keepAlive = !requestLine.value(2).startsWith("HTTP/1.0");
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines.at(i).trimmed();
            const qsizetype colon = line.indexOf(':');
            if (colon < 0)
                continue;
            const QByteArray name = line.left(colon).trimmed().toLower();
            const QByteArray value = line.mid(colon + 1).trimmed();
            if (name == "content-length") {
                bool ok = false;
                contentLength = value.toLongLong(&ok);
                if (!ok || contentLength < 0)
                    contentLength = MaxBody + 1;
            } else if (name == "connection") {
                keepAlive = value.toLower() != "close";
            } else if (name == "transfer-encoding") {
                chunked = true;
            }
        }
        if (chunked) {
            // The pages send whole bodies with their length; a body in
            // pieces is refused rather than misread as the next request.
            respondJson(socket, 411, problem(u"invalid"_s, tr("The request must give its body's length.")), false);
            connection->buffer.clear();
            return;
        }
        if (contentLength > MaxBody) {
            // Refused before it is read: the connection closes.
            respondJson(socket, 413, problem(u"invalid"_s, tr("The request is too large.")), false);
            connection->buffer.clear();
            return;
        }
        if (connection->buffer.size() < headerEnd + 4 + contentLength)
            return;
        connection->method = requestLine.value(0);
        const QString target = QString::fromUtf8(requestLine.value(1));
        connection->path = target.section(u'?', 0, 0).split(u'/', Qt::SkipEmptyParts);
        connection->body = connection->buffer.mid(headerEnd + 4, contentLength);
        connection->keepAlive = keepAlive;
        connection->buffer.remove(0, headerEnd + 4 + contentLength);
        handle(*connection);
    }
}

void WebServer::respond(QSslSocket *socket, int status, const QByteArray &type, const QByteArray &body, bool keepAlive)
{
    if (!socket)
        return;
    QByteArray response = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason(status) + "\r\n";
    response += "Content-Type: " + type + "\r\n";
    response += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    response += commonHeaders();
    response += keepAlive ? "Connection: keep-alive\r\n" : "Connection: close\r\n";
    response += "\r\n" + body;
    socket->write(response);
    if (!keepAlive)
        socket->disconnectFromHost();
}

void WebServer::respondJson(QSslSocket *socket, int status, const QJsonObject &body, bool keepAlive)
{
    respond(socket, status, "application/json; charset=utf-8", QJsonDocument(body).toJson(QJsonDocument::Compact), keepAlive);
}

void WebServer::handle(Connection &c)
{
    QSslSocket *socket = c.socket;
    const QStringList &path = c.path;
    const auto notFound = [&] { respondJson(socket, 404, problem(u"not-found"_s, tr("There is nothing here.")), c.keepAlive); };
    const auto tokenFor = [&](const QString &token, HubLedger::WebPage page) -> std::optional<HubLedger::WebToken> {
        const auto found = HubLedger(m_session.file()).webToken(token);
        if (!found || !found->has_value() || found->value().page != page)
            return std::nullopt;
        return found->value();
    };

    // The pages and their files.
    if (c.method == "GET" && path.size() == 2 && (path.at(0) == u"mesa"_s || path.at(0) == u"projector"_s)) {
        const auto page = path.at(0) == u"mesa"_s ? HubLedger::WebPage::Mesa : HubLedger::WebPage::Projector;
        if (!tokenFor(path.at(1), page))
            return notFound();
        QFile file(u":/web/%1.html"_s.arg(path.at(0)));
        if (!file.open(QIODevice::ReadOnly))
            return notFound();
        return respond(socket, 200, "text/html; charset=utf-8", file.readAll(), c.keepAlive);
    }
    if (c.method == "GET" && path.size() == 2 && path.at(0) == u"static"_s) {
        static const QRegularExpression safe(u"^[a-z][a-z0-9-]*\\.(js|css|svg)$"_s);
        if (!safe.match(path.at(1)).hasMatch())
            return notFound();
        QFile file(u":/web/"_s + path.at(1));
        if (!file.open(QIODevice::ReadOnly))
            return notFound();
        const QByteArray type = path.at(1).endsWith(u".js"_s)    ? "text/javascript; charset=utf-8"
                                : path.at(1).endsWith(u".css"_s) ? "text/css; charset=utf-8"
                                                                 : "image/svg+xml";
        return respond(socket, 200, type, file.readAll(), c.keepAlive);
    }
    if (path.size() < 3 || path.at(0) != u"api"_s)
        return notFound();

    if (path.at(1) == u"projector"_s) {
        const auto token = tokenFor(path.at(2), HubLedger::WebPage::Projector);
        if (!token || c.method != "GET" || path.size() > 4 || (path.size() == 4 && path.at(3) != u"events"_s))
            return notFound();
        if (path.size() == 4)
            return startEvents(c, *token);
        const auto state = web::projectorState(m_session);
        return state ? respondJson(socket, 200, *state, c.keepAlive)
                     : respondJson(socket, 500, problem(u"failed"_s, state.errorMessage()), c.keepAlive);
    }
    if (path.at(1) != u"mesa"_s)
        return notFound();
    const auto token = tokenFor(path.at(2), HubLedger::WebPage::Mesa);
    if (!token)
        return notFound();
    if (path.size() == 3 && c.method == "GET") {
        const auto state = web::mesaState(m_session, token->mesaId);
        return state ? respondJson(socket, 200, *state, c.keepAlive)
                     : respondJson(socket, 404, problem(u"not-found"_s, state.errorMessage()), c.keepAlive);
    }
    if (path.size() == 4 && path.at(3) == u"events"_s && c.method == "GET")
        return startEvents(c, *token);
    if (path.size() == 4 && path.at(3) == u"commitments"_s && c.method == "POST")
        return createCommitment(c, token->mesaId);
    if (path.size() == 5 && path.at(3) == u"commitments"_s && c.method == "PUT") {
        bool ok = false;
        const qint64 id = path.at(4).toLongLong(&ok);
        if (!ok)
            return notFound();
        return saveCommitment(c, token->mesaId, id);
    }
    notFound();
}

void WebServer::startEvents(Connection &c, HubLedger::WebToken token)
{
    c.events = true;
    c.token = token;
    c.socket->write("HTTP/1.1 200 OK\r\nContent-Type: text/event-stream; charset=utf-8\r\n" + commonHeaders()
                    + "Connection: keep-alive\r\n\r\n");
    const auto state = token.page == HubLedger::WebPage::Mesa ? web::mesaState(m_session, token.mesaId)
                                                               : web::projectorState(m_session);
    if (state)
        c.socket->write("event: state\ndata: " + QJsonDocument(*state).toJson(QJsonDocument::Compact) + "\n\n");
}

void WebServer::pushStates()
{
    QHash<qint64, QByteArray> mesaStates;
    QByteArray projector;
    HubLedger ledger(m_session.file());
    for (const auto &c : m_connections) {
        if (!c->events || !c->socket)
            continue;
        // A token revoked meanwhile hears nothing more.
        const auto still = ledger.webToken(c->token.token);
        if (!still || !still->has_value()) {
            c->socket->disconnectFromHost();
            continue;
        }
        QByteArray *state = nullptr;
        if (c->token.page == HubLedger::WebPage::Projector) {
            if (projector.isEmpty()) {
                if (const auto made = web::projectorState(m_session))
                    projector = QJsonDocument(*made).toJson(QJsonDocument::Compact);
            }
            state = &projector;
        } else {
            if (!mesaStates.contains(c->token.mesaId)) {
                const auto made = web::mesaState(m_session, c->token.mesaId);
                mesaStates.insert(c->token.mesaId, made ? QJsonDocument(*made).toJson(QJsonDocument::Compact) : QByteArray());
            }
            state = &mesaStates[c->token.mesaId];
        }
        if (!state->isEmpty())
            c->socket->write("event: state\ndata: " + *state + "\n\n");
    }
}

namespace {

std::optional<QJsonObject> jsonBody(const QByteArray &bytes)
{
    QJsonParseError parsed{};
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parsed);
    if (parsed.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    return document.object();
}

// The fields a browser may set, checked: text, and not too long.
std::optional<QString> applyFields(Commitment &commitment, const QJsonObject &body)
{
    QList<std::pair<QString, QString Commitment::*>> fields{{u"title"_s, &Commitment::title}};
    for (const CommitmentTextField &field : Commitments::textFields())
        fields.append({QString::fromUtf16(field.key), field.member});
    // A field the page does not have is named, never dropped unseen.
    for (const QString &key : body.keys()) {
        const bool known = key == u"baseRevision"_s || key == u"clientKey"_s
                        || std::any_of(fields.cbegin(), fields.cend(), [&](const auto &f) { return f.first == key; });
        if (!known)
            return tr("%1 is not a field of a commitment.").arg(key);
    }
    for (const auto &[key, member] : fields) {
        if (!body.contains(key))
            continue;
        if (!body.value(key).isString())
            return tr("%1 must be text.").arg(key);
        const QString text = body.value(key).toString();
        if (text.size() > MaxField)
            return tr("%1 is longer than %2 characters.").arg(key).arg(MaxField);
        commitment.*member = text;
    }
    return std::nullopt;
}

} // namespace

void WebServer::saveCommitment(Connection &c, qint64 mesaId, qint64 commitmentId)
{
    QSslSocket *socket = c.socket;
    const auto body = jsonBody(c.body);
    if (!body)
        return respondJson(socket, 400, problem(u"invalid"_s, tr("The body is not a JSON object.")), c.keepAlive);
    if (!body->value(u"baseRevision"_s).isDouble())
        return respondJson(socket, 400, problem(u"invalid"_s, tr("baseRevision is missing.")), c.keepAlive);
    const qint64 base = body->value(u"baseRevision"_s).toInteger();

    const auto mesa = web::mesaOf(m_session, mesaId);
    MesasService mesas(m_session);
    const auto found = mesas.commitment(commitmentId);
    if (!mesa || !found || !found->has_value() || found->value().mesaCode != mesa->code
        || found->value().origin == CommitmentOrigin::Input)
        return respondJson(socket, 404, problem(u"not-found"_s, tr("This mesa has no such commitment.")), c.keepAlive);
    if (const auto closed = web::closedBecause(m_session); closed && !closed->isEmpty())
        return respondJson(socket, 423, problem(u"closed"_s, *closed), c.keepAlive);
    Commitment changed = found->value();
    if (const auto invalid = applyFields(changed, *body))
        return respondJson(socket, 400, problem(u"invalid"_s, *invalid), c.keepAlive);
    const auto saved = mesas.saveCommitment(changed, base);
    if (!saved) {
        if (saved.error().kind == ErrorKind::Stale) {
            const auto current = mesas.commitment(commitmentId);
            const auto all = mesas.commitments();
            QJsonObject answer = problem(u"stale"_s, saved.errorMessage());
            if (current && current->has_value() && all)
                answer.insert(u"current"_s, web::commitmentJson(current->value(), *all));
            return respondJson(socket, 409, answer, c.keepAlive);
        }
        if (saved.error().kind == ErrorKind::Refused)
            return respondJson(socket, 423, problem(u"closed"_s, saved.errorMessage()), c.keepAlive);
        return respondJson(socket, 400, problem(u"invalid"_s, saved.errorMessage()), c.keepAlive);
    }
    const auto all = mesas.commitments();
    respondJson(socket, 200, web::commitmentJson(*saved, all.value_or(QList<Commitment>{})), c.keepAlive);
}

void WebServer::createCommitment(Connection &c, qint64 mesaId)
{
    QSslSocket *socket = c.socket;
    const auto body = jsonBody(c.body);
    if (!body)
        return respondJson(socket, 400, problem(u"invalid"_s, tr("The body is not a JSON object.")), c.keepAlive);
    const QString clientKey = body->value(u"clientKey"_s).toString();
    if (clientKey.isEmpty() || clientKey.size() > 64)
        return respondJson(socket, 400, problem(u"invalid"_s, tr("clientKey is missing.")), c.keepAlive);
    MesasService mesas(m_session);
    HubLedger ledger(m_session.file());
    const auto answerWith = [&](qint64 id, int status) {
        const auto made = mesas.commitment(id);
        const auto all = mesas.commitments();
        if (!made || !made->has_value() || !all)
            return respondJson(socket, 404, problem(u"not-found"_s, tr("This mesa has no such commitment.")), c.keepAlive);
        respondJson(socket, status, web::commitmentJson(made->value(), *all), c.keepAlive);
    };
    if (const auto earlier = ledger.createdFor(clientKey); earlier && earlier->has_value())
        return answerWith(earlier->value(), 200);
    const auto mesa = web::mesaOf(m_session, mesaId);
    if (!mesa)
        return respondJson(socket, 404, problem(u"not-found"_s, mesa.errorMessage()), c.keepAlive);
    if (const auto closed = web::closedBecause(m_session); closed && !closed->isEmpty())
        return respondJson(socket, 423, problem(u"closed"_s, *closed), c.keepAlive);
    Commitment fresh;
    fresh.mesaCode = mesa->code;
    fresh.origin = CommitmentOrigin::Proposed;
    if (const auto invalid = applyFields(fresh, *body))
        return respondJson(socket, 400, problem(u"invalid"_s, *invalid), c.keepAlive);
    if (fresh.title.trimmed().isEmpty())
        return respondJson(socket, 400, problem(u"invalid"_s, tr("Write the commitment's title first.")), c.keepAlive);
    qint64 id = 0;
    const Status made = m_session.file().write([&]() -> Status {
        TRY_LET(saved, mesas.saveCommitment(fresh));
        id = saved->id;
        return ledger.recordCreated(clientKey, id);
    });
    if (!made) {
        const int status = made.error().kind == ErrorKind::Refused ? 423 : 400;
        return respondJson(socket, status, problem(status == 423 ? u"closed"_s : u"invalid"_s, made.errorMessage()), c.keepAlive);
    }
    answerWith(id, 201);
}

} // namespace taller

#pragma once

#include "DeskCopy.h"
#include "EventSession.h"
#include "PairingCode.h"

#include <QObject>
#include <QSet>
#include <QTimer>

class QWebSocket;

namespace taller {

// A desk's copy kept in touch with its hub: it connects over TLS to the hub
// it pinned, sends the desk's queued operations as they are made, takes in
// the hub's changes as they come, and when the hub cannot be reached keeps
// trying (every few seconds) while the desk works on its copy.
class DeskLink : public QObject
{
    Q_OBJECT

public:
    enum class State { Offline, Connecting, Online, Refused };

    // session: an event that is a desk's copy (its journal a DeskCopy).
    explicit DeskLink(EventSession &session, QObject *parent = nullptr);
    ~DeskLink() override;

    static bool isCopy(const EventSession &session);

    // Connects now and whenever the connection drops.
    void start();
    void stop();

    State state() const { return m_state; }
    // Why the hub refused this desk, or what the last failure was.
    QString problem() const { return m_problem; }
    int queued() const;
    QString hubAddress() const;
    // In words for the status bar: "Conectado al centro 192.168.1.10" or
    // "Sin conexión con el centro: 3 llegadas por enviar".
    QString summary() const;

    struct Round
    {
        int sent = 0;
        int received = 0;
        int queued = 0;
    };
    // One exchange with the hub, waiting up to timeoutMs: everything queued
    // sent and answered, the hub's changes taken in. For `sync`.
    static Result<Round> syncOnce(EventSession &session, int timeoutMs);

    // Joins the hub a pairing code names, as deviceName: makes a copy of its
    // event at localPath (which must not exist), bound to it.
    static Status join(const PairingCode &code, const QString &localPath, const QString &deviceName, int timeoutMs);

signals:
    void stateChanged();
    // The hub's answer on an operation it did not apply as the desk did.
    void notice(const QString &message);
    // Something of the hub's event was taken in.
    void received();

private:
    void connectToHub();
    void onConnected();
    void onMessage(const QString &text);
    void onDisconnected();
    void sendQueued();
    // Asks the hub for the whole event, once until it comes.
    void askForSnapshot(const QString &why);
    void setState(State state, const QString &problem = {});
    DeskCopy &copy() const;

    EventSession &m_session;
    QWebSocket *m_socket = nullptr;
    QTimer m_retry;
    State m_state = State::Offline;
    QString m_problem;
    QSet<QString> m_inFlight;
    bool m_running = false;
    bool m_welcomed = false;
    bool m_awaitingSnapshot = false;
    QString m_run;
    int m_sent = 0;
    int m_received = 0;
    int m_awaiting = 0;
};

// Opens a WebSocket to host:port over TLS, trusting only the certificate
// whose SHA-256 is fingerprint; anything else is dropped before a byte of the
// desk's is sent.
QWebSocket *pinnedSocket(const QString &fingerprint, QObject *parent, const std::function<void(QString)> &onMismatch);

} // namespace taller

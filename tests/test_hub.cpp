// The team on one event over the network, as the command line runs it: a hub
// (`serve` on 127.0.0.1, its own process) and desks joined to it, each desk a
// process working on its own copy. What is attacked: the hub killed half-way,
// two desks checking in the same people, a revoked desk, the hub's purge, a
// device with another certificate, and what a stranger could send.
#include "TestSupport.h"

#include "DeskLink.h"
#include "PairingCode.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSslConfiguration>
#include <QTimer>
#include <QWebSocket>

#include <csignal>

using namespace taller;
using namespace Qt::StringLiterals;

namespace {

// `serve` on loopback, in a process of its own, with its certificate in a
// home folder of its own.
class ServedHub
{
public:
    ServedHub(const QString &event, const QString &home, quint16 port = 0) : m_event(event), m_home(home) { start(port); }
    ~ServedHub() { stop(); }

    void start(quint16 port)
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"HOME"_s, m_home);
        environment.insert(u"XDG_DATA_HOME"_s, m_home + u"/data"_s);
        m_process.setProcessEnvironment(environment);
        m_process.start(QString::fromUtf8(TALLER_CLI_PATH),
                        {u"serve"_s, m_event, u"--bind"_s, u"127.0.0.1"_s, u"--port"_s, QString::number(port), u"--json"_s});
        REQUIRE(m_process.waitForStarted(30000));
        QElapsedTimer waited;
        waited.start();
        while (!m_process.canReadLine() && waited.elapsed() < 30000) {
            if (!m_process.waitForReadyRead(1000) && m_process.state() != QProcess::Running)
                break;
        }
        const QByteArray line = m_process.readLine();
        INFO(m_process.readAllStandardError().toStdString());
        const QJsonObject first = QJsonDocument::fromJson(line).object();
        REQUIRE(first.contains(u"pairing"_s));
        REQUIRE(first.value(u"url"_s).toString().startsWith(u"wss://127.0.0.1:"_s));
        m_pairing = first.value(u"pairing"_s).toString();
        m_fingerprint = first.value(u"fingerprint"_s).toString();
        m_port = quint16(first.value(u"port"_s).toInt());
    }
    void kill()
    {
        ::kill(pid_t(m_process.processId()), SIGKILL);
        m_process.waitForFinished(10000);
    }
    void stop()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.terminate();
        if (!m_process.waitForFinished(10000))
            kill();
    }
    bool running() const { return m_process.state() == QProcess::Running; }

    QString pairing() const { return m_pairing; }
    QString fingerprint() const { return m_fingerprint; }
    quint16 port() const { return m_port; }
    // A fresh pairing code, as a second person at the hub asks for one.
    QString newPairing() const
    {
        const auto result = test::runCli({u"pairing"_s, m_event, u"--json"_s});
        REQUIRE(result.exitCode == 0);
        return QJsonDocument::fromJson(result.out.toUtf8()).object().value(u"pairing"_s).toString();
    }

private:
    QString m_event;
    QString m_home;
    QProcess m_process;
    QString m_pairing;
    QString m_fingerprint;
    quint16 m_port = 0;
};

QJsonObject infoOf(const QString &event)
{
    const auto info = test::runCli({u"info"_s, event, u"--json"_s});
    REQUIRE(info.exitCode == 0);
    return QJsonDocument::fromJson(info.out.toUtf8()).object();
}

QJsonObject syncOf(const QString &copy)
{
    const auto sync = test::runCli({u"sync"_s, copy, u"--json"_s, u"--timeout"_s, u"15"_s});
    INFO(sync.err.toStdString());
    return QJsonDocument::fromJson(sync.out.toUtf8()).object();
}

void join(const QString &pairing, const QString &copy, const QString &name)
{
    const auto joined = test::runCli({u"join"_s, pairing, copy, u"--name"_s, name});
    INFO(joined.err.toStdString());
    REQUIRE(joined.exitCode == 0);
}

// Check-ins at two desks at the same moment, each a process of its own.
void checkInAtOnce(const QString &copyA, const QByteArray &documentsA, const QString &copyB, const QByteArray &documentsB)
{
    QProcess a;
    QProcess b;
    a.start(QString::fromUtf8(TALLER_CLI_PATH), {u"checkin"_s, copyA, u"--stdin"_s});
    b.start(QString::fromUtf8(TALLER_CLI_PATH), {u"checkin"_s, copyB, u"--stdin"_s});
    REQUIRE(a.waitForStarted(30000));
    REQUIRE(b.waitForStarted(30000));
    a.write(documentsA);
    b.write(documentsB);
    a.closeWriteChannel();
    b.closeWriteChannel();
    REQUIRE(a.waitForFinished(60000));
    REQUIRE(b.waitForFinished(60000));
    INFO(a.readAllStandardError().toStdString() << b.readAllStandardError().toStdString());
    CHECK(a.exitCode() == 0);
    CHECK(b.exitCode() == 0);
}

QByteArray documentsOf(const QJsonArray &people, const QList<int> &indexes)
{
    QByteArray lines;
    for (int i : indexes)
        lines += people.at(i).toObject().value(u"document"_s).toString().toUtf8() + '\n';
    return lines;
}

QList<int> range(int from, int to)
{
    QList<int> list;
    for (int i = from; i <= to; ++i)
        list.append(i);
    return list;
}

struct Venue
{
    QTemporaryDir dir;
    QString hubFile = dir.filePath(u"hub.taller"_s);
    QString deskA = dir.filePath(u"registro-a.taller"_s);
    QString deskB = dir.filePath(u"registro-b.taller"_s);
    QJsonArray people = test::newEventWithSampleAttendees(hubFile, 50);
    std::unique_ptr<ServedHub> hub = std::make_unique<ServedHub>(hubFile, dir.filePath(u"home"_s));

    void joinBoth()
    {
        join(hub->pairing(), deskA, u"Registro A"_s);
        join(hub->newPairing(), deskB, u"Registro B"_s);
    }
};

} // namespace

TEST_CASE("Two desks check in fifty people through a hub killed half-way, and every person counts once", "[hub]")
{
    Venue venue;
    venue.joinBoth();
    // Desk A takes 0–24 and desk B 25–49; 47, 48 and 49 arrive at both.
    checkInAtOnce(venue.deskA, documentsOf(venue.people, range(0, 12)), venue.deskB,
                  documentsOf(venue.people, range(25, 37)));
    CHECK(syncOf(venue.deskA).value(u"queued"_s).toInt() == 0);
    CHECK(syncOf(venue.deskB).value(u"queued"_s).toInt() == 0);
    CHECK(infoOf(venue.hubFile).value(u"checked_in"_s).toInt() == 26);

    venue.hub->kill();
    checkInAtOnce(venue.deskA, documentsOf(venue.people, range(13, 24) + QList<int>{47, 48, 49}), venue.deskB,
                  documentsOf(venue.people, range(38, 49)));
    const QJsonObject offline = syncOf(venue.deskA);
    CHECK_FALSE(offline.value(u"reached"_s).toBool());
    CHECK(offline.value(u"queued"_s).toInt() == 15);
    CHECK(infoOf(venue.deskB).value(u"queued"_s).toInt() == 12);
    // What each desk acknowledged is in its copy while the hub is down.
    CHECK(infoOf(venue.deskA).value(u"checked_in"_s).toInt() >= 28);

    venue.hub->start(venue.hub->port());
    CHECK(syncOf(venue.deskA).value(u"queued"_s).toInt() == 0);
    CHECK(syncOf(venue.deskB).value(u"queued"_s).toInt() == 0);
    (void)syncOf(venue.deskA);
    CHECK(infoOf(venue.hubFile).value(u"checked_in"_s).toInt() == 50);
    CHECK(infoOf(venue.deskA).value(u"checked_in"_s).toInt() == 50);
    CHECK(infoOf(venue.deskB).value(u"checked_in"_s).toInt() == 50);
    venue.hub->stop();
    CHECK(test::sqlite(venue.hubFile, u"SELECT count(*) FROM hub_operation WHERE outcome = 'repeat'"_s) == u"3"_s);
    CHECK(test::sqlite(venue.hubFile, u"SELECT count(*) FROM checkin_event"_s) == u"50"_s);
    CHECK(test::sqlite(venue.hubFile, u"SELECT count(DISTINCT desk) FROM checkin_event"_s) == u"2"_s);
    for (const QString &file : {venue.hubFile, venue.deskA, venue.deskB})
        CHECK(test::sqlite(file, u"PRAGMA integrity_check"_s) == u"ok"_s);
}

TEST_CASE("A revoked desk is refused at once and keeps what it has", "[hub]")
{
    Venue venue;
    venue.joinBoth();
    const auto listed = test::runCli({u"devices"_s, venue.hubFile, u"--json"_s});
    REQUIRE(listed.exitCode == 0);
    const QJsonArray devices = QJsonDocument::fromJson(listed.out.toUtf8()).array();
    REQUIRE(devices.size() == 2);
    const QString deskB = QString::number(devices.at(1).toObject().value(u"id"_s).toInteger());
    REQUIRE(test::runCli({u"device"_s, u"revoke"_s, venue.hubFile, deskB}).exitCode == 0);
    REQUIRE(test::runCli({u"checkin"_s, venue.deskB, venue.people.at(3).toObject().value(u"document"_s).toString()}).exitCode == 0);
    const auto refused = test::runCli({u"sync"_s, venue.deskB, u"--json"_s});
    CHECK(refused.exitCode == 1);
    CHECK(QJsonDocument::fromJson(refused.out.toUtf8()).object().value(u"queued"_s).toInt() == 1);
    CHECK(infoOf(venue.hubFile).value(u"checked_in"_s).toInt() == 0);
    // Desk A goes on.
    REQUIRE(test::runCli({u"checkin"_s, venue.deskA, venue.people.at(4).toObject().value(u"document"_s).toString()}).exitCode == 0);
    CHECK(syncOf(venue.deskA).value(u"reached"_s).toBool());
    CHECK(infoOf(venue.hubFile).value(u"checked_in"_s).toInt() == 1);
}

TEST_CASE("The hub's purge leaves no name or document in a desk's copy after its next sync", "[hub]")
{
    Venue venue;
    venue.joinBoth();
    checkInAtOnce(venue.deskA, documentsOf(venue.people, range(0, 9)), venue.deskB, documentsOf(venue.people, range(10, 19)));
    (void)syncOf(venue.deskA);
    (void)syncOf(venue.deskB);
    const auto purged = test::runCli({u"purge"_s, venue.hubFile, u"--confirm"_s});
    INFO(purged.err.toStdString());
    REQUIRE(purged.exitCode == 0);
    CHECK(syncOf(venue.deskA).value(u"reached"_s).toBool());
    CHECK(syncOf(venue.deskB).value(u"reached"_s).toBool());
    CHECK(infoOf(venue.deskA).value(u"attendees"_s).toInt() == 0);
    for (const QString &copy : {venue.deskA, venue.deskB}) {
        const QByteArray bytes = test::readAll(copy) + test::readAll(copy + u"-wal"_s);
        for (const QJsonValue &p : venue.people) {
            const QString document = p.toObject().value(u"document"_s).toString();
            const QString surnames = p.toObject().value(u"surnames"_s).toString();
            INFO(copy.toStdString() << ": " << document.toStdString() << " " << surnames.toStdString());
            CHECK_FALSE(bytes.contains(document.toUtf8()));
            CHECK_FALSE(bytes.contains(surnames.toUtf8()));
        }
    }
}

TEST_CASE("A device cannot pair with a wrong, spent or missing key, nor join a hub with another certificate", "[hub]")
{
    Venue venue;
    auto code = PairingCode::parse(venue.hub->pairing());
    REQUIRE(code);

    // Another certificate at the hub's address: the desk sends nothing.
    PairingCode impostor = *code;
    impostor.fingerprint = u"00:11:22:33:44:55:66:77:88:99:AA:BB:CC:DD:EE:FF:00:11:22:33:44:55:66:77:88:99:AA:BB:CC:DD:EE:FF"_s;
    const auto pinned = test::runCli({u"join"_s, impostor.toText(), venue.deskA, u"--name"_s, u"A"_s});
    CHECK(pinned.exitCode == 1);
    CHECK_FALSE(QFile::exists(venue.deskA));

    PairingCode wrong = *code;
    wrong.key = u"AAAA-BBBB-CCCC-DDDD-EEEE"_s;
    CHECK(test::runCli({u"join"_s, wrong.toText(), venue.deskA, u"--name"_s, u"A"_s}).exitCode == 1);
    CHECK_FALSE(QFile::exists(venue.deskA));
    QString noKey = venue.hub->pairing();
    noKey.replace(QRegularExpression(u"clave=[^&]*&"_s), QString());
    CHECK(test::runCli({u"join"_s, noKey, venue.deskA, u"--name"_s, u"A"_s}).exitCode == 1);

    // The key the impostor never saw still pairs (nothing was sent to it),
    // once.
    join(venue.hub->pairing(), venue.deskA, u"Registro A"_s);
    CHECK(test::runCli({u"join"_s, venue.hub->pairing(), venue.deskB, u"--name"_s, u"B"_s}).exitCode == 1);
    CHECK_FALSE(QFile::exists(venue.deskB));
    const auto devices = test::runCli({u"devices"_s, venue.hubFile, u"--json"_s});
    CHECK(QJsonDocument::fromJson(devices.out.toUtf8()).array().size() == 1);
}

TEST_CASE("What a stranger sends the hub changes nothing", "[hub]")
{
    Venue venue;
    join(venue.hub->pairing(), venue.deskA, u"Registro A"_s);
    const QJsonObject before = infoOf(venue.hubFile);

    const auto send = [&](const QByteArray &message) {
        QWebSocket *socket = pinnedSocket(venue.hub->fingerprint(), nullptr, [](const QString &) {});
        const std::unique_ptr<QWebSocket> owned(socket);
        QEventLoop loop;
        QObject::connect(socket, &QWebSocket::connected, &loop, [&] {
            socket->sendTextMessage(QString::fromUtf8(message));
            QTimer::singleShot(1500, &loop, &QEventLoop::quit);
        });
        QObject::connect(socket, &QWebSocket::disconnected, &loop, &QEventLoop::quit);
        QTimer::singleShot(10000, &loop, &QEventLoop::quit);
        socket->open(QUrl(u"wss://127.0.0.1:%1/desk"_s.arg(venue.hub->port())));
        loop.exec();
        REQUIRE(venue.hub->running());
    };
    const QByteArray checkIn = QJsonDocument(QJsonObject{
        {u"type"_s, u"ops"_s},
        {u"items"_s, QJsonArray{QJsonObject{{u"id"_s, u"x1"_s},
                                            {u"kind"_s, u"check_in"_s},
                                            {u"deviceTime"_s, u"2026-12-04T10:00:00.000Z"_s},
                                            {u"payload"_s, QJsonObject{{u"document"_s,
                                                                        venue.people.at(0).toObject().value(u"document"_s)}}}}}}})
                                   .toJson(QJsonDocument::Compact);
    send(checkIn); // no hello: not a device
    send(R"({"type":"hello","device":1,"secret":"0000"})" + QByteArray("\n") + checkIn);
    send("{ this is not json");
    send(QByteArray(50 * 1024 * 1024, 'x'));
    send(R"({"type":"pair","key":"","name":"x"})");

    const QJsonObject after = infoOf(venue.hubFile);
    CHECK(after.value(u"checked_in"_s) == before.value(u"checked_in"_s));
    CHECK(after.value(u"attendees"_s) == before.value(u"attendees"_s));
    CHECK(test::sqlite(venue.hubFile, u"SELECT count(*) FROM hub_device"_s) == u"1"_s);
    CHECK(test::sqlite(venue.hubFile, u"SELECT count(*) FROM hub_operation"_s) == u"0"_s);
    // The hub still serves its desk.
    REQUIRE(test::runCli({u"checkin"_s, venue.deskA, venue.people.at(1).toObject().value(u"document"_s).toString()}).exitCode == 0);
    CHECK(syncOf(venue.deskA).value(u"reached"_s).toBool());
    CHECK(infoOf(venue.hubFile).value(u"checked_in"_s).toInt() == 1);
}

TEST_CASE("While the event is shared, each mesa's page opens only with its own link, and its ficha carries that link as a QR",
          "[hub][web]")
{
    Venue venue;
    const auto listed = test::runCli({u"web"_s, u"links"_s, venue.hubFile, u"--json"_s});
    REQUIRE(listed.exitCode == 0);
    const QJsonObject links = QJsonDocument::fromJson(listed.out.toUtf8()).object();
    const QString m1 = links.value(u"mesas"_s).toObject().value(u"M1"_s).toString();
    REQUIRE(m1.contains(u"/mesa/"_s));

    const QString pdf = venue.dir.filePath(u"ficha-m1.pdf"_s);
    const QString text = test::printedInSpanish({u"mesa"_s, venue.hubFile, u"M1"_s, pdf}, pdf);
    CHECK(text.simplified().contains(m1));
    QProcess zbar;
    zbar.start(u"zbarimg"_s, {u"-q"_s, u"--raw"_s, pdf});
    if (zbar.waitForFinished(30000) && zbar.exitStatus() == QProcess::NormalExit && zbar.exitCode() == 0)
        CHECK(QString::fromUtf8(zbar.readAllStandardOutput()).split(u'\n').contains(m1));

    // Renewed, the old link opens nothing; the new one is printed.
    const auto renewed = test::runCli({u"web"_s, u"revoke"_s, venue.hubFile, u"M1"_s, u"--json"_s});
    REQUIRE(renewed.exitCode == 0);
    const QString fresh = QJsonDocument::fromJson(renewed.out.toUtf8()).object().value(u"link"_s).toString();
    CHECK(fresh != m1);
    CHECK(fresh.contains(u"/mesa/"_s));
    const auto answer = [&](const QString &link) {
        QString api = link;
        api.replace(u"/mesa/"_s, u"/api/mesa/"_s);
        QProcess curl;
        curl.start(u"python3"_s, {u"-c"_s, u"import ssl,sys,urllib.request as u\n"
                                              "c=ssl.create_default_context();c.check_hostname=False;c.verify_mode=ssl.CERT_NONE\n"
                                              "try:\n print(u.urlopen(sys.argv[1],context=c).status)\n"
                                              "except Exception as e:\n print(getattr(e,'code',0))"_s,
                                  api});
        REQUIRE(curl.waitForFinished(30000));
        return QString::fromUtf8(curl.readAllStandardOutput()).trimmed();
    };
    CHECK(answer(m1) == u"404"_s);
    CHECK(answer(fresh) == u"200"_s);

    // A body in pieces, or one larger than any page sends, is refused before
    // it is read, and creates nothing.
    const auto post = [&](const QString &how) {
        QString api = fresh;
        api.replace(u"/mesa/"_s, u"/api/mesa/"_s);
        QProcess python;
        python.start(u"python3"_s, {u"-c"_s, u"import ssl,sys,http.client,urllib.parse as p\n"
                                              "u=p.urlsplit(sys.argv[1]);c=ssl.create_default_context();c.check_hostname=False;c.verify_mode=ssl.CERT_NONE\n"
                                              "h=http.client.HTTPSConnection(u.hostname,u.port,context=c)\n"
                                              "body=b'{\"clientKey\":\"k\",\"title\":\"Chunked\"}'\n"
                                              "if sys.argv[2]=='unknown':\n h.request('POST',u.path+'/commitments',body=b'{\"clientKey\":\"u\",\"title\":\"T\",\"titel\":\"x\"}')\n"
                                              "elif sys.argv[2]=='chunked':\n h.request('POST',u.path+'/commitments',body=iter([body]),encode_chunked=True,headers={'Transfer-Encoding':'chunked'})\n"
                                              "else:\n h.putrequest('POST',u.path+'/commitments');h.putheader('Content-Length',str(50*1024*1024));h.endheaders()\n"
                                              "print(h.getresponse().status)"_s,
                                    api, how});
        REQUIRE(python.waitForFinished(30000));
        return QString::fromUtf8(python.readAllStandardOutput()).trimmed();
    };
    CHECK(post(u"chunked"_s) == u"411"_s);
    CHECK(post(u"unknown"_s) == u"400"_s);
    CHECK(post(u"large"_s) == u"413"_s);
    CHECK(test::runCli({u"commitments"_s, venue.hubFile, u"--json"_s}).out.simplified() == u"[ ]"_s);
}

TEST_CASE("A check-in acknowledged at a desk whose process is killed reaches the hub at the next sync", "[hub][kill]")
{
    Venue venue;
    join(venue.hub->pairing(), venue.deskA, u"Registro A"_s);
    QRandomGenerator random(20261204);
    QStringList acknowledged;
    for (int run = 0; run < 8; ++run) {
        QProcess desk;
        desk.start(QString::fromUtf8(TALLER_CLI_PATH), {u"checkin"_s, venue.deskA, u"--stdin"_s});
        REQUIRE(desk.waitForStarted());
        desk.write(documentsOf(venue.people, range(run * 6, run * 6 + 5)));
        const int killAfter = int(random.bounded(7));
        int seen = 0;
        QByteArray pending;
        while (seen < killAfter && desk.state() == QProcess::Running) {
            desk.waitForReadyRead(2000);
            pending += desk.readAllStandardOutput();
            while (pending.contains('\n')) {
                const qsizetype end = pending.indexOf('\n');
                const QJsonObject line = QJsonDocument::fromJson(pending.left(end)).object();
                pending.remove(0, end + 1);
                if (line.value(u"status"_s).toString() == u"checked_in"_s) {
                    acknowledged.append(line.value(u"document"_s).toString());
                    ++seen;
                }
            }
        }
        desk.kill();
        desk.waitForFinished();
    }
    CHECK(syncOf(venue.deskA).value(u"queued"_s).toInt() == 0);
    venue.hub->stop();
    for (const QString &document : acknowledged) {
        INFO(document.toStdString());
        CHECK(test::sqlite(venue.hubFile, u"SELECT count(*) FROM checkin_event e JOIN attendee a ON a.id = e.attendee_id "
                                          "WHERE a.document_number = '%1' AND e.action = 'check_in'"_s.arg(document))
              == u"1"_s);
    }
    CHECK(test::sqlite(venue.deskA, u"PRAGMA integrity_check"_s) == u"ok"_s);
    CHECK(test::sqlite(venue.deskA, u"SELECT count(*) FROM desk_outbox"_s) == u"0"_s);
}

TEST_CASE("A change in a desk's queue edited behind the program's back is named, never sent as something else", "[hub]")
{
    Venue venue;
    join(venue.hub->pairing(), venue.deskA, u"Registro A"_s);
    REQUIRE(test::runCli({u"checkin"_s, venue.deskA, venue.people.at(2).toObject().value(u"document"_s).toString()}).exitCode == 0);
    test::sqlite(venue.deskA, u"UPDATE desk_outbox SET kind = 'teleport'"_s);
    const auto sync = test::runCli({u"sync"_s, venue.deskA});
    CHECK(sync.exitCode == 1);
    CHECK(sync.err.contains(u"teleport"_s));
    CHECK(infoOf(venue.hubFile).value(u"checked_in"_s).toInt() == 0);
    CHECK(test::sqlite(venue.deskA, u"SELECT count(*) FROM desk_outbox"_s) == u"1"_s);
}

// The team on one event from the window: the hub shared from Archivo →
// Compartir en la red local, a desk joined to it over loopback, withdrawn by
// keyboard, and a desk's copy open in a window while its hub is away.
#include "TestSupport.h"

#include "DeskLink.h"
#include "EventDocument.h"
#include "HubCertificate.h"
#include "HubServer.h"
#include "MainWindow.h"
#include "PairingCode.h"
#include "RegistrationService.h"
#include "registration/RegistrationPage.h"
#include "sharing/JoinDialog.h"
#include "sharing/ShareDialog.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QLineEdit>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTest>
#include <QTimer>

using namespace taller;
using namespace Qt::StringLiterals;

namespace {

// HOME and the data folder in a folder of the test's own: the hub's
// certificate is made there, and the window's settings kept there.
struct TemporaryHome
{
    QTemporaryDir home;
    QByteArray oldHome = qgetenv("HOME");
    QByteArray oldData = qgetenv("XDG_DATA_HOME");

    TemporaryHome()
    {
        REQUIRE(home.isValid());
        qputenv("HOME", home.path().toLocal8Bit());
        qputenv("XDG_DATA_HOME", home.filePath(u".local/share"_s).toLocal8Bit());
    }
    ~TemporaryHome()
    {
        qputenv("HOME", oldHome);
        qputenv("XDG_DATA_HOME", oldData);
    }
};

// Runs the event loop until done() holds or timeoutMs pass; whether it held.
bool waitFor(const std::function<bool()> &done, int timeoutMs = 10000)
{
    QElapsedTimer clock;
    clock.start();
    while (!done()) {
        if (clock.elapsed() > timeoutMs)
            return false;
        QTest::qWait(20);
    }
    return true;
}

// The hub's event: a file with sample attendees, shared from a window.
struct SharingWindow
{
    TemporaryHome home;
    QTemporaryDir dir;
    QString path = dir.filePath(u"hub.taller"_s);
    QJsonArray people = test::newEventWithSampleAttendees(path, 12);
    MainWindow window;

    SharingWindow()
    {
        REQUIRE(window.openEvent(path));
        test::showActive(window, {1024, 600});
        window.shareOnNetwork();
        REQUIRE(window.hub() != nullptr);
        REQUIRE(window.hub()->isListening());
        REQUIRE(window.shareDialog() != nullptr);
        REQUIRE(QTest::qWaitForWindowExposed(window.shareDialog()));
    }

    ShareDialog &dialog() { return *window.shareDialog(); }

    // The code the dialog shows, to be reached over loopback.
    PairingCode loopbackCode()
    {
        auto code = PairingCode::parse(dialog().pairingText());
        REQUIRE(code);
        code->host = u"127.0.0.1"_s;
        return *code;
    }
};

QString document(const QJsonArray &people, int i)
{
    return people.at(i).toObject().value(u"document"_s).toString();
}

} // namespace

TEST_CASE("Sharing from the window shows a pairing code and its QR within 1024x600, and a new code on request",
          "[widgets][hub]")
{
    SharingWindow hub;
    ShareDialog &dialog = hub.dialog();
    const QString first = dialog.pairingText();
    const auto parsed = PairingCode::parse(first);
    INFO(first.toStdString());
    REQUIRE(parsed);
    CHECK(parsed->port == hub.window.hub()->port());
    CHECK(parsed->fingerprint == hub.window.hub()->fingerprint());
    // The certificate was made under the temporary HOME's data folder.
    CHECK(HubCertificate::defaultFolder().startsWith(hub.home.home.path()));
    CHECK(QFileInfo::exists(QDir(HubCertificate::defaultFolder()).filePath(u"certificate.pem"_s)));

    const QImage qr = dialog.qrImage();
    REQUIRE_FALSE(qr.isNull());
    CHECK(qr.width() == qr.height());
    // Large enough for a camera across a desk, whole modules of several pixels.
    CHECK(qr.width() >= 200);
    CHECK(dialog.width() <= 1024);
    CHECK(dialog.height() <= 600);
    CHECK(dialog.frameGeometry().height() <= 600);

    // The status bar says where, and how many are connected.
    CHECK_THAT(hub.window.sharingStatusText(),
               test::ContainsAll({u"Sharing at"_s, QString::number(hub.window.hub()->port()), u"0 devices connected"_s}));

    QTest::mouseClick(test::buttonNamed(&dialog, ShareDialog::tr("&New code")), Qt::LeftButton);
    const QString second = dialog.pairingText();
    CHECK(second != first);
    const auto again = PairingCode::parse(second);
    REQUIRE(again);
    CHECK(again->key != parsed->key);
    CHECK(dialog.qrImage() != qr);

    // Closed, the hub stays; the menu shows the same hub's dialog again.
    QTest::mouseClick(test::buttonNamed(&dialog, ShareDialog::tr("C&lose")), Qt::LeftButton);
    QCoreApplication::processEvents();
    REQUIRE(hub.window.hub() != nullptr);
    CHECK(hub.window.hub()->isListening());
    const quint16 port = hub.window.hub()->port();
    hub.window.shareOnNetwork();
    REQUIRE(hub.window.shareDialog() != nullptr);
    CHECK(hub.window.hub()->port() == port);
    CHECK(PairingCode::parse(hub.window.shareDialog()->pairingText()));

    // "Dejar de compartir" ends the hub and its status.
    QTest::mouseClick(test::buttonNamed(hub.window.shareDialog(), ShareDialog::tr("&Stop sharing")), Qt::LeftButton);
    REQUIRE(waitFor([&] { return hub.window.hub() == nullptr; }, 2000));
    CHECK(hub.window.sharingStatusText().isEmpty());
}

TEST_CASE("The QR of the sharing dialog reads back as its pairing code", "[widgets][hub]")
{
    const QString zbarimg = QStandardPaths::findExecutable(u"zbarimg"_s);
    if (zbarimg.isEmpty())
        test::skip("zbarimg (zbar-tools) is not installed: the QR cannot be read back here");
    SharingWindow hub;
    const QString png = hub.dir.filePath(u"qr.png"_s);
    REQUIRE(hub.dialog().qrImage().save(png));
    QProcess reader;
    reader.start(zbarimg, {u"--quiet"_s, u"--raw"_s, png});
    REQUIRE(reader.waitForFinished(30000));
    CHECK(QString::fromUtf8(reader.readAllStandardOutput()).trimmed() == hub.dialog().pairingText());
}

TEST_CASE("A desk joined over loopback is listed by the sharing dialog, and withdrawn by keyboard it is refused at once",
          "[widgets][hub]")
{
    SharingWindow hub;
    ShareDialog &dialog = hub.dialog();
    const QString firstCode = dialog.pairingText();
    const QString deskPath = hub.dir.filePath(u"registro-2.taller"_s);
    const Status joined = DeskLink::join(hub.loopbackCode(), deskPath, u"Registro 2"_s, 15000);
    INFO(joined.errorMessage().toStdString());
    REQUIRE(joined);

    // Listed; the code shown was spent, so the dialog shows a fresh one.
    REQUIRE(waitFor([&] { return dialog.deviceList()->rowCount() == 1; }));
    CHECK(dialog.deviceList()->item(0, 0)->text() == u"Registro 2"_s);
    CHECK(dialog.pairingText() != firstCode);
    CHECK(PairingCode::parse(dialog.pairingText()));

    // The desk's copy linked to the hub: connected now.
    auto desk = EventSession::open(deskPath);
    REQUIRE(desk);
    DeskLink link(**desk);
    link.start();
    REQUIRE(waitFor([&] { return link.state() == DeskLink::State::Online; }));
    REQUIRE(waitFor([&] { return dialog.deviceList()->item(0, 1)->text() == ShareDialog::tr("connected now"); }));
    CHECK_THAT(hub.window.sharingStatusText(), test::ContainsAll({u"1 device connected"_s}));

    // A check-in made at the desk reaches the hub and is counted for it.
    REQUIRE(RegistrationService(**desk).checkInByDocument(document(hub.people, 0)));
    REQUIRE(waitFor([&] { return *RegistrationService(hub.window.document()->session()).checkedInCount() == 1; }));
    REQUIRE(waitFor([&] { return dialog.deviceList()->item(0, 3)->text() == u"1"_s; }));

    // By keyboard: Alt+D to the list, Home to its first device, Alt+W withdraws;
    // the confirmation is answered with its own key.
    QApplication::setActiveWindow(&dialog);
    REQUIRE(QTest::qWaitForWindowActive(&dialog));
    QTest::keyClick(&dialog, Qt::Key_D, Qt::AltModifier);
    REQUIRE(QApplication::focusWidget() == dialog.deviceList());
    QTest::keyClick(dialog.deviceList(), Qt::Key_Home);
    REQUIRE(dialog.deviceList()->currentRow() == 0);
    REQUIRE(test::buttonNamed(&dialog, ShareDialog::tr("&Withdraw device…"))->isEnabled());
    // A button's Alt key clicks it a moment later; the confirmation is
    // answered once it is up.
    bool confirmed = false;
    QTimer answer;
    answer.setInterval(20);
    QObject::connect(&answer, &QTimer::timeout, [&] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box || !box->isActiveWindow())
            return;
        answer.stop();
        CHECK(box->text().contains(u"Registro 2"_s));
        QTest::keyClick(box, Qt::Key_W, Qt::AltModifier);
        confirmed = true;
    });
    answer.start();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_W, Qt::AltModifier);
    REQUIRE(waitFor([&] { return confirmed; }, 5000));

    REQUIRE(waitFor([&] { return link.state() == DeskLink::State::Refused; }));
    CHECK_THAT(link.summary(), test::ContainsAll({u"refused"_s}));
    CHECK(dialog.deviceList()->item(0, 1)->text().startsWith(ShareDialog::tr("withdrawn %1").arg(QString())));
    CHECK_FALSE(test::buttonNamed(&dialog, ShareDialog::tr("&Withdraw device…"))->isEnabled());
    REQUIRE(waitFor([&] { return hub.window.hub()->connectedCount() == 0; }));
}

TEST_CASE("A desk's copy in a window says it is offline, and its check-ins reach a hub started on its address",
          "[widgets][hub]")
{
    TemporaryHome home;
    QTemporaryDir dir;
    const QString hubPath = dir.filePath(u"hub.taller"_s);
    const QJsonArray people = test::newEventWithSampleAttendees(hubPath, 12);
    auto hubSession = EventSession::open(hubPath, u"Centro"_s);
    REQUIRE(hubSession);
    auto certificate = HubCertificate::loadOrCreate(HubCertificate::defaultFolder());
    REQUIRE(certificate);

    // Joined while the hub ran; then the hub stops.
    const QString deskPath = dir.filePath(u"registro-2.taller"_s);
    quint16 port = 0;
    {
        HubServer server(**hubSession, *certificate);
        REQUIRE(server.listen(QHostAddress::LocalHost, 0));
        port = server.port();
        const auto code = server.newPairing();
        REQUIRE(code);
        const Status joined = DeskLink::join(*code, deskPath, u"Registro 2"_s, 15000);
        INFO(joined.errorMessage().toStdString());
        REQUIRE(joined);
    }

    MainWindow window;
    REQUIRE(window.openEvent(deskPath));
    test::showActive(window, {1024, 600});
    REQUIRE(window.deskLink() != nullptr);
    REQUIRE(waitFor([&] { return window.deskLink()->state() == DeskLink::State::Offline; }));
    CHECK_THAT(window.deskStatusText(), test::ContainsAll({u"No connection with the hub"_s}));
    // The desk page says it too, where the person at the desk looks.
    RegistrationPage *desk = window.registrationPage();
    REQUIRE(desk->isVisible());
    CHECK_THAT(desk->connectionText(), test::ContainsAll({u"No connection with the hub"_s}));

    // A check-in typed at the desk while offline: kept, and said so.
    const QString who = document(people, 3);
    QTest::keyClicks(QApplication::focusWidget(), who);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    CHECK_THAT(desk->bannerText(), test::ContainsAll({u"Checked in"_s}));
    REQUIRE(waitFor([&] { return window.deskLink()->queued() == 1; }));
    REQUIRE(waitFor([&] { return window.deskStatusText().contains(u"1 change to send"_s); }));
    CHECK(*RegistrationService(**hubSession).checkedInCount() == 0);

    // What only the hub changes is not offered here.
    for (QAction *action : window.findChildren<QAction *>()) {
        if (action->text() == MainWindow::tr("Share on the local net&work…")
            || action->text() == MainWindow::tr("&Import attendees (Excel or CSV)…"))
            CHECK_FALSE(action->isEnabled());
    }

    // The hub back on the same address: the desk reconnects by itself (it
    // retries every few seconds) and its queue empties into the hub.
    HubServer server(**hubSession, *certificate);
    const Status listening = server.listen(QHostAddress::LocalHost, port);
    if (!listening)
        test::skip("the hub's port was taken by another program meanwhile");
    REQUIRE(waitFor([&] { return window.deskLink()->state() == DeskLink::State::Online; }, 15000));
    REQUIRE(waitFor([&] { return window.deskLink()->queued() == 0; }));
    CHECK(*RegistrationService(**hubSession).checkedInCount() == 1);
    const auto atHub = RegistrationService(**hubSession).checkInByDocument(who);
    REQUIRE(atHub);
    CHECK(atHub->outcome == CheckinOutcome::Already);
    REQUIRE(waitFor([&] { return window.deskStatusText().contains(u"Connected to the hub"_s); }));
    CHECK_THAT(desk->connectionText(), test::ContainsAll({u"Connected to the hub"_s}));
}

TEST_CASE("Joining from the window names what is wrong with a pairing code and keeps the dialog open", "[widgets][hub]")
{
    TemporaryHome home;
    JoinDialog dialog;
    test::showActive(dialog, {620, 300});
    CHECK_FALSE(dialog.pathField()->text().isEmpty());
    CHECK_FALSE(QFileInfo::exists(dialog.pathField()->text()));
    CHECK_FALSE(dialog.nameField()->text().isEmpty());
    QTest::keyClicks(dialog.codeField(), u"http://example.org"_s);
    QTest::mouseClick(test::buttonNamed(&dialog, JoinDialog::tr("&Join")), Qt::LeftButton);
    CHECK(dialog.isVisible());
    CHECK_THAT(dialog.problem(), test::ContainsAll({u"taller://"_s}));
    dialog.codeField()->setText(u"taller://127.0.0.1/?clave=ABCD&huella=00"_s);
    QTest::mouseClick(test::buttonNamed(&dialog, JoinDialog::tr("&Join")), Qt::LeftButton);
    CHECK_THAT(dialog.problem(), test::ContainsAll({u"port"_s}));
    CHECK(dialog.copyPath().isEmpty());
}

#include "CommandLine.h"
#include "Verbs.h"

#include "DeskLink.h"
#include "base/Clock.h"
#include "HubProtocol.h"
#include "HubServer.h"
#include "sharing/DeskLedger.h"
#include "sharing/HubLedger.h"
#include "MesasService.h"

#include <QDir>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonObject>
#include <QSocketNotifier>
#include <QTimer>

#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace taller::cli {

namespace {

QJsonValue timeJson(const QDateTime &at)
{
    return at.isValid() ? QJsonValue(storedTime(at)) : QJsonValue(QJsonValue::Null);
}

int stopSignal[2] = {-1, -1};

void onStopSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(stopSignal[0], &byte, 1);
}

// The hub that serves the event at its path, as it last said, if it is
// still running.
Result<HubAddress> runningHub(EventSession &session)
{
    TRY_LET(address, HubLedger(session.file()).servingNow());
    if (!address->has_value())
        return Error{Invocation::tr("No hub is serving %1 now: start one with `taller-abierto-cli serve` or Archivo → "
                                    "Compartir en la red local.")
                         .arg(QDir::toNativeSeparators(session.path()))};
    return address->value();
}

QString deviceState(const PairedDevice &device)
{
    return device.isRevoked() ? Invocation::tr("withdrawn") : Invocation::tr("paired");
}

} // namespace

Outcome serve(Invocation &cli)
{
    const QCommandLineOption bind(u"bind"_s, Invocation::tr("Address to listen on (every address when not given)."), u"ADDR"_s);
    const QCommandLineOption port(u"port"_s, Invocation::tr("Port to listen on (%1 when not given; 0: any free port).")
                                                 .arg(hub::DefaultPort),
                                  u"N"_s);
    cli.addOptions({bind, port});
    TRY_TAKE(session, cli.open(JsonOutput::Report,
                               Invocation::tr("Share the event with the team's other devices over the local network, until "
                                              "stopped (Ctrl+C). With --json the first line is {url, fingerprint, pairing}.")));
    if (DeskLink::isCopy(*session))
        return Error{Invocation::tr("%1 is a desk's copy of another hub's event; share the hub's own file.")
                         .arg(QDir::toNativeSeparators(session->path()))};
    QHostAddress address = QHostAddress::Any;
    if (cli.isSet(bind) && !address.setAddress(cli.value(bind)))
        return Error{Invocation::tr("--bind: %1 is not an IP address.").arg(cli.value(bind))};
    bool portOk = true;
    const uint portNumber = cli.isSet(port) ? cli.value(port).toUInt(&portOk) : hub::DefaultPort;
    if (!portOk || portNumber > 65535)
        return Error{Invocation::tr("--port: %1 is not a port number.").arg(cli.value(port))};

    TRY_LET(certificate, HubCertificate::loadOrCreate(HubCertificate::defaultFolder()));
    HubServer hub(*session, *certificate);
    TRY(hub.listen(address, quint16(portNumber)));
    TRY_LET(pairing, hub.newPairing());
    TRY_LET(mesaLinks, hub.mesaLinks());
    TRY_LET(projector, hub.projectorLink());
    const QString url = u"wss://%1:%2"_s.arg(hub.host()).arg(hub.port());
    if (cli.json()) {
        QJsonObject mesas;
        for (const auto &[code, link] : *mesaLinks)
            mesas.insert(code, link);
        cli.printJson(QJsonObject{{u"url"_s, url},
                                  {u"host"_s, hub.host()},
                                  {u"port"_s, hub.port()},
                                  {u"fingerprint"_s, hub.fingerprint()},
                                  {u"pairing"_s, pairing->toText()},
                                  {u"web"_s, hub.webBase()},
                                  {u"mesas"_s, mesas},
                                  {u"projector"_s, *projector}},
                      true);
    } else {
        cli.out() << Invocation::tr("Sharing %1 at %2").arg(QDir::toNativeSeparators(session->path()), url) << '\n'
                  << Invocation::tr("Certificate fingerprint (SHA-256): %1").arg(hub.fingerprint()) << '\n'
                  << Invocation::tr("Pairing code (serves one device, once):") << '\n'
                  << pairing->toText() << '\n';
        for (const auto &[code, link] : *mesaLinks)
            cli.out() << Invocation::tr("Mesa %1's page: %2").arg(code, link) << '\n';
        cli.out() << Invocation::tr("Projector: %1").arg(*projector) << '\n' << Invocation::tr("Stop with Ctrl+C.") << '\n';
    }
    cli.out().flush();

    // Stopped by a signal, through the event loop: the hub closes cleanly.
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, stopSignal) != 0)
        return Error{Invocation::tr("Cannot watch for Ctrl+C.")};
    QSocketNotifier stop(stopSignal[1], QSocketNotifier::Read);
    QObject::connect(&stop, &QSocketNotifier::activated, qApp, &QCoreApplication::quit);
    std::signal(SIGINT, onStopSignal);
    std::signal(SIGTERM, onStopSignal);
    // Changes made by another process (a verb on the same file) are noticed
    // and passed on.
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, session.get(), [&] { session->pollExternalChanges(); });
    poll.start(500);
    QCoreApplication::exec();
    hub.close();
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);
    if (!cli.json())
        cli.out() << Invocation::tr("Stopped sharing.") << '\n';
    return Success;
}

Outcome pairing(Invocation &cli)
{
    TRY_TAKE(session, cli.open(JsonOutput::Report,
                               Invocation::tr("Print a fresh pairing code for the hub serving the event: one device joins "
                                              "with it, once.")));
    TRY_LET(hub, runningHub(*session));
    TRY_LET(key, HubLedger(session->file()).newPairingKey());
    const int colon = hub->address.lastIndexOf(u':');
    QString host = hub->address.left(colon);
    host.remove(u'[').remove(u']');
    const PairingCode code{host, quint16(hub->address.mid(colon + 1).toUInt()), *key, hub->fingerprint};
    if (cli.json()) {
        cli.printJson(QJsonObject{{u"pairing"_s, code.toText()},
                                  {u"url"_s, u"wss://"_s + hub->address},
                                  {u"fingerprint"_s, hub->fingerprint}});
        return Success;
    }
    cli.out() << code.toText() << '\n';
    return Success;
}

Outcome devices(Invocation &cli)
{
    TRY_TAKE(session, cli.open(JsonOutput::Listing, Invocation::tr("List the devices paired with the event's hub.")));
    HubLedger ledger(session->file());
    TRY_LET(devices, ledger.devices());
    TRY_LET(counts, ledger.operationCounts());
    if (cli.json()) {
        QJsonArray list;
        for (const PairedDevice &device : *devices) {
            list.append(QJsonObject{{u"id"_s, device.id},
                                    {u"name"_s, device.name},
                                    {u"paired_at"_s, timeJson(device.pairedAt)},
                                    {u"last_seen_at"_s, timeJson(device.lastSeenAt)},
                                    {u"revoked"_s, device.isRevoked()},
                                    {u"revoked_at"_s, timeJson(device.revokedAt)},
                                    {u"operations"_s, counts->value(device.id)}});
        }
        cli.printJson(list);
        return Success;
    }
    if (devices->isEmpty())
        cli.out() << Invocation::tr("No device has joined this event.") << '\n';
    for (const PairedDevice &device : *devices) {
        cli.out() << u"%1  %2  %3  "_s.arg(device.id, 3).arg(device.name.leftJustified(24), deviceState(device))
                  << Invocation::tr("changes sent: %1").arg(counts->value(device.id)) << '\n';
    }
    return Success;
}

Outcome revokeDevice(Invocation &cli)
{
    TRY_TAKE(session, cli.open(Invocation::tr("Withdraw a device from the event's hub: it is refused from then on."),
                               {{u"ID"_s, Invocation::tr("The device's number, as `devices` lists it.")}}, 2));
    bool ok = false;
    const qint64 id = cli.positionals().at(1).toLongLong(&ok);
    if (!ok)
        return Error{Invocation::tr("%1 is not a device number; `devices` lists them.").arg(cli.positionals().at(1))};
    HubLedger ledger(session->file());
    TRY_LET(device, ledger.device(id));
    TRY(ledger.revoke(id));
    cli.out() << Invocation::tr("Withdrew %1 (device %2).").arg(device->name).arg(id) << '\n';
    return Success;
}

namespace {

// The pages' links as the hub serving the event gives them; the
// projector's named "projector".
Result<QList<std::pair<QString, QString>>> webLinks(EventSession &session, const QString &base)
{
    TRY_LET(paths, HubLedger(session.file()).webPaths());
    QList<std::pair<QString, QString>> links;
    for (const HubLedger::WebPath &page : *paths)
        links.append({page.mesaCode.isEmpty() ? u"projector"_s : page.mesaCode, base + page.path});
    return links;
}

} // namespace

Outcome webLinks(Invocation &cli)
{
    TRY_TAKE(session, cli.open(JsonOutput::Listing,
                               Invocation::tr("List the links of the mesas' pages and the projector while the event is shared.")));
    TRY_LET(hub, runningHub(*session));
    TRY_LET(links, webLinks(*session, hub->web));
    if (cli.json()) {
        QJsonObject json;
        QJsonObject mesas;
        for (const auto &[code, link] : *links) {
            if (code == u"projector"_s)
                json.insert(u"projector"_s, link);
            else
                mesas.insert(code, link);
        }
        json.insert(u"mesas"_s, mesas);
        json.insert(u"web"_s, hub->web);
        cli.printJson(json);
        return Success;
    }
    for (const auto &[code, link] : *links)
        cli.out() << code.leftJustified(10) << link << '\n';
    return Success;
}

Outcome revokeWebLink(Invocation &cli)
{
    TRY_TAKE(session, cli.open(JsonOutput::Report,
                               Invocation::tr("Replace a mesa's page link (or the projector's) with a new one: the old link "
                                              "opens nothing from then on."),
                               {{u"CODE"_s, Invocation::tr("The mesa's code, such as M1, or \"projector\".")}}, 2));
    const QString code = cli.positionals().at(1);
    HubLedger ledger(session->file());
    QString token;
    if (code.compare(u"projector"_s, Qt::CaseInsensitive) == 0) {
        TRY_LET(renewed, ledger.renewWebToken(HubLedger::WebPage::Projector, 0));
        token = u"/projector/"_s + *renewed;
    } else {
        TRY_LET(mesas, MesasService(*session).mesas());
        const auto mesa = std::find_if(mesas->cbegin(), mesas->cend(),
                                       [&](const Mesa &m) { return m.code.compare(code, Qt::CaseInsensitive) == 0; });
        if (mesa == mesas->cend())
            return Error{Invocation::tr("Mesa %1 does not exist in this event.").arg(code)};
        TRY_LET(renewed, ledger.renewWebToken(HubLedger::WebPage::Mesa, mesa->id));
        token = u"/mesa/"_s + *renewed;
    }
    TRY_LET(address, HubLedger(session->file()).address());
    const QString link = (address->has_value() ? address->value().web : QString()) + token;
    if (cli.json()) {
        cli.printJson(QJsonObject{{u"link"_s, link}});
        return Success;
    }
    cli.out() << Invocation::tr("The old link opens nothing now. New link: %1").arg(link) << '\n';
    return Success;
}

Outcome join(Invocation &cli)
{
    const QCommandLineOption name(u"name"_s, Invocation::tr("This desk's name, as the team will see it (this computer's name "
                                                            "when not given)."),
                                  u"NAME"_s);
    cli.addOption(name);
    if (!cli.parse(JsonOutput::Report,
                   Invocation::tr("Join the hub a pairing code names: makes LOCAL.taller, this desk's copy of the event, "
                                  "bound to the hub."),
                   {{u"PAIRING"_s, Invocation::tr("The pairing code the hub shows (taller://…).")},
                    {u"LOCAL"_s, Invocation::tr("The new file for this desk's copy.")}},
                   2))
        return cli.ended();
    TRY_LET(code, PairingCode::parse(cli.positionals().at(0)));
    const QString local = cli.positionals().at(1);
    const QString deviceName = cli.isSet(name) ? cli.value(name) : QSysInfo::machineHostName();
    TRY(DeskLink::join(*code, local, deviceName, 20000));
    if (cli.json()) {
        cli.printJson(QJsonObject{{u"joined"_s, code->address()}, {u"file"_s, local}, {u"name"_s, deviceName.simplified()}});
        return Success;
    }
    cli.out() << Invocation::tr("Joined the hub at %1 as \"%2\"; this desk's copy is %3.")
                     .arg(code->address(), deviceName.simplified(), QDir::toNativeSeparators(local))
              << '\n';
    return Success;
}

Outcome sync(Invocation &cli)
{
    const QCommandLineOption timeout(u"timeout"_s, Invocation::tr("Seconds to wait for the hub (10 when not given)."), u"S"_s);
    cli.addOption(timeout);
    TRY_TAKE(session, cli.open(JsonOutput::Report,
                               Invocation::tr("Send this desk's changes to its hub and take in the hub's: sent, received, "
                                              "and what is still queued.")));
    const int seconds = cli.isSet(timeout) ? cli.value(timeout).toInt() : 10;
    const auto round = DeskLink::syncOnce(*session, std::max(1, seconds) * 1000);
    if (!round) {
        if (cli.json()) {
            const auto queued = DeskLedger(session->file()).queuedCount();
            cli.printJson(QJsonObject{{u"sent"_s, 0},
                                      {u"received"_s, 0},
                                      {u"queued"_s, queued ? *queued : 0},
                                      {u"reached"_s, false},
                                      {u"problem"_s, round.errorMessage()}});
        }
        return round.error();
    }
    if (cli.json()) {
        cli.printJson(QJsonObject{
            {u"sent"_s, round->sent}, {u"received"_s, round->received}, {u"queued"_s, round->queued}, {u"reached"_s, true}});
        return Success;
    }
    cli.out() << Invocation::tr("Sent %1, received %2, still queued %3.").arg(round->sent).arg(round->received).arg(round->queued)
              << '\n';
    return Success;
}

} // namespace taller::cli

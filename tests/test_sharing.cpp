// The team on one event without the network: a hub's changes and a desk's
// copy, as the hub server and the desk link move them (core/sharing,
// services/DeskCopy, services/HubChanges). The network is tested in
// test_hub.cpp.
#include "TestSupport.h"

#include "DeskCopy.h"
#include "EventService.h"
#include "HubChanges.h"
#include "RegistrationService.h"
#include "MesasService.h"
#include "PlenaryService.h"
#include "ProgrammeService.h"
#include "WebPages.h"
#include "RemoteOperations.h"
#include "sharing/HubLedger.h"
#include "sharing/Replication.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace taller;
using namespace Qt::StringLiterals;

namespace {

// A hub with sample attendees, and desks joined to it by snapshot.
struct Team
{
    QTemporaryDir dir;
    std::unique_ptr<EventSession> hub;
    std::unique_ptr<HubChanges> changes;
    QList<HubChanges::Change> log;
    QJsonArray people;

    Team()
    {
        people = test::newEventWithSampleAttendees(dir.filePath(u"hub.taller"_s), 40);
        auto opened = EventSession::open(dir.filePath(u"hub.taller"_s), u"Centro"_s);
        REQUIRE(opened);
        hub = std::move(opened.value());
        changes = std::make_unique<HubChanges>(*hub);
        QObject::connect(changes.get(), &HubChanges::committed, [this](const HubChanges::Change &c) { log.append(c); });
    }

    QString document(int i) const { return people.at(i).toObject().value(u"document"_s).toString(); }

    std::unique_ptr<EventSession> join(const QString &name, qint64 deviceId)
    {
        const QString path = dir.filePath(name + u".taller"_s);
        auto snapshot = replication::snapshot(hub->file());
        REQUIRE(snapshot);
        REQUIRE(replication::writeSnapshot(*snapshot, path));
        {
            auto file = EventFile::open(path);
            REQUIRE(file);
            HubLink link{u"127.0.0.1:1"_s, u"AA"_s, deviceId, u"secret"_s, name, changes->run(), changes->lastSeq(),
                         QDateTime::currentDateTime(), {}};
            REQUIRE(DeskLedger(**file).setLink(link));
        }
        auto desk = EventSession::open(path);
        REQUIRE(desk);
        REQUIRE((*desk)->journal() != nullptr);
        return std::move(desk.value());
    }

    // The hub applies what a desk queued, as the hub server does.
    QList<OperationReceipt> deliver(EventSession &desk)
    {
        auto *copy = static_cast<DeskCopy *>(desk.journal());
        auto queued = copy->queued();
        REQUIRE(queued);
        QList<OperationReceipt> receipts;
        for (const QueuedOperation &q : *queued) {
            OperationReceipt receipt;
            changes->setOperations({q.operation.id});
            REQUIRE(hub->file().write([&]() -> Status {
                Error later;
                receipt = RemoteOperations::apply(*hub, desk.desk(), q.operation, &later);
                return later.message.isEmpty() ? Status{} : Status(later);
            }));
            receipts.append(receipt);
        }
        return receipts;
    }

    // The desk takes in every hub change after its position.
    void update(EventSession &desk, const QList<OperationReceipt> &receipts = {})
    {
        auto *copy = static_cast<DeskCopy *>(desk.journal());
        const auto link = copy->link();
        REQUIRE(link);
        const auto since = changes->since(link->run, link->seq);
        REQUIRE(since);
        QList<DeskCopy::HubChange> incoming;
        for (const auto &c : *since)
            incoming.append({c.seq, c.changes, c.operations});
        const Status taken = copy->takeIn(changes->run(), incoming, receipts);
        INFO(taken.errorMessage().toStdString());
        REQUIRE(taken);
    }
};

int queuedAt(EventSession &desk)
{
    return *static_cast<DeskCopy *>(desk.journal())->queuedCount();
}

int presentAt(EventSession &session)
{
    return *RegistrationService(session).checkedInCount();
}

} // namespace

TEST_CASE("A check-in at a desk is kept for the hub and reaches it once", "[sharing]")
{
    Team team;
    auto desk = team.join(u"Registro 2"_s, 1);
    RegistrationService registration(*desk);
    const auto done = registration.checkInByDocument(team.document(3));
    REQUIRE(done);
    CHECK(done->outcome == CheckinOutcome::CheckedIn);
    CHECK(presentAt(*desk) == 1);
    CHECK(queuedAt(*desk) == 1);
    CHECK(presentAt(*team.hub) == 0);

    const auto receipts = team.deliver(*desk);
    REQUIRE(receipts.size() == 1);
    CHECK(receipts.first().outcome == OperationOutcome::Applied);
    CHECK(presentAt(*team.hub) == 1);
    CHECK(test::sqlite(team.hub->path(), u"SELECT desk FROM checkin_event"_s) == u"Registro 2"_s);

    team.update(*desk, receipts);
    CHECK(queuedAt(*desk) == 0);
    CHECK(presentAt(*desk) == 1);
    CHECK(test::sqlite(desk->path(), u"SELECT count(*) FROM checkin_event"_s) == u"1"_s);

    // Sent again (the receipt was lost on the way): applied once.
    auto again = Operation::fromJson(QJsonObject{{u"id"_s, u"x"_s}});
    CHECK_FALSE(again.has_value());
}

TEST_CASE("A desk's offline check-ins survive the hub's own changes made meanwhile", "[sharing]")
{
    Team team;
    auto desk = team.join(u"Registro 2"_s, 1);
    RegistrationService atDesk(*desk);
    RegistrationService atHub(*team.hub);
    // The same row ids are taken on both sides while apart.
    REQUIRE(atDesk.checkInByDocument(team.document(1)));
    REQUIRE(atDesk.checkInByDocument(team.document(2)));
    REQUIRE(atHub.checkInByDocument(team.document(5)));
    Attendee walkIn = test::person(u"Rosa"_s, u"Quispe Mamani"_s, u"70000001"_s, u"Colectivo Vecinal"_s, Sector::CivilSociety);
    walkIn.dataConsentAt = QDateTime::currentDateTime();
    REQUIRE(atHub.registerWalkIn(walkIn));

    team.update(*desk);
    CHECK(queuedAt(*desk) == 2);
    CHECK(presentAt(*desk) == 3);
    // The hub's walk-in is found by the desk's search (the index travels).
    const auto found = RegistrationService(*desk).search(u"70000001"_s);
    REQUIRE(found);
    REQUIRE(found->size() == 1);
    CHECK(found->first().documentNumber == u"70000001"_s);

    const auto receipts = team.deliver(*desk);
    team.update(*desk, receipts);
    CHECK(queuedAt(*desk) == 0);
    CHECK(presentAt(*desk) == 3);
    CHECK(presentAt(*team.hub) == 3);
    CHECK(test::sqlite(desk->path(), u"SELECT group_concat(attendee_id || action, ',') FROM checkin_event ORDER BY id"_s)
          == test::sqlite(team.hub->path(), u"SELECT group_concat(attendee_id || action, ',') FROM checkin_event ORDER BY id"_s));
    CHECK(test::sqlite(desk->path(), u"PRAGMA integrity_check"_s) == u"ok"_s);
    CHECK(test::sqlite(desk->path(), u"INSERT INTO attendee_search(attendee_search) VALUES('integrity-check'); SELECT 'ok'"_s)
          == u"ok"_s);
}

TEST_CASE("The same person at two desks counts once, and the second desk is told", "[sharing]")
{
    Team team;
    auto deskA = team.join(u"Registro A"_s, 1);
    auto deskB = team.join(u"Registro B"_s, 2);
    REQUIRE(RegistrationService(*deskA).checkInByDocument(team.document(7)));
    REQUIRE(RegistrationService(*deskB).checkInByDocument(team.document(7)));
    const auto first = team.deliver(*deskA);
    const auto second = team.deliver(*deskB);
    REQUIRE(second.size() == 1);
    CHECK(first.first().outcome == OperationOutcome::Applied);
    CHECK(second.first().outcome == OperationOutcome::Repeat);
    CHECK_FALSE(second.first().message.isEmpty());
    CHECK(presentAt(*team.hub) == 1);
    team.update(*deskB, second);
    CHECK(queuedAt(*deskB) == 0);
    CHECK(presentAt(*deskB) == 1);
    const auto notices = static_cast<DeskCopy *>(deskB->journal())->notices(10);
    REQUIRE(notices);
    REQUIRE(notices->size() == 1);
    CHECK(notices->first().outcome == OperationOutcome::Repeat);
}

TEST_CASE("Two desks registering the same walk-in make one person", "[sharing]")
{
    Team team;
    auto deskA = team.join(u"Registro A"_s, 1);
    auto deskB = team.join(u"Registro B"_s, 2);
    Attendee a = test::person(u"Luz"_s, u"Huamán Rojas"_s, u"45678912"_s, u"UNT"_s, Sector::Academia);
    Attendee b = test::person(u"Luz Marina"_s, u"Huaman"_s, u"45678912"_s, u"Universidad"_s, Sector::Academia);
    REQUIRE(RegistrationService(*deskA).registerWalkIn(a));
    REQUIRE(RegistrationService(*deskB).registerWalkIn(b));
    HubLedger ledger(team.hub->file());
    (void)ledger;
    team.deliver(*deskA);
    const auto second = team.deliver(*deskB);
    REQUIRE(second.size() == 1);
    CHECK(second.first().outcome == OperationOutcome::SamePerson);
    CHECK(second.first().message.contains(u"45678912"_s));
    CHECK(test::sqlite(team.hub->path(), u"SELECT count(*) FROM attendee WHERE document_number = '45678912'"_s) == u"1"_s);
    team.update(*deskB, second);
    CHECK(test::sqlite(deskB->path(), u"SELECT given_names FROM attendee WHERE document_number = '45678912'"_s) == u"Luz"_s);
}

TEST_CASE("A copy refuses what only the hub may change, naming the hub", "[sharing]")
{
    Team team;
    auto desk = team.join(u"Registro 2"_s, 1);
    auto details = EventService(*desk).details();
    REQUIRE(details);
    details->title = u"Otro título"_s;
    const auto refused = EventService(*desk).saveDetails(*details);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().kind == ErrorKind::Refused);
    CHECK(refused.errorMessage().contains(u"127.0.0.1:1"_s));
    CHECK(queuedAt(*desk) == 0);
}

TEST_CASE("A snapshot taken in keeps the desk's pending operations", "[sharing]")
{
    Team team;
    auto desk = team.join(u"Registro 2"_s, 1);
    REQUIRE(RegistrationService(*desk).checkInByDocument(team.document(9)));
    REQUIRE(RegistrationService(*team.hub).checkInByDocument(team.document(10)));
    HubLedger ledger(team.hub->file());
    const auto key = ledger.newPairingKey();
    REQUIRE(key);
    const auto paired = ledger.pair(*key, u"Tableta"_s);
    REQUIRE(paired);
    const QString secretHash = test::sqlite(team.hub->path(), u"SELECT secret_sha256 FROM hub_device"_s);
    REQUIRE(secretHash.size() == 64);
    team.changes->startRun();
    auto snapshot = replication::snapshot(team.hub->file());
    REQUIRE(snapshot);
    // The hub's own records stay at the hub.
    CHECK_FALSE(snapshot->contains(secretHash.toLatin1()));
    CHECK_FALSE(snapshot->contains("Tableta"));
    auto *copy = static_cast<DeskCopy *>(desk->journal());
    const Status adopted = copy->adoptSnapshot(team.changes->run(), 0, *snapshot);
    INFO(adopted.errorMessage().toStdString());
    REQUIRE(adopted);
    CHECK(queuedAt(*desk) == 1);
    CHECK(presentAt(*desk) == 2);
    const auto link = copy->link();
    REQUIRE(link);
    CHECK(link->deviceName == u"Registro 2"_s);
    CHECK(link->run == team.changes->run());
    CHECK(test::sqlite(desk->path(), u"SELECT count(*) FROM hub_device"_s) == u"0"_s);
}

TEST_CASE("A pairing key pairs one device once, and a revoked device is refused", "[sharing]")
{
    Team team;
    HubLedger ledger(team.hub->file());
    const auto key = ledger.newPairingKey();
    REQUIRE(key);
    CHECK_FALSE(test::sqlite(team.hub->path(), u"SELECT group_concat(token_sha256) FROM hub_pairing"_s).contains(*key));
    // As typed from the screen: lower case, spaces for dashes.
    QString typed = key->toLower();
    typed.replace(u'-', u' ');
    const auto paired = ledger.pair(typed, u"Registro 2"_s);
    REQUIRE(paired);
    const auto reused = ledger.pair(*key, u"Intruso"_s);
    REQUIRE_FALSE(reused);
    CHECK(reused.error().kind == ErrorKind::Refused);
    CHECK_FALSE(ledger.pair(u"ABCD-EFGH-JKMN-PQRS-TUVW"_s, u"Intruso"_s));
    CHECK(ledger.authenticate(paired->device.id, paired->secret));
    CHECK_FALSE(ledger.authenticate(paired->device.id, u"0000"_s));
    REQUIRE(ledger.revoke(paired->device.id));
    const auto refused = ledger.authenticate(paired->device.id, paired->secret);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().kind == ErrorKind::Refused);
}

TEST_CASE("Receipts that arrive before the hub's changes settle the desk's operations", "[sharing]")
{
    Team team;
    auto desk = team.join(u"Registro 2"_s, 1);
    RegistrationService atDesk(*desk);
    for (int i = 0; i < 12; ++i)
        REQUIRE(atDesk.checkInByDocument(team.document(i)));
    REQUIRE(RegistrationService(*team.hub).checkInByDocument(team.document(3)));
    const auto receipts = team.deliver(*desk);
    auto *copy = static_cast<DeskCopy *>(desk->journal());
    const auto link = copy->link();
    REQUIRE(link);
    const Status settled = copy->takeIn(link->run, {}, receipts);
    INFO(settled.errorMessage().toStdString());
    REQUIRE(settled);
    CHECK(queuedAt(*desk) == 0);
    team.update(*desk);
    CHECK(presentAt(*desk) == 12);
}

TEST_CASE("A desk's offline check-in that the hub made meanwhile survives a snapshot and the hub's receipt settles it",
          "[sharing]")
{
    Team team;
    auto desk = team.join(u"Registro 2"_s, 1);
    REQUIRE(RegistrationService(*desk).checkInByDocument(team.document(5)));
    // The same person checked in at the hub while the desk was away, by a
    // process the hub could not follow: the desk takes the whole event.
    REQUIRE(RegistrationService(*team.hub).checkInByDocument(team.document(5)));
    team.changes->startRun();
    auto snapshot = replication::snapshot(team.hub->file());
    REQUIRE(snapshot);
    auto *copy = static_cast<DeskCopy *>(desk->journal());
    // Done again over the snapshot, the check-in changes nothing now: it
    // stays queued (with an empty change) for the hub's word.
    const Status adopted = copy->adoptSnapshot(team.changes->run(), team.changes->lastSeq(), *snapshot);
    INFO(adopted.errorMessage().toStdString());
    REQUIRE(adopted);
    CHECK(queuedAt(*desk) == 1);
    const auto receipts = team.deliver(*desk);
    REQUIRE(receipts.size() == 1);
    CHECK(receipts.first().outcome != OperationOutcome::Applied);
    const Status taken = copy->takeIn(team.changes->run(), {}, receipts);
    INFO(taken.errorMessage().toStdString());
    REQUIRE(taken);
    CHECK(queuedAt(*desk) == 0);
    CHECK(presentAt(*desk) == 1);
    CHECK(presentAt(*team.hub) == 1);
    const auto notices = copy->notices(10);
    REQUIRE(notices);
    CHECK(notices->size() == 1);
}

TEST_CASE("A mesa's commitments typed into a copy come back, and a commitment changed on both sides is named, not overwritten",
          "[sharing][copy]")
{
    QTemporaryDir dir;
    const QString hubPath = dir.filePath(u"hub.taller"_s);
    const QString copyPath = dir.filePath(u"mesa-1.taller"_s);
    auto hub = test::newEventSession(hubPath, 10);
    MesasService atHub(*hub);
    Commitment a = test::commitmentInFull(u"M1"_s, u"Portal de datos abiertos"_s);
    Commitment b = test::commitmentInFull(u"M1"_s, u"Catálogo regional"_s);
    Commitment c = test::commitmentInFull(u"M1"_s, u"Audiencias públicas"_s);
    a = *atHub.saveCommitment(a);
    b = *atHub.saveCommitment(b);
    c = *atHub.saveCommitment(c);
    REQUIRE(test::runCli({u"backup"_s, hubPath, copyPath}).exitCode == 0);

    {
        auto copy = EventSession::open(copyPath);
        REQUIRE(copy);
        MesasService atCopy(**copy);
        Commitment a2 = *atCopy.commitment(a.id).value();
        a2.indicator = u"Número de datasets publicados por trimestre"_s;
        REQUIRE(atCopy.saveCommitment(a2));
        Commitment b2 = *atCopy.commitment(b.id).value();
        b2.deadline = u"Marzo de 2027"_s;
        REQUIRE(atCopy.saveCommitment(b2));
        REQUIRE(atCopy.saveCommitment(test::commitmentInFull(u"M1"_s, u"Compras abiertas"_s)));
    }
    // Meanwhile the facilitator changed b here.
    Commitment bHere = b;
    bHere.deadline = u"Junio de 2027"_s;
    REQUIRE(atHub.saveCommitment(bHere, b.revision));

    const auto taken = atHub.takeInFromCopy(copyPath, u"M1"_s);
    REQUIRE(taken);
    CHECK(taken->added == 1);
    CHECK(taken->updated == 1);
    CHECK(taken->unchanged == 1);
    REQUIRE(taken->conflicts.size() == 1);
    CHECK(taken->conflicts.first().contains(u"Catálogo regional"_s));
    CHECK(taken->conflicts.first().contains(u"Marzo de 2027"_s));
    CHECK(atHub.commitment(a.id)->value().indicator == u"Número de datasets publicados por trimestre"_s);
    CHECK(atHub.commitment(b.id)->value().deadline == u"Junio de 2027"_s);
    // Taken twice: nothing more.
    const auto again = atHub.takeInFromCopy(copyPath, u"M1"_s);
    REQUIRE(again);
    CHECK(again->added == 0);
    CHECK(again->updated == 0);
    CHECK(test::sqlite(hubPath, u"SELECT count(*) FROM commitment WHERE title = 'Compras abiertas'"_s) == u"1"_s);
}

TEST_CASE("The projector's page follows the programme and the mesa presenting, with nothing personal", "[sharing][web]")
{
    QTemporaryDir dir;
    auto session = test::newEventSession(dir.filePath(u"event.taller"_s), 12);
    MesasService mesas(*session);
    REQUIRE(mesas.saveCommitment(test::commitmentInFull(u"M2"_s, u"Audiencias públicas trimestrales"_s)));
    REQUIRE(mesas.balance({.everyone = true}));
    const auto before = web::projectorState(*session);
    REQUIRE(before);
    CHECK_FALSE(before->value(u"programme"_s).toObject().value(u"started"_s).toBool());
    CHECK_FALSE(before->value(u"plenary"_s).toObject().value(u"active"_s).toBool());

    REQUIRE(ProgrammeService(*session).startDay());
    const auto allMesas = mesas.mesas();
    REQUIRE(allMesas);
    const auto m2 = std::find_if(allMesas->cbegin(), allMesas->cend(), [](const Mesa &m) { return m.code == u"M2"_s; });
    REQUIRE(m2 != allMesas->cend());
    REQUIRE(PlenaryService(*session).startTurn(m2->id));
    const auto during = web::projectorState(*session);
    REQUIRE(during);
    const QJsonObject programme = during->value(u"programme"_s).toObject();
    CHECK(programme.value(u"started"_s).toBool());
    CHECK_FALSE(programme.value(u"now"_s).toObject().value(u"title"_s).toString().isEmpty());
    const QJsonObject plenary = during->value(u"plenary"_s).toObject();
    CHECK(plenary.value(u"active"_s).toBool());
    CHECK(plenary.value(u"mesa"_s).toObject().value(u"code"_s).toString() == u"M2"_s);
    const QJsonObject clock = plenary.value(u"clock"_s).toObject();
    CHECK(clock.value(u"remainingSeconds"_s).toInteger() <= clock.value(u"minutes"_s).toInteger() * 60);
    CHECK(clock.value(u"remainingSeconds"_s).toInteger() > 0);
    REQUIRE(plenary.value(u"commitments"_s).toArray().size() == 1);
    CHECK(plenary.value(u"commitments"_s).toArray().first().toObject().value(u"title"_s).toString()
          == u"Audiencias públicas trimestrales"_s);

    const QString shown = QString::fromUtf8(QJsonDocument(*during).toJson())
                          + QString::fromUtf8(QJsonDocument(*web::mesaState(*session, m2->id)).toJson());
    const auto people = RegistrationService(*session).attendees();
    REQUIRE(people);
    for (const Attendee &a : *people) {
        INFO(a.fullName().toStdString());
        CHECK_FALSE(shown.contains(a.documentNumber));
        CHECK_FALSE(shown.contains(a.surnames));
    }
}

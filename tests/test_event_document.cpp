#include "TestSupport.h"

#include "EventDocument.h"
#include "MesasService.h"
#include "ProgrammeService.h"
#include "RegistrationService.h"
#include "templates/Templates.h"
#include "event/EventRepository.h"

using namespace taller;
using namespace Qt::StringLiterals;

TEST_CASE("Event details edits are written at once and undone from the file too", "[ui][undo]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"e.taller"_s);
    EventDocument document(test::newEventSession(path));

    document.setEventField(EventField::Venue, u"Auditorio de la Gerencia Regional de Educación"_s);
    document.setEventField(EventField::ExpectedParticipants, 65);
    CHECK(document.undoStack()->count() == 2);
    {
        auto reopened = EventFile::open(path);
        REQUIRE(reopened.ok());
        const EventDetails stored = *EventRepository(**reopened).load();
        CHECK(stored.venue == u"Auditorio de la Gerencia Regional de Educación"_s);
        CHECK(stored.expectedParticipants == 65);
    }
    document.undoStack()->undo();
    document.undoStack()->undo();
    CHECK(document.details().venue == u"Palacio de Hierro"_s);
    {
        auto reopened = EventFile::open(path);
        REQUIRE(reopened.ok());
        CHECK(EventRepository(**reopened).load()->venue == u"Palacio de Hierro"_s);
        CHECK(EventRepository(**reopened).load()->expectedParticipants == 50);
    }
    document.undoStack()->redo();
    CHECK(document.details().venue == u"Auditorio de la Gerencia Regional de Educación"_s);

    // Setting a field to the value it has is no edit at all.
    document.setEventField(EventField::Title, document.details().title);
    CHECK(document.undoStack()->index() == 1);
}

namespace {

// Where a person sits according to the file, read through a connection of
// its own as another desk would: the mesa's code, or empty.
QString seatInFile(const QString &path, const QString &document)
{
    auto session = EventSession::open(path);
    INFO(session.errorMessage().toStdString());
    REQUIRE(session.ok());
    const auto person = RegistrationService(**session).findByDocument(document);
    REQUIRE(person.ok());
    REQUIRE(person->has_value());
    const qint64 mesaId = MesasService(**session).seating()->value(person->value().id);
    const auto mesas = MesasService(**session).mesas();
    REQUIRE(mesas.ok());
    for (const Mesa &mesa : *mesas) {
        if (mesa.id == mesaId)
            return mesa.code;
    }
    return {};
}

qint64 mesaIdOf(const EventDocument &document, const QString &code)
{
    for (const Mesa &mesa : document.mesas()) {
        if (mesa.code == code)
            return mesa.id;
    }
    FAIL("no mesa " << code.toStdString());
    return 0;
}

} // namespace

TEST_CASE("A seating change made by the CLI while the window is open survives the window's next seat and its undo",
          "[ui][undo][two-processes]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"two.taller"_s);
    EventDocument document(test::newEventSession(path, 20));
    const QList<Attendee> people = *RegistrationService(document.session()).attendees();
    const Attendee ana = people.at(0);
    const Attendee beto = people.at(1);
    const Attendee carla = people.at(2);

    SECTION("noticed by the window before its own change")
    {
        REQUIRE(test::runCli({u"assign"_s, path, ana.documentNumber, u"M3"_s}).exitCode == 0);
        document.pollExternalChanges();
        CHECK(document.membership().value(ana.id) == mesaIdOf(document, u"M3"_s));
    }
    SECTION("not yet noticed: the window's change is made from what it last saw")
    {
        REQUIRE(test::runCli({u"assign"_s, path, ana.documentNumber, u"M3"_s}).exitCode == 0);
    }

    // What a drag onto M1 does.
    document.seat(beto.id, mesaIdOf(document, u"M1"_s), u"seat Beto at M1"_s);
    CHECK(seatInFile(path, ana.documentNumber) == u"M3"_s);
    CHECK(seatInFile(path, beto.documentNumber) == u"M1"_s);

    document.undoStack(Page::Mesas)->undo();
    CHECK(seatInFile(path, ana.documentNumber) == u"M3"_s);
    CHECK(seatInFile(path, beto.documentNumber).isEmpty());

    document.undoStack(Page::Mesas)->redo();
    CHECK(seatInFile(path, ana.documentNumber) == u"M3"_s);
    CHECK(seatInFile(path, beto.documentNumber) == u"M1"_s);

    // A balance replaces the seating; its undo puts back exactly what was,
    // the CLI's seat included, and a later CLI change to someone else stays.
    document.setMembership(*MesasService(document.session()).balancePlan({true, false}), u"balance"_s);
    REQUIRE(test::runCli({u"assign"_s, path, carla.documentNumber, u"M5"_s}).exitCode == 0);
    document.undoStack(Page::Mesas)->undo();
    CHECK(seatInFile(path, ana.documentNumber) == u"M3"_s);
    CHECK(seatInFile(path, beto.documentNumber) == u"M1"_s);
}

TEST_CASE("A programme change made elsewhere survives the window's edit of another activity and its undo", "[ui][undo][two-processes]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"prog.taller"_s);
    EventDocument document(test::newEventSession(path));

    // Another desk renames the first activity.
    {
        auto other = EventSession::open(path);
        REQUIRE(other.ok());
        ProgrammeService programme(**other);
        const QList<AgendaItem> before = *programme.agenda();
        QList<AgendaItem> after = before;
        after[0].title = u"Registro y café"_s;
        REQUIRE(programme.change(before, after).ok());
    }
    // This window, not having looked yet, edits the third.
    QList<AgendaItem> items = document.agenda();
    items[2].minutes += 5;
    document.setAgenda(items, u"longer"_s);
    auto titleInFile = [&] {
        auto other = EventSession::open(path);
        REQUIRE(other.ok());
        return ProgrammeService(**other).agenda()->at(0).title;
    };
    CHECK(titleInFile() == u"Registro y café"_s);
    document.undoStack(Page::Programme)->undo();
    CHECK(titleInFile() == u"Registro y café"_s);
    document.pollExternalChanges();
    CHECK(document.agenda().at(0).title == u"Registro y café"_s);
}

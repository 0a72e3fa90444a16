#include "TestSupport.h"

#include "EventDocument.h"
#include "templates/Templates.h"
#include "event/EventRepository.h"

using namespace taller;
using namespace Qt::StringLiterals;

TEST_CASE("Event details edits are written at once and undone from the file too", "[ui][undo]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"e.taller"_s);
    auto file = test::createEvent(path, EventTemplates::palacioDeHierro(QDate(2016, 6, 29)));
    REQUIRE(file.ok());
    EventDocument document(std::make_unique<EventSession>(std::move(file.value())));

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

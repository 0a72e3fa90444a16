#include "TestSupport.h"

#include "registration/SampleAttendees.h"
#include "templates/Templates.h"
#include "programme/AgendaRepository.h"
#include "registration/AttendeeRepository.h"
#include "event/EventRepository.h"
#include "mesas/MesaRepository.h"

#include <QRegularExpression>
#include <QSet>

using namespace taller;
using namespace Qt::StringLiterals;

TEST_CASE("The palacio-de-hierro template is the seed programme, item by item", "[template]")
{
    QTemporaryDir dir;
    auto file = test::createEvent(dir.filePath(u"p.taller"_s), EventTemplates::palacioDeHierro(QDate(2016, 6, 29)));
    REQUIRE(file.ok());

    const EventDetails details = *EventRepository(**file).load();
    CHECK(details.title == u"Taller de validación de acuerdos sobre datos abiertos"_s);
    CHECK(details.organiser == u"Gobierno Regional La Libertad"_s);
    CHECK(details.venue == u"Palacio de Hierro"_s);
    CHECK(details.address.startsWith(u"Pizarro 645"_s));
    CHECK(details.start == QTime(8, 30));
    CHECK(details.end == QTime(14, 0));
    CHECK(details.expectedParticipants == 50);
    CHECK(details.specificObjectives.size() == 3);
    CHECK(details.generalObjective.startsWith(u"Validar los compromisos del Gobierno Regional"_s));

    struct Expected { const char *start; const char *end; int minutes; const char *kind; const char *titleStart; const char *responsible; int exposition; int questions; };
    const Expected seed[] = {
        {"08:30", "09:00", 30, "registration", "Registro de participantes", "Equipo de la SG TI", -1, -1},
        {"09:00", "09:10", 10, "welcome", "Bienvenida a los participantes", "Manuel Llempén", -1, -1},
        {"09:10", "09:20", 10, "presentation", "Presentación de los objetivos y metodología", "Carlos Gallardo", -1, -1},
        {"09:20", "10:00", 40, "presentation", "Presentación del Programa Piloto", "Réjean Roy", 30, 10},
        {"10:00", "10:45", 45, "presentation", "Presentación de las propuestas de compromisos", "Carlos Chunga", 30, 15},
        {"10:45", "11:00", 15, "break", "Refrigerio", "ProGobernabilidad", -1, -1},
        {"11:00", "12:15", 75, "working_tables", "Trabajo en mesas de trabajo", "GR y ProGobernabilidad", -1, -1},
        {"12:15", "13:00", 45, "plenary", "Plenaria", "GR y ProGobernabilidad", -1, -1},
        {"13:00", "13:15", 15, "signing", "Declaración del Gobierno Regional y Sociedad Civil", "GR y ProGobernabilidad", -1, -1},
        {"13:15", "14:00", 45, "meal", "Almuerzo", "ProGobernabilidad", -1, -1},
    };
    const QList<AgendaItem> agenda = *AgendaRepository(**file).load();
    const QList<ScheduledItem> scheduled = schedule(agenda, details.start);
    REQUIRE(scheduled.size() == 10);
    for (int i = 0; i < 10; ++i) {
        INFO("agenda item " << i + 1);
        const ScheduledItem &s = scheduled.at(i);
        CHECK(s.start.toString(u"HH:mm"_s) == QString::fromUtf8(seed[i].start));
        CHECK(s.end.toString(u"HH:mm"_s) == QString::fromUtf8(seed[i].end));
        CHECK(s.item.minutes == seed[i].minutes);
        CHECK(keyOf(s.item.kind) == QString::fromUtf8(seed[i].kind));
        CHECK(s.item.title.startsWith(QString::fromUtf8(seed[i].titleStart)));
        CHECK(s.item.responsible.summary().contains(QString::fromUtf8(seed[i].responsible)));
        CHECK(s.item.expositionMinutes.value_or(-1) == seed[i].exposition);
        CHECK(s.item.questionsMinutes.value_or(-1) == seed[i].questions);
    }
    CHECK(agenda.at(6).mesaCodes == QStringList{u"M1"_s, u"M2"_s, u"M3"_s, u"M4"_s, u"M5"_s});

    const QList<Mesa> mesas = *MesaRepository(**file).load();
    REQUIRE(mesas.size() == 5);
    CHECK(mesas.at(0).name == u"Transparencia y acceso a la información pública"_s);
    CHECK(mesas.at(1).name == u"Participación ciudadana y rendición de cuentas"_s);
    CHECK(mesas.at(2).name == u"Tecnologías de la información"_s);
    CHECK(mesas.at(3).name == u"Integridad pública"_s);
    CHECK(mesas.at(4).name == u"Comunidades seguras"_s);
}

TEST_CASE("Sample attendees are deterministic, valid and varied", "[template]")
{
    const QList<Attendee> first = sampleAttendees(500);
    const QList<Attendee> again = sampleAttendees(500);
    REQUIRE(first.size() == 500);
    QSet<QString> documents;
    QSet<Sector> sectors;
    bool leadingZero = false;
    bool accent = false;
    bool enye = false;
    for (int i = 0; i < first.size(); ++i) {
        const Attendee &a = first.at(i);
        CHECK(a.fullName() == again.at(i).fullName());
        CHECK(a.documentNumber == again.at(i).documentNumber);
        CHECK(DocumentTypes::validationError(a.documentType, a.documentNumber).isEmpty());
        documents.insert(a.documentNumber);
        sectors.insert(a.sector);
        if (a.documentType == DocumentType::Dni && a.documentNumber.startsWith(u'0'))
            leadingZero = true;
        if (a.fullName().contains(QRegularExpression(u"[áéíóúÁÉÍÓÚ]"_s)))
            accent = true;
        if (a.fullName().contains(u'ñ') || a.fullName().contains(u'Ñ'))
            enye = true;
        if (!a.dataConsentAt.isValid())
            CHECK(a.email.isEmpty());
    }
    CHECK(documents.size() == 500);
    CHECK(sectors.size() == valuesOf<Sector>().size());
    CHECK(leadingZero);
    CHECK(accent);
    CHECK(enye);
}

TEST_CASE("A template event with sample attendees stores them all", "[template]")
{
    QTemporaryDir dir;
    auto file = test::createEvent(dir.filePath(u"s.taller"_s), EventTemplates::palacioDeHierro(QDate(2016, 6, 29)), 50);
    REQUIRE(file.ok());
    CHECK(*AttendeeRepository(**file).count() == 50);
    CHECK(*AttendeeRepository(**file).checkedInCount() == 0);
}

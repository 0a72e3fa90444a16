#include "templates/Templates.h"

namespace taller {

using namespace Qt::StringLiterals;

QStringList EventTemplates::keys()
{
    return {PalacioDeHierro, Blank};
}

std::optional<EventTemplate> EventTemplates::byKey(const QString &key, QDate date)
{
    if (key == PalacioDeHierro)
        return palacioDeHierro(date);
    if (key == Blank)
        return blank(date);
    return std::nullopt;
}

// The "Taller de validación de acuerdos sobre datos abiertos" of the Gobierno
// Regional La Libertad, as its programme lays it out. Its text is the
// workshop's own and stays in Spanish whatever the interface language.
EventTemplate EventTemplates::palacioDeHierro(QDate date)
{
    EventTemplate t;
    t.key = PalacioDeHierro;
    t.displayName = tr("Palacio de Hierro open data workshop (La Libertad)");

    EventDetails &d = t.details;
    d.title = u"Taller de validación de acuerdos sobre datos abiertos"_s;
    d.organiser = u"Gobierno Regional La Libertad"_s;
    d.venue = u"Palacio de Hierro"_s;
    d.address = u"Pizarro 645, Trujillo"_s;
    d.date = date;
    d.start = QTime(8, 30);
    d.end = QTime(14, 0);
    d.generalObjective =
        u"Validar los compromisos del Gobierno Regional en el Programa Piloto de Gobiernos Sub-nacionales de "
        "Cooperación de Gobiernos Abiertos (OGP) de la Alianza para el Gobierno Abierto."_s;
    d.specificObjectives = {
        u"Los participantes conocen los objetivos y alcances del Programa Piloto de Gobiernos Sub-nacionales de "
        "Cooperación de Gobiernos Abiertos de la Alianza para el Gobierno Abierto (OGP – Open Government Partnership)."_s,
        u"Los participantes toman conocimiento de los acuerdos del Gobierno Regional de La Libertad."_s,
        u"Los participantes identifican los aportes, iniciativas y compromisos que pueden incorporarse en el piloto de OGP."_s,
    };
    d.expectedParticipants = 50;
    d.audience = u"Organizaciones de la sociedad civil, el sector académico y gremios empresariales."_s;

    const QList<std::pair<QString, QString>> mesas = {
        {u"M1"_s, u"Transparencia y acceso a la información pública"_s},
        {u"M2"_s, u"Participación ciudadana y rendición de cuentas"_s},
        {u"M3"_s, u"Tecnologías de la información"_s},
        {u"M4"_s, u"Integridad pública"_s},
        {u"M5"_s, u"Comunidades seguras"_s},
    };
    for (const auto &[code, name] : mesas)
        t.mesas.append(Mesa{0, code, name, {}, {}, {}, {}});

    const QString grAndProGobernabilidad = u"GR y ProGobernabilidad"_s;
    auto item = [](ActivityKind kind, QString title, int minutes, Responsible responsible) {
        AgendaItem i;
        i.kind = kind;
        i.title = std::move(title);
        i.minutes = minutes;
        i.responsible = std::move(responsible);
        return i;
    };
    t.agenda = {
        item(ActivityKind::Registration, u"Registro de participantes"_s, 30, {u"Equipo de la SG TI"_s, {}, {}}),
        item(ActivityKind::Welcome, u"Bienvenida a los participantes"_s, 10, {u"Manuel Llempén"_s, u"Gerente General"_s, {}}),
        item(ActivityKind::Presentation, u"Presentación de los objetivos y metodología del Taller"_s, 10,
             {u"Carlos Gallardo"_s, {}, {}}),
        item(ActivityKind::Presentation,
             u"Presentación del Programa Piloto de Gobiernos Sub-nacionales de Cooperación de Gobiernos Abiertos"_s, 40,
             {u"Réjean Roy"_s, {}, u"ProGobernabilidad"_s}),
        item(ActivityKind::Presentation,
             u"Presentación de las propuestas de compromisos del taller del Gobierno Regional de La Libertad con PCM (11 mayo)"_s,
             45, {u"Carlos Chunga"_s, u"Sub Gerente de Tecnologías de Información"_s, {}}),
        item(ActivityKind::Break, u"Refrigerio"_s, 15, {{}, {}, u"ProGobernabilidad"_s}),
        item(ActivityKind::WorkingTables, u"Trabajo en mesas de trabajo"_s, 75, {{}, {}, grAndProGobernabilidad}),
        item(ActivityKind::Plenary, u"Plenaria"_s, 45, {{}, {}, grAndProGobernabilidad}),
        item(ActivityKind::Signing, u"Declaración del Gobierno Regional y Sociedad Civil"_s, 15, {{}, {}, grAndProGobernabilidad}),
        item(ActivityKind::Meal, u"Almuerzo"_s, 45, {{}, {}, u"ProGobernabilidad"_s}),
    };
    t.agenda[3].expositionMinutes = 30;
    t.agenda[3].questionsMinutes = 10;
    t.agenda[4].expositionMinutes = 30;
    t.agenda[4].questionsMinutes = 15;
    t.agenda[6].notes = u"A cada mesa de trabajo se le proporciona como insumo los compromisos propuestos en el taller "
                        "del GR-PCM. Cada grupo elabora una propuesta de compromisos."_s;
    for (const Mesa &mesa : std::as_const(t.mesas))
        t.agenda[6].mesaCodes.append(mesa.code);
    t.agenda[7].notes = u"Cada mesa presenta los compromisos, con iniciativas de cambio o mejoras, identificando cómo "
                        "hacer, responsable, participantes, recursos, plazos, medición."_s;
    t.agenda[8].notes = u"Las autoridades regionales y los representantes de la sociedad civil suscriben un Acta de "
                        "Compromisos para incorporar acciones en el Piloto de OGP."_s;
    return t;
}

EventTemplate EventTemplates::blank(QDate date)
{
    EventTemplate t;
    t.key = Blank;
    t.displayName = tr("Blank event");
    t.details.date = date;
    t.details.start = QTime(9, 0);
    t.details.end = QTime(13, 0);
    return t;
}

} // namespace taller

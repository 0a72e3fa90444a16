#include "registration/SampleAttendees.h"

#include "base/Clock.h"

#include <random>

namespace taller {

using namespace Qt::StringLiterals;

namespace {

const char16_t *const givenNames[] = {
    u"María", u"José", u"Rocío", u"Jesús", u"Martín", u"Raúl", u"Inés", u"Begoña", u"Ángel", u"Sofía",
    u"Andrés", u"Lucía", u"Nicolás", u"Mónica", u"Héctor", u"Verónica", u"Tomás", u"Dalia", u"Óscar", u"Yesenia",
    u"Julián", u"Zoila", u"César", u"Fiorella", u"Iván", u"Milagros", u"Germán", u"Ruth", u"Joaquín", u"Maribel",
    u"Rubén", u"Noemí", u"Efraín", u"Araceli", u"Sebastián", u"Pilar", u"Adrián", u"Jimena", u"Elías", u"Flor de María",
    u"Juan Carlos", u"Ana Lucía", u"Luis Ángel", u"Rosa Elvira", u"Víctor Raúl", u"Carmen Rosa",
};

const char16_t *const surnames[] = {
    u"Núñez", u"Peña", u"Ibáñez", u"Muñoz", u"Quispe", u"Mamani", u"Huamán", u"Rodríguez", u"Gonzáles", u"Chávez",
    u"Vásquez", u"Castañeda", u"Saldaña", u"Zúñiga", u"Ordóñez", u"Díaz", u"Sánchez", u"Ramírez", u"Cáceres", u"Flores",
    u"Ruiz", u"Villanueva", u"Gutiérrez", u"Cárdenas", u"Mendoza", u"Alarcón", u"Benítez", u"Cabrera", u"Ñique", u"Espinoza",
    u"León", u"Rojas", u"Yupanqui", u"Cóndor", u"Paredes", u"Bazán", u"Ayala", u"Salazar", u"Otiniano", u"Valderrama",
    u"Acuña", u"Briceño", u"Lázaro", u"Rubio", u"Jiménez", u"Córdova", u"Tantaleán", u"Uceda", u"Aguirre", u"Pérez",
};

struct SectorProfile
{
    Sector sector;
    int weight;
    const char16_t *const *organisations;
    int organisationCount;
    const char16_t *const *positions;
    int positionCount;
};

// Invented organisations: any likeness to a real one is an accident.
const char16_t *const civilSocietyOrganisations[] = {
    u"Colectivo Ciudadano Datos del Norte", u"Asociación Vecinal Las Quintanas (ejemplo)", u"Red Juvenil Moche Abierto",
    u"Mesa de Concertación Ficticia de Trujillo", u"Observatorio Ciudadano Chan Chan", u"ONG Transparencia Norteña (ejemplo)",
};
const char16_t *const civilSocietyPositions[] = {u"Coordinadora", u"Presidente", u"Voluntario", u"Secretaria", u"Vocal"};
const char16_t *const academiaOrganisations[] = {
    u"Universidad Imaginaria del Norte", u"Instituto Superior Ejemplo de La Libertad", u"Facultad de Ciencias Sociales (ejemplo)",
};
const char16_t *const academiaPositions[] = {u"Docente", u"Investigadora", u"Estudiante", u"Decano", u"Jefa de proyectos"};
const char16_t *const businessOrganisations[] = {
    u"Cámara de Comercio Ficticia", u"Gremio de Exportadores Ejemplo", u"Asociación de Pequeños Agricultores (ejemplo)",
};
const char16_t *const businessPositions[] = {u"Gerente", u"Asesor legal", u"Presidenta", u"Analista"};
const char16_t *const publicOrganisations[] = {
    u"Gerencia Regional de Ejemplo", u"Municipalidad Provincial Ficticia", u"Sub Gerencia de Datos (ejemplo)",
};
const char16_t *const publicPositions[] = {u"Especialista", u"Sub Gerente", u"Asistente administrativo", u"Jefa de oficina"};
const char16_t *const citizenOrganisations[] = {u"", u"Vecino independiente", u"Junta vecinal (ejemplo)"};
const char16_t *const citizenPositions[] = {u"", u"Ciudadano", u"Ciudadana"};
const char16_t *const cooperationOrganisations[] = {u"Programa de Cooperación Ejemplo", u"Agencia Internacional Ficticia"};
const char16_t *const cooperationPositions[] = {u"Consultora", u"Oficial de programa"};
const char16_t *const otherOrganisations[] = {u"Medio de comunicación (ejemplo)", u"Colegio profesional ficticio"};
const char16_t *const otherPositions[] = {u"Periodista", u"Decana"};

#define PROFILE(sector, weight, orgs, positions) \
    {sector, weight, orgs, int(std::size(orgs)), positions, int(std::size(positions))}
const SectorProfile profiles[] = {
    PROFILE(Sector::CivilSociety, 30, civilSocietyOrganisations, civilSocietyPositions),
    PROFILE(Sector::Academia, 18, academiaOrganisations, academiaPositions),
    PROFILE(Sector::Business, 14, businessOrganisations, businessPositions),
    PROFILE(Sector::PublicSector, 22, publicOrganisations, publicPositions),
    PROFILE(Sector::Citizenry, 10, citizenOrganisations, citizenPositions),
    PROFILE(Sector::InternationalCooperation, 4, cooperationOrganisations, cooperationPositions),
    PROFILE(Sector::Other, 2, otherOrganisations, otherPositions),
};
#undef PROFILE

QString pick(std::mt19937 &random, const char16_t *const *words, int count)
{
    return QString::fromUtf16(words[std::uniform_int_distribution<int>(0, count - 1)(random)]);
}

template <std::size_t N>
QString pick(std::mt19937 &random, const char16_t *const (&words)[N])
{
    return pick(random, words, int(N));
}

QString emailWord(const QString &text)
{
    return foldForMatching(text).remove(u' ');
}

} // namespace

QList<Attendee> sampleAttendees(int count, const QStringList &mesaCodes)
{
    QList<Attendee> attendees;
    attendees.reserve(count);
    std::mt19937 random(20160629u);
    int totalWeight = 0;
    for (const SectorProfile &profile : profiles)
        totalWeight += profile.weight;
    const QDateTime registered = Clock::currentDateTime();

    for (int i = 0; i < count; ++i) {
        Attendee a;
        a.givenNames = pick(random, givenNames);
        a.surnames = pick(random, surnames) + u' ' + pick(random, surnames);

        int roll = std::uniform_int_distribution<int>(0, totalWeight - 1)(random);
        const SectorProfile *profile = &profiles[0];
        for (const SectorProfile &candidate : profiles) {
            if (roll < candidate.weight) {
                profile = &candidate;
                break;
            }
            roll -= candidate.weight;
        }
        a.sector = profile->sector;
        a.organisation = pick(random, profile->organisations, profile->organisationCount);
        a.position = pick(random, profile->positions, profile->positionCount);

        // A bijection of 0..10^8-1 keeps every number unique; about one in ten
        // starts with 0, as real DNIs do.
        const quint64 scrambled = (quint64(i) * 48271u + 1234567u) % 100000000u;
        if (profile->sector == Sector::InternationalCooperation && i % 2 == 0) {
            a.documentType = DocumentType::Passport;
            a.documentNumber = u"PX%1"_s.arg(scrambled % 10000000u, 7, 10, QLatin1Char('0'));
        } else if (i % 37 == 5) {
            a.documentType = DocumentType::ForeignerCard;
            a.documentNumber = u"%1"_s.arg(scrambled, 9, 10, QLatin1Char('0'));
        } else {
            a.documentType = DocumentType::Dni;
            a.documentNumber = u"%1"_s.arg(scrambled, 8, 10, QLatin1Char('0'));
        }

        if (i % 10 != 9) {
            a.dataConsentAt = registered;
            a.email = u"%1.%2.%3@example.org"_s.arg(emailWord(a.givenNames.section(u' ', 0, 0)),
                                                    emailWord(a.surnames.section(u' ', 0, 0)))
                          .arg(i + 1);
            a.phone = u"9%1"_s.arg((scrambled * 7u) % 100000000u, 8, 10, QLatin1Char('0'));
        }
        a.photoConsent = i % 4 != 3;
        if (!mesaCodes.isEmpty() && i % 3 != 2)
            a.preferredMesaCode = mesaCodes.at(std::uniform_int_distribution<int>(0, int(mesaCodes.size()) - 1)(random));
        a.registeredAt = registered;
        attendees.append(a);
    }
    return attendees;
}

} // namespace taller

#pragma once

#include "base/EnumTable.h"
#include "base/Text.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace taller {

enum class DocumentType { Dni, ForeignerCard, Passport };

enum class Sector {
    CivilSociety,
    Academia,
    Business,
    PublicSector,
    Citizenry,
    InternationalCooperation,
    Other,
};

class DocumentTypes
{
    Q_DECLARE_TR_FUNCTIONS(taller::DocumentTypes)
public:
    // What fits in a column ("CE").
    static QString shortName(DocumentType type);

    // Upper-cases and strips spaces, dots and dashes people type or paste.
    static QString normalizedNumber(const QString &number);
    // Why number is not a valid document of this type, or empty when it is.
    static QString validationError(DocumentType type, const QString &normalizedNumber);
};

class Sectors
{
    Q_DECLARE_TR_FUNCTIONS(taller::Sectors)
public:
    // Recognises what registration forms write ("Sociedad civil", "ONG",
    // "Universidad", "Empresa", ...), case and accents ignored.
    static std::optional<Sector> fromText(const QString &text);
};

struct Attendee
{
    qint64 id = 0;
    QString givenNames;
    QString surnames;
    DocumentType documentType = DocumentType::Dni;
    QString documentNumber;
    QString organisation;
    QString position;
    Sector sector = Sector::Other;
    QString email;
    QString phone;
    // When the person consented to the processing of their personal data;
    // without it, their contact data is not kept.
    QDateTime dataConsentAt;
    bool photoConsent = false;
    bool walkIn = false;
    QString preferredMesaCode;
    QDateTime registeredAt;
    // Derived from the check-in record when loaded; invalid when not present.
    QDateTime checkedInAt;

    QString fullName() const { return givenNames + u' ' + surnames; }
    // "Surnames, Given names": the order of an attendance sheet.
    QString sortName() const;
    bool isCheckedIn() const { return checkedInAt.isValid(); }
};

enum class AttendeeField { GivenNames, Surnames, Document, Organisation, Email, Phone };

struct FieldProblem
{
    AttendeeField field;
    QString message;
};

// What is wrong with an attendee before it can be registered, field by field,
// in words for the person typing.
class AttendeeValidation
{
    Q_DECLARE_TR_FUNCTIONS(taller::AttendeeValidation)
public:
    static QList<FieldProblem> problems(const Attendee &attendee);
};

// The words of these enumerations: core/vocabulary/Vocabulary.cpp.
// The one order of people, on the screen and on paper: by surnames, then
// given names, in Spanish collation (case and accents aside: "Ávila" among
// the A's, "CHÁVEZ" before "CHUNGA", "Ñique" after "Núñez").
bool inPeopleOrder(const Attendee &a, const Attendee &b);
void sortInPeopleOrder(QList<Attendee> &people);
// A person's names and id: enough to find the order of a long list without
// reading the rest of each row.
struct PersonName
{
    qint64 id = 0;
    QString surnames;
    QString givenNames;
};
// The ids of the first count of people in the people's order.
QList<qint64> firstInPeopleOrder(const QList<PersonName> &people, qsizetype count);
// A person's place in the people's order at its first level, as stored
// with each attendee (people_key): compared byte by byte, keys sort as the
// people's order does, but for names equal at that level (which the
// collator then tells apart).
QString peopleKey(const QString &surnames, const QString &givenNames);

const EnumTable<DocumentType> &enumTable(DocumentType);
const EnumTable<Sector> &enumTable(Sector);

} // namespace taller

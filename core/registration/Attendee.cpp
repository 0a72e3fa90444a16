#include "registration/Attendee.h"

#include <QCollator>
#include <QRegularExpression>

namespace taller {

using namespace Qt::StringLiterals;

QString DocumentTypes::shortName(DocumentType type)
{
    // Only the foreigner's card has a name too long for a column.
    return type == DocumentType::ForeignerCard ? tr("CE") : displayNameOf(type);
}

QString DocumentTypes::normalizedNumber(const QString &number)
{
    QString normalized;
    for (QChar c : number) {
        if (c.isLetterOrNumber())
            normalized.append(c.toUpper());
    }
    return normalized;
}

QString DocumentTypes::validationError(DocumentType type, const QString &number)
{
    if (number.isEmpty())
        return tr("The document number is missing.");
    static const QRegularExpression digits(u"^[0-9]+$"_s);
    static const QRegularExpression alphanumeric(u"^[A-Z0-9]+$"_s);
    switch (type) {
    case DocumentType::Dni:
        if (!digits.match(number).hasMatch())
            return tr("A DNI has only digits; \"%1\" has other characters.").arg(number);
        if (number.size() != 8)
            return tr("A DNI has exactly 8 digits; \"%1\" has %n.", nullptr, int(number.size())).arg(number);
        return {};
    case DocumentType::ForeignerCard:
    case DocumentType::Passport:
        if (!alphanumeric.match(number).hasMatch())
            return tr("A document number has only letters and digits; \"%1\" has other characters.").arg(number);
        if (number.size() < 6 || number.size() > 12)
            return tr("This document number should have 6 to 12 letters or digits; \"%1\" has %n.", nullptr, int(number.size())).arg(number);
        return {};
    }
    return {};
}

std::optional<Sector> Sectors::fromText(const QString &text)
{
    const QString folded = foldForMatching(text);
    if (folded.isEmpty())
        return std::nullopt;
    if (auto fromStoredKey = fromKey<Sector>(folded))
        return fromStoredKey;
    for (Sector sector : valuesOf<Sector>()) {
        if (foldForMatching(displayNameOf(sector)) == folded)
            return sector;
    }
    // Words registration forms use, in Spanish and English.
    struct Hint { const char16_t *word; Sector sector; };
    static const Hint hints[] = {
        {u"sociedad civil", Sector::CivilSociety}, {u"civil", Sector::CivilSociety}, {u"ong", Sector::CivilSociety},
        {u"osc", Sector::CivilSociety}, {u"colectivo", Sector::CivilSociety}, {u"asociacion", Sector::CivilSociety},
        {u"academia", Sector::Academia}, {u"academico", Sector::Academia}, {u"universidad", Sector::Academia},
        {u"university", Sector::Academia}, {u"academic", Sector::Academia},
        {u"gremio", Sector::Business}, {u"empresa", Sector::Business}, {u"empresarial", Sector::Business},
        {u"privado", Sector::Business}, {u"business", Sector::Business}, {u"private", Sector::Business},
        {u"publico", Sector::PublicSector}, {u"estado", Sector::PublicSector}, {u"gobierno", Sector::PublicSector},
        {u"public", Sector::PublicSector}, {u"government", Sector::PublicSector},
        {u"ciudadania", Sector::Citizenry}, {u"ciudadano", Sector::Citizenry}, {u"ciudadana", Sector::Citizenry},
        {u"citizen", Sector::Citizenry}, {u"citizens", Sector::Citizenry},
        {u"cooperacion", Sector::InternationalCooperation}, {u"cooperation", Sector::InternationalCooperation},
        {u"otro", Sector::Other}, {u"otros", Sector::Other}, {u"other", Sector::Other},
    };
    for (const Hint &hint : hints) {
        if (folded == QStringView(hint.word))
            return hint.sector;
    }
    const QStringList words = folded.split(QRegularExpression(u"[^a-z0-9]+"_s), Qt::SkipEmptyParts);
    for (const Hint &hint : hints) {
        if (words.contains(QString::fromUtf16(hint.word)))
            return hint.sector;
    }
    return std::nullopt;
}

QString Attendee::sortName() const
{
    if (surnames.isEmpty())
        return givenNames;
    return surnames + u", "_s + givenNames;
}

QList<FieldProblem> AttendeeValidation::problems(const Attendee &a)
{
    QList<FieldProblem> problems;
    if (a.givenNames.trimmed().isEmpty())
        problems.append({AttendeeField::GivenNames, tr("Write the person's given names.")});
    if (a.surnames.trimmed().isEmpty())
        problems.append({AttendeeField::Surnames, tr("Write the person's surnames.")});
    if (const QString document = DocumentTypes::validationError(a.documentType, DocumentTypes::normalizedNumber(a.documentNumber));
        !document.isEmpty())
        problems.append({AttendeeField::Document, document});
    static const QRegularExpression email(u"^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"_s);
    if (!a.email.trimmed().isEmpty() && !email.match(a.email.trimmed()).hasMatch())
        problems.append({AttendeeField::Email, tr("\"%1\" is not an e-mail address.").arg(a.email.trimmed())});
    static const QRegularExpression phone(u"^[0-9 +()-]{6,20}$"_s);
    if (!a.phone.trimmed().isEmpty() && !phone.match(a.phone.trimmed()).hasMatch())
        problems.append({AttendeeField::Phone, tr("A phone number has 6 to 20 digits, spaces or + ( ) -.")});
    return problems;
}

namespace {

const QCollator &peopleCollator()
{
    static thread_local const QCollator collator = [] {
        QCollator c(QLocale(QLocale::Spanish, QLocale::Peru));
        c.setCaseSensitivity(Qt::CaseInsensitive);
        return c;
    }();
    return collator;
}

} // namespace

namespace {

// Spanish order at its first level, cheap to compute and to compare: letters
// without their accents or case, ñ after every other n ("Núñez" after
// "Nuzco"), spaces and hyphens before letters. Names equal at this level are
// then told apart by the collator (Avila before Ávila).
QString primaryKey(const QString &name)
{
    QString key;
    key.reserve(name.size() + 2);
    for (const QChar c : name) {
        const char16_t u = c.unicode();
        if (u < 0x80) { // most names: no table to look up
            key.append(u >= u'A' && u <= u'Z' ? QChar(u + 32) : c);
        } else if (u == u'ñ' || u == u'Ñ') {
            key.append(u"n{"); // right after z
        } else if (c.category() == QChar::Mark_NonSpacing) {
            if (u == 0x0303 && key.endsWith(u'n')) // a decomposed ñ
                key.append(u'{');
        } else if (c.decompositionTag() == QChar::Canonical) {
            key.append(c.decomposition().at(0).toCaseFolded()); // á → a
        } else {
            key.append(c.toCaseFolded());
        }
    }
    return key;
}

} // namespace

// The one comparison of both: primary keys, then the collator where they tie.
// The one comparison of every list of people: primary keys, then the
// collator where they tie.
static int comparePeople(const QString &xSurnames, const QString &xGiven, const QString &xSurnameKey, const QString &xGivenKey,
                         const QString &ySurnames, const QString &yGiven, const QString &ySurnameKey, const QString &yGivenKey)
{
    if (const int bySurname = xSurnameKey.compare(ySurnameKey))
        return bySurname;
    if (const int byGiven = xGivenKey.compare(yGivenKey))
        return byGiven;
    // Surnames the collator finds equal (they differ only in case) leave the
    // given names to decide: otherwise the order would go round in circles.
    const QCollator &collator = peopleCollator();
    if (xSurnames != ySurnames) {
        if (const int bySurname = collator.compare(xSurnames, ySurnames))
            return bySurname;
    }
    if (xGiven != yGiven)
        return collator.compare(xGiven, yGiven);
    return 0;
}

bool inPeopleOrder(const Attendee &a, const Attendee &b)
{
    if (const int order = comparePeople(a.surnames, a.givenNames, primaryKey(a.surnames), primaryKey(a.givenNames), b.surnames,
                                        b.givenNames, primaryKey(b.surnames), primaryKey(b.givenNames)))
        return order < 0;
    return a.id < b.id;
}

namespace {

// The positions of people in the people's order, from their names alone;
// only the first `first` of them when fewer are wanted (a page of a long
// list), which spares sorting the rest.
template <typename Person>
std::vector<qsizetype> peopleOrder(const QList<Person> &people, qsizetype first)
{
    // Keys computed once per person: a list of 100,000 sorts in a blink,
    // and the collator is asked only where two names are the same but for
    // their accents or case.
    struct Keyed
    {
        QString surnames;
        QString given;
        qsizetype index;
    };
    std::vector<Keyed> keys;
    keys.reserve(size_t(people.size()));
    for (qsizetype i = 0; i < people.size(); ++i)
        keys.push_back({primaryKey(people.at(i).surnames), primaryKey(people.at(i).givenNames), i});
    // Equal names keep the order they came in.
    const auto before = [&](const Keyed &a, const Keyed &b) {
        const Person &x = people.at(a.index);
        const Person &y = people.at(b.index);
        if (const int order = comparePeople(x.surnames, x.givenNames, a.surnames, a.given, y.surnames, y.givenNames, b.surnames, b.given))
            return order < 0;
        return a.index < b.index;
    };
    if (first < qsizetype(keys.size())) {
        std::partial_sort(keys.begin(), keys.begin() + first, keys.end(), before);
        keys.resize(size_t(first));
    } else {
        std::sort(keys.begin(), keys.end(), before);
    }
    std::vector<qsizetype> order;
    order.reserve(keys.size());
    for (const Keyed &k : keys)
        order.push_back(k.index);
    return order;
}

template <typename Person>
void sortPeople(QList<Person> &people)
{
    QList<Person> ordered;
    ordered.reserve(people.size());
    for (qsizetype index : peopleOrder(people, people.size()))
        ordered.append(std::move(people[index]));
    people = std::move(ordered);
}

} // namespace

void sortInPeopleOrder(QList<Attendee> &people)
{
    sortPeople(people);
}

QString peopleKey(const QString &surnames, const QString &givenNames)
{
    // U+0001 sorts before every character a key holds: the surnames decide
    // first, whatever their length.
    return primaryKey(surnames) + QChar(u'\x01') + primaryKey(givenNames);
}

QList<qint64> firstInPeopleOrder(const QList<PersonName> &people, qsizetype count)
{
    QList<qint64> ids;
    for (qsizetype index : peopleOrder(people, std::max<qsizetype>(count, 0)))
        ids.append(people.at(index).id);
    return ids;
}

} // namespace taller

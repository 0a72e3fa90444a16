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

bool inPeopleOrder(const Attendee &a, const Attendee &b)
{
    const QCollator &collator = peopleCollator();
    if (const int bySurname = collator.compare(a.surnames, b.surnames))
        return bySurname < 0;
    if (const int byGiven = collator.compare(a.givenNames, b.givenNames))
        return byGiven < 0;
    return a.id < b.id;
}

void sortInPeopleOrder(QList<Attendee> &people)
{
    // A key per surname, computed once: a long list sorts in milliseconds;
    // given names are compared only where surnames are the same.
    const QCollator &collator = peopleCollator();
    struct Keyed
    {
        QCollatorSortKey surnames;
        qsizetype index;
    };
    std::vector<Keyed> keys;
    keys.reserve(size_t(people.size()));
    for (qsizetype i = 0; i < people.size(); ++i)
        keys.push_back({collator.sortKey(people.at(i).surnames), i});
    std::stable_sort(keys.begin(), keys.end(), [&](const Keyed &a, const Keyed &b) {
        if (const int bySurname = a.surnames.compare(b.surnames))
            return bySurname < 0;
        return collator.compare(people.at(a.index).givenNames, people.at(b.index).givenNames) < 0;
    });
    QList<Attendee> ordered;
    ordered.reserve(people.size());
    for (const Keyed &k : keys)
        ordered.append(std::move(people[k.index]));
    people = std::move(ordered);
}

} // namespace taller

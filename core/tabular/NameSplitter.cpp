#include "tabular/NameSplitter.h"

#include "base/Text.h"

#include <QSet>
#include <QStringList>

namespace taller {

using namespace Qt::StringLiterals;

namespace {

bool isParticle(const QString &word)
{
    static const QSet<QString> particles = {u"de"_s, u"del"_s, u"la"_s, u"las"_s, u"los"_s, u"y"_s, u"e"_s, u"da"_s,
                                            u"das"_s, u"do"_s, u"dos"_s, u"san"_s, u"santa"_s, u"van"_s, u"von"_s, u"di"_s};
    return particles.contains(foldForMatching(word));
}

// Given names that are often the second of two ("Carlos Alberto"); with
// three words, they make "given given surname" as likely as "given surname
// surname".
bool isCommonGivenName(const QString &word)
{
    static const QSet<QString> names = {
        u"jose"_s, u"luis"_s, u"maria"_s, u"juan"_s, u"carlos"_s, u"alberto"_s, u"ana"_s, u"rosa"_s, u"carmen"_s,
        u"miguel"_s, u"angel"_s, u"antonio"_s, u"manuel"_s, u"jesus"_s, u"pablo"_s, u"eduardo"_s, u"fernando"_s,
        u"javier"_s, u"isabel"_s, u"elena"_s, u"teresa"_s, u"patricia"_s, u"lucia"_s, u"sofia"_s, u"andres"_s,
        u"alejandro"_s, u"enrique"_s, u"francisco"_s, u"jorge"_s, u"ricardo"_s, u"roberto"_s, u"victor"_s, u"cesar"_s,
        u"mario"_s, u"pedro"_s, u"raul"_s, u"rafael"_s, u"daniel"_s, u"david"_s, u"diego"_s, u"gabriel"_s, u"hugo"_s,
        u"ivan"_s, u"jaime"_s, u"julio"_s, u"oscar"_s, u"paul"_s, u"ruben"_s, u"sergio"_s, u"alonso"_s, u"milagros"_s,
        u"rocio"_s, u"pilar"_s, u"mercedes"_s, u"beatriz"_s, u"gloria"_s, u"luz"_s, u"fernanda"_s, u"alejandra"_s,
        u"cristina"_s, u"diana"_s, u"elizabeth"_s, u"gabriela"_s, u"lourdes"_s, u"liliana"_s, u"marco"_s, u"marcos"_s,
        u"paola"_s, u"silvia"_s, u"susana"_s, u"cecilia"_s, u"guadalupe"_s, u"esperanza"_s, u"soledad"_s, u"ines"_s,
        u"lorena"_s, u"eva"_s, u"ignacio"_s, u"ernesto"_s, u"arturo"_s, u"augusto"_s, u"gustavo"_s, u"humberto"_s,
        u"alfredo"_s, u"armando"_s, u"felipe"_s, u"gonzalo"_s, u"guillermo"_s, u"hector"_s, u"joaquin"_s, u"rodrigo"_s,
        u"andrea"_s, u"carolina"_s, u"claudia"_s, u"fiorella"_s, u"jimena"_s, u"karina"_s, u"mariela"_s, u"micaela"_s,
        u"fatima"_s, u"josefina"_s, u"inmaculada"_s, u"consuelo"_s, u"dolores"_s, u"amparo"_s, u"victoria"_s, u"joao"_s,
    };
    return names.contains(foldForMatching(word));
}

// A word written all in capitals, as forms ask surnames to be.
bool isCapitals(const QString &word)
{
    bool letters = false;
    for (QChar c : word) {
        if (c.isLower())
            return false;
        letters = letters || c.isLetter();
    }
    return letters && word.size() > 1;
}

// Words grouped into units: "de la Cruz" is one unit, "del Carmen" another.
QStringList units(const QStringList &words)
{
    QStringList result;
    QString pending;
    for (const QString &word : words) {
        if (isParticle(word)) {
            pending += (pending.isEmpty() ? QString() : u" "_s) + word;
            continue;
        }
        result << (pending.isEmpty() ? word : pending + u' ' + word);
        pending.clear();
    }
    if (!pending.isEmpty()) {
        if (result.isEmpty())
            result << pending;
        else
            result.last() += u' ' + pending;
    }
    return result;
}

} // namespace

NameSplitter::Split NameSplitter::split(const QString &fullName, Order order)
{
    const QString name = fullName.simplified();
    Split result;
    if (name.isEmpty())
        return result;

    if (name.contains(u',')) {
        const QString before = name.section(u',', 0, 0).trimmed();
        const QString after = name.section(u',', 1).trimmed();
        result.surnames = before;
        result.givenNames = after;
        if (after.contains(u','))
            result.doubt = tr("more than one comma");
        else if (before.isEmpty() || after.isEmpty())
            result.doubt = tr("only one part around the comma");
        return result;
    }

    const QStringList words = name.split(u' ', Qt::SkipEmptyParts);
    // Surnames in capitals beside given names that are not: the capitals say.
    qsizetype capitals = std::count_if(words.begin(), words.end(), isCapitals);
    if (capitals > 0 && capitals < words.size()) {
        const bool capsAtEnd = isCapitals(words.last()) && !isCapitals(words.first());
        const bool capsAtStart = isCapitals(words.first()) && !isCapitals(words.last());
        if (capsAtEnd || capsAtStart) {
            qsizetype boundary = 0;
            if (capsAtEnd) {
                boundary = words.size();
                while (boundary > 0 && (isCapitals(words.at(boundary - 1)) || isParticle(words.at(boundary - 1))))
                    --boundary;
                result.givenNames = words.mid(0, boundary).join(u' ');
                result.surnames = words.mid(boundary).join(u' ');
            } else {
                while (boundary < words.size() && (isCapitals(words.at(boundary)) || isParticle(words.at(boundary))))
                    ++boundary;
                result.surnames = words.mid(0, boundary).join(u' ');
                result.givenNames = words.mid(boundary).join(u' ');
            }
            if (!result.givenNames.isEmpty() && !result.surnames.isEmpty())
                return result;
            result = {};
        }
    }

    QStringList parts = units(words);
    if (order == Order::SurnamesFirst)
        std::reverse(parts.begin(), parts.end());
    // "Vásquez de Velasco Chávez": with five units or more, a surname joined
    // by "de" to the word before it is one compound surname.
    QString compound;
    if (order == Order::GivenFirst && parts.size() >= 5 && isParticle(parts.at(parts.size() - 2).section(u' ', 0, 0))) {
        const qsizetype i = parts.size() - 3;
        parts[i] += u' ' + parts.at(i + 1);
        parts.removeAt(i + 1);
        compound = parts.at(i);
    }
    qsizetype givenCount = 0;
    switch (parts.size()) {
    case 1:
        givenCount = 1;
        result.doubt = tr("one word only; no surname");
        break;
    case 2:
        givenCount = 1;
        break;
    case 3:
        // "Ana Rojas Paredes" or "Carlos Alberto Quispe"?
        if (isCommonGivenName(parts.at(1)) && !isCommonGivenName(parts.at(2))) {
            givenCount = 2;
            result.doubt = tr("three words; \"%1\" taken as a second given name").arg(parts.at(1));
        } else {
            givenCount = 1;
            if (isParticle(parts.at(1).section(u' ', 0, 0)))
                result.doubt = tr("three words; \"%1\" taken as a surname").arg(parts.at(1));
        }
        break;
    case 4:
        givenCount = 2;
        break;
    default:
        givenCount = parts.size() - 2;
        result.doubt = tr("%1 words; the last two taken as surnames").arg(parts.size());
        break;
    }
    if (!compound.isEmpty() && result.doubt.isEmpty())
        result.doubt = tr("\"%1\" taken as one compound surname").arg(compound);
    QStringList given = parts.mid(0, givenCount);
    QStringList surnames = parts.mid(givenCount);
    if (order == Order::SurnamesFirst) {
        // The units were reversed to count from the given names' end.
        std::reverse(given.begin(), given.end());
        std::reverse(surnames.begin(), surnames.end());
    }
    result.givenNames = given.join(u' ');
    result.surnames = surnames.join(u' ');
    return result;
}

} // namespace taller

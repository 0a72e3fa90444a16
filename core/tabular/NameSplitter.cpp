#include "tabular/NameSplitter.h"

#include "base/Text.h"

#include <QFile>
#include <QSet>

#include <algorithm>

namespace taller {

using namespace Qt::StringLiterals;

namespace {

bool isParticle(const QString &word)
{
    static const QSet<QString> particles = {u"de"_s, u"del"_s, u"la"_s, u"las"_s, u"los"_s, u"y"_s, u"e"_s, u"da"_s,
                                            u"das"_s, u"do"_s, u"dos"_s, u"san"_s, u"santa"_s, u"van"_s, u"von"_s, u"di"_s};
    return particles.contains(foldForMatching(word));
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

// "J." or "J": an initial, which stands for a given name.
bool isInitial(const QString &word)
{
    return (word.size() == 1 && word.at(0).isLetter()) || (word.size() == 2 && word.at(0).isLetter() && word.at(1) == u'.');
}

QString lookupKey(const QString &word)
{
    QString key = foldForMatching(word);
    key.removeIf([](QChar c) { return !c.isLetter() && c != u'\''; });
    return key;
}

// What a unit ("de la Cruz", "Quispe") is, from -1 (surely a surname) to +1
// (surely a given name); 0 when nothing is known.
double evidenceOf(const QString &unit, const NameLexicon &lexicon, const NameLexicon *learned)
{
    const QStringList words = unit.split(u' ', Qt::SkipEmptyParts);
    const QString word = words.isEmpty() ? unit : words.last();
    if (isInitial(word))
        return 0.8;
    // "San Martín", "Santa Cruz": surnames, whatever the word after.
    if (words.size() > 1) {
        const QString lead = foldForMatching(words.first());
        if (lead == u"san"_s || lead == u"santa"_s)
            return -0.7;
    }
    NameLexicon::Evidence e = lexicon.of(word);
    if (learned) {
        // What this list itself says weighs as much as a public list.
        const NameLexicon::Evidence l = learned->of(word);
        e.given += std::min(l.given, 2);
        e.surname += std::min(l.surname, 2);
    }
    if (e.given + e.surname == 0)
        // "de la X", "del X": a surname unless the lexicon knows X as a given
        // name (del Carmen, de los Ángeles).
        return words.size() > 1 ? -0.4 : 0.0;
    return double(e.given - e.surname) / double(e.given + e.surname);
}

bool stronglyGiven(double e) { return e >= 0.5; }
bool stronglySurname(double e) { return e <= -0.5; }

struct Candidate
{
    bool surnamesFirst = false;
    int givenCount = 0;
    double score = 0;
    bool contradicts = false;
    QStringList given;
    QStringList surnames;
    // Per unit: whether it is a given name in this reading.
    QList<bool> roles;
};

double givenPrior(qsizetype count)
{
    switch (count) {
    case 1:
    case 2: return 0.5;
    case 3: return -0.5;
    default: return -2.0;
    }
}

// How many surnames the units are: beyond two, a unit joined by "de" to
// the one before is one compound surname ("Vásquez de Velasco Chávez").
qsizetype surnameCount(const QStringList &surnames)
{
    qsizetype count = surnames.size();
    for (qsizetype i = 1; i < surnames.size() && count > 2; ++i) {
        if (isParticle(surnames.at(i).section(u' ', 0, 0)))
            --count;
    }
    return count;
}

// Two surnames is how names are written in Peru; one is common enough.
double surnamePrior(const QStringList &surnames)
{
    const qsizetype count = surnameCount(surnames);
    switch (count) {
    case 1: return 0.0;
    case 2: return 1.5;
    default: return -1.5 * double(count - 2);
    }
}

QString quoted(const QString &text)
{
    return u"«"_s + text + u"»"_s;
}

} // namespace

const NameLexicon &NameLexicon::builtIn()
{
    static const NameLexicon lexicon = [] {
        QFile file(u":/names/name-lexicon.tsv"_s);
        if (!file.open(QIODevice::ReadOnly))
            return NameLexicon();
        return parse(file.readAll());
    }();
    return lexicon;
}

NameLexicon NameLexicon::parse(const QByteArray &text)
{
    NameLexicon lexicon;
    for (const QByteArray &line : text.split('\n')) {
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        const QList<QByteArray> fields = line.split('\t');
        if (fields.size() < 3)
            continue;
        lexicon.m_words.insert(QString::fromUtf8(fields.at(0)), {fields.at(1).toInt(), fields.at(2).trimmed().toInt()});
    }
    return lexicon;
}

NameLexicon::Evidence NameLexicon::of(const QString &word) const
{
    return m_words.value(lookupKey(word));
}

void NameLexicon::add(const QString &word, bool asGiven, int weight)
{
    const QString key = lookupKey(word);
    if (key.size() < 2)
        return;
    Evidence &e = m_words[key];
    (asGiven ? e.given : e.surname) += weight;
}

QStringList NameSplitter::units(const QString &text)
{
    const QStringList words = text.simplified().split(u' ', Qt::SkipEmptyParts);
    QStringList result;
    QString pending;
    bool joinNext = false;
    for (const QString &word : words) {
        // "Granda y Larco": the conjunction makes one compound surname.
        const QString folded = foldForMatching(word);
        if ((folded == u"y"_s || folded == u"e"_s) && !result.isEmpty() && pending.isEmpty() && !joinNext) {
            result.last() += u' ' + word;
            joinNext = true;
            continue;
        }
        if (joinNext && !isParticle(word)) {
            result.last() += u' ' + word;
            joinNext = false;
            continue;
        }
        joinNext = false;
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

NameSplitter::Order NameSplitter::orderOfHeader(const QString &header)
{
    const QString folded = foldForMatching(header).simplified();
    static const QStringList surnameWords = {u"apellido"_s, u"surname"_s, u"last name"_s, u"family name"_s, u"sobrenome"_s};
    static const QStringList givenWords = {u"nombre"_s, u"name"_s, u"nome"_s, u"first name"_s, u"given name"_s};
    qsizetype surnameAt = -1;
    for (const QString &w : surnameWords) {
        const qsizetype at = folded.indexOf(w);
        if (at >= 0 && (surnameAt < 0 || at < surnameAt))
            surnameAt = at;
    }
    qsizetype givenAt = -1;
    for (const QString &w : givenWords) {
        qsizetype at = folded.indexOf(w);
        // "last name", "family name", "surname" contain "name".
        while (at >= 0 && (folded.mid(std::max<qsizetype>(0, at - 5), 5) == u"last "_s
                           || folded.mid(std::max<qsizetype>(0, at - 7), 7) == u"family "_s
                           || folded.mid(std::max<qsizetype>(0, at - 3), 3) == u"sur"_s
                           || folded.mid(std::max<qsizetype>(0, at - 4), 4) == u"sobr"_s))
            at = folded.indexOf(w, at + 1);
        if (at >= 0 && (givenAt < 0 || at < givenAt))
            givenAt = at;
    }
    if (surnameAt >= 0 && (givenAt < 0 || surnameAt < givenAt))
        return Order::SurnamesFirst;
    if (givenAt >= 0)
        return Order::GivenFirst;
    return Order::Unknown;
}

NameSplitter::Split NameSplitter::split(const QString &fullName, Order hint)
{
    return split(fullName, hint, NameLexicon::builtIn());
}

NameSplitter::Split NameSplitter::split(const QString &fullName, Order hint, const NameLexicon &lexicon, const NameLexicon *learned)
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
        else {
            // "Juan Carlos, Quispe": the comma says surnames first, the words
            // say otherwise.
            const QStringList surnameUnits = units(before);
            const QStringList givenUnits = units(after);
            const bool beforeGiven = std::all_of(surnameUnits.cbegin(), surnameUnits.cend(), [&](const QString &u) {
                return stronglyGiven(evidenceOf(u, lexicon, learned));
            });
            const bool afterSurnames = std::none_of(givenUnits.cbegin(), givenUnits.cend(), [&](const QString &u) {
                return stronglyGiven(evidenceOf(u, lexicon, learned));
            });
            if (beforeGiven && afterSurnames) {
                result.doubt = tr("the comma puts the surnames first, but %1 are given names").arg(quoted(before));
                result.otherGivenNames = before;
                result.otherSurnames = after;
            }
        }
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
            if (!result.givenNames.isEmpty() && !result.surnames.isEmpty()) {
                // "JUAN CARLOS Quispe": capitals that are given names, beside
                // words that are not, are not the surnames.
                const QStringList capitalUnits = units(result.surnames);
                const QStringList otherUnits = units(result.givenNames);
                const bool capitalsGiven = std::all_of(capitalUnits.cbegin(), capitalUnits.cend(), [&](const QString &u) {
                    return stronglyGiven(evidenceOf(u, lexicon, learned));
                });
                const bool othersGiven = std::any_of(otherUnits.cbegin(), otherUnits.cend(), [&](const QString &u) {
                    return stronglyGiven(evidenceOf(u, lexicon, learned));
                });
                if (capitalsGiven && !othersGiven) {
                    result.doubt = tr("the words in capitals, %1, are given names").arg(quoted(result.surnames));
                    result.otherGivenNames = result.surnames;
                    result.otherSurnames = result.givenNames;
                }
                return result;
            }
            result = {};
        }
    }

    const QStringList parts = units(name);
    if (parts.size() == 1) {
        result.givenNames = parts.first();
        result.doubt = tr("one word only; no surname");
        return result;
    }
    QList<double> evidence;
    for (const QString &part : parts)
        evidence.append(evidenceOf(part, lexicon, learned));

    // Every way to cut the units in two, either order.
    QList<Candidate> candidates;
    for (bool surnamesFirst : {false, true}) {
        for (int k = 1; k < parts.size(); ++k) {
            Candidate c;
            c.surnamesFirst = surnamesFirst;
            const int givenCount = surnamesFirst ? int(parts.size()) - k : k;
            c.givenCount = givenCount;
            for (int i = 0; i < parts.size(); ++i) {
                const bool given = surnamesFirst ? i >= k : i < k;
                c.roles.append(given);
                (given ? c.given : c.surnames).append(parts.at(i));
                const double e = evidence.at(i);
                c.score += given ? 2 * e : -2 * e;
                if ((given && stronglySurname(e)) || (!given && stronglyGiven(e)))
                    c.contradicts = true;
            }
            c.score += givenPrior(c.given.size()) + surnamePrior(c.surnames);
            if ((hint == Order::SurnamesFirst) == surnamesFirst && hint != Order::Unknown)
                c.score += 0.5;
            candidates.append(c);
        }
    }
    // The best reading that no word contradicts; if every one is
    // contradicted, the best of them, unsure.
    auto better = [](const Candidate &a, const Candidate &b) {
        if (a.contradicts != b.contradicts)
            return !a.contradicts;
        return a.score > b.score;
    };
    std::stable_sort(candidates.begin(), candidates.end(), better);
    const Candidate &best = candidates.first();
    result.givenNames = best.given.join(u' ');
    result.surnames = best.surnames.join(u' ');
    auto setOther = [&](const Candidate &other) {
        result.otherGivenNames = other.given.join(u' ');
        result.otherSurnames = other.surnames.join(u' ');
    };
    if (best.contradicts) {
        QStringList against;
        for (int i = 0; i < parts.size(); ++i) {
            if (best.roles.at(i) ? stronglySurname(evidence.at(i)) : stronglyGiven(evidence.at(i)))
                against << quoted(parts.at(i));
        }
        result.doubt = tr("its words fit no usual order (%1 read against what the word usually is)").arg(against.join(u", "_s));
        if (candidates.size() > 1)
            setOther(candidates.at(1));
        return result;
    }
    // A shape names rarely have is worth a look: three surnames, or three
    // given names not all known as such.
    if (surnameCount(best.surnames) > 2) {
        result.doubt = tr("%1 read as %n surname(s), which is unusual", nullptr, int(surnameCount(best.surnames))).arg(quoted(result.surnames));
        if (candidates.size() > 1)
            setOther(candidates.at(1));
        return result;
    }
    if (best.given.size() > 2) {
        for (int i = 0; i < parts.size(); ++i) {
            if (best.roles.at(i) && !stronglyGiven(evidence.at(i))) {
                result.doubt = tr("%1 read as %n given name(s), which is unusual", nullptr, int(best.given.size())).arg(quoted(result.givenNames));
                if (candidates.size() > 1)
                    setOther(candidates.at(1));
                return result;
            }
        }
    }
    // Another reading nearly as likely, where a word placed differently is
    // not known to be what the best reading takes it for, makes it a guess.
    for (qsizetype c = 1; c < candidates.size(); ++c) {
        const Candidate &other = candidates.at(c);
        if (other.contradicts || other.score <= best.score - 2.0)
            break;
        bool decided = true;
        for (int i = 0; i < parts.size(); ++i) {
            if (other.roles.at(i) == best.roles.at(i))
                continue;
            const double e = evidence.at(i);
            if (best.roles.at(i) ? !stronglyGiven(e) : !stronglySurname(e))
                decided = false;
        }
        if (!decided) {
            setOther(other);
            const bool nothingKnown = std::all_of(evidence.cbegin(), evidence.cend(), [](double e) { return !stronglyGiven(e) && !stronglySurname(e); });
            result.doubt = nothingKnown ? tr("no word of it is known as a given name or a surname; it could also be given names "
                                             "%1, surnames %2")
                                              .arg(quoted(result.otherGivenNames), quoted(result.otherSurnames))
                                        : tr("it could also be given names %1, surnames %2")
                                              .arg(quoted(result.otherGivenNames), quoted(result.otherSurnames));
            return result;
        }
    }
    return result;
}

QList<NameSplitter::Split> NameSplitter::splitAll(const QStringList &fullNames, Order hint, const NameLexicon *known)
{
    const NameLexicon &lexicon = NameLexicon::builtIn();
    QList<Split> splits;
    splits.reserve(fullNames.size());
    NameLexicon learned = known ? *known : NameLexicon();
    for (const QString &name : fullNames) {
        splits.append(split(name, hint, lexicon, known));
        const Split &s = splits.last();
        if (s.unsure())
            continue;
        for (const QString &unit : units(s.givenNames))
            learned.add(unit.section(u' ', -1), true);
        for (const QString &unit : units(s.surnames))
            learned.add(unit.section(u' ', -1), false);
    }
    if (learned.size() == 0)
        return splits;
    for (qsizetype i = 0; i < splits.size(); ++i) {
        if (splits.at(i).unsure())
            splits[i] = split(fullNames.at(i), hint, lexicon, &learned);
    }
    return splits;
}

} // namespace taller

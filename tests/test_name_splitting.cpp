// Names read as a person reads them: a single full-name column split by what
// its words are, the header's order only a hint, and never a split against
// the evidence without a word. Measured over full names written by hand
// (tests/data/names/full-names.txt) with the split a person reads.

#include "TestSupport.h"

#include "tabular/NameSplitter.h"

#include <QFile>

#include <iostream>

using namespace taller;
using namespace Qt::StringLiterals;

namespace {

struct Expected
{
    NameSplitter::Order hint = NameSplitter::Order::GivenFirst;
    QString full;
    QString given;
    QString surnames;
};

QList<Expected> expectedSplits()
{
    QList<Expected> list;
    const QString text = QString::fromUtf8(test::readAll(test::testDataPath(u"names/full-names.txt"_s)));
    for (const QString &line : text.split(u'\n')) {
        if (line.trimmed().isEmpty() || line.startsWith(u'#'))
            continue;
        const QStringList f = line.split(u'|');
        REQUIRE(f.size() == 4);
        list.append({f.at(0).trimmed() == u"S"_s ? NameSplitter::Order::SurnamesFirst : NameSplitter::Order::GivenFirst,
                     f.at(1).trimmed(), f.at(2).trimmed(), f.at(3).trimmed()});
    }
    return list;
}

struct Figures
{
    int right = 0;
    int flagged = 0;
    int flaggedWithTheRightOther = 0;
    int silentWrong = 0;
};

Figures measure(const QList<Expected> &cases, const QList<NameSplitter::Split> &splits, bool printWrong)
{
    Figures f;
    for (qsizetype i = 0; i < cases.size(); ++i) {
        const Expected &c = cases.at(i);
        const NameSplitter::Split &s = splits.at(i);
        const bool right = s.givenNames == c.given && s.surnames == c.surnames;
        if (s.unsure()) {
            ++f.flagged;
            if (right || (s.otherGivenNames == c.given && s.otherSurnames == c.surnames))
                ++f.flaggedWithTheRightOther;
        } else if (right) {
            ++f.right;
        } else {
            ++f.silentWrong;
            if (printWrong)
                std::cout << "  silently wrong: " << c.full.toStdString() << " -> given «" << s.givenNames.toStdString()
                          << "», surnames «" << s.surnames.toStdString() << "»\n";
        }
    }
    return f;
}

} // namespace

TEST_CASE("Name splitting over 200 real-shaped full names: right, flagged for review, never silently wrong",
          "[tabular][import][names]")
{
    REQUIRE(NameLexicon::builtIn().size() > 3000);
    const QList<Expected> cases = expectedSplits();
    REQUIRE(cases.size() >= 200);

    // Each name alone.
    QList<NameSplitter::Split> alone;
    for (const Expected &c : cases)
        alone.append(NameSplitter::split(c.full, c.hint));
    const Figures one = measure(cases, alone, true);

    // As a column of a list: the names under one header, split together, so
    // what the sure splits teach (Quispe is a surname) helps the others.
    QList<NameSplitter::Split> together(cases.size());
    for (NameSplitter::Order hint : {NameSplitter::Order::GivenFirst, NameSplitter::Order::SurnamesFirst}) {
        QStringList names;
        QList<qsizetype> at;
        for (qsizetype i = 0; i < cases.size(); ++i) {
            if (cases.at(i).hint == hint) {
                names << cases.at(i).full;
                at << i;
            }
        }
        const QList<NameSplitter::Split> splits = NameSplitter::splitAll(names, hint);
        for (qsizetype j = 0; j < at.size(); ++j)
            together[at.at(j)] = splits.at(j);
    }
    const Figures column = measure(cases, together, true);

    std::cout << "Name splitting, " << cases.size() << " full names:\n"
              << "  each alone:   " << one.right << " right, " << one.flagged << " flagged for review ("
              << one.flaggedWithTheRightOther << " of them with the right reading proposed), " << one.silentWrong
              << " silently wrong\n"
              << "  as a column:  " << column.right << " right, " << column.flagged << " flagged for review ("
              << column.flaggedWithTheRightOther << " of them with the right reading proposed), " << column.silentWrong
              << " silently wrong\n";
    CHECK(one.silentWrong == 0);
    CHECK(column.silentWrong == 0);
    // Most names need no one to look at them.
    CHECK(column.right * 10 >= int(cases.size()) * 8);
}

TEST_CASE("Name splitting: the header's order is a hint, the words decide", "[tabular][import][names]")
{
    // The examples: typed against the header's order.
    const auto a = NameSplitter::split(u"Juan Carlos Quispe Huamán"_s, NameSplitter::Order::SurnamesFirst);
    CHECK(a.givenNames == u"Juan Carlos"_s);
    CHECK(a.surnames == u"Quispe Huamán"_s);
    CHECK_FALSE(a.unsure());
    const auto b = NameSplitter::split(u"Castañeda Llontop Gladys"_s, NameSplitter::Order::GivenFirst);
    CHECK(b.givenNames == u"Gladys"_s);
    CHECK(b.surnames == u"Castañeda Llontop"_s);
    // Nothing known of either word: the header's order, flagged.
    const auto c = NameSplitter::split(u"Yucra Ccopa"_s, NameSplitter::Order::SurnamesFirst);
    CHECK(c.unsure());
    CHECK(c.doubt.contains(u"no word"_s));
    // A list teaches: Quispe, a surname where the split was sure, decides a
    // name that alone would be a guess.
    const auto alone = NameSplitter::split(u"Quispe Ccopa Rosa"_s, NameSplitter::Order::GivenFirst);
    const auto column = NameSplitter::splitAll({u"Juan Carlos Quispe Huamán"_s, u"Quispe Ccopa Rosa"_s}, NameSplitter::Order::GivenFirst);
    CHECK(column.at(1).givenNames == u"Rosa"_s);
    CHECK(column.at(1).surnames == u"Quispe Ccopa"_s);
    CHECK((alone.unsure() || alone.givenNames == u"Rosa"_s));
    CHECK(NameSplitter::orderOfHeader(u"Apellidos y nombres"_s) == NameSplitter::Order::SurnamesFirst);
    CHECK(NameSplitter::orderOfHeader(u"Nombres y apellidos"_s) == NameSplitter::Order::GivenFirst);
    CHECK(NameSplitter::orderOfHeader(u"Last name, first name"_s) == NameSplitter::Order::SurnamesFirst);
    CHECK(NameSplitter::orderOfHeader(u"Full name"_s) == NameSplitter::Order::GivenFirst);
    CHECK(NameSplitter::orderOfHeader(u"Sobrenome e nome"_s) == NameSplitter::Order::SurnamesFirst);
}

#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>

namespace taller {

// What is known of words as given names and as surnames: how many public
// lists name each word one way or the other (resources/names/name-lexicon.tsv,
// from the locale data of @faker-js/faker), plus what a list being imported
// taught about its own people (a surname met in a sure split is a surname
// the next time it is met).
class NameLexicon
{
public:
    struct Evidence
    {
        int given = 0;
        int surname = 0;
    };

    // The lexicon shipped with the program.
    static const NameLexicon &builtIn();

    // Word in any case, with or without accents.
    Evidence of(const QString &word) const;
    void add(const QString &word, bool asGiven, int weight = 1);
    qsizetype size() const { return m_words.size(); }
    // Lines "word<TAB>given<TAB>surname"; '#' starts a comment.
    static NameLexicon parse(const QByteArray &text);

private:
    QHash<QString, Evidence> m_words;
};

// Splits one "full name" cell into given names and surnames, the way a
// person reads them: a comma ("Apellidos, Nombres"), surnames in capitals
// ("Rosa QUISPE MAMANI"), particles kept with the word they precede ("María
// del Carmen de la Cruz Quispe"), and what each word is (a given name, a
// surname, both or unknown, from the lexicon), weighed with the shape names
// have in Peru (one or two given names, two surnames). The column's header
// ("Apellidos y nombres") is a hint, not a rule: "Juan Carlos Quispe Huamán"
// is read given names first whatever the header says. Where another reading
// is about as likely and nothing in the words decides, the split is a guess
// and says so (doubt), naming the other reading.
class NameSplitter
{
    Q_DECLARE_TR_FUNCTIONS(taller::NameSplitter)

public:
    enum class Order { GivenFirst, SurnamesFirst, Unknown };

    struct Split
    {
        QString givenNames;
        QString surnames;
        // Empty when sure; otherwise why it is a guess.
        QString doubt;
        // The next most likely reading, when there is one.
        QString otherGivenNames;
        QString otherSurnames;

        bool unsure() const { return !doubt.isEmpty(); }
    };

    static Split split(const QString &fullName, Order hint = Order::GivenFirst);
    static Split split(const QString &fullName, Order hint, const NameLexicon &lexicon, const NameLexicon *learned = nullptr);
    // A whole column: splits every name, learns from the sure splits which
    // words are given names and which surnames in this list, and splits the
    // unsure ones again with that. known: what is already known of this
    // event's people (the names and surnames of its register), if anything.
    static QList<Split> splitAll(const QStringList &fullNames, Order hint = Order::GivenFirst, const NameLexicon *known = nullptr);

    // The header's hint: "Apellidos y nombres" lists surnames first.
    static Order orderOfHeader(const QString &header);
    // The words of a name in units: "de la Cruz" is one unit.
    static QStringList units(const QString &text);
};

} // namespace taller

#include "registration/AttendeeSearch.h"

#include "registration/AttendeeRepository.h"
#include "base/SqlStatement.h"
#include "base/Text.h"

#include <QSet>

#include <algorithm>

namespace taller {

using namespace Qt::StringLiterals;

namespace {

// The words typed, as the unicode61 tokenizer splits them.
QStringList words(const QString &text)
{
    QStringList terms;
    QString word;
    auto flush = [&] {
        if (!word.isEmpty())
            terms.append(word);
        word.clear();
    };
    for (QChar c : text) {
        if (c.isLetterOrNumber() || c.category() == QChar::Mark_NonSpacing)
            word.append(c);
        else
            flush();
    }
    flush();
    return terms;
}

QString quoted(const QString &term)
{
    QString escaped = term;
    escaped.replace(u'"', u"\"\""_s);
    return u'"' + escaped + u'"';
}

// Edits (insert, delete, replace, swap two neighbours) between a and b, or
// more than bound when it is larger than that.
int editDistance(QStringView a, QStringView b, int bound)
{
    const qsizetype n = a.size(), m = b.size();
    if (std::abs(n - m) > bound)
        return bound + 1;
    std::vector<int> before(m + 1), previous(m + 1), current(m + 1);
    for (qsizetype j = 0; j <= m; ++j)
        previous[j] = int(j);
    for (qsizetype i = 1; i <= n; ++i) {
        current[0] = int(i);
        int rowBest = current[0];
        for (qsizetype j = 1; j <= m; ++j) {
            const int cost = a[i - 1] == b[j - 1] ? 0 : 1;
            current[j] = std::min({previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                current[j] = std::min(current[j], before[j - 2] + 1);
            rowBest = std::min(rowBest, current[j]);
        }
        if (rowBest > bound)
            return bound + 1;
        before.swap(previous);
        previous.swap(current);
    }
    return previous[m];
}

// How many typing mistakes a word of this length may hold: none in a word
// too short to tell a typo from another name.
int allowedEdits(qsizetype length)
{
    if (length < 4)
        return 0;
    return length < 7 ? 1 : 2;
}

} // namespace

QString AttendeeSearch::matchExpression(const QString &text)
{
    // Quote each word so that nothing typed can be read as FTS5 syntax.
    QStringList terms;
    for (const QString &word : words(text))
        terms.append(quoted(word) + u'*');
    return terms.join(u' ');
}

Result<QList<Attendee>> AttendeeSearch::run(const QString &match, int limit) const
{
    // Surnames and documents weigh most: that is what people say at the desk.
    return SqlStatement::rows(m_file.database(),
                              AttendeeRepository::selectColumns(m_meeting)
                                  + u"FROM (SELECT rowid, bm25(attendee_search, 3.0, 4.0, 5.0, 1.0) AS score FROM attendee_search "
                                    "WHERE attendee_search MATCH ? ORDER BY score LIMIT ?) s "
                                    "CROSS JOIN attendee a ON a.id = s.rowid LEFT JOIN mesa m ON m.id = a.preferred_mesa_id "
                                    "ORDER BY s.score, a.surnames, a.given_names"_s,
                              {match, limit}, [](const SqlStatement &row) { return AttendeeRepository::fromRow(row); });
}

void AttendeeSearch::rank(QList<Attendee> &found, const QString &text)
{
    // "munoz" puts Muñoz Peña before Vásquez Muñoz: people give the first
    // surname first. Within each group the index's score keeps its order.
    const QStringList typed = words(foldForMatching(text));
    if (typed.isEmpty())
        return;
    const QString first = typed.first();
    auto group = [&](const Attendee &a) {
        const QString surnames = foldForMatching(a.surnames);
        if (surnames.startsWith(first))
            return 0;
        if (foldForMatching(a.givenNames).startsWith(first) || a.documentNumber.startsWith(first, Qt::CaseInsensitive))
            return 1;
        return 2;
    };
    QList<std::pair<int, Attendee>> grouped;
    grouped.reserve(found.size());
    for (const Attendee &a : std::as_const(found))
        grouped.append({group(a), a});
    std::stable_sort(grouped.begin(), grouped.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    for (qsizetype i = 0; i < grouped.size(); ++i)
        found[i] = grouped.at(i).second;
}

Result<QString> AttendeeSearch::typoExpression(const QString &text) const
{
    const QStringList typed = words(foldForMatching(text));
    if (typed.isEmpty())
        return QString();
    // The index's own list of words, read through a vocabulary table that
    // lives only as long as this connection.
    QSqlDatabase db = m_file.database();
    if (Status made = SqlStatement(db, u"CREATE VIRTUAL TABLE IF NOT EXISTS temp.attendee_search_words "
                                       "USING fts5vocab(main, 'attendee_search', 'row')"_s)
                          .exec();
        !made)
        return made.error();
    SqlStatement vocabulary(db, u"SELECT term FROM temp.attendee_search_words"_s);
    TRY(vocabulary.exec());
    QStringList terms;
    while (vocabulary.next())
        terms.append(vocabulary.value(0).toString());

    QStringList groups;
    bool anyTypo = false;
    for (qsizetype w = 0; w < typed.size(); ++w) {
        const QString &word = typed.at(w);
        const bool last = w == typed.size() - 1;
        const int bound = allowedEdits(word.size());
        QList<std::pair<int, QString>> near;
        if (bound > 0) {
            for (const QString &term : std::as_const(terms)) {
                int d = editDistance(word, term, bound);
                // The last word may still be half typed: "Akuñ" for Acuña.
                if (last && term.size() > word.size())
                    d = std::min(d, editDistance(word, QStringView(term).left(word.size()), bound));
                if (d > 0 && d <= bound)
                    near.append({d, term});
            }
        }
        std::sort(near.begin(), near.end());
        QStringList options{quoted(word) + (last ? u"*"_s : QString())};
        for (qsizetype i = 0; i < near.size() && i < 20; ++i)
            options.append(quoted(near.at(i).second));
        anyTypo = anyTypo || !near.isEmpty();
        groups.append(u'(' + options.join(u" OR "_s) + u')');
    }
    return anyTypo ? groups.join(u" AND "_s) : QString();
}

Result<QList<Attendee>> AttendeeSearch::find(const QString &text, int limit) const
{
    const QString match = matchExpression(text);
    if (match.isEmpty())
        return QList<Attendee>();
    // A few more than shown, so that ranking can bring a surname forward.
    auto found = run(match, std::max(limit * 2, 100));
    if (!found)
        return found;
    rank(*found, text);
    if (found->size() > limit)
        found->resize(limit);
    if (!found->isEmpty())
        return found;

    // No exact match: "Inez Akuña" finds Inés Acuña.
    TRY_LET(typo, typoExpression(text));
    if (typo->isEmpty())
        return found;
    auto near = run(*typo, limit);
    if (!near)
        return near;
    rank(*near, text);
    QSet<qint64> shown;
    for (const Attendee &a : std::as_const(*found))
        shown.insert(a.id);
    for (const Attendee &a : std::as_const(*near)) {
        if (found->size() >= limit)
            break;
        if (!shown.contains(a.id))
            found->append(a);
    }
    return found;
}

} // namespace taller

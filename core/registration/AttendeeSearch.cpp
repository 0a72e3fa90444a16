#include "registration/AttendeeSearch.h"

#include "registration/AttendeeRepository.h"
#include "base/SqlStatement.h"

namespace taller {

using namespace Qt::StringLiterals;

QString AttendeeSearch::matchExpression(const QString &text)
{
    // Split as the unicode61 tokenizer does, then quote each word so that
    // nothing typed can be read as FTS5 syntax.
    QStringList terms;
    QString word;
    auto flush = [&] {
        if (!word.isEmpty())
            terms.append(u'"' + word + u"\"*"_s);
        word.clear();
    };
    for (QChar c : text) {
        if (c.isLetterOrNumber() || c.category() == QChar::Mark_NonSpacing)
            word.append(c);
        else
            flush();
    }
    flush();
    return terms.join(u' ');
}

Result<QList<Attendee>> AttendeeSearch::find(const QString &text, int limit) const
{
    const QString match = matchExpression(text);
    if (match.isEmpty())
        return QList<Attendee>();
    // Surnames and documents weigh most: that is what people say at the desk.
    SqlStatement query(m_file.database(),
                       AttendeeRepository::selectColumns()
                           + u"FROM (SELECT rowid, bm25(attendee_search, 3.0, 4.0, 5.0, 1.0) AS score FROM attendee_search "
                             "WHERE attendee_search MATCH ? ORDER BY score LIMIT ?) s "
                             "CROSS JOIN attendee a ON a.id = s.rowid LEFT JOIN mesa m ON m.id = a.preferred_mesa_id "
                             "ORDER BY s.score, a.surnames, a.given_names"_s);
    query.bind(match).bind(limit);
    if (Status status = query.exec(); !status)
        return status.error();
    QList<Attendee> found;
    while (query.next())
        found.append(AttendeeRepository::fromRow(query));
    return found;
}

} // namespace taller

#include "mesas/CommitmentRepository.h"

#include "base/Clock.h"
#include "base/SqlStatement.h"

namespace taller {

using namespace Qt::StringLiterals;

namespace {

const QString Columns = u"c.id, m.code, c.title, c.problem, c.description, c.actions, c.responsible, c.participants, "
                        "c.resources, c.deadline, c.indicator, c.ogp_values, c.origin, c.source, c.status, c.merged_into, "
                        "c.plenary_note, c.revision"_s;

// Stored as keys between commas.
QList<OgpValue> valuesFrom(const QString &stored)
{
    QList<OgpValue> values;
    for (const QString &key : stored.split(u',', Qt::SkipEmptyParts)) {
        if (auto value = Commitments::valueFromText(key))
            values.append(*value);
    }
    return values;
}

Commitment fromRow(const SqlStatement &row)
{
    RowReader r(row);
    return {.id = r.id(),
            .mesaCode = r.text(),
            .title = r.text(),
            .problem = r.text(),
            .description = r.text(),
            .actions = r.text(),
            .responsible = r.text(),
            .participants = r.text(),
            .resources = r.text(),
            .deadline = r.text(),
            .indicator = r.text(),
            .values = valuesFrom(r.text()),
            .origin = fromKey<CommitmentOrigin>(r.text()).value_or(CommitmentOrigin::Proposed),
            .source = r.text(),
            .status = fromKey<CommitmentStatus>(r.text()).value_or(CommitmentStatus::Draft),
            .mergedInto = r.optional<qint64>(),
            .plenaryNote = r.text(),
            .revision = r.id()};
}

QString valuesKey(const QList<OgpValue> &values)
{
    QStringList keys;
    for (OgpValue value : values)
        keys << keyOf(value);
    return keys.join(u',');
}

} // namespace

Result<QList<Commitment>> CommitmentRepository::all() const
{
    return SqlStatement::rows(m_file.database(),
                              u"SELECT "_s + Columns
                                  + u" FROM commitment c LEFT JOIN mesa m ON m.id = c.mesa_id "
                                    "ORDER BY m.position IS NULL, m.position, c.position, c.id"_s,
                              {}, fromRow);
}

Result<std::optional<Commitment>> CommitmentRepository::find(qint64 id) const
{
    return SqlStatement::firstRow(m_file.database(),
                                  u"SELECT "_s + Columns + u" FROM commitment c LEFT JOIN mesa m ON m.id = c.mesa_id WHERE c.id = ?"_s,
                                  {id}, fromRow);
}

Status CommitmentRepository::saveOne(Commitment &c)
{
    const QSqlDatabase db = m_file.database();
    qint64 mesaId = 0;
    if (!c.mesaCode.isEmpty()) {
        TRY_LET(id, SqlStatement::scalar(db, u"SELECT id FROM mesa WHERE code = ?"_s, {c.mesaCode}));
        if (id->isNull())
            return Error{tr("Mesa %1 does not exist in this event.").arg(c.mesaCode)};
        mesaId = id->toLongLong();
    }
    if (c.title.trimmed().isEmpty())
        return Error{tr("A commitment needs a title.")};
    if (c.mergedInto && *c.mergedInto == c.id)
        return Error{tr("A commitment cannot be merged into itself.")};
    if (c.id > 0 && c.status == CommitmentStatus::Merged)
        TRY(requireNotMergeTarget(c.id, c.title, tr("merge into another")));
    if (c.id > 0 && c.status == CommitmentStatus::Withdrawn)
        TRY(requireNotMergeTarget(c.id, c.title, tr("withdraw")));

    const QString now = Clock::currentDateTime().toUTC().toString(Qt::ISODateWithMs);
    TRY_LET(exists, SqlStatement::scalar(db, u"SELECT count(*) FROM commitment WHERE id = ?"_s, {c.id}));
    const bool update = c.id > 0 && exists->toInt() > 0;
    SqlStatement statement(db, update ? u"UPDATE commitment SET mesa_id = ?, title = ?, problem = ?, description = ?, actions = ?, "
                                        "responsible = ?, participants = ?, resources = ?, deadline = ?, indicator = ?, "
                                        "ogp_values = ?, origin = ?, source = ?, status = ?, merged_into = ?, plenary_note = ?, "
                                        "updated_at = ? WHERE id = ?"_s
                                      : u"INSERT INTO commitment (mesa_id, title, problem, description, actions, responsible, "
                                        "participants, resources, deadline, indicator, ogp_values, origin, source, status, "
                                        "merged_into, plenary_note, updated_at, id, created_at, position) "
                                        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                                        "(SELECT coalesce(max(position), 0) + 1 FROM commitment))"_s);
    statement.bind(mesaId > 0 ? QVariant(mesaId) : QVariant())
        .bind(c.title.trimmed())
        .bind(c.problem)
        .bind(c.description)
        .bind(c.actions)
        .bind(c.responsible)
        .bind(c.participants)
        .bind(c.resources)
        .bind(c.deadline)
        .bind(c.indicator)
        .bind(valuesKey(c.values))
        .bind(keyOf(c.origin))
        .bind(c.source)
        .bind(keyOf(c.status))
        .bind(c.mergedInto ? QVariant(*c.mergedInto) : QVariant())
        .bind(c.plenaryNote)
        .bind(now)
        .bind(c.id > 0 ? QVariant(c.id) : QVariant());
    if (!update)
        statement.bind(now);
    TRY(statement.exec());
    if (!update)
        c.id = statement.lastInsertId().toLongLong();
    return {};
}

Result<Commitment> CommitmentRepository::save(const Commitment &commitment, std::optional<qint64> madeFrom)
{
    Commitment saved = commitment;
    TRY(m_file.write([&]() -> Status {
        if (madeFrom && saved.id > 0) {
            TRY_LET(stored, find(saved.id));
            if (stored->has_value() && stored->value().revision != *madeFrom)
                return Error{tr("\"%1\" was changed by someone else while this was being edited (saved %2 times, edited "
                                "from its save %3). Nothing was saved: look at the saved version and choose.")
                                 .arg(stored->value().title)
                                 .arg(stored->value().revision)
                                 .arg(*madeFrom),
                             ErrorKind::Stale};
        }
        TRY(saveOne(saved));
        TRY_LET(reread, find(saved.id));
        if (reread->has_value())
            saved.revision = reread->value().revision;
        return {};
    }));
    return saved;
}

Status CommitmentRepository::addAll(QList<Commitment> &commitments)
{
    return m_file.write([&]() -> Status {
        for (Commitment &c : commitments) {
            c.id = 0;
            if (Status status = saveOne(c); !status)
                return Error{tr("\"%1\": %2").arg(c.title, status.errorMessage())};
        }
        return {};
    });
}

Status CommitmentRepository::remove(qint64 id)
{
    return m_file.write([&]() -> Status {
        TRY_LET(title, SqlStatement::scalar(m_file.database(), u"SELECT title FROM commitment WHERE id = ?"_s, {id}));
        TRY(requireNotMergeTarget(id, title->toString(), tr("delete")));
        return SqlStatement::run(m_file.database(), u"DELETE FROM commitment WHERE id = ?"_s, {id});
    });
}

Status CommitmentRepository::requireNotMergeTarget(qint64 id, const QString &title, const QString &how) const
{
    TRY_LET(titles, SqlStatement::rows(m_file.database(),
                                       u"SELECT title FROM commitment WHERE merged_into = ? AND status = ? AND id <> ? ORDER BY position"_s,
                                       {id, keyOf(CommitmentStatus::Merged), id},
                                       [](const SqlStatement &row) { return u"«%1»"_s.arg(row.value(0).toString()); }));
    if (titles->isEmpty())
        return {};
    return Error{tr("Cannot %2 \"%1\": %n commitment(s) merged into it (%3). Undo those merges first, or merge them "
                    "elsewhere.",
                    "", int(titles->size()))
                     .arg(title, how, titles->join(u", "_s)),
                 ErrorKind::Refused};
}

} // namespace taller

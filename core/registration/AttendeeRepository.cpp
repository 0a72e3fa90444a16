#include "registration/AttendeeRepository.h"

#include <QSet>

#include "base/Clock.h"
#include "base/SqlStatement.h"

#include <QCollator>

#include <algorithm>

namespace taller {

using namespace Qt::StringLiterals;

namespace {

QVariant storedDateTime(const QDateTime &value)
{
    return value.isValid() ? QVariant(value.toUTC().toString(Qt::ISODateWithMs)) : QVariant();
}

// An attendee's columns in the order every INSERT of a row lists them;
// contact data is kept only with consent.
void bindRow(SqlStatement &statement, const Attendee &a)
{
    const bool consented = a.dataConsentAt.isValid();
    statement.bind(a.givenNames.simplified())
        .bind(a.surnames.simplified())
        .bind(keyOf(a.documentType))
        .bind(a.documentNumber)
        .bind(a.organisation.simplified())
        .bind(a.position.simplified())
        .bind(keyOf(a.sector))
        .bind(consented ? a.email.trimmed() : QString(u""_s))
        .bind(consented ? a.phone.trimmed() : QString(u""_s))
        .bind(storedDateTime(a.dataConsentAt))
        .bind(a.photoConsent)
        .bind(a.walkIn)
        .bind(a.preferredMesaCode.isEmpty() ? QVariant() : QVariant(a.preferredMesaCode))
        .bind(storedDateTime(a.registeredAt));
}

// A new row as it is stored: registered now unless it says when, and with
// no contact data without consent; then bound.
void bindNewRow(SqlStatement &statement, Attendee &a, const QDateTime &now)
{
    if (!a.registeredAt.isValid())
        a.registeredAt = now;
    if (!a.dataConsentAt.isValid()) {
        a.email.clear();
        a.phone.clear();
    }
    bindRow(statement, a);
}

// A UNIQUE constraint said no: the document is someone else's already.
Status refusingDuplicate(const Status &status, const QString &document)
{
    if (!status && status.errorMessage().contains(u"UNIQUE"_s))
        return Error{QCoreApplication::translate("taller::AttendeeRepository",
                                                 "Document %1 is already registered for this event.")
                         .arg(document)};
    return status;
}

} // namespace

QString AttendeeRepository::selectClause(qint64 meeting)
{
    return selectColumns(meeting) + u"FROM attendee a LEFT JOIN mesa m ON m.id = a.preferred_mesa_id "_s;
}

QString AttendeeRepository::latestAction(qint64 meeting)
{
    return u"(SELECT c.action FROM checkin_event c WHERE c.attendee_id = a.id AND c.meeting_id = %1 "
           "ORDER BY c.id DESC LIMIT 1)"_s.arg(meeting);
}

QString AttendeeRepository::selectColumns(qint64 meeting)
{
    // The latest check-in event decides whether a person is present now.
    return u"SELECT a.id, a.given_names, a.surnames, a.document_type, a.document_number, a.organisation, a.position, "
           "a.sector, a.email, a.phone, a.data_consent_at, a.photo_consent, a.walk_in, m.code, a.registered_at, "
           "(SELECT CASE c.action WHEN 'check_in' THEN c.at END FROM checkin_event c "
           " WHERE c.attendee_id = a.id AND c.meeting_id = %1 ORDER BY c.id DESC LIMIT 1) "_s.arg(meeting);
}

Attendee AttendeeRepository::fromRow(const SqlStatement &row, int c)
{
    RowReader r(row, c);
    return {.id = r.id(),
            .givenNames = r.text(),
            .surnames = r.text(),
            .documentType = fromKey<DocumentType>(r.text()).value_or(DocumentType::Dni),
            .documentNumber = r.text(),
            .organisation = r.text(),
            .position = r.text(),
            .sector = fromKey<Sector>(r.text()).value_or(Sector::Other),
            .email = r.text(),
            .phone = r.text(),
            .dataConsentAt = r.localTime(),
            .photoConsent = r.flag(),
            .walkIn = r.flag(),
            .preferredMesaCode = r.text(),
            .registeredAt = r.localTime(),
            .checkedInAt = r.localTime()};
}

namespace {

// Above this many rows, an import is staged first (see addAll).
constexpr qsizetype StagedFrom = 500;

} // namespace

Status AttendeeRepository::addAll(QList<Attendee> &attendees)
{
    if (m_file.isReadOnly())
        return Error{m_file.readOnlyMessage()};
    if (attendees.size() >= StagedFrom)
        return addStaged(attendees);
    return addEach(attendees);
}

Status AttendeeRepository::addStaged(QList<Attendee> &attendees)
{
    // A large import must not hold the file's write lock for long: a desk
    // checking people in waits for it (up to the busy timeout). The rows are
    // first written to a temporary table of this connection, which locks
    // nothing in the event file; then one INSERT ... SELECT moves them all
    // in a single short transaction: all of them, or none.
    const QSqlDatabase db = m_file.database();
    for (const QString &sql : {u"CREATE TEMP TABLE IF NOT EXISTS attendee_staged (given_names, surnames, document_type, "
                               "document_number, organisation, position, sector, email, phone, data_consent_at, "
                               "photo_consent, walk_in, mesa_code, registered_at)"_s,
                               u"DELETE FROM temp.attendee_staged"_s, u"SAVEPOINT staging"_s}) {
        TRY(SqlStatement::run(db, sql));
    }
    const auto clear = [&] {
        (void)SqlStatement::run(db, u"DELETE FROM temp.attendee_staged"_s);
    };
    {
        SqlStatement stage(db, u"INSERT INTO temp.attendee_staged VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
        const QDateTime now = Clock::currentDateTime();
        for (Attendee &a : attendees) {
            bindNewRow(stage, a, now);
            if (Status status = stage.exec(); !status) {
                (void)SqlStatement::run(db, u"ROLLBACK TO staging"_s);
                (void)SqlStatement::run(db, u"RELEASE staging"_s);
                return status;
            }
        }
    }
    if (Status released = SqlStatement::run(db, u"RELEASE staging"_s); !released) {
        clear();
        return released;
    }

    Status moved = m_file.write([&]() -> Status {
        Status status = SqlStatement::run(
            db, u"INSERT INTO attendee (given_names, surnames, document_type, document_number, organisation, position, "
                "sector, email, phone, data_consent_at, photo_consent, walk_in, preferred_mesa_id, registered_at) "
                "SELECT given_names, surnames, document_type, document_number, organisation, position, sector, email, "
                "phone, data_consent_at, photo_consent, walk_in, (SELECT id FROM mesa WHERE code = s.mesa_code), "
                "registered_at FROM temp.attendee_staged s ORDER BY s.rowid"_s);
        if (!status && status.errorMessage().contains(u"UNIQUE"_s)) {
            // Someone registered one of them since the import was checked.
            auto taken = SqlStatement::scalar(db, u"SELECT s.document_number FROM temp.attendee_staged s "
                                                  "JOIN attendee a ON a.document_number = s.document_number LIMIT 1"_s);
            if (taken && !taken->isNull())
                return refusingDuplicate(status, taken->toString());
        }
        TRY(status);
        return fillPeopleKeys();
    });
    if (!moved) {
        clear();
        return moved;
    }
    // The ids, now that they are given (read only, after the lock).
    SqlStatement ids(db, u"SELECT a.id FROM temp.attendee_staged s JOIN attendee a ON a.document_number = s.document_number "
                         "ORDER BY s.rowid"_s);
    if (Status read = ids.exec(); read) {
        for (Attendee &a : attendees) {
            if (!ids.next())
                break;
            a.id = ids.value(0).toLongLong();
        }
    }
    clear();
    return {};
}

Status AttendeeRepository::addEach(QList<Attendee> &attendees)
{
    return m_file.write([&]() -> Status {
        SqlStatement insert(m_file.database(),
                            u"INSERT INTO attendee (given_names, surnames, document_type, document_number, organisation, "
                            "position, sector, email, phone, data_consent_at, photo_consent, walk_in, preferred_mesa_id, "
                            "registered_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                            "(SELECT id FROM mesa WHERE code = ?), ?)"_s);
        const QDateTime now = Clock::currentDateTime();
        for (Attendee &a : attendees) {
            bindNewRow(insert, a, now);
            TRY(refusingDuplicate(insert.exec(), a.documentNumber));
            a.id = insert.lastInsertId().toLongLong();
        }
        return fillPeopleKeys();
    });
}

Result<Attendee> AttendeeRepository::add(const Attendee &attendee)
{
    QList<Attendee> one{attendee};
    TRY(addAll(one));
    return one.first();
}

Result<Attendee> AttendeeRepository::update(const Attendee &a)
{
    TRY(m_file.write([&]() -> Status {
        // The columns in bindRow's order; when the person was registered stays.
        SqlStatement statement(m_file.database(),
                               u"UPDATE attendee SET given_names = ?, surnames = ?, document_type = ?, document_number = ?, "
                               "organisation = ?, position = ?, sector = ?, email = ?, phone = ?, data_consent_at = ?, "
                               "photo_consent = ?, walk_in = ?, preferred_mesa_id = (SELECT id FROM mesa WHERE code = ?), "
                               "registered_at = coalesce(?, registered_at) WHERE id = ?"_s);
        bindRow(statement, a);
        statement.bind(a.id);
        TRY(refusingDuplicate(statement.exec(), a.documentNumber));
        if (statement.rowsAffected() != 1)
            return Error{QCoreApplication::translate("taller::AttendeeRepository", "That person is no longer on the list.")};
        return fillPeopleKeys();
    }));
    TRY_LET(stored, findById(a.id));
    if (!*stored)
        return Error{QCoreApplication::translate("taller::AttendeeRepository", "That person is no longer on the list.")};
    return **stored;
}

Result<int> AttendeeRepository::count() const
{
    Result<QVariant> n = SqlStatement::scalar(m_file.database(), u"SELECT count(*) FROM attendee"_s);
    if (!n)
        return n.error();
    return n->toInt();
}

Result<int> AttendeeRepository::checkedInCount() const
{
    Result<QVariant> n = SqlStatement::scalar(
        m_file.database(),
        u"SELECT count(*) FROM attendee a WHERE "_s + latestAction(m_meeting) + u" = 'check_in'"_s);
    if (!n)
        return n.error();
    return n->toInt();
}

Result<QList<Attendee>> AttendeeRepository::query(const QString &where, const QVariantList &values) const
{
    return SqlStatement::rows(m_file.database(), selectClause(m_meeting) + where, values,
                              [](const SqlStatement &row) { return fromRow(row); });
}

Result<std::optional<Attendee>> AttendeeRepository::findByDocument(const QString &documentNumber) const
{
    TRY_LET(found, query(u"WHERE a.document_number = ?"_s, {documentNumber}));
    return found->isEmpty() ? std::nullopt : std::optional<Attendee>(found->first());
}

Result<std::optional<Attendee>> AttendeeRepository::findById(qint64 id) const
{
    TRY_LET(found, query(u"WHERE a.id = ?"_s, {id}));
    return found->isEmpty() ? std::nullopt : std::optional<Attendee>(found->first());
}

Result<QList<Attendee>> AttendeeRepository::all() const
{
    return sorted(u"ORDER BY a.id"_s, {});
}

Result<QList<Attendee>> AttendeeRepository::sorted(const QString &where, const QVariantList &values) const
{
    auto attendees = query(where, values);
    if (!attendees)
        return attendees;
    sortInPeopleOrder(*attendees);
    return attendees;
}

namespace {

QString notArrivedWhere(qint64 meeting)
{
    return u"WHERE coalesce("_s + AttendeeRepository::latestAction(meeting) + u", '') <> 'check_in' "_s;
}

} // namespace

Result<QList<Attendee>> AttendeeRepository::notArrived(int offset, int limit) const
{
    return pageInPeopleOrder(notArrivedWhere(m_meeting), {}, offset, limit);
}

Result<QList<Attendee>> AttendeeRepository::pageInPeopleOrder(const QString &where, const QVariantList &values, int offset,
                                                              int limit) const
{
    const QSqlDatabase db = m_file.database();
    const auto nameOf = [](const SqlStatement &row) {
        return PersonName{row.value(0).toLongLong(), row.value(1).toString(), row.value(2).toString()};
    };
    const QString columns = u"SELECT a.id, a.surnames, a.given_names, a.people_key FROM attendee a "_s;
    QList<PersonName> names;
    TRY_LET(unkeyed, SqlStatement::scalar(db, u"SELECT EXISTS (SELECT 1 FROM attendee WHERE people_key = '')"_s));
    if (unkeyed->toBool()) {
        // A key not yet filled (a file from before keys, a name changed by
        // another program): the names themselves, all of them.
        TRY_LET(all, SqlStatement::rows(db, columns + where, values, nameOf));
        names = *all;
    } else {
        // Through the index: everyone up to the page's end, and everyone
        // whose key ties with the last of them (the collator orders ties).
        const qsizetype wanted = qsizetype(offset) + limit;
        TRY_LET(keyed, SqlStatement::rows(db, columns + where + u" ORDER BY a.people_key, a.id LIMIT ?"_s, values + QVariantList{wanted},
                                          [&](const SqlStatement &row) { return std::pair(nameOf(row), row.value(3).toString()); }));
        QSet<qint64> seen;
        for (const auto &[name, key] : *keyed) {
            names.append(name);
            seen.insert(name.id);
        }
        if (keyed->size() == wanted && wanted > 0) {
            const QString lastKey = keyed->last().second;
            const QString tied = where.trimmed().isEmpty() ? u"WHERE a.people_key = ?"_s : where + u" AND a.people_key = ?"_s;
            TRY_LET(ties, SqlStatement::rows(db, columns + tied + u" ORDER BY a.id"_s, values + QVariantList{lastKey}, nameOf));
            for (const PersonName &name : *ties) {
                if (!seen.contains(name.id))
                    names.append(name);
            }
        }
    }
    const QList<qint64> first = firstInPeopleOrder(names, qsizetype(offset) + limit);
    QVariantList ids;
    for (qsizetype i = offset; i < first.size(); ++i)
        ids.append(first.at(i));
    if (ids.isEmpty())
        return QList<Attendee>{};
    QString marks = u"?"_s;
    for (qsizetype i = 1; i < ids.size(); ++i)
        marks += u",?"_s;
    return sorted(u"WHERE a.id IN ("_s + marks + u")"_s, ids);
}

Status AttendeeRepository::fillPeopleKeys()
{
    // Asked first, so that a file with every key filled is not locked for
    // writing only to find nothing to do.
    if (!m_file.inTransaction()) {
        TRY_LET(unkeyed, SqlStatement::scalar(m_file.database(), u"SELECT EXISTS (SELECT 1 FROM attendee WHERE people_key = '')"_s));
        if (!unkeyed->toBool())
            return {};
    }
    return m_file.write([&]() -> Status {
        const QSqlDatabase db = m_file.database();
        TRY_LET(unkeyed, SqlStatement::rows(db, u"SELECT id, surnames, given_names FROM attendee WHERE people_key = ''"_s, {},
                                            [](const SqlStatement &row) {
                                                return PersonName{row.value(0).toLongLong(), row.value(1).toString(),
                                                                  row.value(2).toString()};
                                            }));
        if (unkeyed->isEmpty())
            return {};
        SqlStatement store(db, u"UPDATE attendee SET people_key = ? WHERE id = ?"_s);
        for (const PersonName &person : *unkeyed)
            TRY(store.exec({peopleKey(person.surnames, person.givenNames), person.id}));
        return {};
    });
}

Result<int> AttendeeRepository::notArrivedCount() const
{
    Result<QVariant> n = SqlStatement::scalar(m_file.database(), u"SELECT count(*) FROM attendee a "_s + notArrivedWhere(m_meeting));
    if (!n)
        return n.error();
    return n->toInt();
}

Result<QList<Attendee>> AttendeeRepository::checkedIn() const
{
    auto everyone = all();
    if (!everyone)
        return everyone;
    QList<Attendee> present;
    for (const Attendee &a : std::as_const(*everyone)) {
        if (a.isCheckedIn())
            present.append(a);
    }
    return present;
}

} // namespace taller

#include "base/SqlStatement.h"

#include <QCoreApplication>
#include <QSqlError>

namespace taller {

Error sqlError(const QSqlError &error, const QString &sql)
{
    Q_UNUSED(sql)
    QString text = error.text().trimmed();
    if (text.isEmpty())
        text = QCoreApplication::translate("taller::SqlStatement", "unknown database error");
    // SQLite's primary result codes, with their extended codes.
    const int code = error.nativeErrorCode().toInt() & 0xff;
    ErrorKind kind = ErrorKind::Other;
    if (code == 5 || code == 6) // SQLITE_BUSY, SQLITE_LOCKED
        kind = ErrorKind::Busy;
    else if (code == 13) // SQLITE_FULL
        kind = ErrorKind::NoSpace;
    else if (code == 10) // SQLITE_IOERR
        kind = ErrorKind::Io;
    if (kind == ErrorKind::NoSpace)
        return Error{QCoreApplication::translate("taller::SqlStatement",
                                                 "There is no space left on the disk that holds the event: nothing was changed. "
                                                 "Free some space and try again."),
                     kind};
    return Error{QCoreApplication::translate("taller::SqlStatement", "The event file could not be read or written: %1").arg(text), kind};
}

SqlStatement::SqlStatement(const QSqlDatabase &db, const QString &sql)
    : m_query(db)
    , m_sql(sql)
{
    m_query.setForwardOnly(true);
    m_prepared = m_query.prepare(sql);
}

namespace {

// A null QString binds as SQL NULL; text columns want '' for "nothing typed".
// Only an invalid QVariant means NULL.
QVariant bindable(const QVariant &value)
{
    if (value.typeId() == QMetaType::QString && value.toString().isNull())
        return QString(QLatin1StringView(""));
    return value;
}

} // namespace

SqlStatement &SqlStatement::bind(const QVariant &value)
{
    m_query.addBindValue(bindable(value));
    return *this;
}

SqlStatement &SqlStatement::bind(const QString &placeholder, const QVariant &value)
{
    m_query.bindValue(placeholder, bindable(value));
    return *this;
}

Status SqlStatement::exec()
{
    if (!m_prepared || !m_query.exec())
        return sqlError(m_query.lastError(), m_sql);
    return {};
}

Status SqlStatement::exec(const QVariantList &values)
{
    for (const QVariant &value : values)
        bind(value);
    return exec();
}

Status SqlStatement::run(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql))
        return sqlError(query.lastError(), sql);
    return {};
}

Status SqlStatement::run(const QSqlDatabase &db, const QString &sql, const QVariantList &values)
{
    SqlStatement statement(db, sql);
    return statement.exec(values);
}

Result<qint64> SqlStatement::insert(const QSqlDatabase &db, const QString &sql, const QVariantList &values)
{
    SqlStatement statement(db, sql);
    TRY(statement.exec(values));
    return statement.lastInsertId().toLongLong();
}

Status SqlStatement::changeOne(const QSqlDatabase &db, const QString &sql, const QVariantList &values, const Error &missing)
{
    SqlStatement statement(db, sql);
    TRY(statement.exec(values));
    return statement.rowsAffected() == 1 ? Status() : Status(missing);
}

Result<QVariant> SqlStatement::scalar(const QSqlDatabase &db, const QString &sql, const QVariantList &values)
{
    SqlStatement statement(db, sql);
    TRY(statement.exec(values));
    if (!statement.next())
        return QVariant();
    return statement.value(0);
}

Result<QList<qint64>> SqlStatement::ids(const QSqlDatabase &db, const QString &sql, const QVariantList &values)
{
    return rows(db, sql, values, [](const SqlStatement &row) { return row.value(0).toLongLong(); });
}

} // namespace taller

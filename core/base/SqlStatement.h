#pragma once

#include "base/Result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QDateTime>
#include <QVariant>

#include <optional>
#include <type_traits>

namespace taller {

// A prepared statement whose every failure becomes an Error carrying the
// driver's own text, so that no caller can mistake a failure for "no rows".
class SqlStatement
{
public:
    SqlStatement(const QSqlDatabase &db, const QString &sql);

    SqlStatement &bind(const QVariant &value);
    SqlStatement &bind(const QString &placeholder, const QVariant &value);

    Status exec();
    // Binds values in order, then runs the statement.
    Status exec(const QVariantList &values);
    bool next() { return m_query.next(); }
    QVariant value(int column) const { return m_query.value(column); }
    QVariant lastInsertId() const { return m_query.lastInsertId(); }
    int rowsAffected() const { return m_query.numRowsAffected(); }

    // Runs a statement that takes no parameters.
    static Status run(const QSqlDatabase &db, const QString &sql);
    // Runs a statement with its values.
    static Status run(const QSqlDatabase &db, const QString &sql, const QVariantList &values);
    // Runs an INSERT; the id of the row it added.
    static Result<qint64> insert(const QSqlDatabase &db, const QString &sql, const QVariantList &values);
    // Runs a statement that changes one row; missing when it changes none.
    static Status changeOne(const QSqlDatabase &db, const QString &sql, const QVariantList &values, const Error &missing);
    // Runs a statement expected to produce a single value.
    static Result<QVariant> scalar(const QSqlDatabase &db, const QString &sql,
                                   const QVariantList &values = {});
    // The first column of every row, as ids.
    static Result<QList<qint64>> ids(const QSqlDatabase &db, const QString &sql, const QVariantList &values = {});

    // Every row, each made into a value by fromRow(statement).
    template <typename FromRow>
    static auto rows(const QSqlDatabase &db, const QString &sql, const QVariantList &values, FromRow fromRow)
        -> Result<QList<std::invoke_result_t<FromRow &, const SqlStatement &>>>
    {
        SqlStatement statement(db, sql);
        TRY(statement.exec(values));
        QList<std::invoke_result_t<FromRow &, const SqlStatement &>> found;
        while (statement.next())
            found.append(fromRow(std::as_const(statement)));
        return found;
    }

    // The first row made into a value by fromRow(statement), or nothing when
    // the statement finds no row.
    template <typename FromRow>
    static auto firstRow(const QSqlDatabase &db, const QString &sql, const QVariantList &values, FromRow fromRow)
        -> Result<std::optional<std::invoke_result_t<FromRow &, const SqlStatement &>>>
    {
        using Row = std::invoke_result_t<FromRow &, const SqlStatement &>;
        SqlStatement statement(db, sql);
        TRY(statement.exec(values));
        if (!statement.next())
            return std::optional<Row>();
        return std::optional<Row>(fromRow(std::as_const(statement)));
    }

    // The first row made into a value by fromRow(statement); missing is the
    // error when the statement finds none.
    template <typename FromRow>
    static auto requiredRow(const QSqlDatabase &db, const QString &sql, const QVariantList &values, FromRow fromRow,
                            const Error &missing) -> Result<std::invoke_result_t<FromRow &, const SqlStatement &>>
    {
        TRY_LET(found, firstRow(db, sql, values, fromRow));
        if (!found->has_value())
            return missing;
        return std::move(**found);
    }

private:
    QSqlQuery m_query;
    QString m_sql;
    bool m_prepared = false;
};

Error sqlError(const QSqlError &error, const QString &sql);

// Reads a row's columns one after another, in the order its SELECT names
// them, each as the type the domain keeps: a row is read in one designated
// initializer, and no column number has to be kept in step with the query.
class RowReader
{
public:
    explicit RowReader(const SqlStatement &row, int firstColumn = 0)
        : m_row(row)
        , m_column(firstColumn)
    {}

    QVariant next() { return m_row.value(m_column++); }
    qint64 id() { return next().toLongLong(); }
    int number() { return next().toInt(); }
    bool flag() { return next().toBool(); }
    QString text() { return next().toString(); }
    // YYYY-MM-DD; invalid when empty.
    QDate date() { return QDate::fromString(text(), Qt::ISODate); }
    // HH:mm; invalid when empty.
    QTime time() { return QTime::fromString(text(), QStringLiteral("HH:mm")); }
    // Stored in UTC (ISO 8601 with milliseconds), handed back in the local
    // time of the computer reading it; invalid when empty.
    QDateTime localTime() { return QDateTime::fromString(text(), Qt::ISODateWithMs).toLocalTime(); }
    // A column that may be NULL.
    template <typename T> std::optional<T> optional()
    {
        const QVariant value = next();
        return value.isNull() ? std::nullopt : std::optional<T>(value.value<T>());
    }

private:
    const SqlStatement &m_row;
    int m_column;
};

} // namespace taller

#pragma once

#include "base/Result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
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

private:
    QSqlQuery m_query;
    QString m_sql;
    bool m_prepared = false;
};

Error sqlError(const QSqlError &error, const QString &sql);

} // namespace taller

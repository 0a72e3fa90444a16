#include "base/SqlStatement.h"

#include <QCoreApplication>
#include <QSqlError>

namespace taller {

namespace {

// The words for a refusal by one of the file's triggers that hold the freeze
// of a closed acta (schema step 10; the rule: core/acta/ActaFreeze.h). The
// trigger names what is frozen by a key; a person reads this.
QString frozenMessage(const QString &databaseText)
{
    static const QString prefix = QStringLiteral("taller.frozen.");
    const qsizetype at = databaseText.indexOf(prefix);
    const QString key = databaseText.mid(at + prefix.size()).section(QLatin1Char(' '), 0, 0);
    if (key == QLatin1String("commitment"))
        return QCoreApplication::translate(
            "taller::SqlStatement",
            "This commitment is in the acta in force, which is closed for signature: it cannot change or be "
            "removed. Open a correction of the acta (a new version) to change it.");
    if (key == QLatin1String("mesa"))
        return QCoreApplication::translate(
            "taller::SqlStatement",
            "This mesa's commitments are in the acta in force, which is closed for signature: its code and name "
            "cannot change and the mesa cannot be removed. Open a correction of the acta (a new version) to change "
            "them.");
    if (key == QLatin1String("minutes"))
        return QCoreApplication::translate(
            "taller::SqlStatement",
            "These minutes are closed for signature: their tabla, desarrollo and agreements (text, responsible, "
            "due) cannot change; an agreement's follow-up can. Open a correction of the minutes (a new version) to "
            "change them.");
    if (key == QLatin1String("signatory"))
        return QCoreApplication::translate(
            "taller::SqlStatement",
            "The signatories of a closed acta are part of it: who they are cannot change and nobody can be "
            "added. Open a correction (a new version) to change them.");
    return QCoreApplication::translate(
        "taller::SqlStatement",
        "A closed acta or minutes is a record: its versions, the commitments they froze, their signatories and "
        "their signature records cannot be changed or removed.");
}

} // namespace

Error sqlError(const QSqlError &error, const QString &sql)
{
    Q_UNUSED(sql)
    // A rule of the file refused the change, whoever asked.
    if (error.databaseText().contains(QStringLiteral("taller.frozen.")))
        return Error{frozenMessage(error.databaseText()), ErrorKind::Refused};
    if (error.databaseText().contains(QStringLiteral("taller.rule.merge-target")))
        return Error{QCoreApplication::translate("taller::SqlStatement",
                                                 "Other commitments are merged into this one: it stays while they are. Undo "
                                                 "those merges first."),
                     ErrorKind::Refused};
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

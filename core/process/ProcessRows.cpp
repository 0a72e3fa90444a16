#include "process/ProcessRows.h"

#include "base/Clock.h"

namespace taller::processRows {

using namespace Qt::StringLiterals;

QString now()
{
    return Clock::stamp();
}

QString fieldColumns()
{
    QStringList columns;
    for (FichaField f : valuesOf<FichaField>())
        columns.append(keyOf(f));
    return columns.join(u", "_s);
}

QString initiativeColumns()
{
    static const QString columns = u"id, organisation, "_s + fieldColumns() + u", stage, status, merged_into, source"_s;
    return columns;
}

Initiative initiativeFrom(const SqlStatement &row)
{
    RowReader r(row);
    Initiative i;
    i.id = r.id();
    i.organisation = r.text();
    for (QString &field : i.fields)
        field = r.text();
    i.stage = r.number();
    i.status = fromKey<InitiativeStatus>(r.text()).value_or(InitiativeStatus::Proposed);
    i.mergedInto = r.optional<qint64>();
    i.source = r.text();
    return i;
}

InitiativeDecision decisionFrom(const SqlStatement &row)
{
    RowReader r(row);
    return {.id = r.id(),
            .initiativeId = r.id(),
            .stage = r.number(),
            .kind = fromKey<DecisionKind>(r.text()).value_or(DecisionKind::Entered),
            .reason = r.text(),
            .score = r.optional<double>(),
            .rank = r.number(),
            .of = r.number(),
            .at = QDateTime::fromString(r.text(), Qt::ISODateWithMs),
            .mergedInto = r.optional<qint64>(),
            .commitmentId = r.optional<qint64>(),
            .batch = r.id()};
}

QVariant optionalId(const std::optional<qint64> &id)
{
    return id ? QVariant(*id) : QVariant(QMetaType::fromType<qint64>());
}

} // namespace taller::processRows

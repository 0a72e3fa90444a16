#include "MesaRepository.h"

#include "SqlStatement.h"

namespace taller {

using namespace Qt::StringLiterals;

Result<QList<Mesa>> MesaRepository::load() const
{
    SqlStatement query(m_file.database(),
                       u"SELECT id, code, name, theme, moderator, rapporteur, place FROM mesa ORDER BY position, id"_s);
    if (Status status = query.exec(); !status)
        return status.error();
    QList<Mesa> mesas;
    while (query.next()) {
        mesas.append({query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(),
                      query.value(3).toString(), query.value(4).toString(), query.value(5).toString(),
                      query.value(6).toString()});
    }
    return mesas;
}

Result<Mesa> MesaRepository::add(const Mesa &mesa)
{
    Mesa stored = mesa;
    Status status = m_file.write([&]() -> Status {
        if (stored.code.trimmed().isEmpty())
            return Error{QCoreApplication::translate("taller::MesaRepository", "A mesa needs a code, such as M1.")};
        SqlStatement insert(m_file.database(),
                            u"INSERT INTO mesa (position, code, name, theme, moderator, rapporteur, place) "
                            "VALUES ((SELECT coalesce(max(position), -1) + 1 FROM mesa), ?, ?, ?, ?, ?, ?)"_s);
        insert.bind(stored.code.trimmed())
            .bind(stored.name)
            .bind(stored.theme)
            .bind(stored.moderator)
            .bind(stored.rapporteur)
            .bind(stored.place);
        if (Status inserted = insert.exec(); !inserted)
            return inserted;
        stored.id = insert.lastInsertId().toLongLong();
        return {};
    });
    if (!status)
        return status.error();
    return stored;
}

} // namespace taller

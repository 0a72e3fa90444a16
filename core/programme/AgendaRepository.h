#pragma once

#include "base/EventFile.h"
#include "programme/Agenda.h"

namespace taller {

// The programme's items, in order.
class AgendaRepository
{
public:
    explicit AgendaRepository(EventFile &file) : m_file(file) {}

    Result<QList<AgendaItem>> load() const;
    // Replaces the whole programme in one transaction. Items keep their ids;
    // new items (id 0) get one, and the returned list carries it.
    Result<QList<AgendaItem>> replaceAll(const QList<AgendaItem> &items);

private:
    Status insert(AgendaItem &item, int position);

    EventFile &m_file;
};

} // namespace taller

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
    // Writes the difference between two versions of the programme: items
    // added, removed or edited, and the order. Items neither edited nor
    // moved are not touched. Returns after as stored.
    Result<QList<AgendaItem>> applyChange(const QList<AgendaItem> &before, const QList<AgendaItem> &after);

private:
    Status insert(AgendaItem &item, int position);

    EventFile &m_file;
};

} // namespace taller

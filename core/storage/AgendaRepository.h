#pragma once

#include "EventFile.h"
#include "domain/Agenda.h"

namespace taller {

// The programme's items, in order.
class AgendaRepository
{
public:
    explicit AgendaRepository(EventFile &file) : m_file(file) {}

    Result<QList<AgendaItem>> load() const;
    // Replaces the whole programme; ids of the given items are ignored and the
    // returned list carries the new ones.
    Result<QList<AgendaItem>> replaceAll(const QList<AgendaItem> &items);

private:
    Status insert(AgendaItem &item, int position);

    EventFile &m_file;
};

} // namespace taller

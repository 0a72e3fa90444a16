#pragma once

#include "EventFile.h"
#include "domain/EventDetails.h"

namespace taller {

// The event row: the workshop's own details.
class EventRepository
{
public:
    explicit EventRepository(EventFile &file) : m_file(file) {}

    Result<EventDetails> load() const;
    Status save(const EventDetails &details);

private:
    EventFile &m_file;
};

} // namespace taller

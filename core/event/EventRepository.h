#pragma once

#include "base/EventFile.h"
#include "event/EventDetails.h"

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

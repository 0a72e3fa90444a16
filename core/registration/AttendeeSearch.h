#pragma once

#include "base/EventFile.h"
#include "registration/Attendee.h"

namespace taller {

// Finds people as the registration desk types: any part of the given names,
// surnames, document number or organisation, each word as a prefix, case and
// accents ignored ("nunez" finds Núñez), best matches first. Backed by the
// attendee_search FTS5 index.
class AttendeeSearch
{
public:
    explicit AttendeeSearch(const EventFile &file) : m_file(file) {}

    Result<QList<Attendee>> find(const QString &text, int limit = 50) const;

    // The FTS5 query for what was typed; empty when nothing searchable was.
    static QString matchExpression(const QString &text);

private:
    const EventFile &m_file;
};

} // namespace taller

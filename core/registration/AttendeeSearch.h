#pragma once

#include "base/EventFile.h"
#include "meetings/Meeting.h"
#include "registration/Attendee.h"

namespace taller {

// Finds people as the registration desk types: any part of the given names,
// surnames, document number or organisation, each word as a prefix, case and
// accents ignored ("nunez" finds Núñez), best matches first: those whose
// surnames start with the first word typed, then by the index's score. When
// the exact matches run out, words within a typo or two of what was typed
// ("Inez Akuña" for Inés Acuña) fill the list after them. Backed by the
// attendee_search FTS5 index.
class AttendeeSearch
{
public:
    explicit AttendeeSearch(const EventFile &file, qint64 meeting = WorkshopMeetingId) : m_file(file), m_meeting(meeting) {}

    Result<QList<Attendee>> find(const QString &text, int limit = 50) const;

    // The FTS5 query for what was typed; empty when nothing searchable was.
    static QString matchExpression(const QString &text);

    // Surname-start matches first, the rest in the order they came.
    static void rank(QList<Attendee> &found, const QString &text);

private:
    Result<QList<Attendee>> run(const QString &match, int limit) const;
    // An FTS5 query where each typed word may also be a word of the index
    // within a typo or two; empty when no word has such a neighbour.
    Result<QString> typoExpression(const QString &text) const;

    const EventFile &m_file;
    qint64 m_meeting;
};

} // namespace taller

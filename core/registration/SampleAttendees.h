#pragma once

#include "registration/Attendee.h"

#include <QList>

namespace taller {

// Realistic, clearly fictional attendees for trying the registration desk and
// for benchmarks: Peruvian names with accents and ñ, every sector, unique valid
// documents (some DNIs starting with 0). The same count gives the same people.
QList<Attendee> sampleAttendees(int count, const QStringList &mesaCodes = {});

} // namespace taller

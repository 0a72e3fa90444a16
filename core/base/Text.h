#pragma once

#include <QString>

namespace taller {

// Lower-case, accents removed, spaces folded: for matching words people type
// in forms and headers ("Organización" and "organizacion" are one word).
QString foldForMatching(const QString &text);

} // namespace taller

#pragma once

#include <QString>

namespace taller {

// Lower-case, accents removed, spaces folded: for matching words people type
// in forms and headers ("Organización" and "organizacion" are one word).
QString foldForMatching(const QString &text);

// 4 → "IV": stages of a process are numbered so on paper.
QString romanNumeral(int number);

} // namespace taller

// libFuzzer target: the acta's canonical text. Parsing any text never
// crashes, and whatever parses comes back out canonical and stable: the same
// content always gives the same fingerprint.

#include "acta/Acta.h"

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto parsed = taller::ActaContent::parse(text);
    if (!parsed)
        return 0;
    const QString canonical = parsed->canonicalText();
    const auto again = taller::ActaContent::parse(canonical);
    if (!again || again->canonicalText() != canonical || again->fingerprint() != parsed->fingerprint())
        __builtin_trap();
    return 0;
}

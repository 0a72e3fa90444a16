// libFuzzer target: whatever bytes a registration form export holds (CSV, or
// an .xlsx or .ods workbook through the zip reader), reading
// and checking it never crashes, and every row is either accepted or named
// in a problem.

#include "registration/AttendeeImport.h"

#include <QCoreApplication>

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray csv(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto plan = taller::AttendeeImport::prepare(csv, {});
    if (plan) {
        for (const auto &row : plan->accepted) {
            if (row.attendee.documentNumber.isEmpty() || (row.attendee.givenNames.isEmpty() && row.attendee.surnames.isEmpty()))
                __builtin_trap();
        }
    }
    return 0;
}

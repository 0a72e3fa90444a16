// libFuzzer target: the tabular reader itself, bytes in, a table or a
// refusal out, nothing else (no event file, no import rules), so that it
// runs thousands of inputs a second. Whatever the bytes (CSV in any encoding,
// an .xlsx or .ods workbook through the zip reader, or neither), reading
// never crashes and never hangs, and what it returns holds together:
//
// - a refusal says why (a message a person can read);
// - a table's sheet is one of its sheets, when it has sheets, and its format
//   is the one the bytes announce (a zip is a workbook, anything else CSV);
// - every record knows the line it came from.
//
// Only the reader's public API is called (core/tabular/TabularReader.h).

#include "tabular/TabularReader.h"

#include <cstdint>
#include <cstdlib>

namespace {

[[noreturn]] void broken(const char *what)
{
    // libFuzzer reports the input that got here as a crash, with this line.
    __builtin_fprintf(stderr, "fuzz_tabular_reader: %s\n", what);
    std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using taller::TabularReader;
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    TabularReader::Options options;
    options.maxBytes = 1024 * 1024;
    const auto table = TabularReader::read(bytes, options);
    if (!table) {
        if (table.errorMessage().trimmed().isEmpty())
            broken("a refusal that says nothing");
        return 0;
    }
    const bool zip = bytes.startsWith("PK\x03\x04");
    if (!zip && table->format != TabularReader::Format::Csv)
        broken("a workbook read from bytes that are not a zip");
    if (!table->sheets.isEmpty() && !table->sheets.contains(table->sheet))
        broken("the sheet read is not one of the workbook's sheets");
    for (const auto &record : table->records) {
        if (record.line < 1)
            broken("a record without a line number");
    }
    if (TabularReader::describe(*table).isEmpty())
        broken("a table the preview cannot describe");
    return 0;
}

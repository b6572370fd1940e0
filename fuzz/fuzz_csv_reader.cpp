// libFuzzer entry point for the import's csv reader: any bytes, as if opened with File ▸ Import… or
// passed to `entente import`. Run: fuzz_csv_reader -max_total_time=180 corpus/csv_reader
#include "importfuzzing.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    entente::fuzzing::runCsv(
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size)));
    return 0;
}

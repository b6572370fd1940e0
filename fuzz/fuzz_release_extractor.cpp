// libFuzzer entry point for the press-release extractor: any bytes, as if pasted or passed to
// `entente draft`. Run: fuzz_release_extractor -max_total_time=180 corpus/release_extractor
#include "releasefuzzing.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    entente::fuzzing::runRelease(
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size)));
    return 0;
}

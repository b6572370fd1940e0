// libFuzzer entry point for the search language: any bytes, as if typed into the search bar or
// given to `entente search`. Run: fuzz_search_parser -max_total_time=180 corpus/search_parser
#include "searchfuzzing.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    entente::fuzzing::runSearch(
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size)));
    return 0;
}

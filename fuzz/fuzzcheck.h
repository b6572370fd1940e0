#pragma once

#include <cstdio>
#include <cstdlib>

namespace entente::fuzzing {

// An invariant a harness promises; breaking it is a bug as much as a crash is, and aborting lets
// the fuzzer keep the input.
inline void check(bool condition, const char *what)
{
    if (!condition) {
        std::fprintf(stderr, "broken invariant: %s\n", what);
        std::abort();
    }
}

} // namespace entente::fuzzing

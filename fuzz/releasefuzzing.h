#pragma once

#include <QByteArray>

namespace entente::fuzzing {

// One fuzzing input through everything a pasted press release goes through: decoding (and, when
// decoding refuses it, a lenient UTF-8 reading, so that the extractor still sees the bytes), the
// extractor against a small catalogue in memory, with and without a publication date, the draft's
// checks and its JSON. Shared by fuzz_release_extractor and the test that replays the corpus.
void runRelease(const QByteArray &bytes);

} // namespace entente::fuzzing

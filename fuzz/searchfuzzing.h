#pragma once

#include <QByteArray>

namespace entente::fuzzing {

// One fuzzing input through the search language's parser, as typed into the search bar or given
// to `entente search`: any text is read or refused with a position inside it, never a crash;
// what is accepted keeps within the parser's limits and reads the same every time. Shared by the
// fuzz target and the test replaying the corpus.
void runSearch(const QByteArray &bytes);

} // namespace entente::fuzzing

#pragma once

#include <QByteArray>

namespace entente::fuzzing {

// One fuzzing input through the readers of File ▸ Import… and `entente import`, without a
// catalogue: the CSV reader (encoding and delimiter detection, quoting) and the CSV decoder, both
// with the columns guessed from the header and with every column of the export; the JSON array
// stream and the meeting decoder. Shared by the fuzz targets and the test replaying the corpora.
void runCsv(const QByteArray &bytes);
void runJson(const QByteArray &bytes);

} // namespace entente::fuzzing

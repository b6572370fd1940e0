#pragma once

#include "import/importrecord.h"
#include "import/jsonarraystream.h"

namespace entente {

// Turns one meeting object of a JSON export (docs/json-format.md), or of `entente list --format
// json`, into an ImportRecord. Fields it does not know are ignored; a field of the wrong type, a
// date that does not exist or an unknown code becomes a problem naming the field and its line,
// and the rest of the record is still read so that every problem is reported at once.
namespace MeetingJsonDecoder {
ImportRecord decode(const JsonArrayStream::Element &element);
} // namespace MeetingJsonDecoder

} // namespace entente

#pragma once

#include "domain/meeting.h"

#include <QJsonObject>

namespace entente {

// The JSON form of a meeting shared by `list`, `show`, `search` and export: stable lowercase
// English codes, ISO 8601 dates written at their precision ("2009-11-25", "2009-11", "2009"). The
// format is documented in docs/json-format.md.
namespace MeetingJson {
QJsonObject toJson(const Meeting &meeting);
}

} // namespace entente

#pragma once

#include "domain/meeting.h"

#include <QStringList>

namespace entente {

// A meeting as one CSV row: single values as they are in JSON (ISO 8601 dates at their
// precision, stable lowercase codes), several values joined with "; " in one cell so that the
// row reads well in a spreadsheet. The columns are documented in docs/csv-format.md. For a
// lossless copy use JSON: a value that itself contains "; " is not escaped here.
namespace MeetingCsv {
QStringList header();
QStringList row(const Meeting &meeting);
} // namespace MeetingCsv

} // namespace entente

#pragma once

#include "extract/datescanner.h"

#include <QDate>

namespace entente {

class ReleaseContext;

// Dates of a release: when it was published (given by the user, else a stand-alone date line or
// the dateline of the first paragraph, never a ticker, stamp, menu, "Updated" or copyright line)
// and when the meeting is (the first date of the lead sentence, else of the headline, else of
// the body), resolved against the publication date.
namespace ReleaseDates {

// Sets context.published (and its evidence) unless the user gave it.
void findPublication(ReleaseContext &context);
// Fills meeting.start and meeting.end, or leaves them empty with a flag saying why.
void findMeetingDate(ReleaseContext &context);

// The year a date without one falls in: the publication year, moved back for a report of a day
// later in the year than the release (published 2 January about "28 December"), forward for an
// announcement of a day earlier in the year; a weekday, when given, picks among the three
// candidate years. `weekdayMatched` tells whether the weekday agrees (true when none is given).
int inferYear(int month, int day, QDate published, bool future, int weekday, bool *weekdayMatched);

} // namespace ReleaseDates

} // namespace entente

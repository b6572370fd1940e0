#pragma once

#include "domain/meeting.h"

#include <QString>
#include <QStringList>

namespace entente::cli {

// Meetings as plain text for the table output of list and show: ISO dates whatever the locale,
// and the same stable codes as in JSON (held, host, joint_collegium).
namespace MeetingText {
// "2009-11-25", or "2009-11-25/2009-11-27" (an ISO 8601 interval) when it spans days.
QString dateSpan(const Meeting &meeting);
QStringList listHeader();
QStringList listRow(const Meeting &meeting);
// Every field of one meeting, as label–value lines.
QString details(const Meeting &meeting);
} // namespace MeetingText

} // namespace entente::cli

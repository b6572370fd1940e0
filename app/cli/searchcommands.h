#pragma once

#include "cli/exitcodes.h"

#include <QCommandLineOption>
#include <QList>

namespace entente::cli {

class CommandContext;

// --format table|json|csv, --limit N, --offset N, --count: what list and search take.
QList<QCommandLineOption> searchOptions();
// entente search QUERY [options]
ExitCode runSearch(CommandContext &context);
// The meetings `query` finds (every one for list) printed as the options say, streamed; stops
// quietly when the reader goes away.
ExitCode printMeetings(CommandContext &context, const QString &query, bool wholeCatalogue);

} // namespace entente::cli

#pragma once

#include "cli/exitcodes.h"

#include <QCommandLineOption>
#include <QList>

namespace entente::cli {

class CommandContext;

QList<QCommandLineOption> searchOptions();
// entente search QUERY [--format table|json|csv]
ExitCode runSearch(CommandContext &context);

} // namespace entente::cli

#pragma once

#include "cli/exitcodes.h"

#include <QCommandLineOption>
#include <QList>

namespace entente::cli {

class CommandContext;

// entente who-held TITLE [--country COUNTRY] [--date YYYY-MM-DD] [--format table|json]
ExitCode runWhoHeld(CommandContext &context);
QList<QCommandLineOption> whoHeldOptions();

} // namespace entente::cli

#pragma once

#include "cli/exitcodes.h"

#include <QCommandLineOption>
#include <QList>

namespace entente::cli {

class CommandContext;

// entente generate --meetings N [--seed S] [--format table|json]
ExitCode runGenerate(CommandContext &context);
QList<QCommandLineOption> generateOptions();

} // namespace entente::cli

#pragma once

#include "cli/exitcodes.h"

#include <QCommandLineOption>
#include <QList>

namespace entente::cli {

class CommandContext;

// entente import IN.json|IN.csv [--dry-run] [--skip-invalid] [--allow-duplicates]
//                [--columns FIELD,…] [--format table|json]
ExitCode runImport(CommandContext &context);
QList<QCommandLineOption> importOptions();

} // namespace entente::cli

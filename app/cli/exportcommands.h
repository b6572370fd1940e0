#pragma once

#include "cli/exitcodes.h"

#include <QCommandLineOption>
#include <QList>

namespace entente::cli {

class CommandContext;

// entente export QUERY -o OUT.csv|OUT.json [--format csv|json] [--bom] [--keep-formulas]
ExitCode runExport(CommandContext &context);
QList<QCommandLineOption> exportOptions();

} // namespace entente::cli

#pragma once

#include "cli/exitcodes.h"

namespace entente::cli {

class CommandContext;

// entente list [--format table|json]
ExitCode runList(CommandContext &context);
// entente show ID [--format table|json]
ExitCode runShow(CommandContext &context);

} // namespace entente::cli

#pragma once

#include "cli/exitcodes.h"

namespace entente::cli {

class CommandContext;

// entente check
ExitCode runCheck(CommandContext &context);

} // namespace entente::cli

#pragma once

#include <QString>

namespace entente::cli {

struct Command;

// The text of --help: every command, the options and the exit codes.
namespace HelpText {
QString general();
QString forCommand(const Command &command);
QString version();
} // namespace HelpText

} // namespace entente::cli

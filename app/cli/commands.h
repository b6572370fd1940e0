#pragma once

#include "cli/clioptions.h"
#include "cli/command.h"
#include "domain/error.h"

#include <QList>
#include <QStringView>

namespace entente::cli {

// Every sub-command, in the order --help lists them.
const QList<Command> &commands();
const Command *findCommand(QStringView name);

// Runs a command line that does not open the GUI (a command, --help or --version, or a usage
// mistake) and returns the process exit code. Needs a QCoreApplication.
int run(const Result<GlobalOptions> &parsed);

} // namespace entente::cli

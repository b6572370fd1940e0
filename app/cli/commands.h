#pragma once

#include "cli/clioptions.h"
#include "cli/command.h"
#include "domain/error.h"

#include <QList>
#include <QStringList>
#include <QStringView>

namespace entente::cli {

// Every sub-command, in the order --help lists them.
const QList<Command> &commands();
const Command *findCommand(QStringView name);

// Runs a command line that does not open the GUI (a command, --help or --version, or a usage
// mistake) and returns the process exit code. Needs a QCoreApplication.
int run(const Result<GlobalOptions> &parsed);

// Runs a whole command line (the program name first) in this process, as the executable does when
// it opens no window: the way in for programs that embed the command line, the tests among them.
// Needs a QCoreApplication, and a QGuiApplication for the commands that paint pages. A command
// line that would open the window is a usage error here.
int execute(const QStringList &arguments);

// The names QStandardPaths and QSettings go by, and the version: set before any application
// object exists.
void identifyApplication();

} // namespace entente::cli

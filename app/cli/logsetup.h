#pragma once

#include <QLoggingCategory>
#include <QString>

Q_DECLARE_LOGGING_CATEGORY(lcCli)

namespace entente::cli {

// Routes every Qt message (qWarning, the entente.* categories, the SQL driver) to the log file
// entente.log in the application data folder, or to standard error when verbose. Standard error
// is otherwise left to messages meant for a person.
namespace LogSetup {
void install(bool verbose);
// Switches to standard error (and debug messages) later, when --verbose came after the command.
void setVerbose(bool verbose);
QString logFilePath();
} // namespace LogSetup

} // namespace entente::cli

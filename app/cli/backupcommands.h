#pragma once

#include "cli/exitcodes.h"

#include <QCommandLineOption>
#include <QList>

namespace entente::cli {

class CommandContext;

QList<QCommandLineOption> backupOptions();
// entente backup [--to FILE]
ExitCode runBackup(CommandContext &context);
// entente backups
ExitCode runBackups(CommandContext &context);
// entente restore BACKUP
ExitCode runRestore(CommandContext &context);
// entente salvage DAMAGED NEW
ExitCode runSalvage(CommandContext &context);

} // namespace entente::cli

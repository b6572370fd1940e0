#pragma once

#include "cli/exitcodes.h"

#include <QCommandLineOption>
#include <QList>

namespace entente::cli {

class CommandContext;

// entente draft IN.txt|- [--published YYYY-MM-DD] [--format table|json]
ExitCode runDraft(CommandContext &context);
// entente import-release IN.txt|- [--published YYYY-MM-DD] [--allow-duplicate]
//                        [--format table|json]
ExitCode runImportRelease(CommandContext &context);
QList<QCommandLineOption> releaseOptions();
QList<QCommandLineOption> importReleaseOptions();

} // namespace entente::cli

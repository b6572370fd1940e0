#pragma once

#include "cli/exitcodes.h"

#include <QCommandLineOption>
#include <QList>
#include <QString>

namespace entente::cli {

class CommandContext;

// How a command uses the catalogue. Read commands open an existing file read-only and never
// change it (a missing default catalogue is still created with the sample); write commands
// create a missing file.
enum class CatalogueAccess {
    None,
    Read,
    Write
};

// One sub-command: its name, its help and the one function that runs it. A new command is one
// run function plus one row in the table of commands.cpp.
struct Command
{
    QString name;
    CatalogueAccess access = CatalogueAccess::Read;
    const char *synopsis = ""; // the arguments after the name, for Cli::tr
    const char *summary = "";  // one sentence, for Cli::tr
    const char *details = "";  // a paragraph or empty, for Cli::tr
    QList<QCommandLineOption> (*options)() = nullptr;
    ExitCode (*run)(CommandContext &) = nullptr;
};

} // namespace entente::cli

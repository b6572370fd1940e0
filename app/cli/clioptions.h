#pragma once

#include "domain/error.h"

#include <QCommandLineOption>
#include <QList>
#include <QString>
#include <QStringList>

class QCommandLineParser;

namespace entente::cli {

// What comes before the command: `entente [--catalogue FILE] [--verbose] [COMMAND] [ARGS]`.
struct GlobalOptions
{
    QString catalogue; // empty: the default catalogue
    bool verbose = false;
    bool help = false;
    bool version = false;
    QString command;         // empty: no command (the GUI, unless --help or --version)
    QStringList commandArgs; // everything after the command, parsed by the command itself

    bool wantsGui() const { return command.isEmpty() && !help && !version; }
};

// The options every command also accepts after its name (`entente list --catalogue x.entente`).
QCommandLineOption catalogueOption();
QCommandLineOption verboseOption();
QCommandLineOption helpOption();
QCommandLineOption versionOption();

// Parses the whole command line (the program name first). Options after the command are left to
// the command; an unknown or incomplete global option is an Invalid error.
Result<GlobalOptions> parseGlobalOptions(const QStringList &arguments);

// Folds --catalogue and --verbose given after the command into `options`.
void mergeCommandOptions(const QCommandLineParser &parser, GlobalOptions &options);

// argv as QStrings, before any Q(Core)Application exists.
QStringList argumentsOf(int argc, char **argv);

} // namespace entente::cli

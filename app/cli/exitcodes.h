#pragma once

#include "domain/error.h"

#include <QList>
#include <QString>

namespace entente::cli {

// One table for every command, documented in --help and docs/cli.md. Scripts rely on these
// numbers: never renumber, only append.
enum class ExitCode {
    Done = 0,              // the command did what was asked
    NothingFound = 1,      // the asked-for record, or every record of a listing, does not exist
    Usage = 2,             // unknown command or option, malformed argument (id, date, country)
    CatalogueUnusable = 3, // missing, not a catalogue, damaged, newer version, locked, read-only
    OutputFailed = 4,      // standard output or an output file cannot be written
};

// The one place where an Error becomes an exit code.
ExitCode exitCodeFor(Error::Kind kind);

struct ExitCodeDescription
{
    ExitCode code;
    QString meaning;
};
// Every exit code with its meaning, translated: what --help prints.
QList<ExitCodeDescription> exitCodeTable();

inline int toInt(ExitCode code)
{
    return static_cast<int>(code);
}

} // namespace entente::cli

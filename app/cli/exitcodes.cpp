#include "exitcodes.h"

#include "cli/clitr.h"

namespace entente::cli {

ExitCode exitCodeFor(Error::Kind kind)
{
    switch (kind) {
    case Error::Kind::Invalid:
        return ExitCode::Usage;
    case Error::Kind::NotFound:
        return ExitCode::NothingFound;
    case Error::Kind::Output:
        return ExitCode::OutputFailed;
    case Error::Kind::CatalogueUnusable:
    case Error::Kind::ReadOnly:
    case Error::Kind::Conflict:
    case Error::Kind::Storage:
        // The catalogue cannot do what was asked: a script can do nothing else about it but tell
        // a person.
        return ExitCode::CatalogueUnusable;
    }
    return ExitCode::CatalogueUnusable;
}

QList<ExitCodeDescription> exitCodeTable()
{
    return {
        {ExitCode::Done, Cli::tr("done")},
        {ExitCode::NothingFound,
         Cli::tr("nothing found: no record with that id, nobody held the post, or an empty "
                 "listing (JSON output is then [])")},
        {ExitCode::Usage,
         Cli::tr("bad usage or malformed input: unknown command or option, missing or extra "
                 "argument, bad id, date, country or format")},
        {ExitCode::CatalogueUnusable,
         Cli::tr("the catalogue cannot be used: missing, not a catalogue, damaged, made by a "
                 "newer version, locked or read-only (also: check found damage)")},
        {ExitCode::OutputFailed, Cli::tr("the output cannot be written")},
    };
}

} // namespace entente::cli

#pragma once

#include "cli/exitcodes.h"

#include <QCommandLineOption>
#include <QList>

namespace entente::cli {

class CommandContext;

QList<QCommandLineOption> facetOptions();
// entente facets [QUERY] [--format table|json] [--limit N]: the facet counts the window shows
// for a search, counted as the window counts them (top-level meetings).
ExitCode runFacets(CommandContext &context);

} // namespace entente::cli

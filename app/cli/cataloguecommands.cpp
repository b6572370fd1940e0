#include "cataloguecommands.h"

#include "cli/clitr.h"
#include "cli/commandcontext.h"

using namespace Qt::StringLiterals;

namespace entente::cli {

ExitCode runCheck(CommandContext &context)
{
    if (!context.positional().isEmpty())
        return context.usageError(Cli::tr("check takes no arguments"));
    const auto catalogue = context.openCatalogue();
    if (!catalogue)
        return context.fail(catalogue.error());
    const auto problems = (*catalogue)->integrityProblems();
    if (!problems)
        return context.fail(problems.error());
    if (problems->isEmpty()) {
        context.print(u"ok\n"_s);
        return ExitCode::Done;
    }
    context.print(problems->join(u'\n') + u'\n');
    context.note(Cli::tr("entente: the catalogue %1 is damaged: %n problem(s) found.", nullptr,
                         int(problems->size()))
                     .arg((*catalogue)->path()));
    return ExitCode::CatalogueUnusable;
}

} // namespace entente::cli

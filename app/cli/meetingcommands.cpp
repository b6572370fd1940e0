#include "meetingcommands.h"

#include "cli/clitr.h"
#include "cli/commandcontext.h"
#include "cli/jsonarraywriter.h"
#include "cli/meetingtext.h"
#include "cli/searchcommands.h"
#include "cli/tableprinter.h"
#include "io/meetingjson.h"
#include "storage/meetingrepository.h"

namespace entente::cli {

ExitCode runList(CommandContext &context)
{
    if (!context.positional().isEmpty())
        return context.usageError(Cli::tr("list takes no arguments"));
    // The empty query: every meeting, read the way search reads them.
    return printMeetings(context, QString(), true);
}

ExitCode runShow(CommandContext &context)
{
    const QStringList arguments = context.positional();
    if (arguments.size() != 1)
        return context.usageError(Cli::tr("give the id of one meeting"));
    bool isNumber = false;
    const qint64 id = arguments.first().toLongLong(&isNumber);
    if (!isNumber || id <= 0)
        return context.usageError(Cli::tr("“%1” is not a meeting id: ids are whole numbers from 1")
                                      .arg(arguments.first()));
    const auto format = context.format();
    if (!format)
        return context.usageError(format.error().message);
    const auto catalogue = context.openCatalogue();
    if (!catalogue)
        return context.fail(catalogue.error());

    const auto meeting = MeetingRepository(**catalogue).get(id);
    if (!meeting)
        return context.fail(meeting.error());
    if (*format == OutputFormat::Json)
        context.printJson(MeetingJson::toJson(*meeting));
    else
        context.print(MeetingText::details(*meeting));
    return ExitCode::Done;
}

} // namespace entente::cli

#include "commands.h"

#include "cli/cataloguecommands.h"
#include "cli/clitr.h"
#include "cli/commandcontext.h"
#include "cli/console.h"
#include "cli/helptext.h"
#include "cli/logsetup.h"
#include "cli/meetingcommands.h"
#include "cli/personcommands.h"

#include <QCommandLineParser>

using namespace Qt::StringLiterals;

namespace entente::cli {

namespace {

QList<QCommandLineOption> formatOnly()
{
    return {formatOption()};
}

ExitCode runHelp(CommandContext &context)
{
    const QStringList arguments = context.positional();
    if (arguments.size() > 1)
        return context.usageError(Cli::tr("give at most one command"));
    if (arguments.isEmpty()) {
        context.print(HelpText::general());
        return ExitCode::Done;
    }
    const Command *command = findCommand(arguments.first());
    if (!command)
        return context.usageError(Cli::tr("unknown command “%1”").arg(arguments.first()));
    context.print(HelpText::forCommand(*command));
    return ExitCode::Done;
}

// Flushes standard output: a result that did not reach it is a failure whatever the command said.
int finish(ExitCode code)
{
    QString problem;
    if (!Console::flushOut(&problem)) {
        Console::err(Cli::tr("entente: cannot write the output: %1").arg(problem));
        return toInt(ExitCode::OutputFailed);
    }
    return toInt(code);
}

ExitCode globalUsageError(const QString &message)
{
    Console::err(u"entente: "_s + message);
    Console::err(Cli::tr("Run “entente --help” for the commands and options."));
    return ExitCode::Usage;
}

} // namespace

const QList<Command> &commands()
{
    static const QList<Command> table = {
        {u"list"_s, CatalogueAccess::Read, QT_TRANSLATE_NOOP("Cli", "[--format table|json]"),
         QT_TRANSLATE_NOOP("Cli", "List every meeting, sub-events included, in date order."),
         QT_TRANSLATE_NOOP("Cli",
                           "The table shows id, dates, title (sub-events marked ↳), place, the "
                           "countries taking part and the heads of delegation. JSON is an array "
                           "of meeting objects, a sub-event being one of them with its "
                           "parent_id. An empty catalogue gives exit code 1 (and [] in JSON)."),
         &formatOnly, &runList},
        {u"show"_s, CatalogueAccess::Read, QT_TRANSLATE_NOOP("Cli", "ID [--format table|json]"),
         QT_TRANSLATE_NOOP("Cli", "Show everything about the meeting ID."),
         QT_TRANSLATE_NOOP("Cli", "ID is the number that list prints. JSON is one meeting "
                                  "object, the same as in the output of list."),
         &formatOnly, &runShow},
        {u"check"_s, CatalogueAccess::Read, "",
         QT_TRANSLATE_NOOP("Cli", "Check the whole catalogue file for damage."),
         QT_TRANSLATE_NOOP("Cli", "Reads every page, index and reference. Prints “ok” when all "
                                  "is well; otherwise prints each problem on its own line and "
                                  "exits with code 3."),
         nullptr, &runCheck},
        {u"who-held"_s, CatalogueAccess::Read,
         QT_TRANSLATE_NOOP("Cli", "TITLE [--country COUNTRY] [--date YYYY-MM-DD] "
                                  "[--format table|json]"),
         QT_TRANSLATE_NOOP("Cli", "Show who held the post TITLE for a country on a day."),
         QT_TRANSLATE_NOOP("Cli", "TITLE is the post as recorded, in any letter case: "
                                  "\"Minister of Foreign Affairs\". COUNTRY is a code (BLR) or a "
                                  "name in English or Russian (Belarus, Беларусь); without it "
                                  "any country. The date defaults to today. Nobody found gives "
                                  "exit code 1 (and [] in JSON)."),
         &whoHeldOptions, &runWhoHeld},
        {u"help"_s, CatalogueAccess::None, QT_TRANSLATE_NOOP("Cli", "[COMMAND]"),
         QT_TRANSLATE_NOOP("Cli", "Show the help of entente or of one command."), "", nullptr,
         &runHelp},
    };
    return table;
}

const Command *findCommand(QStringView name)
{
    for (const Command &command : commands()) {
        if (command.name == name)
            return &command;
    }
    return nullptr;
}

int run(const Result<GlobalOptions> &parsed)
{
    if (!parsed)
        return toInt(globalUsageError(parsed.error().message));
    GlobalOptions options = *parsed;
    if (options.version) {
        Console::out(HelpText::version());
        return finish(ExitCode::Done);
    }
    if (options.command.isEmpty()) {
        Console::out(HelpText::general());
        return finish(ExitCode::Done);
    }
    const Command *command = findCommand(options.command);
    if (!command)
        return toInt(globalUsageError(Cli::tr("unknown command “%1”").arg(options.command)));

    QCommandLineParser parser;
    if (command->options)
        parser.addOptions(command->options());
    parser.addOptions({catalogueOption(), verboseOption(), helpOption()});
    const bool parsedArguments = parser.parse(QStringList{u"entente"_s} + options.commandArgs);
    if (parsedArguments)
        mergeCommandOptions(parser, options);
    LogSetup::setVerbose(options.verbose);
    qCDebug(lcCli) << "command" << command->name << options.commandArgs << "catalogue"
                   << options.catalogue;

    CommandContext context(*command, options, parser);
    if (!parsedArguments)
        return toInt(context.usageError(parser.errorText()));
    if (options.help || parser.isSet(u"help"_s)) {
        Console::out(HelpText::forCommand(*command));
        return finish(ExitCode::Done);
    }
    if (parser.isSet(u"catalogue"_s) && options.catalogue.isEmpty())
        return toInt(context.usageError(Cli::tr("--catalogue needs a file name")));
    return finish(command->run(context));
}

} // namespace entente::cli

#include "commands.h"

#include "cli/backupcommands.h"
#include "cli/cataloguecommands.h"
#include "cli/clitr.h"
#include "cli/commandcontext.h"
#include "cli/console.h"
#include "cli/exportcommands.h"
#include "cli/facetcommands.h"
#include "cli/generatecommand.h"
#include "cli/helptext.h"
#include "cli/importcommands.h"
#include "cli/logsetup.h"
#include "cli/meetingcommands.h"
#include "cli/personcommands.h"
#include "cli/releasecommands.h"
#include "cli/reportcommands.h"
#include "cli/searchcommands.h"

#include <QCommandLineParser>
#include <QGuiApplication>

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
        {u"list"_s, CatalogueAccess::Read,
         QT_TRANSLATE_NOOP("Cli", "[--format table|json|csv] [--limit N] [--offset N] [--count]"),
         QT_TRANSLATE_NOOP("Cli", "List every meeting, sub-events included, in date order."),
         QT_TRANSLATE_NOOP("Cli",
                           "The table shows id, dates, title (sub-events marked ↳), place, the "
                           "countries taking part and the heads of delegation. JSON is an array "
                           "of meeting objects, a sub-event being one of them with its "
                           "parent_id; CSV as search writes it. --limit and --offset choose which "
                           "meetings to print; --count prints only how many (exit code 1 when "
                           "none). An empty catalogue gives exit code 1 (and [] in JSON)."),
         &searchOptions, &runList},
        {u"show"_s, CatalogueAccess::Read, QT_TRANSLATE_NOOP("Cli", "ID [--format table|json]"),
         QT_TRANSLATE_NOOP("Cli", "Show everything about the meeting ID."),
         QT_TRANSLATE_NOOP("Cli", "ID is the number that list prints. JSON is one meeting "
                                  "object, the same as in the output of list."),
         &formatOnly, &runShow},
        {u"search"_s, CatalogueAccess::Read,
         QT_TRANSLATE_NOOP("Cli",
                           "QUERY [--format table|json|csv] [--limit N] [--offset N] [--count]"),
         QT_TRANSLATE_NOOP("Cli", "List the meetings a search finds, sub-events included."),
         QT_TRANSLATE_NOOP("Cli",
                           "QUERY is written as in the search bar (several arguments are one "
                           "query): words and \"phrases\", minister:NAME, head:NAME, "
                           "country:X, host:X, place:CITY, date:2009-11 or 2009-11..2010-03, "
                           "after:DATE, before:DATE, topic:X, format:X, status:X, document:X, "
                           "kind:X, action:X, post:TITLE; -term excludes, OR between terms, "
                           "parentheses group (docs/search.md). JSON gives the same objects as "
                           "list; CSV one row per meeting, spreadsheet-safe. --limit N and "
                           "--offset N choose which of the meetings found to print; --count "
                           "prints only how many would be printed. Nothing found gives exit code "
                           "1; a malformed query exit code 2, with the message and a caret under "
                           "the mistake on standard error."),
         &searchOptions, &runSearch},
        {u"facets"_s, CatalogueAccess::Read,
         QT_TRANSLATE_NOOP("Cli", "[QUERY] [--format table|json] [--limit N]"),
         QT_TRANSLATE_NOOP("Cli", "Count the meetings a search finds by facet, as the window's "
                                  "Refine panel does."),
         QT_TRANSLATE_NOOP("Cli",
                           "For each facet (parties, heads of delegation, years, formats, "
                           "document kinds, topics) its most frequent values with the number of "
                           "top-level meetings (a sub-event counts with its meeting) and the "
                           "term that narrows the search to it. Without QUERY, the whole "
                           "catalogue. JSON is an array of {\"facet\": CODE, \"values\": "
                           "[{\"value\", \"label\", \"count\", \"term\"}]}. Nothing found "
                           "gives exit code 1."),
         &facetOptions, &runFacets},
        {u"check"_s, CatalogueAccess::Read, "",
         QT_TRANSLATE_NOOP("Cli", "Check the whole catalogue file for damage."),
         QT_TRANSLATE_NOOP("Cli", "Reads every page, index and reference. Prints “ok” when all "
                                  "is well; otherwise prints each problem on its own line and "
                                  "exits with code 3."),
         nullptr, &runCheck},
        {u"backup"_s, CatalogueAccess::Read, QT_TRANSLATE_NOOP("Cli", "[--to FILE]"),
         QT_TRANSLATE_NOOP("Cli", "Back up the catalogue now."),
         QT_TRANSLATE_NOOP("Cli",
                           "Writes a consistent copy of the whole catalogue, checked with "
                           "integrity_check before it is kept, into the backups folder beside it "
                           "(CATALOGUE.backups), where older backups are thinned to the newest of "
                           "each of the last 7 days and 4 weeks; or to FILE with --to. Prints the "
                           "backup's path. The window makes the same backups by itself, daily by "
                           "default."),
         &backupOptions, &runBackup},
        {u"backups"_s, CatalogueAccess::None, QT_TRANSLATE_NOOP("Cli", "[--format table|json]"),
         QT_TRANSLATE_NOOP("Cli", "List the catalogue's backups, newest first."),
         QT_TRANSLATE_NOOP("Cli", "Each with the time it was made (UTC), its size and its file. "
                                  "No backups gives exit code 1 (and [] in JSON)."),
         &formatOnly, &runBackups},
        {u"restore"_s, CatalogueAccess::None, QT_TRANSLATE_NOOP("Cli", "BACKUP"),
         QT_TRANSLATE_NOOP("Cli", "Put the backup file BACKUP in the catalogue's place."),
         QT_TRANSLATE_NOOP("Cli",
                           "The backup is checked first; a damaged one, or a file that is not a "
                           "catalogue, is refused (exit code 2). The current catalogue is kept "
                           "aside as CATALOGUE.before-restore-TIME, never deleted, and its path "
                           "said on standard error. Close the catalogue in the window first: an "
                           "open catalogue is refused (exit code 3)."),
         nullptr, &runRestore},
        {u"salvage"_s, CatalogueAccess::None, QT_TRANSLATE_NOOP("Cli", "DAMAGED NEW"),
         QT_TRANSLATE_NOOP("Cli", "Read what can be read of a damaged catalogue into a new one."),
         QT_TRANSLATE_NOOP("Cli",
                           "Reads every meeting (with its delegations, documents, topics and "
                           "sources) and every person that can still be read, record by record, "
                           "stepping over damaged pages, into the new catalogue NEW, which must "
                           "not exist. DAMAGED is never changed. Prints what was recovered and, "
                           "record by record, what was lost."),
         nullptr, &runSalvage},
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
        {u"report"_s, CatalogueAccess::Read,
         QT_TRANSLATE_NOOP("Cli", "[QUERY] -o FILE.pdf [--dossiers] [--paper a4|letter] "
                                  "[--landscape] [--title TITLE]"),
         QT_TRANSLATE_NOOP("Cli", "Write a PDF report on the meetings a search finds."),
         QT_TRANSLATE_NOOP("Cli",
                           "QUERY is a search, as in the search bar (several words are one "
                           "query); without it the report covers every meeting. The report has "
                           "a title page, a summary with the number of meetings, counterpart "
                           "countries, ministers and documents, a chart of meetings per year by "
                           "counterpart country and one of the most frequent topics, and a table "
                           "of the meetings; --dossiers adds every meeting's dossier. No "
                           "meeting found still writes the report, and exits with code 1; a "
                           "file that cannot be written exits with code 4."),
         &reportOptions, &runReport},
        {u"dossier"_s, CatalogueAccess::Read,
         QT_TRANSLATE_NOOP("Cli", "ID... -o FILE.pdf [--paper a4|letter] [--landscape] "
                                  "[--title TITLE]"),
         QT_TRANSLATE_NOOP("Cli", "Write the dossiers of the meetings ID... to a PDF."),
         QT_TRANSLATE_NOOP("Cli",
                           "Each dossier starts on a new page and gives every field of its "
                           "meeting: dates, place, format, status, parties, delegations with "
                           "their members and posts, topics, outcome documents, sub-events, "
                           "tone, summary and sources. An id not in the catalogue exits with "
                           "code 1 and writes nothing."),
         &dossierOptions, &runDossier},
        {u"export"_s, CatalogueAccess::Read,
         QT_TRANSLATE_NOOP("Cli", "[QUERY] -o FILE.csv|FILE.json [--format csv|json] [--bom] "
                                  "[--keep-formulas]"),
         QT_TRANSLATE_NOOP("Cli", "Export the meetings a search finds to CSV or JSON."),
         QT_TRANSLATE_NOOP("Cli",
                           "Without QUERY, every meeting. JSON holds the full records "
                           "(docs/json-format.md), sub-events as meetings of their own; CSV "
                           "one row per meeting (docs/csv-format.md), with cells that a "
                           "spreadsheet would run as formulas made safe. The file is replaced "
                           "only when the export is complete. No meeting found writes an empty "
                           "file and exits with code 1; a file that cannot be written exits "
                           "with code 4."),
         &exportOptions, &runExport},
        {u"generate"_s, CatalogueAccess::Write,
         QT_TRANSLATE_NOOP("Cli", "--meetings N [--seed S] [--format table|json]"),
         QT_TRANSLATE_NOOP("Cli", "Fill a new catalogue with N synthetic meetings."),
         QT_TRANSLATE_NOOP("Cli",
                           "Makes a realistic made-up catalogue for trying Entente at scale: "
                           "about 200 countries, their foreign ministries' officials with Latin "
                           "and Cyrillic names and successive terms of office, and N meetings "
                           "(sub-events included) from 1990 to 2026 with delegations, topics, "
                           "documents, summaries and some source texts. The same seed always "
                           "makes the same catalogue. Progress and speed go to standard error; "
                           "--format json prints a summary with the timings. The catalogue must "
                           "hold no meetings yet (use a new file)."),
         &generateOptions, &runGenerate},
        {u"import"_s, CatalogueAccess::Write,
         QT_TRANSLATE_NOOP("Cli", "IN.json|IN.csv [--dry-run] [--skip-invalid] "
                                  "[--allow-duplicates] [--columns FIELD,…] [--format table|json]"),
         QT_TRANSLATE_NOOP("Cli", "Import the meetings of a JSON export or a CSV file."),
         QT_TRANSLATE_NOOP("Cli",
                           "JSON as export writes it (or list prints it); CSV with a header row, "
                           "comma, semicolon or tab separated, UTF-8 (with or without BOM), "
                           "UTF-16 or Windows-1251; its columns are guessed from the header in "
                           "English or Russian, or given with --columns. People and countries "
                           "are matched to the catalogue's by name, alias, transliteration and "
                           "code. Everything is written in one transaction: a malformed file, or "
                           "any invalid record without --skip-invalid, writes nothing (exit "
                           "code 2, each problem on standard error as FILE:LINE: field: "
                           "reason). Probable duplicates of existing meetings (the same "
                           "parties within a day) are reported and skipped unless "
                           "--allow-duplicates. JSON output: the report (docs/cli.md)."),
         &importOptions, &runImport},
        {u"draft"_s, CatalogueAccess::Read,
         QT_TRANSLATE_NOOP("Cli", "IN.txt|- [--published YYYY-MM-DD] [--format table|json]"),
         QT_TRANSLATE_NOOP("Cli", "Propose a meeting from the text of a press release, without "
                                  "saving it."),
         QT_TRANSLATE_NOOP("Cli",
                           "IN.txt is the plain text of a foreign ministry's press release or "
                           "news item in English or Russian, UTF-8 or Windows-1251; - reads "
                           "standard input. Dates without a year are read against --published "
                           "(or a date line of the page; --published wins over any date on the "
                           "page); a date that cannot be resolved is left empty and flagged. "
                           "People are matched against the catalogue; those it does not know "
                           "are proposed as new people. JSON is one meeting object as in list, "
                           "plus sub_events, evidence (for each field filled: the sentence it "
                           "came from, its span and a confidence) and new_people "
                           "(docs/press-releases.md). An unreadable, empty or binary input or a "
                           "bad date gives exit code 2; a text that describes no meeting exit "
                           "code 1."),
         &releaseOptions, &runDraft},
        {u"import-release"_s, CatalogueAccess::Write,
         QT_TRANSLATE_NOOP("Cli", "IN.txt|- [--published YYYY-MM-DD] [--allow-duplicate] "
                                  "[--format table|json]"),
         QT_TRANSLATE_NOOP("Cli", "Save the meeting a press release describes."),
         QT_TRANSLATE_NOOP("Cli",
                           "Reads the release as draft does and, when the draft passes the "
                           "checks every meeting must pass (a title, a date, …), saves in one "
                           "transaction the new people, the meeting with the release as its "
                           "source, and its sub-events. Prints the new ids (JSON: id, "
                           "sub_event_ids, new_person_ids). A draft that fails the checks "
                           "gives exit code 2 and saves nothing; a text that describes no "
                           "meeting, or a meeting the catalogue probably holds already (the "
                           "same parties within a day; --allow-duplicate saves it anyway), "
                           "exit code 1."),
         &importReleaseOptions, &runImportRelease},
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

int execute(const QStringList &arguments)
{
    const auto options = parseGlobalOptions(arguments);
    if (options && options->wantsGui())
        return toInt(globalUsageError(Cli::tr("no command given")));
    if (options && needsGuiApplication(options->command) &&
        !qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        Console::err(Cli::tr("entente: “%1” paints pages and needs a QGuiApplication")
                         .arg(options->command));
        return toInt(ExitCode::Usage);
    }
    return run(options);
}

void identifyApplication()
{
    QCoreApplication::setOrganizationName(u"Entente"_s);
    QCoreApplication::setApplicationName(u"entente"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(ENTENTE_VERSION));
}

} // namespace entente::cli

#include "reportcommands.h"

#include "cli/clitr.h"
#include "cli/commandcontext.h"
#include "query/searchparser.h"
#include "reports/meetingselection.h"
#include "reports/reportrenderer.h"
#include "storage/meetingrepository.h"

#include <QDir>

using namespace Qt::StringLiterals;

namespace entente::cli {

namespace {

QCommandLineOption outputOption()
{
    return {{u"o"_s, u"output"_s}, Cli::tr("Write the PDF to FILE (required)."), Cli::tr("FILE")};
}

QList<QCommandLineOption> pageOptions()
{
    return {
        {u"paper"_s, Cli::tr("Paper size: a4 (the default) or letter."), u"a4|letter"_s, u"a4"_s},
        {u"landscape"_s, Cli::tr("Lay the pages out in landscape.")},
        {u"title"_s, Cli::tr("The report's title, on its title page and every page's header."),
         Cli::tr("TITLE")}};
}

// The options shared by both commands, read into `options`; a usage error's message otherwise.
QString readPageOptions(const CommandContext &context, ReportOptions &options)
{
    const auto paper = PageSetup::paperFromCode(context.parser().value(u"paper"_s));
    if (!paper)
        return Cli::tr("unknown paper “%1”: use a4 or letter")
            .arg(context.parser().value(u"paper"_s));
    options.page.paper = *paper;
    options.page.orientation =
        context.parser().isSet(u"landscape"_s) ? QPageLayout::Landscape : QPageLayout::Portrait;
    options.title = context.parser().value(u"title"_s);
    // Files carry no UI language: reports made on the command line read the same everywhere.
    options.locale = QLocale(QLocale::English, QLocale::UnitedKingdom);
    return {};
}

ExitCode render(CommandContext &context, const Catalogue &catalogue, ReportOptions options,
                MeetingSelection selection, const QString &output)
{
    ReportRenderer renderer(catalogue, std::move(options), std::move(selection));
    if (Status s = renderer.writePdf(output); !s)
        return context.fail(s.error());
    return ExitCode::Done;
}

} // namespace

QList<QCommandLineOption> reportOptions()
{
    QList<QCommandLineOption> options{outputOption(),
                                      {u"dossiers"_s, Cli::tr("Follow the table with the "
                                                              "dossier of every meeting.")}};
    options.append(pageOptions());
    return options;
}

QList<QCommandLineOption> dossierOptions()
{
    QList<QCommandLineOption> options{outputOption()};
    options.append(pageOptions());
    return options;
}

bool needsGuiApplication(QStringView command)
{
    return command == u"report" || command == u"dossier";
}

ExitCode runReport(CommandContext &context)
{
    const QString output = context.parser().value(u"output"_s);
    if (output.isEmpty())
        return context.usageError(Cli::tr("give the PDF file to write with -o FILE"));
    ReportOptions options;
    options.kind = ReportOptions::Kind::Search;
    options.includeDossiers = context.parser().isSet(u"dossiers"_s);
    if (const QString problem = readPageOptions(context, options); !problem.isEmpty())
        return context.usageError(problem);

    // The query may come as one argument or as several words.
    const QString query = context.positional().join(u' ').trimmed();
    const ParsedSearch parsed = SearchParser::parse(query);
    if (!parsed) {
        context.note(u"entente report: "_s + parsed.error().describe());
        context.note(parsed.error().caretLines(query));
        return ExitCode::Usage;
    }
    const auto catalogue = context.openCatalogue();
    if (!catalogue)
        return context.fail(catalogue.error());
    // Before any work: an output that is the catalogue itself would destroy it.
    if (Status s = (*catalogue)->checkOutputPath(output); !s)
        return context.fail(s.error());
    auto selection = MeetingSelection::fromQuery(**catalogue, query, options.locale);
    if (!selection)
        return context.fail(selection.error());
    const bool empty = selection->ids.isEmpty();
    const ExitCode code = render(context, **catalogue, options, *selection, output);
    if (code == ExitCode::Done && empty) {
        context.note(Cli::tr("No meetings match; the report says so."));
        return ExitCode::NothingFound;
    }
    return code;
}

ExitCode runDossier(CommandContext &context)
{
    const QString output = context.parser().value(u"output"_s);
    if (output.isEmpty())
        return context.usageError(Cli::tr("give the PDF file to write with -o FILE"));
    const QStringList arguments = context.positional();
    if (arguments.isEmpty())
        return context.usageError(Cli::tr("give the id of at least one meeting"));
    QList<qint64> ids;
    for (const QString &argument : arguments) {
        bool isNumber = false;
        const qint64 id = argument.toLongLong(&isNumber);
        if (!isNumber || id <= 0)
            return context.usageError(
                Cli::tr("“%1” is not a meeting id: ids are whole numbers from 1").arg(argument));
        ids.append(id);
    }
    ReportOptions options;
    options.kind = ReportOptions::Kind::Dossiers;
    if (const QString problem = readPageOptions(context, options); !problem.isEmpty())
        return context.usageError(problem);

    const auto catalogue = context.openCatalogue();
    if (!catalogue)
        return context.fail(catalogue.error());
    // Before any work: an output that is the catalogue itself would destroy it.
    if (Status s = (*catalogue)->checkOutputPath(output); !s)
        return context.fail(s.error());
    // Every id must exist before anything is written: no half-made dossier file.
    const MeetingRepository meetings(**catalogue);
    for (const qint64 id : std::as_const(ids)) {
        auto meeting = meetings.get(id);
        if (!meeting)
            return context.fail(meeting.error());
    }
    const QString description = Cli::tr("Meetings %1, chosen by id.").arg(arguments.join(u", "_s));
    return render(context, **catalogue, options, MeetingSelection::fromIds(ids, description),
                  output);
}

} // namespace entente::cli

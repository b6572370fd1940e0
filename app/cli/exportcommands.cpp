#include "exportcommands.h"

#include "cli/clitr.h"
#include "cli/commandcontext.h"
#include "io/meetingexporter.h"
#include "reports/meetingselection.h"

using namespace Qt::StringLiterals;

namespace entente::cli {

QList<QCommandLineOption> exportOptions()
{
    return {{{u"o"_s, u"output"_s},
             Cli::tr("Write to FILE (required); .csv or .json."),
             Cli::tr("FILE")},
            {u"format"_s, Cli::tr("csv or json; by default the output file's extension."),
             u"csv|json"_s},
            {u"bom"_s, Cli::tr("Start a CSV file with a UTF-8 byte order mark, for Excel.")},
            {u"keep-formulas"_s,
             Cli::tr("Write CSV cells that start with =, +, -, @, a tab or CR as they are, "
                     "instead of prefixing them with ' so that spreadsheets show them as "
                     "text.")}};
}

ExitCode runExport(CommandContext &context)
{
    const QString output = context.parser().value(u"output"_s);
    if (output.isEmpty())
        return context.usageError(Cli::tr("give the file to write with -o FILE"));
    const QString formatCode = context.parser().value(u"format"_s);
    const auto format = formatCode.isEmpty() ? MeetingExporter::formatFromPath(output)
                                             : MeetingExporter::formatFromCode(formatCode);
    if (!format) {
        return context.usageError(
            formatCode.isEmpty()
                ? Cli::tr("cannot tell the format from “%1”: name the file .csv or .json, or "
                          "give --format csv|json")
                      .arg(output)
                : Cli::tr("unknown format “%1”: use csv or json").arg(formatCode));
    }

    const QString query = context.positional().join(u' ').trimmed();
    const auto parsed = context.parseQuery(query);
    if (!parsed)
        return ExitCode::Usage;
    const auto catalogue = context.openCatalogue();
    if (!catalogue)
        return context.fail(catalogue.error());
    // Before any work: an output that is the catalogue itself would destroy it.
    if (Status s = (*catalogue)->checkOutputPath(output); !s)
        return context.fail(s.error());
    const auto selection = MeetingSelection::fromQuery(**catalogue, query);
    if (!selection)
        return context.fail(selection.error());

    MeetingExporter::Options options;
    options.format = *format;
    options.csv.byteOrderMark = context.parser().isSet(u"bom"_s);
    options.csv.neutraliseFormulas = !context.parser().isSet(u"keep-formulas"_s);
    MeetingExporter exporter(**catalogue, options);
    if (Status s = exporter.write(*selection, output); !s)
        return context.fail(s.error());
    if (exporter.meetingsWritten() == 0) {
        context.note(Cli::tr("No meetings match; the file holds none."));
        return ExitCode::NothingFound;
    }
    return ExitCode::Done;
}

} // namespace entente::cli

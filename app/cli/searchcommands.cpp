#include "searchcommands.h"

#include "cli/clitr.h"
#include "cli/commandcontext.h"
#include "cli/console.h"
#include "cli/jsonarraywriter.h"
#include "cli/meetingtext.h"
#include "cli/tableprinter.h"
#include "io/csvwriter.h"
#include "io/meetingcsv.h"
#include "io/meetingjson.h"
#include "query/searchparser.h"
#include "search/meetingqueries.h"
#include "storage/meetingrepository.h"

#include <QBuffer>

using namespace Qt::StringLiterals;

namespace entente::cli {

namespace {

enum class SearchFormat {
    Table,
    Json,
    Csv
};

// CSV rows on standard output, one at a time: CsvWriter writes each into a buffer that is passed
// on at once, so a long result never sits in memory whole.
class CsvOut
{
public:
    explicit CsvOut(const CommandContext &context)
        : m_context(context)
        , m_writer(m_buffer, CsvWriter::Options{})
    {
        m_buffer.open(QIODevice::WriteOnly);
    }

    void row(const QStringList &cells)
    {
        m_writer.writeRow(cells);
        m_context.print(QString::fromUtf8(m_buffer.data()));
        m_buffer.buffer().clear();
        m_buffer.seek(0);
    }

private:
    const CommandContext &m_context;
    QBuffer m_buffer;
    CsvWriter m_writer;
};

} // namespace

QList<QCommandLineOption> searchOptions()
{
    return {{u"format"_s,
             Cli::tr("Print a readable table (the default), JSON, or CSV (RFC 4180, UTF-8)."),
             u"table|json|csv"_s, u"table"_s}};
}

ExitCode runSearch(CommandContext &context)
{
    const QString value = context.parser().value(u"format"_s);
    SearchFormat format = SearchFormat::Table;
    if (value == u"json")
        format = SearchFormat::Json;
    else if (value == u"csv")
        format = SearchFormat::Csv;
    else if (!value.isEmpty() && value != u"table")
        return context.usageError(
            Cli::tr("unknown format “%1”: use table, json or csv").arg(value));

    // Several arguments are one query, so the shell's quoting rarely matters.
    const QString query = context.positional().join(u' ').trimmed();
    const ParsedSearch parsed = SearchParser::parse(query);
    if (!parsed) {
        Console::err(u"entente search: "_s + parsed.error().describe());
        Console::err(parsed.error().caretLines(query));
        return ExitCode::Usage;
    }
    const auto catalogue = context.openCatalogue();
    if (!catalogue)
        return context.fail(catalogue.error());
    const MeetingQueries queries(**catalogue);
    const auto prepared = queries.prepare(parsed.query());
    if (!prepared)
        return context.fail(prepared.error());
    for (const QString &note : prepared->notes())
        context.note(note);

    // Every meeting, sub-events included, in date order: what `list` prints, narrowed.
    qint64 found = 0;
    std::optional<JsonArrayWriter> array;
    std::optional<CsvOut> csv;
    std::optional<TablePrinter> table;
    if (format == SearchFormat::Json) {
        array.emplace(context);
    } else if (format == SearchFormat::Csv) {
        csv.emplace(context);
        csv->row(MeetingCsv::header());
    } else {
        table.emplace(MeetingText::listHeader());
    }
    const Status streamed = queries.stream(*prepared, MeetingQueries::Scope::All,
                                           [&](const Meeting &meeting) -> Status {
                                               ++found;
                                               if (array)
                                                   array->append(MeetingJson::toJson(meeting));
                                               else if (csv)
                                                   csv->row(MeetingCsv::row(meeting));
                                               else
                                                   table->addRow(MeetingText::listRow(meeting));
                                               return {};
                                           });
    if (!streamed)
        return context.fail(streamed.error());
    if (array)
        array->close();
    if (table)
        context.print(table->toString());
    if (found == 0) {
        context.note(Cli::tr("No meeting matches “%1”.").arg(query));
        return ExitCode::NothingFound;
    }
    return ExitCode::Done;
}

} // namespace entente::cli

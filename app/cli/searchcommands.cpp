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
#include "search/meetingqueries.h"
#include "storage/meetingrepository.h"

#include <QBuffer>

#include <algorithm>
#include <limits>
#include <optional>

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
             u"table|json|csv"_s, u"table"_s},
            {u"limit"_s, Cli::tr("Print at most N meetings."), u"N"_s},
            {u"offset"_s, Cli::tr("Skip the first N meetings."), u"N"_s},
            {u"count"_s, Cli::tr("Print only how many meetings would be printed.")}};
}

namespace {

// How many meetings to skip and to print at most; nullopt when an option is not a count.
struct Window
{
    qint64 offset = 0;
    qint64 limit = std::numeric_limits<qint64>::max();
};

std::optional<Window> window(const CommandContext &context, QString *problem)
{
    Window w;
    for (const auto &[name, target] : {std::pair{u"offset"_s, &w.offset}, {u"limit"_s, &w.limit}}) {
        if (!context.parser().isSet(name))
            continue;
        bool ok = false;
        const qint64 value = context.parser().value(name).toLongLong(&ok);
        if (!ok || value < 0) {
            *problem = Cli::tr("--%1 takes a number of meetings, 0 or more, not “%2”")
                           .arg(name, context.parser().value(name));
            return std::nullopt;
        }
        *target = value;
    }
    return w;
}

// A table printed in blocks as the rows come, each block aligned on its own, the header once:
// a million rows never wait in memory, and `| head` sees the first ones at once.
class TableOut
{
public:
    static constexpr qsizetype blockRows = 256;

    explicit TableOut(const CommandContext &context)
        : m_context(context)
        , m_table(MeetingText::listHeader())
    {}

    void row(const QStringList &cells)
    {
        m_table.addRow(cells);
        if (m_table.rowCount() == blockRows)
            flush();
    }
    void flush()
    {
        if (m_table.isEmpty())
            return;
        m_context.print(m_table.toString());
        m_table = TablePrinter();
    }

private:
    const CommandContext &m_context;
    TablePrinter m_table;
};

} // namespace

ExitCode printMeetings(CommandContext &context, const QString &query, bool wholeCatalogue)
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
    QString problem;
    const auto range = window(context, &problem);
    if (!range)
        return context.usageError(problem);

    const auto parsed = context.parseQuery(query);
    if (!parsed)
        return ExitCode::Usage;
    const auto catalogue = context.openCatalogue();
    if (!catalogue)
        return context.fail(catalogue.error());
    const MeetingQueries queries(**catalogue);
    const auto prepared = queries.prepare(*parsed);
    if (!prepared)
        return context.fail(prepared.error());
    for (const QString &note : prepared->notes())
        context.note(note);
    const auto nothing = [&] {
        context.note(wholeCatalogue
                         ? Cli::tr("The catalogue %1 holds no meetings.").arg((*catalogue)->path())
                         : Cli::tr("No meeting matches “%1”.").arg(query));
        return ExitCode::NothingFound;
    };

    if (context.parser().isSet(u"count"_s)) {
        const auto total = queries.count(*prepared, MeetingQueries::Scope::All);
        if (!total)
            return context.fail(total.error());
        const qint64 shown = std::clamp<qint64>(*total - range->offset, 0, range->limit);
        context.print(QString::number(shown) + u'\n');
        return shown == 0 ? ExitCode::NothingFound : ExitCode::Done;
    }

    // Every meeting, sub-events included, in date order; read in batches by the query service.
    qint64 seen = 0;
    qint64 printed = 0;
    bool stopped = false; // by --limit or a closed pipe: not a failure
    std::optional<JsonArrayWriter> array;
    std::optional<CsvOut> csv;
    std::optional<TableOut> table;
    if (format == SearchFormat::Json) {
        array.emplace(context);
    } else if (format == SearchFormat::Csv) {
        csv.emplace(context);
        csv->row(MeetingCsv::header());
    } else {
        table.emplace(context);
    }
    const Status streamed = queries.stream(*prepared, MeetingQueries::Scope::All,
                                           [&](const Meeting &meeting) -> Status {
                                               if (seen++ < range->offset)
                                                   return {};
                                               if (printed == range->limit) {
                                                   stopped = true; // enough: read no further
                                                   return Error{Error::Kind::Output, {}, {}};
                                               }
                                               ++printed;
                                               if (array)
                                                   array->append(MeetingJson::toJson(meeting));
                                               else if (csv)
                                                   csv->row(MeetingCsv::row(meeting));
                                               else
                                                   table->row(MeetingText::listRow(meeting));
                                               if (Console::outClosed()) {
                                                   stopped = true;
                                                   return Error{Error::Kind::Output, {}, {}};
                                               }
                                               return {};
                                           });
    if (!streamed && !stopped)
        return context.fail(streamed.error());
    // A reader that went away (`| head`) had what it wanted: stop quietly, as a pipeline expects.
    if (Console::outClosed())
        return ExitCode::Done;
    if (array)
        array->close();
    if (table)
        table->flush();
    if (printed == 0)
        return seen == 0 ? nothing() : ExitCode::NothingFound; // all skipped by --offset
    return ExitCode::Done;
}

ExitCode runSearch(CommandContext &context)
{
    // Several arguments are one query, so the shell's quoting rarely matters.
    return printMeetings(context, context.positional().join(u' ').trimmed(), false);
}

} // namespace entente::cli

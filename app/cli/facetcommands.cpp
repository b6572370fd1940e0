#include "facetcommands.h"

#include "cli/clitr.h"
#include "cli/commandcontext.h"
#include "cli/console.h"
#include "cli/jsonarraywriter.h"
#include "cli/tableprinter.h"
#include "query/searchrequest.h"
#include "search/meetingqueries.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace entente::cli {

namespace {

// The stable English code of a facet, for JSON and scripts.
QString code(Facet::Kind kind)
{
    switch (kind) {
    case Facet::Kind::Countries:
        return u"parties"_s;
    case Facet::Kind::Ministers:
        return u"heads"_s;
    case Facet::Kind::Years:
        return u"years"_s;
    case Facet::Kind::Formats:
        return u"formats"_s;
    case Facet::Kind::Topics:
        return u"topics"_s;
    case Facet::Kind::DocumentKinds:
        return u"document_kinds"_s;
    }
    return {};
}

QString title(Facet::Kind kind)
{
    switch (kind) {
    case Facet::Kind::Countries:
        return Cli::tr("Countries and organisations");
    case Facet::Kind::Ministers:
        return Cli::tr("Heads of delegation");
    case Facet::Kind::Years:
        return Cli::tr("Years");
    case Facet::Kind::Formats:
        return Cli::tr("Formats");
    case Facet::Kind::Topics:
        return Cli::tr("Topics");
    case Facet::Kind::DocumentKinds:
        return Cli::tr("Document kinds");
    }
    return {};
}

} // namespace

QList<QCommandLineOption> facetOptions()
{
    return {
        {u"format"_s, Cli::tr("Print readable tables (the default) or JSON."), u"table|json"_s,
         u"table"_s},
        {u"limit"_s, Cli::tr("Show at most N values of each facet (25, as the window)."), u"N"_s}};
}

ExitCode runFacets(CommandContext &context)
{
    const auto format = context.format();
    if (!format)
        return context.usageError(format.error().message);
    int limit = SearchRequest{}.facetLimit;
    if (context.parser().isSet(u"limit"_s)) {
        bool ok = false;
        limit = context.parser().value(u"limit"_s).toInt(&ok);
        if (!ok || limit < 1)
            return context.usageError(Cli::tr("--limit takes a number of values, 1 or more, "
                                              "not “%1”")
                                          .arg(context.parser().value(u"limit"_s)));
    }
    const QString query = context.positional().join(u' ').trimmed();
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
    // As the window counts: the top-level meetings, sub-events with their meeting.
    const auto facets =
        queries.facets(*prepared, Facet::allKinds(), MeetingQueries::Scope::TopLevel, limit);
    if (!facets)
        return context.fail(facets.error());

    bool any = false;
    if (*format == OutputFormat::Json) {
        JsonArrayWriter array(context);
        for (const Facet &facet : *facets) {
            QJsonArray values;
            for (const FacetValue &v : facet.values) {
                values.append(QJsonObject{{u"value"_s, v.value},
                                          {u"label"_s, v.label},
                                          {u"count"_s, v.count},
                                          {u"term"_s, v.term}});
            }
            any = any || !values.isEmpty();
            array.append(QJsonObject{{u"facet"_s, code(facet.kind)}, {u"values"_s, values}});
        }
        array.close();
    } else {
        for (const Facet &facet : *facets) {
            if (facet.values.isEmpty())
                continue;
            any = true;
            TablePrinter table({title(facet.kind), Cli::tr("Meetings"), Cli::tr("Narrow with")});
            for (const FacetValue &v : facet.values)
                table.addRow({v.label, QString::number(v.count), v.term});
            context.print(table.toString() + u'\n');
        }
    }
    if (!any) {
        context.note(query.isEmpty() ? Cli::tr("The catalogue holds no meetings.")
                                     : Cli::tr("No meeting matches “%1”.").arg(query));
        return ExitCode::NothingFound;
    }
    return ExitCode::Done;
}

} // namespace entente::cli

#include "generator/seededrandom.h"
#include "query/searchparser.h"
#include "rawdb.h"
#include "sqltrace.h"
#include "storage/catalogue.h"
#include "storage/catalogueconnection.h"
#include "storage/meetingrepository.h"
#include "storage/meetingsearch.h"
#include "storage/meetingtablequery.h"
#include "storage/searchsql.h"
#include "storage/sqlquery.h"
#include "workloads.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

namespace entente::bench {

namespace {

std::unique_ptr<Catalogue> openCatalogue(const QString &path)
{
    auto opened = Catalogue::open(path);
    if (!opened) {
        qWarning().noquote() << opened.error().message;
        return nullptr;
    }
    return std::move(opened).value();
}

QVariant ask(const Catalogue &catalogue, const QString &sql)
{
    SqlQuery q(CatalogueConnection::of(catalogue), sql);
    auto value = q.scalar(u"bench setup"_s);
    return value ? *value : QVariant();
}

// A query of about 10,000 top-level meetings: the country whose count is nearest.
QString tenThousandQuery(const Catalogue &catalogue, qint64 *found)
{
    SqlQuery q(CatalogueConnection::of(catalogue),
               u"SELECT mp.country_code, count(*) AS n FROM meeting_parties mp JOIN meetings m ON "
               "m.id = mp.meeting_id WHERE m.parent_id IS NULL GROUP BY mp.country_code ORDER BY "
               "abs(count(*) - 10000) LIMIT 1"_s);
    if (!q.exec(u"bench setup"_s) || !q.next())
        return {};
    *found = q.integer(1);
    return u"country:"_s + q.text(0);
}

// Times one search step: ours through the program, raw by replaying what it ran.
struct Step
{
    QList<double> ours;
    QList<double> raw;
    qint64 result = 0;
};

} // namespace

QList<Measurement> detail(const Context &context)
{
    auto catalogue = openCatalogue(context.catalogue);
    if (!catalogue)
        return {};
    const qint64 maxId = ask(*catalogue, u"SELECT max(id) FROM meetings"_s).toLongLong();
    SeededRandom random(11);
    RawDb db(context.catalogue);
    const MeetingRepository meetings(*catalogue);
    QList<double> ours;
    QList<double> raw;
    for (int i = 0; i < 30 * context.repeat; ++i) {
        const qint64 id = 1 + qint64(random.below(quint64(maxId)));
        SqlTrace trace(CatalogueConnection::of(*catalogue));
        bool ok = false;
        ours.append(timeMs([&] { ok = meetings.get(id).ok(); }));
        if (!ok)
            qWarning() << "cannot read meeting" << id;
        raw.append(replayMs(db, trace.statements()));
    }
    std::sort(ours.begin(), ours.end());
    return {{u"open one meeting's full detail"_s, median(ours), median(raw), peakRssMb(),
             u"%1 meetings, 95th percentile %2 ms"_s.arg(ours.size())
                 .arg(ours.at(ours.size() * 95 / 100), 0, 'f', 2)}};
}

QList<Measurement> searches(const Context &context)
{
    auto catalogue = openCatalogue(context.catalogue);
    if (!catalogue)
        return {};
    RawDb db(context.catalogue);
    // The busiest head of delegation of the catalogue (read once, not timed).
    const QString minister =
        ask(*catalogue, u"SELECT p.name_latin FROM persons p WHERE p.id = (SELECT person_id FROM "
                        "meeting_people WHERE is_head = 1 GROUP BY person_id ORDER BY count(*) "
                        "DESC LIMIT 1)"_s)
            .toString();
    qint64 facetSize = 0;
    const QString facetQuery = tenThousandQuery(*catalogue, &facetSize);
    struct Search
    {
        QString name;
        QString text;
    };
    const QList<Search> list = {{u"minister:"_s, u"minister:\"%1\""_s.arg(minister)},
                                {u"date: (one month)"_s, u"date:2015-06"_s},
                                {u"two-word full text"_s, u"gas transit"_s},
                                // Words in a third and in all of the meetings: their first
                                // screen must not collect every hit before showing 50.
                                {u"two common words"_s, u"cooperation talks"_s},
                                {u"a word in every meeting"_s, u"minister"_s}};
    QList<Measurement> results;
    for (const Search &search : list) {
        const ParsedSearch parsed = SearchParser::parse(search.text);
        if (!parsed) {
            qWarning() << "cannot parse" << search.text;
            continue;
        }
        Step screen;
        Step count;
        for (int run = 0; run < context.repeat; ++run) {
            {
                // What the table shows first: compile, then the first 50 rows, newest first.
                SqlTrace trace(CatalogueConnection::of(*catalogue));
                MeetingTableQuery table(*catalogue);
                table.setSort(MeetingSort::Date, Qt::DescendingOrder);
                screen.ours.append(timeMs([&] {
                    table.setFilter(parsed.query());
                    screen.result = table.rowsAfter(std::nullopt, 50).size();
                }));
                screen.raw.append(replayMs(db, trace.statements()));
            }
            {
                SqlTrace trace(CatalogueConnection::of(*catalogue));
                count.ours.append(timeMs([&] {
                    auto filter = SearchSql(*catalogue).compile(parsed.query());
                    auto n =
                        MeetingSearch(*catalogue).count(*filter, MeetingSearch::Scope::TopLevel);
                    count.result = n ? *n : -1;
                }));
                count.raw.append(replayMs(db, trace.statements()));
            }
        }
        results.append({search.name + u" first screen"_s, median(screen.ours), median(screen.raw),
                        peakRssMb(), u"%1: %2 rows"_s.arg(search.text).arg(screen.result)});
        results.append({search.name + u" total count"_s, median(count.ours), median(count.raw),
                        peakRssMb(), u"%1 meetings"_s.arg(count.result)});
    }

    const ParsedSearch parsed = SearchParser::parse(facetQuery);
    Step facets;
    for (int run = 0; run < context.repeat && parsed; ++run) {
        SqlTrace trace(CatalogueConnection::of(*catalogue));
        facets.ours.append(timeMs([&] {
            // As SearchService asks for them: all six in one call.
            auto filter = SearchSql(*catalogue).compile(parsed.query());
            (void)MeetingSearch(*catalogue)
                .facets(Facet::allKinds(), *filter, MeetingSearch::Scope::TopLevel, 25);
        }));
        facets.raw.append(replayMs(db, trace.statements()));
    }
    results.append({u"facet counts (all six)"_s, median(facets.ours), median(facets.raw),
                    peakRssMb(), u"%1: %2 meetings"_s.arg(facetQuery).arg(facetSize)});
    return results;
}

QList<Measurement> report(const Context &context)
{
    auto catalogue = openCatalogue(context.catalogue);
    if (!catalogue)
        return {};
    qint64 size = 0;
    const QString query = tenThousandQuery(*catalogue, &size);
    catalogue.reset();
    QTemporaryDir dir;
    const QString pdf = dir.filePath(u"report.pdf"_s);
    QList<double> times;
    for (int run = 0; run < std::min(3, context.repeat); ++run) {
        QProcess process;
        QElapsedTimer timer;
        timer.start();
        process.start(QStringLiteral(ENTENTE_BINARY),
                      {u"--catalogue"_s, context.catalogue, u"report"_s, query, u"-o"_s, pdf});
        process.waitForFinished(600000);
        if (process.exitCode() != 0) {
            qWarning() << "report failed:" << process.readAllStandardError();
            return {};
        }
        times.append(double(timer.nsecsElapsed()) / 1e6);
    }
    return {{u"search report PDF"_s, median(times), std::numeric_limits<double>::quiet_NaN(),
             std::numeric_limits<double>::quiet_NaN(),
             u"%1: %2 meetings, %3 KiB"_s.arg(query).arg(size).arg(QFileInfo(pdf).size() / 1024)}};
}

} // namespace entente::bench

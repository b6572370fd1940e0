#include "searchservice.h"

#include "domain/logging.h"
#include "query/searchparser.h"
#include "search/meetingqueries.h"
#include "storage/catalogue.h"
#include "storage/statementinterrupt.h"

#include <QElapsedTimer>

using namespace Qt::StringLiterals;

namespace entente {

namespace {

// Results up to this size have their facets counted in one statement (about 70 ms for 10,000
// meetings of a million); larger ones facet by facet.
constexpr qint64 oneStatementFacets = 100000;

} // namespace

SearchService::SearchService(const Catalogue &catalogue, QObject *parent)
    : QObject(parent)
    , m_catalogue(catalogue)
    , m_worker(new QObject)
    , m_latest(std::make_shared<std::atomic<quint64>>(0))
{
    qRegisterMetaType<SearchResult>();
    m_thread.setObjectName(u"entente-search"_s);
    m_worker->moveToThread(&m_thread);
    // Runs on the worker thread as it ends: only the owning thread may close its connection.
    const Catalogue *source = &m_catalogue;
    connect(&m_thread, &QThread::finished, [source] { source->releaseConnection(); });
    m_thread.start();
}

SearchService::~SearchService()
{
    m_latest->store(++m_generation);
    if (m_stopRunning)
        m_stopRunning->store(true);
    m_thread.quit();
    m_thread.wait();
    delete m_worker;
}

quint64 SearchService::search(const SearchRequest &request)
{
    const quint64 generation = ++m_generation;
    m_latest->store(generation);
    // The search still running, if any, is stopped at once, even inside a statement.
    if (m_stopRunning)
        m_stopRunning->store(true);
    m_stopRunning = std::make_shared<std::atomic<bool>>(false);
    setBusy(true);
    const Catalogue *catalogue = &m_catalogue;
    const std::shared_ptr<std::atomic<quint64>> latest = m_latest;
    const std::shared_ptr<std::atomic<bool>> stop = m_stopRunning;
    QMetaObject::invokeMethod(m_worker, [this, catalogue, request, generation, latest, stop] {
        // Superseded while it waited in the queue: never started.
        if (latest->load() != generation)
            return;
        SearchResult result;
        {
            const StatementInterrupt interrupt(*catalogue, *stop);
            result = run(*catalogue, request, [&] { return latest->load() != generation; });
        }
        if (latest->load() != generation)
            return;
        result.generation = generation;
        // `this` outlives the worker: the destructor waits for the thread; an event still
        // queued for a destroyed service is dropped by Qt.
        QMetaObject::invokeMethod(
            this, [this, result] { deliver(result); }, Qt::QueuedConnection);
    });
    return generation;
}

void SearchService::cancel()
{
    m_latest->store(++m_generation);
    if (m_stopRunning)
        m_stopRunning->store(true);
    setBusy(false);
}

void SearchService::deliver(const SearchResult &result)
{
    // A search() made after the worker finished supersedes this result too.
    if (result.generation != m_generation)
        return;
    setBusy(false);
    Q_EMIT finished(result);
}

void SearchService::setBusy(bool busy)
{
    if (busy == m_busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged(busy);
}

SearchResult SearchService::run(const Catalogue &catalogue, const SearchRequest &request,
                                const std::function<bool()> &cancelled)
{
    QElapsedTimer timer;
    timer.start();
    const auto stopped = [&] {
        return cancelled && cancelled();
    };
    SearchResult result;
    result.text = request.text;
    result.sort = request.sort;
    result.order = request.order;

    const ParsedSearch parsed = SearchParser::parse(request.text);
    if (!parsed) {
        result.syntaxError = parsed.error();
        return result;
    }
    result.query = parsed.query();
    const MeetingQueries queries(catalogue);
    const auto prepared = queries.prepare(result.query);
    if (!prepared) {
        result.failure = prepared.error();
        return result;
    }
    result.notes = prepared->notes();

    const auto fail = [&](const Error &error) {
        if (stopped())
            return result; // superseded: its statement was interrupted, nobody waits for it
        qCWarning(lcStorage).noquote() << "search failed:" << error.message << error.detail;
        result.failure = error;
        return result;
    };
    if (stopped())
        return result;
    auto count = queries.count(*prepared, MeetingQueries::Scope::TopLevel);
    if (!count)
        return fail(count.error());
    result.count = *count;

    if (request.firstPage && result.count > 0 && !stopped()) {
        result.firstPage =
            queries.firstPage(*prepared, request.sort, request.order, request.pageSize);
    }
    if (request.facets && result.count <= oneStatementFacets && !stopped()) {
        // All of them in one statement: the result's meetings are found once, not six times.
        auto facets = queries.facets(*prepared, Facet::allKinds(), MeetingQueries::Scope::TopLevel,
                                     request.facetLimit);
        if (!facets)
            return fail(facets.error());
        result.facets = std::move(facets).value();
    } else if (request.facets) {
        // A large result takes seconds whichever way: one statement per facet, so that a newer
        // search stops this one in between.
        for (const Facet::Kind kind : Facet::allKinds()) {
            if (stopped())
                return result;
            auto facet =
                queries.facet(*prepared, kind, MeetingQueries::Scope::TopLevel, request.facetLimit);
            if (!facet)
                return fail(facet.error());
            result.facets.append(std::move(facet).value());
        }
    }
    result.elapsedMs = timer.elapsed();
    qCDebug(lcStorage).noquote() << "search" << result.query.describe() << "found" << result.count
                                 << "in" << result.elapsedMs << "ms";
    return result;
}

} // namespace entente

#include "pageloader.h"

using namespace Qt::StringLiterals;

namespace entente {

namespace {

// Requests beyond these are forgotten: a scrollbar dragged across a million rows asks for
// hundreds of pages, and only where it stops matters.
constexpr qsizetype maxWanted = 4;

} // namespace

PageLoader::PageLoader(int pageSize, QObject *parent)
    : QObject(parent)
    , m_pageSize(pageSize)
    , m_worker(new QObject)
    , m_releaser(std::make_shared<std::shared_ptr<MeetingRowSource>>())
    , m_live(std::make_shared<std::atomic<quint64>>(0))
{
    m_thread.setObjectName(u"entente-pages"_s);
    m_worker->moveToThread(&m_thread);
    // Runs on the worker thread as it ends: only the owning thread may close its connection.
    const auto releaser = m_releaser;
    connect(&m_thread, &QThread::finished, [releaser] {
        if (*releaser)
            (*releaser)->releaseThread();
    });
}

PageLoader::~PageLoader()
{
    m_live->store(++m_generation);
    m_thread.quit();
    m_thread.wait();
    delete m_worker;
}

void PageLoader::setSource(std::shared_ptr<MeetingRowSource> newSource)
{
    m_source = std::move(newSource);
    m_live->store(++m_generation);
    m_wanted.clear();
    m_inFlight.reset();
    if (!m_source)
        return;
    *m_releaser = m_source;
    if (!m_thread.isRunning())
        m_thread.start(QThread::LowPriority);

    const quint64 generation = m_generation;
    const auto live = m_live;
    const std::shared_ptr<MeetingRowSource> source = m_source;
    const int step = m_pageSize;
    QMetaObject::invokeMethod(m_worker, [this, source, generation, live, step] {
        // Hop from page end to page end along the index; a newer source stops it between hops.
        QList<SortKey> keys;
        std::optional<SortKey> key;
        for (;;) {
            if (live->load() != generation)
                return;
            key = source->keyAfter(key, step - 1);
            if (!key)
                break;
            keys.append(*key);
        }
        if (keys.isEmpty())
            return;
        // `this` outlives the worker: the destructor waits for the thread; an event still
        // queued for a destroyed loader is dropped by Qt.
        QMetaObject::invokeMethod(
            this,
            [this, generation, keys = std::move(keys)] {
                if (generation == m_generation)
                    Q_EMIT sampleReady(keys);
            },
            Qt::QueuedConnection);
    });
}

bool PageLoader::isRequested(std::size_t page) const
{
    return m_inFlight == page || std::any_of(m_wanted.cbegin(), m_wanted.cend(),
                                             [page](const auto &w) { return w.first == page; });
}

void PageLoader::request(std::size_t page, const std::optional<SortKey> &after)
{
    if (!m_source || isRequested(page))
        return;
    m_wanted.append({page, after});
    while (m_wanted.size() > maxWanted)
        m_wanted.removeFirst();
    dispatch();
}

void PageLoader::dispatch()
{
    if (m_inFlight || m_wanted.isEmpty())
        return;
    const auto [page, known] = m_wanted.takeLast();
    m_inFlight = page;
    const quint64 generation = m_generation;
    const auto live = m_live;
    const std::shared_ptr<MeetingRowSource> source = m_source;
    const int size = m_pageSize;
    QMetaObject::invokeMethod(m_worker, [this, source, generation, live, page, known, size] {
        if (live->load() != generation)
            return;
        // The seek reads only the index; the rows of the page are then read like any other.
        std::optional<SortKey> after = known;
        if (page > 0 && !after)
            after = source->keyAt(qint64(page) * size - 1);
        QList<MeetingRow> rows;
        if (page == 0 || after)
            rows = source->rowsAfter(after, size);
        QMetaObject::invokeMethod(
            this,
            [this, generation, page, after, rows = std::move(rows)] {
                finishPage(generation, page, after, rows);
            },
            Qt::QueuedConnection);
    });
}

void PageLoader::finishPage(quint64 generation, std::size_t page,
                            const std::optional<SortKey> &after, const QList<MeetingRow> &rows)
{
    if (generation != m_generation)
        return;
    m_inFlight.reset();
    if (!rows.isEmpty())
        Q_EMIT pageReady(page, after, rows);
    dispatch();
}

} // namespace entente

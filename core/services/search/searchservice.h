#pragma once

#include "query/searchrequest.h"

#include <QObject>
#include <QThread>

#include <atomic>
#include <functional>
#include <memory>

namespace entente {

class Catalogue;

// Runs searches off the UI thread. One worker thread with its own connection to the catalogue
// (Catalogue::database() gives each thread its own); requests and results cross threads as plain
// values. Each search() supersedes the ones before: their results are dropped, and a search
// still running stops at its next step (between statements), so typing fast never queues work.
// The service must be destroyed before the catalogue it reads.
class SearchService : public QObject
{
    Q_OBJECT

public:
    explicit SearchService(const Catalogue &catalogue, QObject *parent = nullptr);
    ~SearchService() override;

    // Starts a search and returns its generation; finished() will carry it, unless a later
    // search() or cancel() supersedes it.
    quint64 search(const SearchRequest &request);
    // Drops the search in progress: no finished() for it.
    void cancel();
    bool isBusy() const { return m_busy; }

    // What the worker does, on the calling thread: for the command line and tests. `cancelled`
    // is asked between steps.
    static SearchResult run(const Catalogue &catalogue, const SearchRequest &request,
                            const std::function<bool()> &cancelled = {});

Q_SIGNALS:
    // The result of the latest search, on the thread the service lives in.
    void finished(const entente::SearchResult &result);
    void busyChanged(bool busy);

private:
    void deliver(const SearchResult &result);
    void setBusy(bool busy);

    const Catalogue &m_catalogue;
    QThread m_thread;
    QObject *m_worker; // lives in m_thread: the context the work is posted to
    std::shared_ptr<std::atomic<quint64>> m_latest;
    quint64 m_generation = 0;
    // Set when the running search is superseded or cancelled: stops its statement mid-way.
    std::shared_ptr<std::atomic<bool>> m_stopRunning;
    bool m_busy = false;
};

} // namespace entente

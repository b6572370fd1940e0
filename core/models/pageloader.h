#pragma once

#include "query/meetingrow.h"

#include <QList>
#include <QObject>
#include <QThread>

#include <atomic>
#include <memory>
#include <optional>

namespace entente {

// Reads pages of the meetings table on a thread of its own, for jumps the model cannot answer at
// once: the seek to an arbitrary position and the sparse sample of page-start keys, so the UI
// thread never waits for either. Works on a clone of the model's row source, which reads through
// the worker thread's own connection; results come back as plain values, on the thread the loader
// lives in. A new source drops everything asked of the previous one.
class PageLoader : public QObject
{
    Q_OBJECT

public:
    explicit PageLoader(int pageSize, QObject *parent = nullptr);
    ~PageLoader() override;

    // Pages come from `source` from now on (nullptr: the loader does nothing). Starts reading the
    // sample of page-start keys.
    void setSource(std::shared_ptr<MeetingRowSource> newSource);
    bool isActive() const { return m_source != nullptr; }
    // Asks for a page; the latest requests go first, and only the last few are kept. `after`,
    // when known, is the key the page continues from: no seek is needed then (read-ahead).
    void request(std::size_t page, const std::optional<SortKey> &after = std::nullopt);
    bool isRequested(std::size_t page) const;

Q_SIGNALS:
    // `after`: the key the page continues from (nothing for the first page).
    void pageReady(std::size_t page, const std::optional<entente::SortKey> &after,
                   const QList<entente::MeetingRow> &rows);
    // The key of the last row of every page but the last, in order.
    void sampleReady(const QList<entente::SortKey> &pageEnds);

private:
    void dispatch();
    void finishPage(quint64 generation, std::size_t page, const std::optional<SortKey> &after,
                    const QList<MeetingRow> &rows);

    const int m_pageSize;
    QThread m_thread;
    QObject *m_worker; // lives in m_thread: the context the work is posted to
    std::shared_ptr<MeetingRowSource> m_source;
    // What the worker thread releases when it ends (its connection), through the last source.
    std::shared_ptr<std::shared_ptr<MeetingRowSource>> m_releaser;
    std::shared_ptr<std::atomic<quint64>> m_live; // the current generation, for the worker
    quint64 m_generation = 0;
    QList<std::pair<std::size_t, std::optional<SortKey>>> m_wanted; // most recent last
    std::optional<std::size_t> m_inFlight;
};

} // namespace entente

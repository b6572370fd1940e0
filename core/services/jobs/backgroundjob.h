#pragma once

#include "domain/error.h"

#include <QObject>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>

class QThread;
class QTimer;

namespace entente {

class Catalogue;

// What a piece of background work sees of itself: whether to stop, and where to say how far it
// got. Read and written from both threads.
class JobControl
{
public:
    bool isCancelled() const { return m_cancelled.load(); }
    const std::atomic<bool> &cancelFlag() const { return m_cancelled; }
    void cancel() { m_cancelled = true; }
    // Records how far the work got; false once it should stop (the form the report renderer and
    // the exporter take).
    bool report(qint64 done, qint64 total)
    {
        m_done = done;
        m_total = total;
        return !m_cancelled.load();
    }
    qint64 done() const { return m_done.load(); }
    qint64 total() const { return m_total.load(); }

private:
    std::atomic<bool> m_cancelled = false;
    std::atomic<qint64> m_done = 0;
    std::atomic<qint64> m_total = 0;
};

// Runs one piece of work on a worker thread of its own: the way Entente works off the UI thread,
// for reports, exports and imports alike. The work runs on a worker object on a QThread; progress
// reaches the owner's thread as progressChanged(), at most ten times a second, and the outcome as
// finished(), both by queued signals: nothing waits in a nested event loop. The work reads the
// catalogue through its thread's own connection, released when it ends; with
// Options::interruptStatements, cancelling also stops a statement that is running.
class BackgroundJob : public QObject
{
    Q_OBJECT

public:
    using Work = std::function<Status(JobControl &control)>;
    struct Options
    {
        QString threadName;
        const Catalogue *catalogue = nullptr; // whose connection the work uses, if any
        bool interruptStatements = false;     // reads only: clean-up would be stopped as well
    };

    BackgroundJob(Options options, Work work, QObject *parent = nullptr);
    // Cancels the work if it still runs and waits for its thread.
    ~BackgroundJob() override;

    void start();
    void cancel();
    bool isRunning() const { return m_running; }
    bool isCancelled() const { return m_control->isCancelled(); }

Q_SIGNALS:
    void progressChanged(qint64 done, qint64 total);
    // The work's result; `cancelled` when cancel() came first (the result says what it did then).
    void finished(const entente::Status &status, bool cancelled);

private:
    void reportProgress();
    void finish();

    struct Shared;
    Options m_options;
    Work m_work;
    std::shared_ptr<JobControl> m_control;
    std::shared_ptr<Shared> m_shared;
    QThread *m_thread = nullptr;
    QTimer *m_timer = nullptr;
    bool m_running = false;
    qint64 m_lastDone = -1;
};

} // namespace entente

Q_DECLARE_METATYPE(entente::Status)

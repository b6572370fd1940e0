#include "backgroundjob.h"

#include "storage/catalogue.h"
#include "storage/statementinterrupt.h"

#include <QThread>
#include <QTimer>

#include <optional>

namespace entente {

// The outcome, written by the worker before it signals and read by the owner after.
struct BackgroundJob::Shared
{
    Status status;
};

namespace {

// Lives on the job's thread and runs the work there.
class JobWorker : public QObject
{
    Q_OBJECT

public:
    JobWorker(const BackgroundJob::Options &options, BackgroundJob::Work work,
              std::shared_ptr<JobControl> control, std::function<void(Status)> store)
        : m_options(options)
        , m_work(std::move(work))
        , m_control(std::move(control))
        , m_store(std::move(store))
    {}

    void run()
    {
        Status status;
        {
            std::optional<StatementInterrupt> interrupt;
            if (m_options.catalogue && m_options.interruptStatements)
                interrupt.emplace(*m_options.catalogue, m_control->cancelFlag());
            status = m_work(*m_control);
        }
        // A connection can only be closed by its own thread: now, before the thread ends.
        if (m_options.catalogue)
            m_options.catalogue->releaseConnection();
        m_store(std::move(status));
        Q_EMIT done();
    }

Q_SIGNALS:
    void done();

private:
    BackgroundJob::Options m_options;
    BackgroundJob::Work m_work;
    std::shared_ptr<JobControl> m_control;
    std::function<void(Status)> m_store;
};

} // namespace

BackgroundJob::BackgroundJob(Options options, Work work, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_work(std::move(work))
    , m_control(std::make_shared<JobControl>())
    , m_shared(std::make_shared<Shared>())
    , m_timer(new QTimer(this))
{
    m_timer->setInterval(100);
    connect(m_timer, &QTimer::timeout, this, &BackgroundJob::reportProgress);
}

BackgroundJob::~BackgroundJob()
{
    if (m_thread) {
        m_control->cancel();
        m_thread->quit();
        m_thread->wait();
    }
}

void BackgroundJob::start()
{
    if (m_running || m_thread)
        return;
    m_running = true;
    m_thread = new QThread(this);
    m_thread->setObjectName(m_options.threadName.isEmpty() ? QStringLiteral("entente-job")
                                                           : m_options.threadName);
    auto *worker = new JobWorker(m_options, m_work, m_control,
                                 [shared = m_shared](Status s) { shared->status = std::move(s); });
    worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, worker, &QObject::deleteLater);
    connect(m_thread, &QThread::started, worker, &JobWorker::run);
    connect(worker, &JobWorker::done, this, &BackgroundJob::finish, Qt::QueuedConnection);
    m_timer->start();
    m_thread->start();
}

void BackgroundJob::cancel()
{
    m_control->cancel();
}

void BackgroundJob::reportProgress()
{
    const qint64 done = m_control->done();
    if (done == m_lastDone)
        return;
    m_lastDone = done;
    Q_EMIT progressChanged(done, m_control->total());
}

void BackgroundJob::finish()
{
    m_timer->stop();
    reportProgress();
    m_thread->quit();
    m_thread->wait();
    m_running = false;
    Q_EMIT finished(m_shared->status, m_control->isCancelled());
}

} // namespace entente

#include "backgroundjob.moc"

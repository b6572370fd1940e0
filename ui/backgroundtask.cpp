#include "backgroundtask.h"

#include <QEventLoop>
#include <QProgressDialog>
#include <QThread>
#include <QTimer>

#include <atomic>
#include <memory>

namespace entente {

namespace {

// What the worker thread and the dialog share: plain atomics, read by a timer on the UI thread.
struct Shared
{
    std::atomic<qint64> done{0};
    std::atomic<qint64> total{0};
    std::atomic<bool> cancel{false};
};

} // namespace

Status BackgroundTask::run(QWidget *parent, const QString &title, const QString &label, Work work,
                           bool *cancelled)
{
    auto shared = std::make_shared<Shared>();
    Status result;
    QThread *thread = QThread::create([&result, shared, work = std::move(work)] {
        result = work([shared](qint64 done, qint64 total) {
            shared->done = done;
            shared->total = total;
            return !shared->cancel.load();
        });
    });
    thread->setObjectName(QStringLiteral("entente-export"));

    QProgressDialog dialog(label, QProgressDialog::tr("Cancel"), 0, 1000, parent);
    dialog.setWindowTitle(title);
    dialog.setWindowModality(Qt::WindowModal);
    dialog.setMinimumDuration(400);
    dialog.setAutoClose(false);
    dialog.setAutoReset(false);
    dialog.setValue(0);

    QEventLoop loop;
    QTimer timer;
    timer.setInterval(100);
    QObject::connect(&timer, &QTimer::timeout, &dialog, [&dialog, shared] {
        // cancel() (the button, Escape) sets wasCanceled() without always emitting canceled().
        if (dialog.wasCanceled() && !shared->cancel) {
            shared->cancel = true;
            dialog.setLabelText(QProgressDialog::tr("Cancelling…"));
        }
        const qint64 total = shared->total;
        if (total > 0)
            dialog.setValue(int(std::min<qint64>(1000, shared->done * 1000 / total)));
    });
    QObject::connect(&dialog, &QProgressDialog::canceled, &dialog, [&dialog, shared] {
        shared->cancel = true;
        dialog.setLabelText(QProgressDialog::tr("Cancelling…"));
    });
    QObject::connect(thread, &QThread::finished, &loop, &QEventLoop::quit);
    timer.start();
    thread->start();
    loop.exec();
    thread->wait();
    delete thread;
    timer.stop();
    if (cancelled)
        *cancelled = shared->cancel;
    // Closing a progress dialog counts as cancelling it: no longer of interest.
    QObject::disconnect(&dialog, &QProgressDialog::canceled, nullptr, nullptr);
    dialog.close();
    return result;
}

} // namespace entente

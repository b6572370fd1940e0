#include "jobprogressdialog.h"

#include "jobs/backgroundjob.h"

#include <QTimer>

namespace entente {

JobProgressDialog::JobProgressDialog(BackgroundJob *job, const QString &title, const QString &label,
                                     QWidget *parent)
    : QProgressDialog(label, tr("Cancel"), 0, 1000, parent)
{
    setObjectName(QStringLiteral("jobProgress"));
    setWindowTitle(title);
    setWindowModality(Qt::WindowModal);
    setMinimumDuration(400);
    setAutoClose(false);
    setAutoReset(false);
    setValue(0);
    connect(job, &BackgroundJob::progressChanged, this, [this](qint64 done, qint64 total) {
        if (total > 0)
            setValue(int(std::min<qint64>(1000, done * 1000 / total)));
    });
    const auto cancel = [this, job] {
        if (job->isCancelled())
            return;
        job->cancel();
        setLabelText(tr("Cancelling…"));
    };
    connect(this, &QProgressDialog::canceled, job, cancel);
    // cancel() (Escape, closing the dialog) sets wasCanceled() without always emitting canceled().
    auto *watch = new QTimer(this);
    watch->setInterval(100);
    connect(watch, &QTimer::timeout, this, [this, cancel] {
        if (wasCanceled())
            cancel();
    });
    watch->start();
    connect(job, &BackgroundJob::finished, this, [this, watch] {
        // Closing a progress dialog counts as cancelling it: no longer of interest.
        disconnect(this, &QProgressDialog::canceled, nullptr, nullptr);
        watch->stop();
        close();
        deleteLater();
    });
}

} // namespace entente

#include "backupscheduler.h"

#include "jobs/backgroundjob.h"
#include "storage/catalogue.h"
#include "storage/cataloguebackups.h"

#include <QSettings>
#include <QTimer>

#include <chrono>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace entente {

namespace {

// The first look waits for the window to settle; later ones come every half hour.
constexpr auto firstLook = 30s;
constexpr auto laterLooks = 30min;

} // namespace

BackupScheduler::Preferences BackupScheduler::Preferences::load()
{
    const QSettings settings;
    Preferences p;
    p.enabled = settings.value(u"backup/enabled"_s, p.enabled).toBool();
    p.intervalHours =
        std::max(1, settings.value(u"backup/intervalHours"_s, p.intervalHours).toInt());
    p.budgetMiB = std::max(1, settings.value(u"backup/budgetMiB"_s, p.budgetMiB).toInt());
    return p;
}

void BackupScheduler::Preferences::save() const
{
    QSettings settings;
    settings.setValue(u"backup/enabled"_s, enabled);
    settings.setValue(u"backup/intervalHours"_s, intervalHours);
    settings.setValue(u"backup/budgetMiB"_s, budgetMiB);
}

BackupScheduler::BackupScheduler(QObject *parent)
    : QObject(parent)
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, [this] {
        backUpIfDue();
        m_timer->start(laterLooks);
    });
}

BackupScheduler::~BackupScheduler()
{
    stop();
}

void BackupScheduler::stop()
{
    m_timer->stop();
    // The job's destructor waits for its thread: the copy reads the catalogue being let go.
    delete m_job.data();
}

void BackupScheduler::setCatalogue(const Catalogue *catalogue)
{
    stop();
    m_catalogue = catalogue;
    if (m_catalogue && !m_catalogue->isReadOnly())
        m_timer->start(firstLook);
}

bool BackupScheduler::isRunning() const
{
    return m_job && m_job->isRunning();
}

void BackupScheduler::backUpIfDue()
{
    const Preferences preferences = Preferences::load();
    if (!m_catalogue || m_catalogue->isReadOnly() || !preferences.enabled || isRunning())
        return;
    if (!CatalogueBackups(m_catalogue->path())
             .isDue(QDateTime::currentDateTimeUtc(), preferences.intervalHours))
        return;
    start();
}

void BackupScheduler::backUpNow()
{
    if (m_catalogue && !isRunning())
        start();
}

void BackupScheduler::start()
{
    const Preferences preferences = Preferences::load();
    const CatalogueBackups backups(m_catalogue->path());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    BackupRotation rotation;
    rotation.budgetBytes = qint64(preferences.budgetMiB) * 1024 * 1024;
    auto made = std::make_shared<QString>();
    m_job = new BackgroundJob(
        {u"backup"_s, m_catalogue, false},
        [catalogue = m_catalogue, backups, rotation, now, made](JobControl &) -> Status {
            auto backup = backups.make(*catalogue, now);
            if (!backup)
                return backup.error();
            *made = backup->path;
            backups.prune(rotation);
            return {};
        },
        this);
    connect(m_job, &BackgroundJob::finished, this, [this, made](const Status &status, bool) {
        m_job->deleteLater();
        if (status)
            Q_EMIT backedUp(*made);
        else
            Q_EMIT failed(status.error());
    });
    m_job->start();
}

} // namespace entente

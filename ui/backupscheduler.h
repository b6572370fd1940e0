#pragma once

#include "domain/error.h"

#include <QObject>
#include <QPointer>

class QTimer;

namespace entente {

class BackgroundJob;
class Catalogue;

// The window's automatic backups: a while after a catalogue opens (the first screen comes first)
// and then every half hour, it asks whether a backup is due (none yet, or the newest older than
// the interval of the preferences and the catalogue written since) and, if so, makes one in the
// background and thins the older ones. Never for a read-only catalogue.
class BackupScheduler : public QObject
{
    Q_OBJECT

public:
    struct Preferences
    {
        bool enabled = true;
        int intervalHours = 24;
        int budgetMiB = 2048;

        static Preferences load();
        void save() const;
    };

    explicit BackupScheduler(QObject *parent = nullptr);
    ~BackupScheduler() override;

    // Stops any backup of the previous catalogue (waiting for it) before following `catalogue`.
    void setCatalogue(const Catalogue *catalogue);
    // Makes a backup now if one is due; also what the timer calls.
    void backUpIfDue();
    // Makes a backup now, due or not (File ▸ Back Up Now), in the background all the same: a
    // large catalogue takes minutes to copy and check.
    void backUpNow();
    bool isRunning() const;

Q_SIGNALS:
    void backedUp(const QString &path);
    void failed(const entente::Error &error);

private:
    void stop();
    void start();

    const Catalogue *m_catalogue = nullptr;
    QTimer *m_timer;
    QPointer<BackgroundJob> m_job;
};

} // namespace entente

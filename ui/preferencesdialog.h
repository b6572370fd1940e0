#pragma once

#include "backupscheduler.h"

#include <QDialog>

class QCheckBox;
class QSpinBox;

namespace entente {

// The application's preferences: for now, the automatic backups (whether, how often, how much
// room they may take).
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(const QString &backupsFolder, QWidget *parent = nullptr);

    BackupScheduler::Preferences backups() const;

private:
    QCheckBox *m_enabled;
    QSpinBox *m_interval;
    QSpinBox *m_budget;
};

} // namespace entente

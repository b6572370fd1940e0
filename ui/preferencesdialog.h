#pragma once

#include "appearance.h"
#include "backupscheduler.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QSpinBox;

namespace entente {

// The application's preferences: how the window looks, and the automatic backups (whether, how
// often, how much room they may take).
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(const QString &backupsFolder, QWidget *parent = nullptr);

    BackupScheduler::Preferences backups() const;
    Appearance::Mode appearance() const;

private:
    QCheckBox *m_enabled;
    QSpinBox *m_interval;
    QSpinBox *m_budget;
    QComboBox *m_appearance;
};

} // namespace entente

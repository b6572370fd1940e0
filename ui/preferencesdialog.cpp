#include "preferencesdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace entente {

PreferencesDialog::PreferencesDialog(const QString &backupsFolder, QWidget *parent)
    : QDialog(parent)
    , m_enabled(new QCheckBox(tr("&Back up the open catalogue automatically"), this))
    , m_interval(new QSpinBox(this))
    , m_budget(new QSpinBox(this))
    , m_appearance(new QComboBox(this))
{
    setWindowTitle(tr("Preferences"));
    const BackupScheduler::Preferences current = BackupScheduler::Preferences::load();
    m_enabled->setObjectName(u"backupEnabled"_s);
    m_enabled->setChecked(current.enabled);
    m_interval->setObjectName(u"backupInterval"_s);
    m_interval->setRange(1, 24 * 7);
    m_interval->setSuffix(tr(" h", "hours"));
    m_interval->setValue(current.intervalHours);
    m_budget->setObjectName(u"backupBudget"_s);
    m_budget->setRange(50, 1024 * 1024);
    m_budget->setSingleStep(100);
    m_budget->setSuffix(tr(" MiB"));
    m_budget->setValue(current.budgetMiB);

    auto *group = new QGroupBox(tr("Backups"), this);
    auto *form = new QFormLayout(group);
    form->addRow(m_enabled);
    form->addRow(tr("At most &every:"), m_interval);
    form->addRow(tr("&Keep within:"), m_budget);
    auto *note = new QLabel(
        tr("A backup is made when the catalogue was changed since the last one. The newest of "
           "each of the last 7 days and of the 4 weeks before are kept, in %1.")
            .arg(QDir::toNativeSeparators(backupsFolder)),
        group);
    note->setWordWrap(true);
    form->addRow(note);
    connect(m_enabled, &QCheckBox::toggled, m_interval, &QWidget::setEnabled);
    connect(m_enabled, &QCheckBox::toggled, m_budget, &QWidget::setEnabled);
    m_interval->setEnabled(current.enabled);
    m_budget->setEnabled(current.enabled);

    m_appearance->setObjectName(u"appearance"_s);
    m_appearance->addItem(tr("As the desktop"), int(Appearance::Mode::Desktop));
    m_appearance->addItem(tr("Light"), int(Appearance::Mode::Light));
    m_appearance->addItem(tr("Dark"), int(Appearance::Mode::Dark));
    m_appearance->setCurrentIndex(m_appearance->findData(int(Appearance::load())));
    auto *look = new QGroupBox(tr("Window"), this);
    auto *lookForm = new QFormLayout(look);
    lookForm->addRow(tr("&Appearance:"), m_appearance);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(look);
    layout->addWidget(group);
    layout->addWidget(buttons);
}

BackupScheduler::Preferences PreferencesDialog::backups() const
{
    return {m_enabled->isChecked(), m_interval->value(), m_budget->value()};
}

Appearance::Mode PreferencesDialog::appearance() const
{
    return Appearance::Mode(m_appearance->currentData().toInt());
}

} // namespace entente

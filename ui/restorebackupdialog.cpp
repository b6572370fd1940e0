#include "restorebackupdialog.h"

#include "domain/partialdate.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace entente {

RestoreBackupDialog::RestoreBackupDialog(const QString &cataloguePath,
                                         const QList<CatalogueBackups::Backup> &backups,
                                         QWidget *parent)
    : QDialog(parent)
    , m_cataloguePath(cataloguePath)
    , m_list(new QTreeWidget(this))
{
    setWindowTitle(tr("Restore from Backup"));
    auto *intro = new QLabel(
        tr("Choose the backup to put in the place of %1. The catalogue as it is now is kept "
           "beside it and never deleted.")
            .arg(QDir::toNativeSeparators(cataloguePath)),
        this);
    intro->setWordWrap(true);

    m_list->setObjectName(u"backups"_s);
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({tr("Made"), tr("Size")});
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_list->setAccessibleName(tr("Backups"));
    const QLocale here = locale();
    for (const CatalogueBackups::Backup &b : backups) {
        auto *item = new QTreeWidgetItem(
            m_list, {displayMoment(b.made, here), here.formattedDataSize(b.size)});
        item->setData(0, Qt::UserRole, b.path);
        item->setToolTip(0, QDir::toNativeSeparators(b.path));
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
    }
    auto *empty = new QLabel(tr("This catalogue has no backups yet: choose a file instead."), this);
    empty->setVisible(backups.isEmpty());
    m_list->setVisible(!backups.isEmpty());

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *restore = buttons->addButton(tr("&Restore"), QDialogButtonBox::AcceptRole);
    restore->setObjectName(u"restore"_s);
    QPushButton *other = buttons->addButton(tr("Other &File…"), QDialogButtonBox::ActionRole);
    restore->setEnabled(!backups.isEmpty());
    if (!backups.isEmpty())
        m_list->setCurrentItem(m_list->topLevelItem(0));
    connect(m_list, &QTreeWidget::itemDoubleClicked, restore, &QPushButton::click);
    connect(restore, &QPushButton::clicked, this, [this] {
        if (QTreeWidgetItem *item = m_list->currentItem()) {
            m_chosen = item->data(0, Qt::UserRole).toString();
            accept();
        }
    });
    connect(other, &QPushButton::clicked, this, &RestoreBackupDialog::chooseOtherFile);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_list);
    layout->addWidget(empty);
    layout->addWidget(buttons);
    resize(520, 360);
}

void RestoreBackupDialog::chooseOtherFile()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Restore from Backup"), QFileInfo(m_cataloguePath).absolutePath(),
        tr("Entente catalogues (*.entente);;All files (*)"));
    if (path.isEmpty())
        return;
    m_chosen = path;
    accept();
}

} // namespace entente

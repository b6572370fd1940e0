#pragma once

#include "storage/cataloguebackups.h"

#include <QDialog>

class QTreeWidget;

namespace entente {

// Chooses the backup to put in the catalogue's place: the catalogue's own backups, newest first,
// with when each was made and its size, or any other file.
class RestoreBackupDialog : public QDialog
{
    Q_OBJECT

public:
    RestoreBackupDialog(const QString &cataloguePath,
                        const QList<CatalogueBackups::Backup> &backups, QWidget *parent = nullptr);

    QString chosen() const { return m_chosen; }

private:
    void chooseOtherFile();

    QString m_cataloguePath;
    QTreeWidget *m_list;
    QString m_chosen;
};

} // namespace entente

#pragma once

#include "domain/backuprotation.h"
#include "domain/error.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace entente {

class Catalogue;

// The backups of one SQLite catalogue, in a folder beside it (CATALOGUE.backups/): each one a
// consistent copy of the whole file (VACUUM INTO a temporary file, flushed to disk, checked with
// integrity_check, then renamed), named by the UTC time it was made. Restoring puts a backup in
// the catalogue's place after keeping the current file aside, never deleting it.
class CatalogueBackups
{
    Q_DECLARE_TR_FUNCTIONS(CatalogueBackups)

public:
    struct Backup
    {
        QString path;
        QDateTime made; // UTC, from the name
        qint64 size = 0;
    };

    explicit CatalogueBackups(QString cataloguePath);

    QString folder() const;
    // The backups in the folder, newest first; none when there is no folder yet.
    QList<Backup> list() const;
    // The time a backup was made, read from its name; invalid for a file that is not one.
    static QDateTime madeAt(const QString &fileName);

    // Makes a backup of `catalogue` now, into the folder (or to `target`, which must not be one
    // of the catalogue's files), and checks it.
    Result<Backup> make(const Catalogue &catalogue, const QDateTime &now,
                        const QString &target = {}) const;
    // Whether an automatic backup is due: none yet, or the newest older than `intervalHours`
    // and the catalogue written since it was made.
    bool isDue(const QDateTime &now, int intervalHours) const;
    // Removes the backups `rotation` does not keep; the paths removed.
    QStringList prune(const BackupRotation &rotation) const;

    // Puts `backup` in the place of the catalogue, which nobody may have open: the backup is
    // checked first, the current file (with its write-ahead log) is copied aside to
    // CATALOGUE.before-restore-TIME, and only then replaced. The path of the copy kept aside
    // (empty when there was no catalogue file).
    Result<QString> restore(const QString &backup, const QDateTime &now) const;

    // Whether `path` is a backup or a copy kept aside by a restore (for output checks).
    bool owns(const QString &path) const;

private:
    QString m_path;
};

} // namespace entente

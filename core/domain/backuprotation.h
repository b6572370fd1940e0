#pragma once

#include <QDateTime>
#include <QList>

namespace entente {

// Which backups of a catalogue to keep: the newest of each of the last `daily` days that have
// one, then the newest of each of the `weekly` ISO weeks before those, within a size budget (the
// oldest kept go first when over it; the newest is always kept). The rest are removed. Pure
// rules over times and sizes: the files are CatalogueBackups' business.
struct BackupRotation
{
    int daily = 7;
    int weekly = 4;
    qint64 budgetBytes = qint64(2) * 1024 * 1024 * 1024;

    struct Backup
    {
        QDateTime made; // UTC
        qint64 size = 0;
    };
    // The indexes into `backups` (any order) of those to keep.
    QList<qsizetype> keep(const QList<Backup> &backups) const;
};

} // namespace entente

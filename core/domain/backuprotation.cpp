#include "backuprotation.h"

#include <QSet>

#include <algorithm>

namespace entente {

QList<qsizetype> BackupRotation::keep(const QList<Backup> &backups) const
{
    QList<qsizetype> newestFirst(backups.size());
    for (qsizetype i = 0; i < backups.size(); ++i)
        newestFirst[i] = i;
    std::stable_sort(newestFirst.begin(), newestFirst.end(), [&](qsizetype a, qsizetype b) {
        return backups.at(a).made > backups.at(b).made;
    });

    // Walking from the newest, the first backup of a day (or of a week, once the days are used
    // up) is that day's newest.
    QList<qsizetype> kept;
    QSet<QDate> days;
    QSet<qint64> weeks;
    int weeklyKept = 0;
    for (const qsizetype i : std::as_const(newestFirst)) {
        const QDate day = backups.at(i).made.toUTC().date();
        if (days.contains(day))
            continue;
        if (days.size() < daily) {
            days.insert(day);
            kept.append(i);
            continue;
        }
        days.insert(day);
        int year = 0;
        const int week = day.weekNumber(&year);
        const qint64 weekKey = qint64(year) * 100 + week;
        if (weeks.contains(weekKey))
            continue;
        weeks.insert(weekKey);
        // A week that a daily backup already stands for needs no weekly one.
        const bool covered = std::any_of(kept.cbegin(), kept.cend(), [&](qsizetype k) {
            int y = 0;
            const int w = backups.at(k).made.toUTC().date().weekNumber(&y);
            return y == year && w == week;
        });
        if (covered || weeklyKept == weekly)
            continue;
        kept.append(i);
        ++weeklyKept;
    }

    // Over the budget, the oldest kept go first; the newest stays whatever its size.
    qint64 total = 0;
    for (const qsizetype i : std::as_const(kept))
        total += backups.at(i).size;
    while (kept.size() > 1 && total > budgetBytes) {
        total -= backups.at(kept.constLast()).size;
        kept.removeLast();
    }
    return kept;
}

} // namespace entente

#pragma once

#include "domain/error.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <utility>

namespace entente {

// The connection settings and schema state of a bulk load, and their undoing. Entering it relaxes
// durability on this connection (synchronous=OFF, a large page cache; on a catalogue nobody else
// has open, an in-memory rollback journal instead of the write-ahead log), and, for a catalogue
// that holds no meetings yet, drops the secondary indexes of the tables being loaded: building an
// index once from sorted keys is several times cheaper than keeping it up to date row by row.
// Leaving it recreates those indexes from their exact SQL text and restores every setting, so the
// file ends as the normal write path would leave it.
class BulkLoadMode
{
public:
    explicit BulkLoadMode(QSqlDatabase db)
        : m_db(std::move(db))
    {}

    // `dropIndexes`: drop the secondary indexes (only when the loaded tables are empty).
    // `durable`: keep the connection's synchronous setting, so that a power cut during the load
    // cannot harm what the catalogue held before (an import into an analyst's catalogue, whose
    // single transaction commits once, loses nothing by it).
    Status enter(bool dropIndexes, bool durable = false);
    // Recreates the dropped indexes; `step(i, n)` is told before each one.
    Status rebuildIndexes(const std::function<void(int, int)> &step);
    // Puts the connection's settings back (also after a failure).
    Status restoreSettings();
    bool indexesDropped() const { return !m_dropped.isEmpty(); }
    // Whether a load drops this index and builds it at the end. Indexes whose keys arrive in
    // ascending order anyway (a child table by its parent's id) are kept: appending to them costs
    // less than sorting them afterwards.
    static bool rebuiltAfterLoad(const QString &indexName);

    // The indexes a load killed before its end left missing (name, CREATE INDEX text), as it
    // noted them in catalogue_info when it dropped them.
    static Result<QList<std::pair<QString, QString>>> pendingIndexes(const QSqlDatabase &db);
    // Builds them, each with its note removed in one transaction; `step(i, n)` before each.
    static Status finishInterruptedLoad(const QSqlDatabase &db,
                                        const std::function<void(int, int)> &step = {});

private:
    static QString pendingPrefix();
    static Status build(const QSqlDatabase &db, const QString &name, const QString &sql);
    Status pragma(const QString &sql);

    QSqlDatabase m_db;
    QList<std::pair<QString, QString>> m_dropped; // name, CREATE INDEX text
    QString m_synchronous;
    QString m_cacheSize;
    QString m_journalMode;
    bool m_entered = false;
};

} // namespace entente

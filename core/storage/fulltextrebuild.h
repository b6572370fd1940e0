#pragma once

#include "domain/error.h"

#include <QSqlDatabase>

#include <functional>

namespace entente {

// Makes every meeting's full-text row again from the meetings themselves, into a table of
// meeting_fts's shape (FullTextRow::columns()), when what the index holds changes (migration 8:
// search keys). Meetings are read in batches by id, with one statement per table for the whole
// batch, so a million meetings never sit in memory and take a few hundred statements per
// hundred thousand. Runs inside the caller's transaction.
class FullTextRebuild
{
public:
    using Progress = std::function<void(qint64 done, qint64 total)>;

    explicit FullTextRebuild(QSqlDatabase db)
        : m_db(std::move(db))
    {}

    // Fills `table` (empty, of meeting_fts's columns), telling `progress` as it goes.
    Status fill(const QString &table, const Progress &progress);

private:
    QSqlDatabase m_db;
};

} // namespace entente

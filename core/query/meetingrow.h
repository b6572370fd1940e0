#pragma once

#include "domain/codes.h"
#include "domain/partialdate.h"
#include "query/searchquery.h"

#include <QList>
#include <QString>
#include <QVariant>

#include <memory>
#include <optional>

namespace entente {

// Where a row sits in a sort order: the sort column's value, then the id to break ties. Keyset
// pages continue from the last key they saw.
struct SortKey
{
    QVariant value;
    qint64 id = 0;
};

// One line of the meetings table: just what the table shows, read a page at a time.
struct MeetingRow
{
    qint64 id = 0;
    PartialDate start;
    PartialDate end;
    QString title;
    QString place;
    QList<QString> countries; // ISO alpha-3, hosts first
    QList<QString> heads;     // heads of delegation, in the parties' order
    SortKey key;
};

enum class MeetingSort {
    Date,
    Title,
    Place
};

// Supplies the meetings table: a count and keyset pages in one sort order. Implemented by
// storage; the model sees no SQL.
class MeetingRowSource
{
public:
    virtual ~MeetingRowSource() = default;
    virtual void setSort(MeetingSort sort, Qt::SortOrder order) = 0;
    // Only the meetings matching `query` from now on (an empty query: all of them). The sort
    // order stays.
    virtual void setFilter(const SearchQuery &query) = 0;
    virtual qint64 count() = 0;
    // Up to `limit` rows following `after` (from the start when `after` is null).
    virtual QList<MeetingRow> rowsAfter(const std::optional<SortKey> &after, int limit) = 0;
    // The key of the row at `position`, found without decoding rows (an index-only seek).
    virtual std::optional<SortKey> keyAt(qint64 position) = 0;
    // The key `offset` rows further than the row keyed `after` (offset 0: the very next row;
    // keyAt(offset) when `after` is null): a hop from a page already known, read from the index,
    // costing the length of the hop rather than the position. Nothing when the source cannot tell.
    virtual std::optional<SortKey> keyAfter(const std::optional<SortKey> &after, qint64 offset)
    {
        Q_UNUSED(after);
        Q_UNUSED(offset);
        return std::nullopt;
    }
    // Whether rowOf() and rowsBefore() answer: what lets the table follow one edit precisely
    // instead of starting over.
    virtual bool placesRows() const { return false; }
    // The row of meeting `id` as the table shows it now; nothing when the meeting is not one of
    // the rows (a sub-event, filtered out, deleted).
    virtual std::optional<MeetingRow> rowOf(qint64 id)
    {
        Q_UNUSED(id);
        return std::nullopt;
    }
    // How many rows come before a row keyed `key` in the current order and filter; nothing when
    // the source cannot tell.
    virtual std::optional<qint64> rowsBefore(const SortKey &key)
    {
        Q_UNUSED(key);
        return std::nullopt;
    }
    // A copy in the same order and filter for reading on another thread, through that thread's
    // own connection; nullptr when the source can only be read where it was made.
    virtual std::unique_ptr<MeetingRowSource> clone() const { return nullptr; }
    // Called on that other thread as it ends: frees what the thread holds (its connection).
    virtual void releaseThread() {}
};

} // namespace entente

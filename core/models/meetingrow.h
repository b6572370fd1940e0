#pragma once

#include "domain/codes.h"
#include "domain/partialdate.h"

#include <QList>
#include <QString>
#include <QVariant>

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
    virtual qint64 count() = 0;
    // Up to `limit` rows following `after` (from the start when `after` is null).
    virtual QList<MeetingRow> rowsAfter(const std::optional<SortKey> &after, int limit) = 0;
    // The key of the row at `position`, found without decoding rows (an index-only seek).
    virtual std::optional<SortKey> keyAt(qint64 position) = 0;
};

} // namespace entente

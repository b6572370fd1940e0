#pragma once

#include "models/meetingrow.h"

namespace entente {

class Catalogue;

// The SQL behind the meetings table: keyset pages over the index of the chosen sort order, never
// an OFFSET scan over rows.
class MeetingTableQuery : public MeetingRowSource
{
public:
    explicit MeetingTableQuery(const Catalogue &catalogue)
        : m_catalogue(catalogue)
    {}

    void setSort(MeetingSort sort, Qt::SortOrder order) override;
    qint64 count() override;
    QList<MeetingRow> rowsAfter(const std::optional<SortKey> &after, int limit) override;
    std::optional<SortKey> keyAt(qint64 position) override;

private:
    QString sortColumn() const;
    QString orderBy() const;

    const Catalogue &m_catalogue;
    MeetingSort m_sort = MeetingSort::Date;
    Qt::SortOrder m_order = Qt::AscendingOrder;
};

} // namespace entente

#pragma once

#include "query/meetingrow.h"
#include "storage/sqlfilter.h"

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
    // Compiles the query with SearchSql; a query that cannot be compiled shows no rows.
    void setFilter(const SearchQuery &query) override;
    // A filter compiled already (MeetingQueries::prepare), used as it is.
    void setFilter(SqlFilter filter) { m_filter = std::move(filter); }
    qint64 count() override;
    QList<MeetingRow> rowsAfter(const std::optional<SortKey> &after, int limit) override;
    std::optional<SortKey> keyAt(qint64 position) override;
    std::optional<SortKey> keyAfter(const std::optional<SortKey> &after, qint64 offset) override;
    bool placesRows() const override { return true; }
    std::optional<MeetingRow> rowOf(qint64 id) override;
    std::optional<qint64> rowsBefore(const SortKey &key) override;
    std::unique_ptr<MeetingRowSource> clone() const override;
    void releaseThread() override;

private:
    // The table's columns for the rows `condition` (SQL after fromWhere(), with its own binds)
    // selects, and those rows read.
    QList<MeetingRow> readRows(const QString &condition,
                               const QList<std::pair<QString, QVariant>> &values) const;
    QString sortColumn() const;
    QString orderBy() const;
    // FROM … WHERE … of the table's rows under the current filter, the columns its order walks,
    // and its values: a one-person search in date order walks meeting_people (SqlFilter::driver).
    bool driven() const { return m_sort == MeetingSort::Date && m_filter.driver.has_value(); }
    QString fromWhere() const;
    QString keyColumns() const;
    QString keyOrder() const;
    void bindFilter(SqlQuery &query) const;

    const Catalogue &m_catalogue;
    MeetingSort m_sort = MeetingSort::Date;
    Qt::SortOrder m_order = Qt::AscendingOrder;
    SqlFilter m_filter; // ANDed to every statement; "1" when not searching
};

} // namespace entente

#include "meetingqueries.h"

#include "storage/meetingrepository.h"
#include "storage/meetingtablequery.h"
#include "storage/searchsql.h"

namespace entente {

Result<PreparedQuery> MeetingQueries::prepare(const SearchQuery &query) const
{
    auto filter = SearchSql(m_catalogue).compile(query);
    if (!filter)
        return filter.error();
    return PreparedQuery{query, std::move(filter).value()};
}

Result<qint64> MeetingQueries::count(const PreparedQuery &query, Scope scope) const
{
    return MeetingSearch(m_catalogue).count(query.filter, scope);
}

Result<QList<qint64>> MeetingQueries::ids(const PreparedQuery &query, Scope scope) const
{
    return MeetingSearch(m_catalogue).ids(query.filter, scope);
}

QList<MeetingRow> MeetingQueries::firstPage(const PreparedQuery &query, MeetingSort sort,
                                            Qt::SortOrder order, int limit) const
{
    MeetingTableQuery table(m_catalogue);
    table.setSort(sort, order);
    table.setFilter(query.filter);
    return table.rowsAfter(std::nullopt, limit);
}

Result<Facet> MeetingQueries::facet(const PreparedQuery &query, Facet::Kind kind, Scope scope,
                                    int limit) const
{
    return MeetingSearch(m_catalogue).facet(kind, query.filter, scope, limit);
}

Result<QList<Facet>> MeetingQueries::facets(const PreparedQuery &query,
                                            const QList<Facet::Kind> &kinds, Scope scope,
                                            int limit) const
{
    return MeetingSearch(m_catalogue).facets(kinds, query.filter, scope, limit);
}

Status MeetingQueries::stream(const PreparedQuery &query, Scope scope,
                              const std::function<Status(const Meeting &)> &visit) const
{
    const auto found = ids(query, scope);
    if (!found)
        return found.error();
    const MeetingRepository meetings(m_catalogue);
    for (const qint64 id : *found) {
        const auto meeting = meetings.get(id);
        if (!meeting)
            return meeting.error();
        if (Status s = visit(*meeting); !s)
            return s;
    }
    return {};
}

} // namespace entente

#include "meetingtablequery.h"

#include "domain/logging.h"
#include "storage/catalogue.h"
#include "storage/catalogueconnection.h"
#include "storage/meetingsearch.h"
#include "storage/searchsql.h"
#include "storage/sqlquery.h"

using namespace Qt::StringLiterals;

namespace entente {

void MeetingTableQuery::setSort(MeetingSort sort, Qt::SortOrder order)
{
    m_sort = sort;
    m_order = order;
}

QString MeetingTableQuery::sortColumn() const
{
    // Each of these is the second column of an index (parent_id, column, id): see
    // 0001_initial.sql and 0004_sort_keys.sql. Titles and places sort by their collation keys
    // (MeetingSortKeys), the reader's language's order compared as plain bytes.
    switch (m_sort) {
    case MeetingSort::Date:
        return u"start_date"_s;
    case MeetingSort::Title:
        return u"title_key"_s;
    case MeetingSort::Place:
        return u"place_key"_s;
    }
    return u"start_date"_s;
}

QString MeetingTableQuery::orderBy() const
{
    const QString direction = m_order == Qt::AscendingOrder ? u"ASC"_s : u"DESC"_s;
    return sortColumn() % u' ' % direction % u", id "_s % direction;
}

void MeetingTableQuery::setFilter(const SearchQuery &query)
{
    auto filter = SearchSql(m_catalogue).compile(query);
    if (!filter) {
        qCWarning(lcModel).noquote() << filter.error().message << filter.error().detail;
        m_filter = SqlFilter();
        m_filter.where = u"0"_s;
        return;
    }
    m_filter = std::move(filter).value();
}

QString MeetingTableQuery::fromWhere() const
{
    if (!driven())
        return u"FROM meetings m WHERE m.parent_id IS NULL AND ("_s % m_filter.where % u')';
    // CROSS JOIN keeps meeting_people outside: its key (person, start_date, meeting) is the order.
    const PersonDriver &driver = *m_filter.driver;
    return u"FROM meeting_people dp CROSS JOIN meetings m ON m.id = dp.meeting_id WHERE "
           "dp.person_id = :driver"_s %
           (driver.headsOnly ? u" AND dp.is_head = 1"_s : QString()) %
           u" AND m.parent_id IS NULL AND ("_s % driver.rest % u')';
}

QString MeetingTableQuery::keyColumns() const
{
    // dp.start_date is m.start_date (MeetingRepository writes both in one transaction).
    return driven() ? u"dp.start_date, dp.meeting_id"_s : u"m."_s % sortColumn() % u", m.id"_s;
}

QString MeetingTableQuery::keyOrder() const
{
    const QString direction = m_order == Qt::AscendingOrder ? u" ASC"_s : u" DESC"_s;
    return keyColumns().replace(u","_s, direction % u',') % direction;
}

void MeetingTableQuery::bindFilter(SqlQuery &query) const
{
    if (!driven()) {
        m_filter.bindTo(query);
        return;
    }
    query.bind(u":driver"_s, m_filter.driver->personId);
    m_filter.driver->bindTo(query);
}

qint64 MeetingTableQuery::count()
{
    // As the search counts it: from the filter's source when it has one (SqlFilter::where is the
    // form for walking pages, not for counting).
    auto n = MeetingSearch(m_catalogue).count(m_filter, MeetingSearch::Scope::TopLevel);
    if (!n)
        qCWarning(lcModel).noquote() << n.error().message << n.error().detail;
    return n ? *n : 0;
}

QList<MeetingRow>
MeetingTableQuery::readRows(const QString &condition,
                            const QList<std::pair<QString, QVariant>> &values) const
{
    const QString column = sortColumn();
    // Hosts first, then the order the parties were entered in; heads in the same order.
    const QString sql =
        u"SELECT m.id, m.start_date, m.start_precision, m.end_date, m.end_precision, "
        "m.title, m.place, m."_s %
        column %
        u", (SELECT group_concat(country_code, ' ') FROM (SELECT country_code FROM meeting_parties "
        "WHERE meeting_id = m.id ORDER BY role <> 'host', sort_order)), (SELECT group_concat(name, "
        "char(31)) FROM (SELECT CASE WHEN p.name_latin <> '' THEN p.name_latin ELSE p.name_native "
        "END AS name FROM delegations d JOIN meeting_parties mp ON mp.meeting_id = d.meeting_id "
        "AND mp.country_code = d.country_code JOIN delegation_members dm ON dm.delegation_id = "
        "d.id "
        "AND dm.is_head = 1 JOIN persons p ON p.id = dm.person_id WHERE d.meeting_id = m.id ORDER "
        "BY mp.role <> 'host', mp.sort_order)) "_s %
        fromWhere() % condition;
    SqlQuery q(CatalogueConnection::of(m_catalogue), m_filter.with() % sql);
    for (const auto &[name, value] : values)
        q.bind(name, value);
    bindFilter(q);
    QList<MeetingRow> rows;
    if (Status s = q.exec(u"read meetings page"_s); !s) {
        qCWarning(lcModel).noquote() << s.error().message << s.error().detail;
        return rows;
    }
    while (q.next()) {
        MeetingRow row;
        row.id = q.integer(0);
        row.start = PartialDate::fromStorage(q.text(1), q.text(2));
        row.end = PartialDate::fromStorage(q.text(3), q.text(4));
        row.title = q.text(5);
        row.place = q.text(6);
        row.key = {q.value(7), row.id};
        row.countries = q.text(8).split(u' ', Qt::SkipEmptyParts);
        row.heads = q.text(9).split(QChar(31), Qt::SkipEmptyParts);
        rows.append(std::move(row));
    }
    return rows;
}

QList<MeetingRow> MeetingTableQuery::rowsAfter(const std::optional<SortKey> &after, int limit)
{
    const QString comparison = m_order == Qt::AscendingOrder ? u">"_s : u"<"_s;
    QList<std::pair<QString, QVariant>> values{{u":limit"_s, limit}};
    if (after)
        values << std::pair{u":key"_s, after->value} << std::pair{u":id"_s, QVariant(after->id)};
    return readRows((after ? u" AND ("_s % keyColumns() % u") "_s % comparison % u" (:key, :id)"_s
                           : QString()) %
                        u" ORDER BY "_s % keyOrder() % u" LIMIT :limit"_s,
                    values);
}

std::optional<MeetingRow> MeetingTableQuery::rowOf(qint64 id)
{
    const QList<MeetingRow> rows = readRows(u" AND m.id = :only LIMIT 1"_s, {{u":only"_s, id}});
    if (rows.isEmpty())
        return std::nullopt;
    return rows.first();
}

std::optional<qint64> MeetingTableQuery::rowsBefore(const SortKey &key)
{
    // Counts index entries up to the key: the cost of the position, as keyAt() has.
    const QString comparison = m_order == Qt::AscendingOrder ? u"<"_s : u">"_s;
    SqlQuery q(CatalogueConnection::of(m_catalogue), m_filter.with() % u"SELECT count(*) "_s %
                                                         fromWhere() % u" AND ("_s % keyColumns() %
                                                         u") "_s % comparison % u" (:key, :id)"_s);
    q.bind(u":key"_s, key.value).bind(u":id"_s, key.id);
    bindFilter(q);
    if (Status s = q.exec(u"place a meeting"_s); !s || !q.next()) {
        qCWarning(lcModel) << "cannot place meeting" << key.id;
        return std::nullopt;
    }
    return q.integer(0);
}

std::optional<SortKey> MeetingTableQuery::keyAt(qint64 position)
{
    // Reads only the index (parent_id, column, id) when not searching: no table row is decoded.
    SqlQuery q(CatalogueConnection::of(m_catalogue),
               m_filter.with() % u"SELECT "_s % keyColumns() % u' ' % fromWhere() %
                   u" ORDER BY "_s % keyOrder() % u" LIMIT 1 OFFSET :position"_s);
    q.bind(u":position"_s, position);
    bindFilter(q);
    if (Status s = q.exec(u"seek meetings"_s); !s || !q.next())
        return std::nullopt;
    return SortKey{q.value(0), q.integer(1)};
}

std::optional<SortKey> MeetingTableQuery::keyAfter(const std::optional<SortKey> &after,
                                                   qint64 offset)
{
    if (!after)
        return keyAt(offset);
    // A hop from a known key along the same index: it reads `offset` index entries, however far
    // into the table the key is.
    const QString comparison = m_order == Qt::AscendingOrder ? u">"_s : u"<"_s;
    SqlQuery q(CatalogueConnection::of(m_catalogue),
               m_filter.with() % u"SELECT "_s % keyColumns() % u' ' % fromWhere() % u" AND ("_s %
                   keyColumns() % u") "_s % comparison % u" (:key, :id) ORDER BY "_s % keyOrder() %
                   u" LIMIT 1 OFFSET :offset"_s);
    q.bind(u":key"_s, after->value).bind(u":id"_s, after->id).bind(u":offset"_s, offset);
    bindFilter(q);
    if (Status s = q.exec(u"seek meetings"_s); !s || !q.next())
        return std::nullopt;
    return SortKey{q.value(0), q.integer(1)};
}

std::unique_ptr<MeetingRowSource> MeetingTableQuery::clone() const
{
    // The same catalogue, order and compiled filter; Catalogue::database() gives the thread that
    // uses the copy a connection of its own.
    return std::make_unique<MeetingTableQuery>(*this);
}

void MeetingTableQuery::releaseThread()
{
    m_catalogue.releaseConnection();
}

} // namespace entente

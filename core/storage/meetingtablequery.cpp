#include "meetingtablequery.h"

#include "logging.h"
#include "storage/catalogue.h"
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
    // Each of these is the second column of an index (parent_id, column, id): see 0001_initial.sql.
    switch (m_sort) {
    case MeetingSort::Date:
        return u"start_date"_s;
    case MeetingSort::Title:
        return u"title_folded"_s;
    case MeetingSort::Place:
        return u"place_folded"_s;
    }
    return u"start_date"_s;
}

QString MeetingTableQuery::orderBy() const
{
    const QString direction = m_order == Qt::AscendingOrder ? u"ASC"_s : u"DESC"_s;
    return sortColumn() % u' ' % direction % u", id "_s % direction;
}

qint64 MeetingTableQuery::count()
{
    SqlQuery q(m_catalogue.database(), u"SELECT count(*) FROM meetings WHERE parent_id IS NULL"_s);
    auto n = q.scalar(u"count meetings"_s);
    return n ? n->toLongLong() : 0;
}

QList<MeetingRow> MeetingTableQuery::rowsAfter(const std::optional<SortKey> &after, int limit)
{
    const QString column = sortColumn();
    const QString comparison = m_order == Qt::AscendingOrder ? u">"_s : u"<"_s;
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
        "BY mp.role <> 'host', mp.sort_order)) FROM meetings m WHERE m.parent_id IS NULL "_s %
        (after ? u"AND (m."_s % column % u", m.id) "_s % comparison % u" (:key, :id) "_s
               : QString()) %
        u"ORDER BY m."_s % orderBy() % u" LIMIT :limit"_s;
    SqlQuery q(m_catalogue.database(), sql);
    if (after)
        q.bind(u":key"_s, after->value).bind(u":id"_s, after->id);
    q.bind(u":limit"_s, limit);
    QList<MeetingRow> rows;
    if (Status s = q.exec(u"read meetings page"_s); !s) {
        qCWarning(lcModel).noquote() << s.error().message << s.error().detail;
        return rows;
    }
    rows.reserve(limit);
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

std::optional<SortKey> MeetingTableQuery::keyAt(qint64 position)
{
    // Reads only the index (parent_id, column, id): no table row is decoded on the way.
    SqlQuery q(m_catalogue.database(),
               u"SELECT "_s % sortColumn() %
                   u", id FROM meetings WHERE parent_id IS NULL ORDER BY "_s % orderBy() %
                   u" LIMIT 1 OFFSET :position"_s);
    q.bind(u":position"_s, position);
    if (Status s = q.exec(u"seek meetings"_s); !s || !q.next())
        return std::nullopt;
    return SortKey{q.value(0), q.integer(1)};
}

} // namespace entente

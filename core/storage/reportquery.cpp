#include "reportquery.h"

#include "storage/catalogue.h"
#include "storage/catalogueconnection.h"
#include "storage/sqlquery.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace entente {

namespace {

QString what()
{
    return QCoreApplication::translate("ReportQuery", "Cannot read the meetings for the report");
}

// The ids as a JSON array, bound as one text value and opened with json_each in SQL.
QString idArray(const QList<qint64> &ids)
{
    QString text;
    text.reserve(ids.size() * 8 + 2);
    text += u'[';
    for (qsizetype i = 0; i < ids.size(); ++i) {
        if (i > 0)
            text += u',';
        text += QString::number(ids.at(i));
    }
    text += u']';
    return text;
}

} // namespace

Result<QList<ReportRow>> ReportQuery::rows(const QList<qint64> &ids) const
{
    QList<ReportRow> rows;
    if (ids.isEmpty())
        return rows;
    const QSqlDatabase db = CatalogueConnection::of(m_catalogue);
    const QString array = idArray(ids);

    // j.key is the position in the array: rows come back in the caller's order.
    SqlQuery q(db, u"SELECT m.id, ifnull(m.parent_id, 0), m.start_date, m.start_precision, "
                   "m.end_date, m.end_precision, m.title, m.place, ifnull(m.place_country, '') "
                   "FROM json_each(:ids) j JOIN meetings m ON m.id = j.value ORDER BY j.key"_s);
    if (Status s = q.bind(u":ids"_s, array).exec(what()); !s)
        return s.error();
    QHash<qint64, qsizetype> index;
    while (q.next()) {
        ReportRow row;
        row.id = q.integer(0);
        row.parentId = q.integer(1);
        row.start = PartialDate::fromStorage(q.text(2), q.text(3));
        row.end = PartialDate::fromStorage(q.text(4), q.text(5));
        row.title = q.text(6);
        row.place = q.text(7);
        row.placeCountry = q.text(8);
        index.insert(row.id, rows.size());
        rows.append(row);
    }
    q.finish();

    SqlQuery heads(db, u"SELECT d.meeting_id, d.country_code, CASE WHEN p.name_latin <> '' THEN "
                       "p.name_latin ELSE p.name_native END FROM json_each(:ids) j "
                       "JOIN delegations d ON d.meeting_id = j.value "
                       "JOIN meeting_parties mp ON mp.meeting_id = d.meeting_id "
                       "AND mp.country_code = d.country_code "
                       "JOIN delegation_members dm ON dm.delegation_id = d.id AND dm.is_head = 1 "
                       "JOIN persons p ON p.id = dm.person_id "
                       "ORDER BY d.meeting_id, mp.sort_order, d.id, dm.sort_order"_s);
    if (Status s = heads.bind(u":ids"_s, array).exec(what()); !s)
        return s.error();
    while (heads.next()) {
        const auto at = index.constFind(heads.integer(0));
        if (at != index.constEnd())
            rows[*at].heads.append({heads.text(1), heads.text(2)});
    }
    heads.finish();

    SqlQuery documents(db, u"SELECT d.meeting_id, d.kind, d.action FROM json_each(:ids) j "
                           "JOIN documents d ON d.meeting_id = j.value "
                           "ORDER BY d.meeting_id, d.sort_order, d.id"_s);
    if (Status s = documents.bind(u":ids"_s, array).exec(what()); !s)
        return s.error();
    while (documents.next()) {
        const auto at = index.constFind(documents.integer(0));
        if (at != index.constEnd())
            rows[*at].documents.append({documents.text(1), documents.text(2)});
    }
    return rows;
}

Status ReportQuery::addFigures(const QList<qint64> &ids, ReportFigures &figures) const
{
    if (ids.isEmpty())
        return {};
    const QSqlDatabase db = CatalogueConnection::of(m_catalogue);
    const QString array = idArray(ids);

    SqlQuery meetings(db, u"SELECT m.id, CAST(substr(m.start_date, 1, 4) AS INTEGER) "
                          "FROM json_each(:ids) j JOIN meetings m ON m.id = j.value"_s);
    if (Status s = meetings.bind(u":ids"_s, array).exec(what()); !s)
        return s;
    while (meetings.next()) {
        ++figures.meetings;
        ++figures.meetingsByYear[int(meetings.integer(1))];
    }
    meetings.finish();

    SqlQuery parties(db, u"SELECT mp.country_code, CAST(substr(m.start_date, 1, 4) AS INTEGER), "
                         "mp.role = 'host' FROM json_each(:ids) j "
                         "JOIN meetings m ON m.id = j.value "
                         "JOIN meeting_parties mp ON mp.meeting_id = m.id"_s);
    if (Status s = parties.bind(u":ids"_s, array).exec(what()); !s)
        return s;
    while (parties.next()) {
        const QString country = parties.text(0);
        ++figures.meetingsByCountry[country];
        ++figures.countryByYear[int(parties.integer(1))][country];
        if (parties.integer(2) != 0)
            ++figures.meetingsHosted[country];
    }
    parties.finish();

    SqlQuery heads(db, u"SELECT DISTINCT dm.person_id FROM json_each(:ids) j "
                       "JOIN delegations d ON d.meeting_id = j.value "
                       "JOIN delegation_members dm ON dm.delegation_id = d.id "
                       "WHERE dm.is_head = 1"_s);
    if (Status s = heads.bind(u":ids"_s, array).exec(what()); !s)
        return s;
    while (heads.next())
        figures.heads.insert(heads.integer(0));
    heads.finish();

    SqlQuery topics(db, u"SELECT t.id, t.name, count(*) FROM json_each(:ids) j "
                        "JOIN meeting_topics mt ON mt.meeting_id = j.value "
                        "JOIN topics t ON t.id = mt.topic_id GROUP BY t.id"_s);
    if (Status s = topics.bind(u":ids"_s, array).exec(what()); !s)
        return s;
    while (topics.next()) {
        figures.topicCounts[topics.integer(0)] += int(topics.integer(2));
        figures.topicNames.insert(topics.integer(0), topics.text(1));
    }
    topics.finish();

    SqlQuery documents(db, u"SELECT count(*) FROM json_each(:ids) j "
                           "JOIN documents d ON d.meeting_id = j.value"_s);
    auto count = documents.bind(u":ids"_s, array).scalar(what());
    if (!count)
        return count.error();
    figures.documents += count->toLongLong();
    return {};
}

Result<QHash<qint64, qint64>> ReportQuery::parents(const QList<qint64> &ids) const
{
    QHash<qint64, qint64> parents;
    if (ids.isEmpty())
        return parents;
    SqlQuery q(CatalogueConnection::of(m_catalogue),
               u"SELECT m.id, m.parent_id FROM json_each(:ids) j JOIN meetings m ON m.id = j.value "
               "WHERE m.parent_id IS NOT NULL"_s);
    if (Status s = q.bind(u":ids"_s, idArray(ids)).exec(what()); !s)
        return s.error();
    while (q.next())
        parents.insert(q.integer(0), q.integer(1));
    return parents;
}

} // namespace entente

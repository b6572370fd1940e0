#include "persondirectory.h"

#include "domain/namefolding.h"
#include "storage/catalogue.h"
#include "storage/catalogueconnection.h"
#include "storage/sqlquery.h"

#include <QCoreApplication>
#include <QHash>

using namespace Qt::StringLiterals;

namespace entente {

namespace {

const QString summaryColumns =
    u"p.id, p.name_latin, p.name_native, ifnull(p.country_code, ''), (SELECT count(DISTINCT "
    "d.meeting_id) FROM delegation_members dm JOIN delegations d ON d.id = dm.delegation_id "
    "WHERE dm.person_id = p.id)"_s;

PersonSummary summaryFrom(const SqlQuery &q)
{
    return {q.integer(0), q.text(1), q.text(2), q.text(3), int(q.integer(4))};
}

} // namespace

Result<QList<PersonSummary>> PersonDirectory::all() const
{
    SqlQuery q(CatalogueConnection::of(m_catalogue),
               u"SELECT "_s % summaryColumns % u" FROM persons p ORDER BY p.id"_s);
    if (Status s = q.exec(tr("Cannot read the list of people")); !s)
        return s.error();
    QList<PersonSummary> people;
    while (q.next())
        people.append(summaryFrom(q));
    return people;
}

Result<QList<PersonSummary>> PersonDirectory::complete(const QString &text, int limit) const
{
    const QStringList words = NameFolding::matchWords(text);
    if (words.isEmpty())
        return QList<PersonSummary>();
    // Whole words must be keys; the last word is a prefix: a key range, so the index serves it.
    QStringList parts;
    for (qsizetype i = 0; i + 1 < words.size(); ++i)
        parts.append(u"SELECT person_id FROM person_name_keys WHERE match_key = :k%1"_s.arg(i));
    parts.append(u"SELECT person_id FROM person_name_keys WHERE match_key >= :lo AND "
                 "match_key < :hi"_s);
    SqlQuery q(CatalogueConnection::of(m_catalogue),
               parts.join(u" INTERSECT "_s) % u" LIMIT :limit"_s);
    for (qsizetype i = 0; i + 1 < words.size(); ++i)
        q.bind(u":k%1"_s.arg(i), words.at(i));
    const QString prefix = words.constLast();
    QString upper = prefix;
    upper.back() = QChar(char16_t(upper.back().unicode() + 1));
    q.bind(u":lo"_s, prefix).bind(u":hi"_s, upper).bind(u":limit"_s, limit);
    if (Status s = q.exec(tr("Cannot look up “%1”").arg(text)); !s)
        return s.error();
    QList<qint64> ids;
    while (q.next())
        ids.append(q.integer(0));
    q.finish();
    return summaries(ids);
}

Result<QList<PersonSummary>> PersonDirectory::summaries(const QList<qint64> &ids) const
{
    SqlQuery q(CatalogueConnection::of(m_catalogue),
               u"SELECT "_s % summaryColumns % u" FROM persons p WHERE p.id = :id"_s);
    QList<PersonSummary> people;
    for (qint64 id : ids) {
        if (Status s = q.bind(u":id"_s, id).exec(tr("Cannot read the list of people")); !s)
            return s.error();
        if (q.next())
            people.append(summaryFrom(q));
        q.finish();
    }
    return people;
}

Result<QList<MeetingSummary>> PersonDirectory::meetingsOf(qint64 personId) const
{
    SqlQuery q(CatalogueConnection::of(m_catalogue),
               u"SELECT m.id, ifnull(m.parent_id, 0), m.title, m.start_date, m.start_precision, "
               "m.end_date, m.end_precision, m.place, dm.position, dm.is_head FROM "
               "delegation_members dm JOIN delegations d ON d.id = dm.delegation_id JOIN "
               "meetings m ON m.id = d.meeting_id WHERE dm.person_id = :id "
               "ORDER BY m.start_date, m.id"_s);
    if (Status s = q.bind(u":id"_s, personId)
                       .exec(tr("Cannot read the meetings of person %1").arg(personId));
        !s)
        return s.error();
    QList<MeetingSummary> meetings;
    while (q.next()) {
        MeetingSummary m;
        m.id = q.integer(0);
        m.parentId = q.integer(1);
        m.title = q.text(2);
        m.start = PartialDate::fromStorage(q.text(3), q.text(4));
        m.end = PartialDate::fromStorage(q.text(5), q.text(6));
        m.place = q.text(7);
        m.position = q.text(8);
        m.head = q.integer(9) != 0;
        if (!meetings.isEmpty() && meetings.constLast().id == m.id)
            continue; // in two delegations of one meeting: listed once
        meetings.append(m);
    }
    return meetings;
}

} // namespace entente

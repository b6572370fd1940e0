#include "documentrepository.h"

#include "domain/namefolding.h"
#include "storage/catalogue.h"
#include "storage/catalogueconnection.h"
#include "storage/sqlquery.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QSet>

using namespace Qt::StringLiterals;

namespace entente {

namespace {

const QString rowColumns =
    u"d.id, d.title, d.kind, d.action, ifnull(d.doc_date, ''), ifnull(d.doc_date_precision, ''), "
    "ifnull(d.period_start, ''), ifnull(d.period_start_precision, ''), ifnull(d.period_end, ''), "
    "ifnull(d.period_end_precision, ''), d.meeting_id, m.title FROM documents d JOIN meetings m "
    "ON m.id = d.meeting_id"_s;

DocumentRow rowFrom(const SqlQuery &q)
{
    DocumentRow d;
    d.id = q.integer(0);
    d.title = q.text(1);
    d.kind = q.text(2);
    d.action = q.text(3);
    d.date = PartialDate::fromStorage(q.text(4), q.text(5));
    d.periodStart = PartialDate::fromStorage(q.text(6), q.text(7));
    d.periodEnd = PartialDate::fromStorage(q.text(8), q.text(9));
    d.meetingId = q.integer(10);
    d.meetingTitle = q.text(11);
    return d;
}

} // namespace

Result<QList<DocumentRow>> DocumentRepository::page(qint64 afterId, int limit) const
{
    SqlQuery q(CatalogueConnection::of(m_catalogue),
               u"SELECT "_s % rowColumns % u" WHERE d.id > :after ORDER BY d.id LIMIT :limit"_s);
    q.bind(u":after"_s, afterId).bind(u":limit"_s, limit);
    if (Status s = q.exec(tr("Cannot read the documents")); !s)
        return s.error();
    QList<DocumentRow> rows;
    while (q.next())
        rows.append(rowFrom(q));
    return rows;
}

Result<std::optional<DocumentRow>> DocumentRepository::get(qint64 id) const
{
    SqlQuery q(CatalogueConnection::of(m_catalogue),
               u"SELECT "_s % rowColumns % u" WHERE d.id = :id"_s);
    if (Status s = q.bind(u":id"_s, id).exec(tr("Cannot read document %1").arg(id)); !s)
        return s.error();
    if (!q.next())
        return std::optional<DocumentRow>();
    return std::optional<DocumentRow>(rowFrom(q));
}

Result<QList<DocumentRow>> DocumentRepository::findByTitle(const QString &text, int limit) const
{
    const QStringList words = NameFolding::fold(text).split(u' ', Qt::SkipEmptyParts);
    QStringList conditions = {u"1"_s};
    for (qsizetype i = 0; i < words.size(); ++i)
        conditions.append(u"d.title_folded LIKE :w%1 ESCAPE '\\'"_s.arg(i));
    SqlQuery q(CatalogueConnection::of(m_catalogue),
               u"SELECT "_s % rowColumns % u" WHERE "_s % conditions.join(u" AND "_s) %
                   u" ORDER BY d.doc_date DESC, d.id LIMIT :limit"_s);
    for (qsizetype i = 0; i < words.size(); ++i)
        q.bind(u":w%1"_s.arg(i), QString(u'%' % escapeLike(words.at(i)) % u'%'));
    q.bind(u":limit"_s, limit);
    if (Status s = q.exec(tr("Cannot look up the document “%1”").arg(text)); !s)
        return s.error();
    QList<DocumentRow> rows;
    while (q.next())
        rows.append(rowFrom(q));
    return rows;
}

Result<QList<DocumentRow>> DocumentRepository::chain(qint64 id, QList<StoredLink> *links) const
{
    const QString what = tr("Cannot read the links of document %1").arg(id);
    // UNION (not UNION ALL) stops at documents already reached, so a cycle of links ends.
    SqlQuery q(CatalogueConnection::of(m_catalogue),
               u"WITH RECURSIVE reached(id) AS (SELECT :id UNION SELECT CASE WHEN "
               "l.from_document_id = r.id THEN l.to_document_id ELSE l.from_document_id END FROM "
               "document_links l JOIN reached r ON l.from_document_id = r.id OR "
               "l.to_document_id = r.id) SELECT "_s %
                   rowColumns %
                   u" WHERE d.id IN (SELECT id FROM reached) ORDER BY d.doc_date, d.id"_s);
    if (Status s = q.bind(u":id"_s, id).exec(what); !s)
        return s.error();
    QList<DocumentRow> rows;
    QSet<qint64> ids;
    while (q.next()) {
        rows.append(rowFrom(q));
        ids.insert(rows.constLast().id);
    }
    q.finish();
    if (links) {
        links->clear();
        SqlQuery l(CatalogueConnection::of(m_catalogue),
                   u"SELECT from_document_id, to_document_id, relation "
                   "FROM document_links WHERE from_document_id = :id"_s);
        for (const DocumentRow &row : std::as_const(rows)) {
            if (Status s = l.bind(u":id"_s, row.id).exec(what); !s)
                return s.error();
            while (l.next()) {
                if (ids.contains(l.integer(1)))
                    links->append(
                        {l.integer(0), l.integer(1),
                         relationFromCode(l.text(2)).value_or(DocumentRelation::Develops)});
            }
            l.finish();
        }
    }
    return rows;
}

Result<QList<StoredLink>> DocumentRepository::linksInto(const QList<qint64> &ids) const
{
    const QSet<qint64> set(ids.cbegin(), ids.cend());
    SqlQuery q(CatalogueConnection::of(m_catalogue),
               u"SELECT from_document_id, relation FROM document_links "
               "WHERE to_document_id = :id"_s);
    QList<StoredLink> links;
    for (qint64 id : ids) {
        if (Status s =
                q.bind(u":id"_s, id).exec(tr("Cannot read the links of document %1").arg(id));
            !s)
            return s.error();
        while (q.next()) {
            if (!set.contains(q.integer(0)))
                links.append({q.integer(0), id,
                              relationFromCode(q.text(1)).value_or(DocumentRelation::Develops)});
        }
        q.finish();
    }
    return links;
}

Status DocumentRepository::addLinks(const QList<StoredLink> &links)
{
    if (links.isEmpty())
        return {};
    const QString what = tr("Cannot restore the links between documents");
    const QSqlDatabase db = CatalogueConnection::of(m_catalogue);
    auto transaction = Transaction::begin(db);
    if (!transaction)
        return transaction.error();
    SqlQuery insert(db, u"INSERT OR IGNORE INTO document_links (from_document_id, "
                        "to_document_id, relation) SELECT :from, :to, :relation WHERE EXISTS "
                        "(SELECT 1 FROM documents WHERE id = :from) AND EXISTS (SELECT 1 FROM "
                        "documents WHERE id = :to)"_s);
    for (const StoredLink &l : links) {
        insert.bind(u":from"_s, l.from)
            .bind(u":to"_s, l.to)
            .bind(u":relation"_s, relationCode(l.relation));
        if (Status s = insert.exec(what); !s)
            return s;
    }
    return transaction->commit();
}

} // namespace entente

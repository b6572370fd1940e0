#include "exportquery.h"

#include "storage/catalogue.h"
#include "storage/catalogueconnection.h"
#include "storage/sqlquery.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace entente {

namespace {
QString what()
{
    return QCoreApplication::translate("ExportQuery", "Cannot read the catalogue for the export");
}
} // namespace

Result<QStringList> ExportQuery::topicPath(qint64 topicId) const
{
    // Up the tree from the topic; depth counts the steps, so the top comes last.
    SqlQuery q(CatalogueConnection::of(m_catalogue),
               u"WITH RECURSIVE up(id, parent_id, name, depth) AS ("
               "SELECT id, parent_id, name, 0 FROM topics WHERE id = :id "
               "UNION ALL SELECT t.id, t.parent_id, t.name, up.depth + 1 FROM topics t "
               "JOIN up ON t.id = up.parent_id WHERE up.depth < 64) "
               "SELECT name FROM up ORDER BY depth DESC"_s);
    if (Status s = q.bind(u":id"_s, topicId).exec(what()); !s)
        return s.error();
    QStringList path;
    while (q.next())
        path.append(q.text(0));
    return path;
}

Result<qint64> ExportQuery::documentMeeting(qint64 documentId) const
{
    SqlQuery q(CatalogueConnection::of(m_catalogue),
               u"SELECT meeting_id FROM documents WHERE id = :id"_s);
    if (Status s = q.bind(u":id"_s, documentId).exec(what()); !s)
        return s.error();
    return q.next() ? q.integer(0) : qint64(0);
}

} // namespace entente

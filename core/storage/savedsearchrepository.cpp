#include "savedsearchrepository.h"

#include "storage/catalogue.h"
#include "storage/catalogueconnection.h"
#include "storage/sqlquery.h"
#include "storage/timestamps.h"
#include "storage/transaction.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace entente {

namespace {

// The names are unique in the table: a clash is the user's to resolve, so say it in words.
Error nameTaken(const QString &what, const QString &name)
{
    return Error::invalid(
        what % u": "_s %
        SavedSearchRepository::tr("there is already a saved search called “%1”").arg(name));
}

Status checkName(const QSqlDatabase &db, const QString &what, const QString &name, qint64 except)
{
    if (name.isEmpty())
        return Error::invalid(what % u": "_s % SavedSearchRepository::tr("the name is empty"));
    SqlQuery q(db, u"SELECT 1 FROM saved_searches WHERE name = :name AND id <> :id"_s);
    if (Status s = q.bind(u":name"_s, name).bind(u":id"_s, except).exec(what); !s)
        return s;
    if (q.next())
        return nameTaken(what, name);
    return {};
}

} // namespace

Result<QList<SavedSearch>> SavedSearchRepository::list() const
{
    SqlQuery q(CatalogueConnection::of(m_catalogue),
               u"SELECT id, name, query, sort_order FROM saved_searches "
               "ORDER BY sort_order, id"_s);
    if (Status s = q.exec(tr("Cannot read the saved searches")); !s)
        return s.error();
    QList<SavedSearch> searches;
    while (q.next())
        searches.append({q.integer(0), q.text(1), q.text(2), int(q.integer(3))});
    return searches;
}

Result<qint64> SavedSearchRepository::save(const QString &name, const QString &query)
{
    const QString trimmed = name.simplified();
    const QString what = tr("Cannot save the search “%1”").arg(trimmed);
    const QSqlDatabase db = CatalogueConnection::of(m_catalogue);
    auto transaction = Transaction::begin(db);
    if (!transaction)
        return transaction.error();
    if (Status s = checkName(db, what, trimmed, 0); !s)
        return s.error();
    SqlQuery insert(db, u"INSERT INTO saved_searches (name, query, sort_order, created_at, "
                        "updated_at) VALUES (:name, :query, (SELECT ifnull(max(sort_order), 0) + 1 "
                        "FROM saved_searches), :now, :now) RETURNING id"_s);
    insert.bind(u":name"_s, trimmed)
        .bind(u":query"_s, query.trimmed())
        .bind(u":now"_s, timestampNow());
    auto id = insert.scalar(what);
    if (!id)
        return id.error();
    if (Status s = transaction->commit(); !s)
        return s.error();
    return id->toLongLong();
}

Status SavedSearchRepository::rename(qint64 id, const QString &name)
{
    const QString trimmed = name.simplified();
    const QString what = tr("Cannot rename the saved search to “%1”").arg(trimmed);
    const QSqlDatabase db = CatalogueConnection::of(m_catalogue);
    auto transaction = Transaction::begin(db);
    if (!transaction)
        return transaction.error();
    if (Status s = checkName(db, what, trimmed, id); !s)
        return s;
    SqlQuery update(db, u"UPDATE saved_searches SET name = :name, updated_at = :now WHERE id = :id "
                        "RETURNING id"_s);
    update.bind(u":name"_s, trimmed).bind(u":now"_s, timestampNow()).bind(u":id"_s, id);
    if (Status s = update.exec(what); !s)
        return s;
    if (!update.next())
        return Error::notFound(tr("The saved search %1 no longer exists").arg(id));
    update.finish();
    return transaction->commit();
}

Status SavedSearchRepository::remove(qint64 id)
{
    const QString what = tr("Cannot delete the saved search");
    SqlQuery remove(CatalogueConnection::of(m_catalogue),
                    u"DELETE FROM saved_searches WHERE id = :id RETURNING id"_s);
    if (Status s = remove.bind(u":id"_s, id).exec(what); !s)
        return s;
    if (!remove.next())
        return Error::notFound(tr("The saved search %1 no longer exists").arg(id));
    remove.finish();
    return {};
}

} // namespace entente

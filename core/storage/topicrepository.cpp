#include "topicrepository.h"

#include "domain/namefolding.h"
#include "storage/catalogue.h"
#include "storage/catalogueconnection.h"
#include "storage/sqlquery.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace entente {

namespace {

const QString pathSeparator = u" › "_s;

Error duplicateOr(const Error &error, const QString &what, const QString &name)
{
    if (error.kind == Error::Kind::Invalid)
        return Error::invalid(
            what % u": "_s %
            TopicRepository::tr("there is already a topic “%1” at that place").arg(name));
    return error;
}

} // namespace

Result<QList<Topic>> TopicRepository::all() const
{
    SqlQuery q(CatalogueConnection::of(m_catalogue),
               u"SELECT id, ifnull(parent_id, 0), name FROM topics ORDER BY id"_s);
    if (Status s = q.exec(tr("Cannot read the topics")); !s)
        return s.error();
    QList<Topic> topics;
    QHash<qint64, qsizetype> index;
    while (q.next()) {
        index.insert(q.integer(0), topics.size());
        topics.append({q.integer(0), q.integer(1), q.text(2), {}});
    }
    // Paths from the parents: a parent's id is not always smaller than its child's.
    for (Topic &t : topics) {
        QStringList names = {t.name};
        qint64 parent = t.parentId;
        for (int depth = 0; parent != 0 && depth < 32; ++depth) {
            const auto it = index.constFind(parent);
            if (it == index.constEnd())
                break;
            const Topic &p = topics.at(*it);
            names.prepend(p.name);
            parent = p.parentId;
        }
        t.path = names.join(pathSeparator);
    }
    std::sort(topics.begin(), topics.end(), [](const Topic &a, const Topic &b) {
        return NameFolding::fold(a.path) < NameFolding::fold(b.path);
    });
    return topics;
}

Result<Topic> TopicRepository::get(qint64 id) const
{
    auto topics = all();
    if (!topics)
        return topics.error();
    for (const Topic &t : std::as_const(*topics)) {
        if (t.id == id)
            return t;
    }
    return Error::notFound(tr("There is no topic %1 in the catalogue").arg(id));
}

Result<qint64> TopicRepository::add(const QString &name, qint64 parentId)
{
    const QString what = tr("Cannot add the topic “%1”").arg(name);
    if (name.trimmed().isEmpty())
        return Error::invalid(what % u": "_s % tr("a topic needs a name"));
    const QSqlDatabase db = CatalogueConnection::of(m_catalogue);
    auto transaction = Transaction::begin(db);
    if (!transaction)
        return transaction.error();
    SqlQuery insert(db, u"INSERT INTO topics (parent_id, name, folded) VALUES (:parent, :name, "
                        ":folded) RETURNING id"_s);
    insert.bind(u":parent"_s, parentId > 0 ? QVariant(parentId) : QVariant())
        .bind(u":name"_s, name.trimmed())
        .bind(u":folded"_s, NameFolding::fold(name));
    auto id = insert.scalar(what);
    if (!id)
        return duplicateOr(id.error(), what, name);
    if (Status s = transaction->commit(); !s)
        return s.error();
    return id->toLongLong();
}

Status TopicRepository::restore(const Topic &topic)
{
    const QString what = tr("Cannot restore the topic “%1”").arg(topic.name);
    const QSqlDatabase db = CatalogueConnection::of(m_catalogue);
    auto transaction = Transaction::begin(db);
    if (!transaction)
        return transaction.error();
    SqlQuery insert(db, u"INSERT INTO topics (id, parent_id, name, folded) VALUES (:id, :parent, "
                        ":name, :folded)"_s);
    insert.bind(u":id"_s, topic.id)
        .bind(u":parent"_s, topic.parentId > 0 ? QVariant(topic.parentId) : QVariant())
        .bind(u":name"_s, topic.name)
        .bind(u":folded"_s, NameFolding::fold(topic.name));
    if (Status s = insert.exec(what); !s)
        return duplicateOr(s.error(), what, topic.name);
    return transaction->commit();
}

Status TopicRepository::rename(qint64 id, const QString &name)
{
    const QString what = tr("Cannot rename the topic to “%1”").arg(name);
    if (name.trimmed().isEmpty())
        return Error::invalid(what % u": "_s % tr("a topic needs a name"));
    const QSqlDatabase db = CatalogueConnection::of(m_catalogue);
    auto transaction = Transaction::begin(db);
    if (!transaction)
        return transaction.error();
    SqlQuery update(db, u"UPDATE topics SET name = :name, folded = :folded WHERE id = :id "
                        "RETURNING id"_s);
    update.bind(u":name"_s, name.trimmed())
        .bind(u":folded"_s, NameFolding::fold(name))
        .bind(u":id"_s, id);
    if (Status s = update.exec(what); !s)
        return duplicateOr(s.error(), what, name);
    if (!update.next())
        return Error::notFound(tr("There is no topic %1 in the catalogue").arg(id));
    update.finish();
    return transaction->commit();
}

Status TopicRepository::remove(qint64 id)
{
    const QString what = tr("Cannot remove topic %1").arg(id);
    const QSqlDatabase db = CatalogueConnection::of(m_catalogue);
    auto transaction = Transaction::begin(db);
    if (!transaction)
        return transaction.error();
    SqlQuery remove(db, u"DELETE FROM topics WHERE id = :id"_s);
    if (Status s = remove.bind(u":id"_s, id).exec(what); !s) {
        if (s.error().kind == Error::Kind::Invalid)
            return Error::invalid(what % u": "_s % tr("meetings still use it or its sub-topics"));
        return s;
    }
    return transaction->commit();
}

} // namespace entente

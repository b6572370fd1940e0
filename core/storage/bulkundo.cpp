#include "bulkundo.h"

#include "storage/catalogueconnection.h"
#include "storage/sqlquery.h"
#include "storage/transaction.h"

using namespace Qt::StringLiterals;

namespace entente::BulkUndo {

const char16_t *tableName(int table)
{
    static const std::array<const char16_t *, IdTableCount> names = {
        u"persons",     u"person_aliases",     u"positions", u"topics", u"meetings",
        u"delegations", u"delegation_members", u"documents", u"sources"};
    return names.at(std::size_t(table));
}

Status remove(const Catalogue &catalogue, const QList<std::pair<Marks, Marks>> &batches,
              const QString &what)
{
    return remove(CatalogueConnection::of(catalogue), batches, what);
}

Status remove(const QSqlDatabase &db, const QList<std::pair<Marks, Marks>> &batches,
              const QString &what)
{
    const bool any = std::any_of(batches.cbegin(), batches.cend(),
                                 [](const auto &b) { return b.first != b.second; });
    if (!any)
        return {};
    Status result;
    const auto keep = [&result](Status st) {
        if (result && !st)
            result = std::move(st);
    };
    // Foreign keys are off meanwhile: the cascades would look for children through indexes the
    // load may have dropped, one scan per row. Every child row goes explicitly, children first.
    keep(SqlQuery(db, u"PRAGMA foreign_keys = OFF"_s).exec(what));
    {
        auto transaction = Transaction::begin(db);
        if (!transaction)
            keep(transaction.error());
        const QList<std::pair<IdTable, QString>> deletes = {
            {MeetingIds, u"DELETE FROM meeting_fts WHERE rowid BETWEEN :from AND :to"_s},
            {MeetingIds, u"DELETE FROM meeting_people WHERE meeting_id BETWEEN :from AND :to"_s},
            {MeetingIds, u"DELETE FROM meeting_topics WHERE meeting_id BETWEEN :from AND :to"_s},
            {DocumentIds,
             u"DELETE FROM document_links WHERE from_document_id BETWEEN :from AND :to"_s},
            {DocumentIds,
             u"DELETE FROM document_parties WHERE document_id BETWEEN :from AND :to"_s},
            {DocumentIds, u"DELETE FROM documents WHERE id BETWEEN :from AND :to"_s},
            {SourceIds, u"DELETE FROM sources WHERE id BETWEEN :from AND :to"_s},
            {MemberIds, u"DELETE FROM delegation_members WHERE id BETWEEN :from AND :to"_s},
            {DelegationIds, u"DELETE FROM delegations WHERE id BETWEEN :from AND :to"_s},
            {MeetingIds, u"DELETE FROM meeting_parties WHERE meeting_id BETWEEN :from AND :to"_s},
            {MeetingIds, u"DELETE FROM meetings WHERE id BETWEEN :from AND :to"_s},
            {PersonIds, u"DELETE FROM person_name_keys WHERE person_id BETWEEN :from AND :to"_s},
            {PositionIds, u"DELETE FROM positions WHERE id BETWEEN :from AND :to"_s},
            {AliasIds, u"DELETE FROM person_aliases WHERE id BETWEEN :from AND :to"_s},
            {PersonIds, u"DELETE FROM persons WHERE id BETWEEN :from AND :to"_s},
            {TopicIds, u"DELETE FROM topics WHERE id BETWEEN :from AND :to"_s}};
        for (const auto &[table, sql] : deletes) {
            SqlQuery remove(db, sql);
            for (const auto &[from, to] : batches) {
                if (!result || from[table] == to[table])
                    continue;
                remove.bind(u":from"_s, from[table]).bind(u":to"_s, to[table] - 1);
                keep(remove.exec(what));
            }
        }
        if (result && transaction)
            keep(transaction->commit());
    }
    keep(SqlQuery(db, u"PRAGMA foreign_keys = ON"_s).exec(what));
    return result;
}

} // namespace entente::BulkUndo

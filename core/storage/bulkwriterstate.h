#pragma once

// The inside of a BulkWriter, shared by bulkwriter.cpp and bulkwriterrecords.cpp only.

#include "storage/bulkinsert.h"
#include "storage/bulkloadmode.h"
#include "storage/bulkundo.h"
#include "storage/bulkwriter.h"
#include "storage/meetingrows.h"
#include "storage/transaction.h"

#include <QHash>
#include <QSet>
#include <QSqlDatabase>

#include <array>
#include <deque>
#include <future>
#include <optional>

using namespace Qt::StringLiterals;

namespace entente {

struct BulkWriter::State
{

    QSqlDatabase db;
    std::optional<BulkLoadMode> mode;
    std::optional<Transaction> transaction;
    bool begun = false;
    bool finished = false;
    bool cancelled = false;
    QString now;
    NameCollation collation; // of the catalogue's sort keys, read by begin()
    BulkUndo::Marks next{};
    // Each committed or running batch: the first id it used in every table, and the next free one.
    QList<std::pair<BulkUndo::Marks, BulkUndo::Marks>> batches;
    qint64 meetingsAdded = 0;
    qint64 personsAdded = 0;
    int inBatch = 0;
    int pendingPeople = 0;
    QList<qint64> lastDocuments;
    QList<MeetingRowsInput> jobs;                    // the chunk being filled
    std::deque<std::future<MeetingRows>> converting; // chunks on their way, oldest first

    QSet<QString> countries;
    QSet<QString> formats;
    QSet<QString> kinds;
    QSet<QString> actions;
    QHash<std::pair<qint64, QString>, qint64> topics; // (parent, folded) -> id
    // Stored names of the people met so far; nullopt: no such person.
    QHash<qint64, std::optional<std::pair<QString, QString>>> names;

    // Written by this thread as they are added; flushed before any meeting chunk, parents first.
    BulkInsert persons{u"persons"_s,
                       {u"id"_s, u"name_latin"_s, u"name_native"_s, u"country_code"_s,
                        u"created_at"_s, u"updated_at"_s}};
    BulkInsert aliases{u"person_aliases"_s, {u"id"_s, u"person_id"_s, u"alias"_s, u"sort_order"_s}};
    BulkInsert positions{u"positions"_s,
                         {u"id"_s, u"person_id"_s, u"title"_s, u"organisation"_s, u"country_code"_s,
                          u"start_date"_s, u"start_precision"_s, u"end_date"_s,
                          u"end_precision"_s}};
    BulkInsert nameKeys{u"person_name_keys"_s, {u"match_key"_s, u"person_id"_s}};
    BulkInsert topicRows{u"topics"_s, {u"id"_s, u"parent_id"_s, u"name"_s, u"folded"_s}};

    // The meeting tables, in MeetingRows::Table order.
    std::array<BulkInsert, MeetingRows::TableCount> meetingTables{
        BulkInsert{u"meetings"_s,
                   {u"id"_s, u"parent_id"_s, u"title"_s, u"title_folded"_s, u"title_key"_s,
                    u"start_date"_s, u"start_precision"_s, u"end_date"_s, u"end_precision"_s,
                    u"place"_s, u"place_folded"_s, u"place_key"_s, u"place_country"_s, u"format"_s,
                    u"status"_s, u"tone"_s, u"summary"_s, u"created_at"_s, u"updated_at"_s}},
        BulkInsert{u"meeting_parties"_s,
                   {u"meeting_id"_s, u"country_code"_s, u"role"_s, u"sort_order"_s}},
        BulkInsert{u"delegations"_s, {u"id"_s, u"meeting_id"_s, u"country_code"_s}},
        BulkInsert{u"delegation_members"_s,
                   {u"id"_s, u"delegation_id"_s, u"person_id"_s, u"position"_s, u"is_head"_s,
                    u"sort_order"_s}},
        BulkInsert{u"meeting_topics"_s,
                   {u"meeting_id"_s, u"topic_id"_s, u"sort_order"_s},
                   u"INSERT OR IGNORE"_s},
        BulkInsert{u"sources"_s,
                   {u"id"_s, u"meeting_id"_s, u"publisher"_s, u"title"_s, u"url"_s,
                    u"published_date"_s, u"published_precision"_s, u"body"_s, u"sort_order"_s}},
        BulkInsert{u"documents"_s,
                   {u"id"_s, u"meeting_id"_s, u"title"_s, u"kind"_s, u"action"_s, u"doc_date"_s,
                    u"doc_date_precision"_s, u"period_start"_s, u"period_start_precision"_s,
                    u"period_end"_s, u"period_end_precision"_s, u"sort_order"_s,
                    u"title_folded"_s}},
        BulkInsert{u"document_parties"_s,
                   {u"document_id"_s, u"country_code"_s, u"sort_order"_s},
                   u"INSERT OR IGNORE"_s},
        BulkInsert{u"document_links"_s,
                   {u"from_document_id"_s, u"to_document_id"_s, u"relation"_s}},
        BulkInsert{
            u"meeting_people"_s,
            {u"person_id"_s, u"start_date"_s, u"meeting_id"_s, u"is_head"_s, u"top_level"_s}},
        BulkInsert{u"meeting_fts"_s, {u"rowid"_s, u"title"_s, u"summary"_s, u"body"_s}}};

    std::array<BulkInsert *, 5> ownTables()
    {
        return {&persons, &aliases, &positions, &nameKeys, &topicRows};
    }
    void clearAll()
    {
        converting.clear(); // waits for the conversions still running
        jobs.clear();
        for (BulkInsert *table : ownTables())
            table->clear();
        for (BulkInsert &table : meetingTables)
            table.clear();
    }
};

} // namespace entente

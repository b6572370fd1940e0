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
#include <utility>

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

    // The meeting tables, in MeetingRows::Table order, as MeetingRows::spec() describes them.
    std::array<BulkInsert, MeetingRows::TableCount> meetingTables =
        meetingInserts(std::make_index_sequence<MeetingRows::TableCount>());

    std::array<BulkInsert *, 5> ownTables()
    {
        return {&persons, &aliases, &positions, &nameKeys, &topicRows};
    }
    template<std::size_t... Table>
    static std::array<BulkInsert, MeetingRows::TableCount>
    meetingInserts(std::index_sequence<Table...>)
    {
        return {BulkInsert(MeetingRows::spec(MeetingRows::Table(Table)).table,
                           MeetingRows::spec(MeetingRows::Table(Table)).columns,
                           MeetingRows::spec(MeetingRows::Table(Table)).verb)...};
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

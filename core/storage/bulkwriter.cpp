#include "bulkwriter.h"

#include "domain/logging.h"
#include "domain/namefolding.h"
#include "storage/bulkinsert.h"
#include "storage/bulkloadmode.h"
#include "storage/bulkundo.h"
#include "storage/bulkwriterstate.h"
#include "storage/catalogue.h"
#include "storage/catalogueconnection.h"
#include "storage/meetingrows.h"
#include "storage/meetingsortkeys.h"
#include "storage/sqlquery.h"
#include "storage/sqlvalues.h"
#include "storage/timestamps.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <deque>
#include <future>
#include <optional>

using namespace Qt::StringLiterals;
using namespace entente::sqlvalues;
using namespace entente::BulkUndo;

namespace entente {

namespace {

// Meetings are turned into rows in chunks of this many on another thread while the chunk before
// is written; at most a few chunks wait, so memory stays flat.
constexpr int chunkMeetings = 256;
constexpr std::size_t maxChunksInFlight = 3;
// People's rows are written every this many people.
constexpr int flushEveryPeople = 1024;

QString timestampText(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

MeetingRows convert(const QList<MeetingRowsInput> &inputs, const NameCollation &collation)
{
    MeetingRows rows;
    rows.collation = collation;
    for (const MeetingRowsInput &input : inputs)
        rows.append(input);
    return rows;
}

} // namespace

BulkWriter::BulkWriter(const Catalogue &catalogue)
    : BulkWriter(catalogue, Options())
{}

BulkWriter::BulkWriter(const Catalogue &catalogue, Options options)
    : m_catalogue(catalogue)
    , m_options(std::move(options))
    , m_state(std::make_unique<State>())
{}

BulkWriter::~BulkWriter()
{
    if (m_state->begun && !m_state->finished) {
        if (Status s = undo(); !s)
            qCWarning(lcStorage).noquote()
                << "undoing an unfinished load failed:" << s.error().message << s.error().detail;
    }
    m_state->clearAll();
}

const QList<qint64> &BulkWriter::lastDocumentIds() const
{
    return m_state->lastDocuments;
}

bool BulkWriter::wasCancelled() const
{
    return m_state->cancelled;
}

bool BulkWriter::rebuildsIndexes() const
{
    return m_state->mode && m_state->mode->indexesDropped();
}

qint64 BulkWriter::meetingsAdded() const
{
    return m_state->meetingsAdded;
}

qint64 BulkWriter::personsAdded() const
{
    return m_state->personsAdded;
}

Error BulkWriter::cancelledError() const
{
    return {Error::Kind::Invalid, tr("The load was cancelled; nothing was written"), {}};
}

bool BulkWriter::checkCancelled()
{
    if (!m_options.cancelled || !m_options.cancelled())
        return false;
    m_state->cancelled = true;
    (void)undo();
    return true;
}

Status BulkWriter::begin()
{
    State &s = *m_state;
    const QString what = tr("Cannot start loading into the catalogue %1").arg(m_catalogue.path());
    if (s.begun)
        return Error{Error::Kind::Storage, what, u"begin() called twice"_s};
    if (m_catalogue.isReadOnly())
        return Error{
            Error::Kind::ReadOnly,
            tr("The catalogue %1 is read-only: it cannot be changed").arg(m_catalogue.path()),
            {}};
    s.db = CatalogueConnection::of(m_catalogue);
    s.now = m_options.timestamp.isValid() ? timestampText(m_options.timestamp) : timestampNow();

    const auto readSet = [&](const QString &sql, QSet<QString> *into) -> Status {
        SqlQuery q(s.db, sql);
        if (Status st = q.exec(what); !st)
            return st;
        while (q.next())
            into->insert(q.text(0));
        return {};
    };
    const QString vocabulary = u"SELECT code FROM vocabulary WHERE vocabulary = '%1'"_s;
    for (const auto &[sql, set] : {std::pair{u"SELECT code FROM countries"_s, &s.countries},
                                   std::pair{vocabulary.arg(u"format"_s), &s.formats},
                                   std::pair{vocabulary.arg(u"document_kind"_s), &s.kinds},
                                   std::pair{vocabulary.arg(u"document_action"_s), &s.actions}}) {
        if (Status st = readSet(sql, set); !st)
            return st;
    }
    bool empty = false;
    {
        SqlQuery topics(s.db, u"SELECT id, ifnull(parent_id, 0), folded FROM topics"_s);
        if (Status st = topics.exec(what); !st)
            return st;
        while (topics.next())
            s.topics.insert({topics.integer(1), topics.text(2)}, topics.integer(0));
        SqlQuery any(s.db, u"SELECT NOT EXISTS (SELECT 1 FROM meetings) AND NOT EXISTS (SELECT 1 "
                           "FROM persons)"_s);
        auto isEmpty = any.scalar(what);
        if (!isEmpty)
            return isEmpty.error();
        empty = isEmpty->toBool();
    }
    const auto collation = MeetingSortKeys(s.db).collation();
    if (!collation)
        return collation.error();
    s.collation = *collation;

    s.mode.emplace(s.db);
    s.begun = true; // from here on, undo() puts back whatever was changed
    Status entered =
        s.mode->enter(empty && m_options.indexes == Indexes::Auto, m_options.durable && !empty);
    if (entered)
        entered = startBatch();
    if (!entered) {
        (void)undo();
        return entered;
    }
    return {};
}

Status BulkWriter::startBatch()
{
    State &s = *m_state;
    auto transaction = Transaction::begin(s.db);
    if (!transaction)
        return transaction.error();
    s.transaction.emplace(std::move(*transaction));
    const QString what = tr("Cannot write to the catalogue %1").arg(m_catalogue.path());
    for (int table = 0; table < IdTableCount; ++table) {
        SqlQuery q(s.db,
                   u"SELECT ifnull(max(id), 0) + 1 FROM "_s % QString::fromUtf16(tableName(table)));
        auto next = q.scalar(what);
        if (!next)
            return next.error();
        s.next[table] = next->toLongLong();
    }
    s.batches.append({s.next, s.next});
    s.inBatch = 0;
    return {};
}

Status BulkWriter::flushOwn()
{
    State &s = *m_state;
    const QString what = tr("Cannot write to the catalogue %1").arg(m_catalogue.path());
    for (BulkInsert *table : s.ownTables()) {
        if (table->pendingRows() == 0)
            continue;
        if (Status st = table->flush(s.db, what); !st) {
            s.clearAll();
            return st;
        }
    }
    s.pendingPeople = 0;
    return {};
}

Status BulkWriter::writeConverted(bool wait)
{
    State &s = *m_state;
    const QString what = tr("Cannot write to the catalogue %1").arg(m_catalogue.path());
    while (!s.converting.empty()) {
        std::future<MeetingRows> &front = s.converting.front();
        if (!wait && front.wait_for(std::chrono::seconds(0)) != std::future_status::ready &&
            s.converting.size() <= maxChunksInFlight)
            return {};
        MeetingRows rows = front.get();
        s.converting.pop_front();
        // People and topics the meetings refer to are written first.
        if (Status st = flushOwn(); !st)
            return st;
        for (int table = 0; table < MeetingRows::TableCount; ++table) {
            BulkInsert &target = s.meetingTables.at(std::size_t(table));
            target.appendRows(rows.values.at(std::size_t(table)));
            if (Status st = target.flush(s.db, what); !st) {
                s.clearAll();
                return st;
            }
        }
    }
    return {};
}

void BulkWriter::submitChunk()
{
    State &s = *m_state;
    if (s.jobs.isEmpty())
        return;
    s.converting.push_back(std::async(std::launch::async, convert, std::move(s.jobs), s.collation));
    s.jobs = {};
}

Status BulkWriter::finishBatch()
{
    State &s = *m_state;
    submitChunk();
    if (Status st = writeConverted(true); !st)
        return st;
    if (Status st = flushOwn(); !st)
        return st;
    s.batches.last().second = s.next;
    if (Status st = s.transaction->commit(); !st)
        return st;
    s.transaction.reset();
    if (m_options.progress)
        m_options.progress({Phase::Writing, s.meetingsAdded, 0});
    return {};
}

Status BulkWriter::afterRecord(bool meeting)
{
    State &s = *m_state;
    s.batches.last().second = s.next;
    ++s.inBatch;
    if (!meeting)
        ++s.pendingPeople;
    if (s.inBatch >= m_options.meetingsPerTransaction) {
        if (Status st = finishBatch(); !st)
            return st;
        return startBatch();
    }
    if (meeting && s.jobs.size() >= chunkMeetings) {
        submitChunk();
        return writeConverted(false);
    }
    if (s.pendingPeople >= flushEveryPeople)
        return flushOwn();
    return {};
}

} // namespace entente

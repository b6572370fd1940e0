#pragma once

#include "domain/error.h"
#include "domain/meeting.h"
#include "domain/person.h"
#include "storage/bulkundo.h"
#include "storage/documentrepository.h"
#include "storage/vocabularyrepository.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <functional>
#include <memory>

namespace entente {

class Catalogue;

// Writes many meetings and people fast: what the importer and the generator use. A meeting's rows
// come from MeetingRows, the builder MeetingRepository writes one meeting with, and a person's
// name keys from Person::matchKeys(), as PersonRepository stores them; only the batching differs:
// prepared multi-row statements reused across records and one transaction per batch of meetings.
// On a catalogue that holds no meetings or people yet, the secondary indexes are dropped for the
// load and rebuilt once at the end (see BulkLoadMode).
//
//     BulkWriter writer(catalogue, options);
//     writer.begin();  ... writer.addPerson(p) ... writer.add(m) ...  writer.commit();
//
// A load is all or nothing: rollback(), cancellation (Options::cancelled) or a failure undoes
// every batch already committed, and so does destroying an unfinished writer. Runs on the thread
// that calls it, through that thread's connection; use one from a worker thread, never the UI's.
class BulkWriter
{
    Q_DECLARE_TR_FUNCTIONS(BulkWriter)

public:
    enum class Phase {
        Writing,  // rows: `done` meetings written so far
        Indexing, // rebuilding index `done` of `total`
        Finished
    };
    struct Progress
    {
        Phase phase = Phase::Writing;
        qint64 done = 0;
        qint64 total = 0;
    };
    enum class Indexes {
        Auto, // rebuild after the load when the catalogue held no meetings or people
        Keep  // always maintain them row by row
    };
    struct Options
    {
        int meetingsPerTransaction = 10000;
        Indexes indexes = Indexes::Auto;
        // created_at / updated_at of rows that bring none (people always; meetings without
        // createdAt). Null: the current time.
        QDateTime timestamp;
        std::function<void(const Progress &)> progress; // after each batch and each index
        std::function<bool()> cancelled;                // asked before every record
        // Keep the catalogue's durability (no synchronous = OFF): for loads into a catalogue
        // that already holds an analyst's work.
        bool durable = false;
    };

    explicit BulkWriter(const Catalogue &catalogue);
    BulkWriter(const Catalogue &catalogue, Options options);
    ~BulkWriter();
    BulkWriter(const BulkWriter &) = delete;
    BulkWriter &operator=(const BulkWriter &) = delete;

    Status begin();
    // The new person's id. Validated like PersonRepository::create.
    Result<qint64> addPerson(const Person &person);
    // A topic under `parentId` (0: top level); the id of the one of that name if it exists.
    Result<qint64> addTopic(const QString &name, qint64 parentId = 0);
    // The new meeting's id. Validated like MeetingRepository::create; a meeting's createdAt and
    // updatedAt, when valid, are kept (an import keeps its records' history).
    Result<qint64> add(const Meeting &meeting);
    // The ids the documents of the last meeting added received, in its order.
    const QList<qint64> &lastDocumentIds() const;
    // Adds an entry the catalogue's vocabulary lacks (a format, document kind or action), in the
    // running batch: meetings added after it may use the code. Undoing a load of several batches
    // after they were committed keeps it; the importer, which loads in one batch, is the caller.
    Status addVocabularyEntry(VocabularyRepository::Kind kind, const QString &code,
                              const QString &label);
    // Links between documents of this load or of the catalogue, written after every meeting
    // added so far (a link may point to a document that comes later in a file).
    Status addLinks(const QList<StoredLink> &links);
    // The ids each batch of this load used, table by table: what BulkUndo::remove() takes to
    // remove the load later (undo of an import).
    QList<std::pair<BulkUndo::Marks, BulkUndo::Marks>> writtenRanges() const;
    // Writes what is buffered, rebuilds the indexes, restores the connection's settings.
    Status commit();
    // Undoes everything written since begin().
    Status rollback();

    bool wasCancelled() const;
    bool rebuildsIndexes() const;
    qint64 meetingsAdded() const;
    qint64 personsAdded() const;

private:
    struct State;
    Status startBatch();
    Status finishBatch();
    // Writes the people and topics added so far.
    Status flushOwn();
    // Hands the meetings added so far to be turned into rows on another thread.
    void submitChunk();
    // Writes the chunks already turned into rows (`wait`: all of them, waiting if need be).
    Status writeConverted(bool wait);
    Status afterRecord(bool meeting);
    Status checkMeeting(const Meeting &meeting);
    Result<qint64> topicFor(const TopicRef &topic);
    bool checkCancelled();
    Status undo();
    Error cancelledError() const;

    const Catalogue &m_catalogue;
    Options m_options;
    std::unique_ptr<State> m_state;
};

} // namespace entente

#pragma once

#include "domain/error.h"
#include "domain/meeting.h"
#include "domain/person.h"

#include <QList>
#include <QString>

#include <functional>

namespace entente {

// Where CatalogueGenerator puts what it makes: the catalogue's bulk-write path (BulkWriterSink),
// or, in the benchmarks, the same rows written through the sqlite3 C API for comparison.
class GeneratorSink
{
public:
    virtual ~GeneratorSink() = default;
    virtual Status begin() = 0;
    virtual Result<qint64> addPerson(const Person &person) = 0;
    virtual Result<qint64> addTopic(const QString &name, qint64 parentId) = 0;
    // The meeting's id; `documentIds` receives the ids of its documents, in order.
    virtual Result<qint64> addMeeting(const Meeting &meeting, QList<qint64> *documentIds) = 0;
    // Writes what is left and builds the indexes. `indexing` is told when the rows are all written.
    virtual Status finish(const std::function<void()> &indexing) = 0;
};

} // namespace entente

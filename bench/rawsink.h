#pragma once

#include "generator/generatorsink.h"
#include "rawdb.h"

#include <QHash>
#include <QSet>

#include <memory>

namespace entente::bench {

// The baseline the bulk-write path is measured against: the same rows the generator makes,
// with the same derived values (folded columns, name keys, meeting_people, full-text rows), the
// same load settings and the same index rebuild, written through the sqlite3 C API with one
// prepared single-row statement per table and no checks at all.
class RawSink : public GeneratorSink
{
public:
    // `path`: a catalogue file made by the program (schema and countries in place), closed.
    explicit RawSink(const QString &path, int meetingsPerTransaction = 10000);
    ~RawSink() override;

    Status begin() override;
    Result<qint64> addPerson(const Person &person) override;
    Result<qint64> addTopic(const QString &name, qint64 parentId) override;
    Result<qint64> addMeeting(const Meeting &meeting, QList<qint64> *documentIds) override;
    Status finish(const std::function<void()> &indexing) override;

private:
    struct Statements;
    Status failed(const QString &what) const;
    void batchDone();

    RawDb m_db;
    std::unique_ptr<Statements> m_s;
    int m_perTransaction;
    int m_inBatch = 0;
    QList<std::pair<QString, QString>> m_indexes;
    qint64 m_nextPerson = 1, m_nextAlias = 1, m_nextPosition = 1, m_nextTopic = 1,
           m_nextMeeting = 1, m_nextDelegation = 1, m_nextMember = 1, m_nextDocument = 1,
           m_nextSource = 1;
    QHash<qint64, std::pair<QString, QString>> m_names;
    QString m_now;
};

} // namespace entente::bench

#pragma once

#include "generator/generatorsink.h"
#include "storage/bulkwriter.h"

namespace entente {

// The generator writing through the catalogue's own bulk-write path.
class BulkWriterSink : public GeneratorSink
{
public:
    BulkWriterSink(const Catalogue &catalogue, BulkWriter::Options options);

    Status begin() override { return m_writer.begin(); }
    Result<qint64> addPerson(const Person &person) override { return m_writer.addPerson(person); }
    Result<qint64> addTopic(const QString &name, qint64 parentId) override
    {
        return m_writer.addTopic(name, parentId);
    }
    Result<qint64> addMeeting(const Meeting &meeting, QList<qint64> *documentIds) override;
    Status finish(const std::function<void()> &indexing) override;
    BulkWriter &writer() { return m_writer; }

private:
    std::function<void()> m_indexing; // before m_writer, whose progress hook calls it
    BulkWriter m_writer;
};

} // namespace entente

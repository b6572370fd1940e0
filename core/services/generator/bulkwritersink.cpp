#include "bulkwritersink.h"

namespace entente {

namespace {

BulkWriter::Options withIndexingHook(BulkWriter::Options options, std::function<void()> *hook)
{
    // The first index step means every row is written: tell the generator, then the caller.
    auto progress = options.progress;
    options.progress = [progress, hook, told = false](const BulkWriter::Progress &p) mutable {
        if (p.phase != BulkWriter::Phase::Writing && !told) {
            told = true;
            if (*hook)
                (*hook)();
        }
        if (progress)
            progress(p);
    };
    return options;
}

} // namespace

BulkWriterSink::BulkWriterSink(const Catalogue &catalogue, BulkWriter::Options options)
    : m_writer(catalogue, withIndexingHook(std::move(options), &m_indexing))
{}

Result<qint64> BulkWriterSink::addMeeting(const Meeting &meeting, QList<qint64> *documentIds)
{
    auto id = m_writer.add(meeting);
    if (id)
        *documentIds = m_writer.lastDocumentIds();
    return id;
}

Status BulkWriterSink::finish(const std::function<void()> &indexing)
{
    m_indexing = indexing;
    return m_writer.commit();
}

} // namespace entente

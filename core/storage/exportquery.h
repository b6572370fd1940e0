#pragma once

#include "domain/error.h"

#include <QStringList>

namespace entente {

class Catalogue;

// What a lossless export needs beyond MeetingRepository::get: where a topic sits in the topic
// tree, and which meeting holds a linked document.
class ExportQuery
{
public:
    explicit ExportQuery(const Catalogue &catalogue)
        : m_catalogue(catalogue)
    {}

    // The names from the top-level topic down to this one: {"Security", "Disarmament"}.
    Result<QStringList> topicPath(qint64 topicId) const;
    // The meeting an outcome document belongs to; 0 when the document does not exist.
    Result<qint64> documentMeeting(qint64 documentId) const;

private:
    const Catalogue &m_catalogue;
};

} // namespace entente

#pragma once

#include "domain/error.h"
#include "storage/topicrepository.h"

#include <QList>
#include <QSet>

namespace entente {

class Catalogue;

// Topics a meeting edit creates on the way (a new topic typed into a meeting). Undo takes them
// out of the vocabulary again when nothing else uses them, redo puts them back under the same
// ids, so undo leaves the catalogue exactly as it was.
class CreatedTopics
{
public:
    // Before the first run: which topics exist.
    Status noteExisting(const Catalogue &catalogue);
    // After the first run: which topics appeared since noteExisting().
    Status collectNew(const Catalogue &catalogue);
    // Before a redo.
    Status restore(const Catalogue &catalogue) const;
    // After an undo; a topic someone else has used meanwhile stays.
    void removeUnused(const Catalogue &catalogue) const;
    bool isEmpty() const { return m_created.isEmpty(); }

private:
    QSet<qint64> m_existing;
    QList<Topic> m_created; // parents before children
};

} // namespace entente

#pragma once

#include "domain/error.h"
#include "domain/meeting.h"
#include "storage/documentrepository.h"

#include <QList>

namespace entente {

class Catalogue;

// Everything deleting a meeting takes with it: the meeting, its sub-events at every depth
// (parents before children) and the links other meetings' documents had into its documents.
// Restoring puts all of it back under the same ids, in one transaction.
struct MeetingSnapshot
{
    QList<Meeting> meetings;
    QList<StoredLink> incomingLinks;

    static Result<MeetingSnapshot> read(const Catalogue &catalogue, qint64 id);
    Status restore(const Catalogue &catalogue) const;
    QList<qint64> ids() const;
};

} // namespace entente

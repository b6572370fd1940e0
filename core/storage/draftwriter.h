#pragma once

#include "error.h"
#include "extract/meetingdraft.h"

#include <QList>

namespace entente {

class Catalogue;

// Saves an accepted draft meeting: its new people, the meeting, then its sub-events pointing at
// it, all in one transaction, so a failure half-way leaves the catalogue as it was. The draft is
// checked first (MeetingDraft::problems()); a draft that fails is refused as Invalid, naming the
// fields.
class DraftWriter
{
public:
    struct Saved
    {
        qint64 meeting = 0;
        QList<qint64> subEvents;
        QList<qint64> newPeople; // in the order of MeetingDraft::newPeople
    };

    explicit DraftWriter(const Catalogue &catalogue)
        : m_catalogue(catalogue)
    {}

    Result<Saved> save(const MeetingDraft &draft);

private:
    const Catalogue &m_catalogue;
};

} // namespace entente

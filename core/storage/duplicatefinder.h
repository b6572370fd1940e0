#pragma once

#include "domain/error.h"
#include "domain/meeting.h"
#include "domain/meetingsummary.h"

#include <QList>

namespace entente {

class Catalogue;

// Finds meetings a new one probably repeats, by DuplicateRule (the same parties within a day, and
// the same place, a similar title or overlapping dates in the same format), each with the
// reasons it was found for. Only top-level meetings count, and never the candidate itself, its
// parent or its own sub-events: a sub-event naturally shares its meeting's parties and date.
class DuplicateFinder
{
public:
    explicit DuplicateFinder(const Catalogue &catalogue)
        : m_catalogue(catalogue)
    {}

    Result<QList<MeetingSummary>> probableDuplicates(const Meeting &candidate) const;

private:
    const Catalogue &m_catalogue;
};

} // namespace entente

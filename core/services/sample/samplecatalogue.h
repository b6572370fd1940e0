#pragma once

#include "domain/error.h"
#include "domain/meeting.h"
#include "domain/person.h"

namespace entente {

class Catalogue;

// The reference record every new catalogue starts with, and the fixture many tests compare
// against: the joint meeting of the collegiums of the Russian and Belarusian foreign ministries,
// Moscow, 25 November 2009.
namespace SampleCatalogue {

Person lavrov();
Person martynov();
// The meeting as it is written, given the ids the two ministers received.
Meeting jointCollegium(qint64 lavrovId, qint64 martynovId);
// The ministers' separate conversation, a sub-event of the joint meeting.
Meeting oneToOne(qint64 parentId, qint64 lavrovId, qint64 martynovId);

struct Ids
{
    qint64 meeting = 0;
    qint64 oneToOne = 0;
    qint64 lavrov = 0;
    qint64 martynov = 0;
};

// Writes the people, the meeting, its sub-event and the link between its two documents.
Result<Ids> write(const Catalogue &catalogue);

} // namespace SampleCatalogue
} // namespace entente

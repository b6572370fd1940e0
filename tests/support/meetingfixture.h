#pragma once

#include "storage/catalogue.h"

#include <QList>
#include <QString>

namespace entente::test {

// A catalogue of many meetings for reports and exports: Russia meets nine counterparts over
// fifteen years, with heads and members of delegation, topics of uneven frequency, documents on
// every third meeting and a one-to-one sub-event on every twenty-fifth. Titles are unique and
// short ("Meeting 0042: talks with Armenia"), so a test can find each one in extracted text.
struct MeetingFixture
{
    QList<qint64> meetingIds; // top-level meetings, in the order made
    QList<qint64> subEventIds;
    int documents = 0;

    // Writes `count` top-level meetings (plus their sub-events) into `catalogue`.
    static MeetingFixture build(const Catalogue &catalogue, int count);
    static QString title(int index);
    // The counterpart of meeting `index`, an ISO alpha-3 code.
    static QString counterpart(int index);
};

} // namespace entente::test

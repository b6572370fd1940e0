#pragma once

#include "domain/meeting.h"
#include "domain/partialdate.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace entente {

// Whether two meetings are probably one meeting recorded twice, and why. The same parties (roles
// aside) within a day of each other are needed; a different place or a different format says
// they are two meetings (the legs of a tour, a working lunch beside the talks); then the same
// place, a similar title, or overlapping dates in the same format make them one.
class DuplicateRule
{
    Q_DECLARE_TR_FUNCTIONS(DuplicateRule)

public:
    enum Reason {
        SameParties = 0x1,
        SamePlace = 0x2,
        OverlappingDates = 0x4,
        SimilarTitle = 0x8,
        SameFormat = 0x10,
    };

    // What the rule looks at of one meeting.
    struct Facts
    {
        QString title;
        PartialDate start;
        PartialDate end;
        QString place;
        QString format;
        QStringList parties; // country codes
    };
    static Facts of(const Meeting &meeting);

    // The reasons `candidate` is thought to repeat `other`; 0 when it is not.
    static int compare(const Facts &candidate, const Facts &other);
    // Whether `between`, recorded after `earlier` and before `later` (rows of one file, in
    // order), shows a tour that went elsewhere and came back: shuttle diplomacy returns to a
    // capital within a day (Damascus, Amman, Damascus). It must share a party, be somewhere else
    // and fall within the two; `earlier` and `later` must not have the very same dates, which a
    // meeting recorded twice has.
    static bool isReturnVisit(const Facts &earlier, const Facts &later, const Facts &between);

    // The reasons as stable English codes (same_parties, same_place, overlapping_dates,
    // similar_title, same_format), for files.
    static QStringList codes(int reasons);
    // The reasons in words for people: "same parties, same place, overlapping dates".
    static QString describe(int reasons);
};

} // namespace entente

#pragma once

#include <QList>
#include <QString>

namespace entente {

// One value of a facet with the number of meetings in the current result that have it, and the
// term that narrows the query to it.
struct FacetValue
{
    QString value; // a stable code or id: "BLR", "2009", "joint_collegium", person or topic id
    QString label; // for people: "Belarus", "Sergey Martynov", "Joint meeting of collegiums"
    qint64 count = 0;
    QString term; // "country:BLR", "head:\"Sergey Martynov\"", "date:2009"

    friend bool operator==(const FacetValue &, const FacetValue &) = default;
};

struct Facet
{
    enum class Kind {
        Countries,
        Ministers, // heads of delegation
        Years,
        Formats,
        Topics,
        DocumentKinds
    };

    Kind kind = Kind::Countries;
    QList<FacetValue> values; // most frequent first (years: newest first)

    static QList<Kind> allKinds()
    {
        return {Kind::Countries, Kind::Ministers,     Kind::Years,
                Kind::Formats,   Kind::DocumentKinds, Kind::Topics};
    }
};

} // namespace entente

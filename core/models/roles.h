#pragma once

#include <Qt>

namespace entente {

// Columns and custom roles of the models, in one place so views, delegates and tests agree.
namespace MeetingColumn {
enum : int {
    Date,
    Title,
    Place,
    Countries,
    Heads,
    Count
};
} // namespace MeetingColumn

// The editors' models: delegations (a tree of parties and their members), outcome documents,
// sources, people and their positions.
namespace DelegationColumn {
enum : int {
    Name,     // a party's country; a member's name
    Position, // a party's role (host, guest); a member's post at the time
    Head,     // a member heads the delegation (check box)
    Count
};
} // namespace DelegationColumn

namespace DocumentColumn {
enum : int {
    Title,
    Kind,
    Action,
    Date,
    PeriodStart,
    PeriodEnd,
    Parties,
    Link,
    Meeting, // in the documents view across the catalogue only
    Count
};
} // namespace DocumentColumn

namespace SourceColumn {
enum : int {
    Publisher,
    Title,
    Url,
    Published,
    Count
};
} // namespace SourceColumn

namespace PersonColumn {
enum : int {
    Name,
    NativeName,
    Country,
    Meetings,
    Count
};
} // namespace PersonColumn

namespace PositionColumn {
enum : int {
    Title,
    Organisation,
    Country,
    From,
    To,
    Count
};
} // namespace PositionColumn

namespace Role {
enum : int {
    Id = Qt::UserRole + 1, // qint64 id of the row's record
    IsoDate,               // ISO 8601 start date at its precision
    Code,                  // the stable code behind a label: country, role, kind, action
    Problem,               // why a row or cell cannot be saved as it is, or empty
    MeetingId,             // qint64 id of the meeting a row belongs to or came from
    SortKey,               // the text a view sorts by (collated, in the reader's locale)
};
} // namespace Role

} // namespace entente

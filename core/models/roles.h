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

namespace Role {
enum : int {
    Id = Qt::UserRole + 1, // qint64 id of the row's record
    IsoDate,               // ISO 8601 start date at its precision
};
} // namespace Role

} // namespace entente

#pragma once

#include <QDateTime>
#include <QString>

namespace entente {

// Timestamps are stored as ISO 8601 UTC text with milliseconds: sortable, and readable in files.
inline QString timestampNow()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

inline QDateTime timestampFrom(const QString &text)
{
    return QDateTime::fromString(text, Qt::ISODateWithMs);
}

} // namespace entente

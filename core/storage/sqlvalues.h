#pragma once

#include "domain/partialdate.h"

#include <QString>
#include <QVariant>

namespace entente::sqlvalues {

// How domain values are bound: an invalid QVariant binds SQL NULL; a partial date is stored as
// the first (or last) ISO day of its period plus its precision code (see docs/schema.md).

inline QVariant nullIfEmpty(const QString &text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

inline QVariant firstDayOrNull(const PartialDate &date)
{
    return date.isValid() ? QVariant(date.firstDay().toString(Qt::ISODate)) : QVariant();
}

inline QVariant lastDayOrNull(const PartialDate &date)
{
    return date.isValid() ? QVariant(date.lastDay().toString(Qt::ISODate)) : QVariant();
}

inline QVariant precisionOrNull(const PartialDate &date)
{
    return date.isValid() ? QVariant(precisionCode(date.precision())) : QVariant();
}

} // namespace entente::sqlvalues

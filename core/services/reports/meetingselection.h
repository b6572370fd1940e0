#pragma once

#include "domain/error.h"

#include <QList>
#include <QLocale>
#include <QString>

namespace entente {

class Catalogue;

// Which meetings a report or an export covers, and how to say so: the meetings a query finds (an
// empty query: every meeting), or the ones picked by hand. A plain value: it crosses threads.
struct MeetingSelection
{
    QString query;       // as typed; empty for every meeting or for a hand-picked selection
    QString description; // in words, for the title page: "Meetings with “Lavrov” in a delegation."
    QList<qint64> ids; // in date order (then id), sub-events included, no duplicates

    // The meetings `query` finds, in date order, sub-events included. A malformed query is an
    // Invalid error that says where it went wrong.
    static Result<MeetingSelection> fromQuery(const Catalogue &catalogue, const QString &query,
                                              const QLocale &locale = QLocale());
    // Meetings picked by id, in the order given, duplicates dropped.
    static MeetingSelection fromIds(const QList<qint64> &ids, const QString &description);
};

} // namespace entente

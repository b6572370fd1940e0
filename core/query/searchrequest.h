#pragma once

#include "domain/error.h"
#include "query/facet.h"
#include "query/meetingrow.h"
#include "query/searcherror.h"
#include "query/searchquery.h"

#include <QList>
#include <QMetaType>
#include <QStringList>

#include <optional>

namespace entente {

// What SearchService is asked to do: plain values, copied to the worker thread.
struct SearchRequest
{
    QString text;
    bool facets = true;
    int facetLimit = 25;
    // The first page of the meetings table in this order, read off the UI thread too, so the
    // table shows its first screen without touching the database itself.
    bool firstPage = true;
    MeetingSort sort = MeetingSort::Date;
    Qt::SortOrder order = Qt::DescendingOrder;
    int pageSize = 256;
};

// What comes back, as plain values: the UI thread never sees the worker's connection.
struct SearchResult
{
    quint64 generation = 0;
    QString text;
    std::optional<SearchError> syntaxError; // the query could not be read: nothing ran
    std::optional<Error> failure;           // the catalogue could not answer
    SearchQuery query;
    qint64 count = 0; // top-level meetings, as the table shows them
    QList<Facet> facets;
    QStringList notes; // terms that are well formed but match nothing, and why
    QList<MeetingRow> firstPage;
    MeetingSort sort = MeetingSort::Date;
    Qt::SortOrder order = Qt::DescendingOrder;
    qint64 elapsedMs = 0;

    bool ok() const { return !syntaxError && !failure; }
};

} // namespace entente

Q_DECLARE_METATYPE(entente::SearchResult)

#pragma once

#include "domain/error.h"
#include "domain/meeting.h"
#include "query/facet.h"
#include "query/meetingrow.h"
#include "query/searchquery.h"
#include "storage/meetingsearch.h"
#include "storage/sqlfilter.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace entente {

class Catalogue;

// A query read and compiled once: every later question about it reuses the compiled SQL.
struct PreparedQuery
{
    SearchQuery query;
    SqlFilter filter;

    // Terms that are well formed but match nothing, and why ("no country is called “X”").
    const QStringList &notes() const { return filter.notes; }
};

// The one way to ask a catalogue which meetings a query finds: the window's search, `entente
// search`, reports and exports all come here, so they never disagree. Not tied to a thread: each
// call reads through the calling thread's connection.
class MeetingQueries
{
    Q_DECLARE_TR_FUNCTIONS(MeetingQueries)

public:
    // The meetings table counts top-level meetings (sub-events appear under them); the command
    // line, reports and exports take every meeting.
    using Scope = MeetingSearch::Scope;

    explicit MeetingQueries(const Catalogue &catalogue)
        : m_catalogue(catalogue)
    {}

    // Compiles a parsed query against this catalogue (names, countries and topics resolved).
    Result<PreparedQuery> prepare(const SearchQuery &query) const;

    Result<qint64> count(const PreparedQuery &query, Scope scope) const;
    // The matching meetings' ids, in date order, then id.
    Result<QList<qint64>> ids(const PreparedQuery &query, Scope scope) const;
    // At most `limit` rows of the meetings table in `sort` order, from the start.
    QList<MeetingRow> firstPage(const PreparedQuery &query, MeetingSort sort, Qt::SortOrder order,
                                int limit) const;
    Result<Facet> facet(const PreparedQuery &query, Facet::Kind kind, Scope scope, int limit) const;
    Result<QList<Facet>> facets(const PreparedQuery &query, const QList<Facet::Kind> &kinds,
                                Scope scope, int limit) const;
    // Every matching meeting, whole, in date order, one at a time; stops early when `visit`
    // fails, and returns its error.
    Status stream(const PreparedQuery &query, Scope scope,
                  const std::function<Status(const Meeting &)> &visit) const;

private:
    const Catalogue &m_catalogue;
};

} // namespace entente

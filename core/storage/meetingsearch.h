#pragma once

#include "domain/error.h"
#include "query/facet.h"
#include "storage/sqlfilter.h"

#include <QList>

namespace entente {

class Catalogue;

// Runs compiled searches (SearchSql) over the meetings: how many match, which, and the facets of
// the result, each counted in SQL. A result with a ResultSource is read from that term's ids,
// looking up only their meetings (docs/search.md, "Reading a whole result").
class MeetingSearch
{
public:
    // The meetings table shows top-level meetings (sub-events appear under them); the command
    // line lists every meeting, as `list` does.
    enum class Scope {
        TopLevel,
        All
    };

    explicit MeetingSearch(const Catalogue &catalogue)
        : m_catalogue(catalogue)
    {}

    Result<qint64> count(const SqlFilter &filter, Scope scope) const;
    // The matching meetings' ids in date order, then id: what `search` prints.
    Result<QList<qint64>> ids(const SqlFilter &filter, Scope scope) const;
    // One facet of the result: at most `limit` values, most frequent first (years newest first).
    Result<Facet> facet(Facet::Kind kind, const SqlFilter &filter, Scope scope, int limit) const;
    // Several facets of the result in one statement, which finds the result's meetings once for
    // all of them; in the order asked.
    Result<QList<Facet>> facets(const QList<Facet::Kind> &kinds, const SqlFilter &filter,
                                Scope scope, int limit) const;

private:
    const Catalogue &m_catalogue;
};

} // namespace entente

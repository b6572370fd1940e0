#pragma once

#include "domain/error.h"
#include "domain/reportrow.h"

#include <QHash>
#include <QList>

namespace entente {

class Catalogue;

// The SQL behind reports: table rows and summary counts for a batch of meetings given by id, a
// few statements per batch however many meetings it holds. The ids travel as one bound JSON
// array (json_each), never pasted into the SQL. Keep batches to a few hundred ids.
class ReportQuery
{
public:
    explicit ReportQuery(const Catalogue &catalogue)
        : m_catalogue(catalogue)
    {}

    // The rows of these meetings, in the order of `ids`; unknown ids are skipped.
    Result<QList<ReportRow>> rows(const QList<qint64> &ids) const;
    // Adds the counts of these meetings to `figures`.
    Status addFigures(const QList<qint64> &ids, ReportFigures &figures) const;
    // meeting id -> parent id, for those of `ids` that are sub-events.
    Result<QHash<qint64, qint64>> parents(const QList<qint64> &ids) const;

    // The batch size the callers use: large enough that statements are few, small enough that a
    // batch's rows are a trifle in memory.
    static constexpr int batchSize = 400;

private:
    const Catalogue &m_catalogue;
};

} // namespace entente

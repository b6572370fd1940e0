#pragma once

#include "domain/duplicaterule.h"
#include "domain/error.h"
#include "domain/meeting.h"
#include "domain/meetingsummary.h"

#include <QDate>
#include <QHash>
#include <QMultiMap>

namespace entente {

class Catalogue;

// The duplicate check of an import: a top-level meeting that DuplicateRule finds the same as one
// already in the catalogue (DuplicateFinder) or one imported earlier from the same file. Sub-events
// are never duplicates: they follow their meeting. The meetings of the file are remembered in
// memory by their parties, so a file checks against itself without reading what it wrote.
class ImportDuplicates
{
public:
    // `catalogueHasMeetings`: false skips the look into the catalogue, which cannot find anything.
    ImportDuplicates(const Catalogue &catalogue, bool catalogueHasMeetings)
        : m_catalogue(catalogue)
        , m_lookInCatalogue(catalogueHasMeetings)
    {}

    // The meetings `meeting` probably repeats; empty when none.
    Result<QList<MeetingSummary>> find(const Meeting &meeting) const;
    // Notes a meeting written by the import, for the records after it. A meeting of the file
    // found again has no id in the summary: in a dry run it is never written.
    void remember(const Meeting &meeting);

private:
    struct Imported
    {
        QDate last;
        qsizetype order = 0; // its facts in m_order
    };
    bool returnsAfterElsewhere(qsizetype earlier, const DuplicateRule::Facts &later) const;

    const Catalogue &m_catalogue;
    bool m_lookInCatalogue;
    // By the sorted codes of the parties: first day -> the meeting.
    QHash<QString, QMultiMap<QDate, Imported>> m_imported;
    // What the rule looks at of every meeting remembered, in the file's order: the order also
    // shows what came between two of them.
    QList<DuplicateRule::Facts> m_order;
};

} // namespace entente

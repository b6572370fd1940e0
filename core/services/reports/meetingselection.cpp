#include "meetingselection.h"

#include "query/searchparser.h"
#include "reports/querywords.h"
#include "search/meetingqueries.h"
#include "storage/meetingrepository.h"

#include <QCoreApplication>
#include <QSet>

namespace entente {

Result<MeetingSelection> MeetingSelection::fromQuery(const Catalogue &catalogue,
                                                     const QString &query, const QLocale &locale)
{
    MeetingSelection selection;
    selection.query = query.trimmed();
    const ParsedSearch parsed = SearchParser::parse(selection.query);
    if (!parsed)
        return parsed.error().toError();
    selection.description = QueryWords::describe(parsed.query(), locale);
    if (parsed.query().isEmpty()) {
        auto ids = MeetingRepository(catalogue).allIds();
        if (!ids)
            return ids.error();
        selection.ids = std::move(ids).value();
        return selection;
    }
    const MeetingQueries queries(catalogue);
    const auto prepared = queries.prepare(parsed.query());
    if (!prepared)
        return prepared.error();
    auto ids = queries.ids(*prepared, MeetingQueries::Scope::All);
    if (!ids)
        return ids.error();
    selection.ids = std::move(ids).value();
    return selection;
}

MeetingSelection MeetingSelection::fromIds(const QList<qint64> &ids, const QString &description)
{
    MeetingSelection selection;
    selection.description = description;
    QSet<qint64> seen;
    for (const qint64 id : ids) {
        if (!seen.contains(id)) {
            seen.insert(id);
            selection.ids.append(id);
        }
    }
    return selection;
}

} // namespace entente

#pragma once

#include "query/searchquery.h"

#include <QCoreApplication>
#include <QLocale>
#include <QString>

namespace entente {

// A parsed query told in a sentence for the title page of a report, so that a reader who never
// saw the query language knows what the report covers: `minister:Lavrov date:2009` becomes
// "Meetings with “Lavrov” in a delegation, in 2009". What the user typed is quoted, never
// interpreted.
class QueryWords
{
    Q_DECLARE_TR_FUNCTIONS(QueryWords)

public:
    QueryWords() = delete;

    static QString describe(const SearchQuery &query, const QLocale &locale);
};

} // namespace entente

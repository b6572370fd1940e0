#pragma once

#include "domain/error.h"
#include "query/searchquery.h"
#include "storage/sqlfilter.h"

#include <QCoreApplication>

namespace entente {

class Catalogue;

// Compiles a parsed query into SQL over meetings `m` (docs/search.md says which index serves each
// field). Names, countries, topics and vocabulary words are resolved here, through the same
// services as everywhere else (NameFolding, PersonRepository::findByName,
// CountryRepository::resolve), so the SQL only compares ids and codes. Every value the user typed
// is bound; free text reaches FTS5 only as phrases this class quotes itself.
class SearchSql
{
    Q_DECLARE_TR_FUNCTIONS(SearchSql)

public:
    explicit SearchSql(const Catalogue &catalogue)
        : m_catalogue(catalogue)
    {}

    Result<SqlFilter> compile(const SearchQuery &query) const;

    // The FTS5 MATCH text for a free-text term: each folded word in double quotes (inner quotes
    // doubled), adjacent words of one term as one phrase; empty when nothing in it is searchable.
    static QString matchPhrase(const SearchTerm &term);
    // A LIKE pattern, with ESCAPE '\', for text that starts a word of a folded column prefixed
    // with a space: "% moscow%". Empty when nothing in it is searchable.
    static QString wordPrefixPattern(const QString &text);

private:
    Result<std::optional<PersonDriver>> personDriver(const SearchQuery &query) const;

    const Catalogue &m_catalogue;
};

} // namespace entente

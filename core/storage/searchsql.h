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

    // The FTS5 MATCH text for a free-text term: the search keys of its words (SearchKeys) as one
    // phrase in double quotes, so that every spelling and script of the words matches; empty
    // when nothing in it is searchable. For an exact term (=word) it finds the candidates that
    // exactSpelling() then narrows.
    static QString matchPhrase(const SearchTerm &term);
    // For an exact term: a LIKE pattern, with ESCAPE '\', for the folded words in a run of
    // meeting_fts's folded columns joined and framed by spaces.
    static QString exactSpelling(const SearchTerm &term);
    // Whether the term is free text that one MATCH of a whole AND can take (not =word).
    static bool joinsMatch(const SearchTerm &term)
    {
        return term.field == SearchField::Text && !term.exact;
    }
    // A LIKE pattern, with ESCAPE '\', for text that starts a word of a folded column prefixed
    // with a space: "% moscow%". Empty when nothing in it is searchable.
    static QString wordPrefixPattern(const QString &text);

private:
    Result<std::optional<PersonDriver>> personDriver(const SearchQuery &query) const;

    const Catalogue &m_catalogue;
};

} // namespace entente

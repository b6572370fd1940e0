#pragma once

#include "query/searcherror.h"
#include "query/searchquery.h"

#include <QCoreApplication>

#include <variant>

namespace entente {

// A query, or why it cannot be read.
class [[nodiscard]] ParsedSearch
{
public:
    ParsedSearch(SearchQuery query)
        : m_state(std::move(query))
    {}
    ParsedSearch(SearchError error)
        : m_state(std::move(error))
    {}

    bool ok() const { return std::holds_alternative<SearchQuery>(m_state); }
    explicit operator bool() const { return ok(); }
    const SearchQuery &query() const { return std::get<SearchQuery>(m_state); }
    const SearchError &error() const { return std::get<SearchError>(m_state); }

private:
    std::variant<SearchQuery, SearchError> m_state;
};

// Reads the one-line query language (docs/search.md) into a tree. Pure: no database, no I/O, so it
// runs on every keystroke. Words, "phrases" and field:value terms are ANDed; OR binds looser than
// AND; -term excludes; parentheses group. A malformed query (an unclosed quote or parenthesis, an
// unknown field, an empty value, an impossible date) is an error with its position, never a
// guess. So is a query beyond the limits below, which keep every accepted query's work bounded.
class SearchParser
{
    Q_DECLARE_TR_FUNCTIONS(SearchParser)

public:
    SearchParser() = delete;

    // Longer queries are refused before they are read.
    static constexpr qsizetype maxLength = 10'000;
    // Parentheses and exclusions inside one another.
    static constexpr int maxDepth = 100;
    // Different terms in one query; a term repeated counts once (and is searched once).
    static constexpr int maxDistinctTerms = 256;

    static ParsedSearch parse(const QString &text);
};

} // namespace entente

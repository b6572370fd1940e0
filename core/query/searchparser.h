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
// guess.
class SearchParser
{
    Q_DECLARE_TR_FUNCTIONS(SearchParser)

public:
    SearchParser() = delete;

    static ParsedSearch parse(const QString &text);
};

} // namespace entente

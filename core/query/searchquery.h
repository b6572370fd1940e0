#pragma once

#include <QDate>
#include <QString>

#include <vector>

namespace entente {

// What a search term looks at. Text is the full-text index; the others are `field:value` terms.
enum class SearchField {
    Text,     // free words and "quoted phrases"
    Minister, // minister:NAME, person:NAME — took part in a delegation
    Head,     // head:NAME — led a delegation
    Country,  // country:X — a country taking part
    Host,     // host:X — the host country
    Party,    // party:X — a country or an international organisation taking part
    Place,    // place:CITY
    Date,     // date:, after:, before: — a period, open at either end
    Topic,    // topic:X, sub-topics included
    Format,   // format:X
    State,    // status:X (named so as not to shadow entente::Status)
    Document, // document:X — words of an outcome document's title
    Kind,     // kind:X — an outcome document's kind
    Action,   // action:X — what was done with an outcome document
    Post,     // post:TITLE — someone attended while holding that post
};

// One leaf of a query. `position` and `length` locate it in the query text (UTF-16 units), so
// callers can point at it.
struct SearchTerm
{
    SearchField field = SearchField::Text;
    QString value;       // as typed, without the field name and quotes
    bool phrase = false; // the value was quoted
    bool prefix = false; // a bare word ending in * (Text only): any word starting with it
    bool exact = false;  // =word or ="phrase" (Text only): that spelling, no variants or forms
    QDate from;          // Date: first day asked for; null = open
    QDate to;            // Date: last day asked for; null = open
    qsizetype position = 0;
    qsizetype length = 0;

    friend bool operator==(const SearchTerm &, const SearchTerm &) = default;
};

// A node of the parsed query: a term, or AND / OR / NOT over children. All matches everything
// (the empty query).
struct SearchNode
{
    enum class Kind {
        All,
        Term,
        And,
        Or,
        Not
    };

    Kind kind = Kind::All;
    SearchTerm term;                  // Kind::Term
    std::vector<SearchNode> children; // And, Or: two or more; Not: one

    friend bool operator==(const SearchNode &, const SearchNode &) = default;
};

// A node in the canonical form SearchQuery::describe() gives; equal strings mean equal meaning.
QString describeSearchNode(const SearchNode &node);

// A parsed query: a value, cheap to copy across threads.
struct SearchQuery
{
    QString text; // what was typed
    SearchNode root;

    bool isEmpty() const { return root.kind == SearchNode::Kind::All; }
    // The tree in a canonical, fully parenthesised form, for tests and the log:
    // (AND minister:"Lavrov" (NOT text:"visit")).
    QString describe() const;

    friend bool operator==(const SearchQuery &, const SearchQuery &) = default;
};

} // namespace entente

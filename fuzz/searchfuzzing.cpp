#include "searchfuzzing.h"

#include "fuzzcheck.h"
#include "query/searchparser.h"

#include <QSet>

#include <algorithm>

namespace entente::fuzzing {

namespace {

// Depth of parentheses and exclusions, as the parser counts them, and the distinct terms.
int depthOf(const SearchNode &node)
{
    int deepest = 0;
    for (const SearchNode &child : node.children)
        deepest = std::max(deepest, depthOf(child));
    return deepest + (node.kind == SearchNode::Kind::Term ? 0 : 1);
}

void collectTerms(const SearchNode &node, QSet<QString> &terms)
{
    if (node.kind == SearchNode::Kind::Term)
        terms.insert(describeSearchNode(node));
    for (const SearchNode &child : node.children)
        collectTerms(child, terms);
}

} // namespace

void runSearch(const QByteArray &bytes)
{
    const QString text = QString::fromUtf8(bytes);
    const ParsedSearch parsed = SearchParser::parse(text);
    if (!parsed) {
        const SearchError &error = parsed.error();
        check(!error.message.isEmpty(), "a refusal says why");
        check(error.position >= 0 && error.position <= text.size(),
              "a refusal points inside the query");
        return;
    }
    check(text.size() <= SearchParser::maxLength, "a query beyond the length limit is refused");
    const SearchNode &root = parsed.query().root;
    // And/Or nodes count once per level of grouping; the limit is on grouping, so twice it
    // bounds the tree whatever the parser folds.
    check(depthOf(root) <= 2 * SearchParser::maxDepth + 2, "an accepted tree stays shallow");
    QSet<QString> terms;
    collectTerms(root, terms);
    check(terms.size() <= SearchParser::maxDistinctTerms, "an accepted query has few terms");
    // Reading is a function of the text alone (the window reads again on every keystroke and
    // compares), and the canonical form, which says when two queries mean the same, exists.
    const ParsedSearch again = SearchParser::parse(text);
    check(again && again.query().root == root, "the same text reads to the same tree");
    check(describeSearchNode(again.query().root) == describeSearchNode(root),
          "the same tree has the same canonical form");
}

} // namespace entente::fuzzing

#include "searchquery.h"

#include "query/searchfields.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace entente {

namespace {

QString describeTerm(const SearchTerm &term)
{
    if (term.field == SearchField::Date) {
        const auto day = [](QDate d) {
            return d.isValid() ? d.toString(Qt::ISODate) : QString();
        };
        return u"date:"_s + day(term.from) + u".."_s + day(term.to);
    }
    QString value = term.value;
    value.replace(u"\""_s, u"\"\""_s);
    return SearchFields::nameOf(term.field) + (term.exact ? u":=\""_s : u":\""_s) + value + u'"' +
           (term.prefix ? u"*"_s : QString());
}

} // namespace

QString describeSearchNode(const SearchNode &node)
{
    switch (node.kind) {
    case SearchNode::Kind::All:
        return u"(ALL)"_s;
    case SearchNode::Kind::Term:
        return describeTerm(node.term);
    case SearchNode::Kind::And:
    case SearchNode::Kind::Or:
    case SearchNode::Kind::Not: {
        QStringList parts;
        parts.append(node.kind == SearchNode::Kind::And  ? u"(AND"_s
                     : node.kind == SearchNode::Kind::Or ? u"(OR"_s
                                                         : u"(NOT"_s);
        for (const SearchNode &child : node.children)
            parts.append(describeSearchNode(child));
        return parts.join(u' ') + u')';
    }
    }
    return {};
}

QString SearchQuery::describe() const
{
    return describeSearchNode(root);
}

} // namespace entente

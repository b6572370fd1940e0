#include "searchsql.h"

#include "domain/namefolding.h"
#include "domain/searchkeys.h"
#include "storage/personrepository.h"
#include "storage/searchcompiler.h"
#include "storage/sqlquery.h"

using namespace Qt::StringLiterals;

namespace entente {

QString SearchSql::matchPhrase(const SearchTerm &term)
{
    // Keys hold letters and digits only: nothing to escape inside the quotes.
    const QString keys = SearchKeys::of(term.value);
    if (keys.isEmpty())
        return {};
    return u'"' + keys + u'"' + (term.prefix ? u"*"_s : QString());
}

QString SearchSql::exactSpelling(const SearchTerm &term)
{
    const QString folded = NameFolding::fold(term.value);
    if (folded.isEmpty())
        return {};
    return u"% "_s + escapeLike(folded) + (term.prefix ? u"%"_s : u" %"_s);
}

QString SearchSql::wordPrefixPattern(const QString &text)
{
    const QString folded = NameFolding::fold(text);
    if (folded.isEmpty())
        return {};
    return u"% "_s + escapeLike(folded) + u'%';
}

Result<SqlFilter> SearchSql::compile(const SearchQuery &query) const
{
    SearchCompiler compiler(m_catalogue);
    if (Status s = compiler.compile(query.root); !s)
        return s.error();
    SqlFilter filter = compiler.take();
    auto driver = personDriver(query);
    if (!driver)
        return driver.error();
    filter.driver = std::move(driver).value();
    return filter;
}

Result<std::optional<PersonDriver>> SearchSql::personDriver(const SearchQuery &query) const
{
    // The person term: the whole query, or one of the terms of the AND at its top.
    const SearchNode &root = query.root;
    const auto isPerson = [](const SearchNode &node) {
        return node.kind == SearchNode::Kind::Term &&
               (node.term.field == SearchField::Minister || node.term.field == SearchField::Head);
    };
    const SearchNode *person = nullptr;
    SearchNode rest{SearchNode::Kind::And, {}, {}};
    if (isPerson(root)) {
        person = &root;
    } else if (root.kind == SearchNode::Kind::And) {
        for (const SearchNode &child : root.children) {
            if (!person && isPerson(child))
                person = &child;
            else
                rest.children.push_back(child);
        }
    }
    if (!person)
        return std::optional<PersonDriver>();
    auto ids = PersonRepository(m_catalogue).findByName(person->term.value);
    if (!ids)
        return ids.error();
    // Several people sharing the name would need their date orders merged: the IN form does.
    if (ids->size() != 1)
        return std::optional<PersonDriver>();

    PersonDriver driver;
    driver.personId = ids->first();
    driver.headsOnly = person->term.field == SearchField::Head;
    if (!rest.children.empty()) {
        // The form the table walks: the driver walks the person's meetings in date order.
        SearchCompiler compiler(m_catalogue, u'd');
        if (Status s = compiler.compile(rest.children.size() == 1 ? rest.children.front() : rest);
            !s)
            return s.error();
        SqlFilter compiled = compiler.take();
        // A query deep enough to need sets of its own is no page-at-a-time walk.
        if (!compiled.tables.isEmpty())
            return std::optional<PersonDriver>();
        driver.rest = compiled.where;
        driver.values = compiled.values;
    }
    return std::optional<PersonDriver>(std::move(driver));
}

} // namespace entente

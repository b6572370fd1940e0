#include "querywords.h"

#include "domain/partialdate.h"
#include "query/searchfields.h"

#include <QCoreApplication>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace entente {

namespace {

QString quoted(const QString &value)
{
    return u"“"_s + value + u"”"_s;
}

bool wholeYears(QDate from, QDate to)
{
    return from.isValid() && to.isValid() && from.month() == 1 && from.day() == 1 &&
           to.month() == 12 && to.day() == 31;
}

QString dateWords(const SearchTerm &term, const QLocale &locale)
{
    const auto day = [&](QDate d) {
        return PartialDate::fromDate(d).toDisplayString(locale);
    };
    const QDate from = term.from;
    const QDate to = term.to;
    if (wholeYears(from, to)) {
        if (from.year() == to.year())
            return QueryWords::tr("in %1").arg(from.year());
        return QueryWords::tr("from %1 to %2").arg(from.year()).arg(to.year());
    }
    if (from.isValid() && to.isValid()) {
        if (from == to)
            return QueryWords::tr("on %1").arg(day(from));
        if (from.day() == 1 && to.addDays(1).day() == 1 && from.year() == to.year() &&
            from.month() == to.month())
            return QueryWords::tr("in %1 %2")
                .arg(locale.standaloneMonthName(from.month()))
                .arg(from.year());
        return QueryWords::tr("between %1 and %2").arg(day(from), day(to));
    }
    if (from.isValid())
        return QueryWords::tr("on or after %1").arg(day(from));
    if (to.isValid())
        return QueryWords::tr("on or before %1").arg(day(to));
    return QueryWords::tr("at any date");
}

QString termWords(const SearchTerm &term, const QLocale &locale)
{
    const QString field = SearchFields::nameOf(term.field);
    const QString value = quoted(term.value);
    if (field == u"text" || field.isEmpty()) {
        if (term.prefix)
            return QueryWords::tr("mentioning a word that starts with %1").arg(quoted(term.value));
        return QueryWords::tr("mentioning %1").arg(value);
    }
    if (field == u"date")
        return dateWords(term, locale);
    // By field name rather than enumerator: the sentence for each `field:` of the language.
    static const QList<std::pair<QString, const char *>> phrases = {
        {u"minister"_s, QT_TRANSLATE_NOOP("QueryWords", "with %1 in a delegation")},
        {u"head"_s, QT_TRANSLATE_NOOP("QueryWords", "with %1 heading a delegation")},
        {u"country"_s, QT_TRANSLATE_NOOP("QueryWords", "with %1 taking part")},
        {u"host"_s, QT_TRANSLATE_NOOP("QueryWords", "hosted by %1")},
        {u"party"_s, QT_TRANSLATE_NOOP("QueryWords", "with %1 taking part")},
        {u"place"_s, QT_TRANSLATE_NOOP("QueryWords", "held in %1")},
        {u"topic"_s, QT_TRANSLATE_NOOP("QueryWords", "on the topic %1 or its sub-topics")},
        {u"format"_s, QT_TRANSLATE_NOOP("QueryWords", "in the format %1")},
        {u"status"_s, QT_TRANSLATE_NOOP("QueryWords", "with the status %1")},
        {u"document"_s, QT_TRANSLATE_NOOP("QueryWords", "with an outcome document titled %1")},
        {u"kind"_s, QT_TRANSLATE_NOOP("QueryWords", "with an outcome document of the kind %1")},
        {u"action"_s, QT_TRANSLATE_NOOP("QueryWords", "where an outcome document was %1")},
        {u"post"_s, QT_TRANSLATE_NOOP("QueryWords", "attended by a holder of the post %1")},
    };
    for (const auto &[name, phrase] : phrases) {
        if (name == field)
            return QueryWords::tr(phrase).arg(value);
    }
    return QueryWords::tr("with %1 %2").arg(field, value);
}

QString nodeWords(const SearchNode &node, const QLocale &locale, bool nested)
{
    switch (node.kind) {
    case SearchNode::Kind::All:
        return QueryWords::tr("every meeting");
    case SearchNode::Kind::Term:
        return termWords(node.term, locale);
    case SearchNode::Kind::Not:
        return node.children.empty()
                   ? QString()
                   : QueryWords::tr("not %1").arg(nodeWords(node.children.front(), locale, true));
    case SearchNode::Kind::And:
    case SearchNode::Kind::Or: {
        QStringList parts;
        for (const SearchNode &child : node.children)
            parts.append(nodeWords(child, locale, true));
        if (node.kind == SearchNode::Kind::And)
            return parts.join(u", "_s);
        const QString either = QueryWords::tr("either %1").arg(parts.join(QueryWords::tr(" or ")));
        return nested ? u"("_s + either + u")"_s : either;
    }
    }
    return {};
}

} // namespace

QString QueryWords::describe(const SearchQuery &query, const QLocale &locale)
{
    if (query.isEmpty())
        return tr("Every meeting in the catalogue.");
    return tr("Meetings %1.").arg(nodeWords(query.root, locale, false));
}

} // namespace entente

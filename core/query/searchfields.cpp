#include "searchfields.h"

#include "query/searchparser.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace entente {

const QList<SearchFields::Info> &SearchFields::all()
{
    static const QList<Info> fields = {
        {u"minister"_s, SearchField::Minister, ValueKind::Text,
         QT_TRANSLATE_NOOP("SearchFields", "took part in a delegation (any spelling or script)")},
        {u"person"_s, SearchField::Minister, ValueKind::Text,
         QT_TRANSLATE_NOOP("SearchFields", "the same as minister:")},
        {u"head"_s, SearchField::Head, ValueKind::Text,
         QT_TRANSLATE_NOOP("SearchFields", "led a delegation")},
        {u"country"_s, SearchField::Country, ValueKind::Text,
         QT_TRANSLATE_NOOP("SearchFields", "a country taking part: name, Russian name or code")},
        {u"host"_s, SearchField::Host, ValueKind::Text,
         QT_TRANSLATE_NOOP("SearchFields", "the host country")},
        {u"party"_s, SearchField::Party, ValueKind::Text,
         QT_TRANSLATE_NOOP("SearchFields",
                           "a country or an international organisation taking part: party:EU")},
        {u"place"_s, SearchField::Place, ValueKind::Text,
         QT_TRANSLATE_NOOP("SearchFields", "the city")},
        {u"date"_s, SearchField::Date, ValueKind::Period,
         QT_TRANSLATE_NOOP("SearchFields",
                           "2009, 2009-11, 2009-11-25 or a range 2009-11..2010-03")},
        {u"after"_s, SearchField::Date, ValueKind::After,
         QT_TRANSLATE_NOOP("SearchFields", "after a day, month or year")},
        {u"before"_s, SearchField::Date, ValueKind::Before,
         QT_TRANSLATE_NOOP("SearchFields", "before a day, month or year")},
        {u"topic"_s, SearchField::Topic, ValueKind::Text,
         QT_TRANSLATE_NOOP("SearchFields", "a topic or any of its sub-topics")},
        {u"format"_s, SearchField::Format, ValueKind::Text,
         QT_TRANSLATE_NOOP("SearchFields", "talks, official_visit, telephone_call…")},
        {u"status"_s, SearchField::State, ValueKind::Text,
         QT_TRANSLATE_NOOP("SearchFields", "planned, held, postponed or cancelled")},
        {u"document"_s, SearchField::Document, ValueKind::Text,
         QT_TRANSLATE_NOOP("SearchFields", "words of an outcome document's title")},
        {u"kind"_s, SearchField::Kind, ValueKind::Text,
         QT_TRANSLATE_NOOP("SearchFields", "an outcome document's kind: programme, treaty…")},
        {u"action"_s, SearchField::Action, ValueKind::Text,
         QT_TRANSLATE_NOOP("SearchFields", "what was done with a document: signed, adopted…")},
        {u"post"_s, SearchField::Post, ValueKind::Text,
         QT_TRANSLATE_NOOP("SearchFields",
                           "someone attended while holding this post: post:\"Minister of Foreign "
                           "Affairs\"")},
    };
    return fields;
}

std::optional<SearchFields::Info> SearchFields::find(QStringView name)
{
    for (const Info &info : all()) {
        if (name.compare(info.name, Qt::CaseInsensitive) == 0)
            return info;
    }
    return std::nullopt;
}

QString SearchFields::nameOf(SearchField field)
{
    if (field == SearchField::Text)
        return u"text"_s;
    for (const Info &info : all()) {
        if (info.field == field)
            return info.name;
    }
    return {};
}

QString SearchFields::quote(const QString &value)
{
    bool plain = !value.isEmpty() && value != u"OR" && value != u"AND" && !value.startsWith(u'-');
    for (const QChar c : value) {
        if (c.isSpace() || c == u'"' || c == u'(' || c == u')' || c == u':' || c == u'*')
            plain = false;
    }
    if (plain)
        return value;
    QString quoted = value;
    quoted.replace(u"\""_s, u"\"\""_s);
    return u'"' + quoted + u'"';
}

QString SearchFields::term(SearchField field, const QString &value)
{
    return nameOf(field) + u':' + quote(value);
}

QString SearchFields::narrow(const QString &text, const QString &term)
{
    const ParsedSearch parsed = SearchParser::parse(text);
    if (!parsed || parsed.query().isEmpty())
        return term;
    // An OR at the top would otherwise take the new term into its last alternative only.
    const QString base = parsed.query().root.kind == SearchNode::Kind::Or
                             ? u'(' + text.trimmed() + u')'
                             : text.trimmed();
    return base + u' ' + term;
}

QString SearchFields::syntaxHelp()
{
    QString rows;
    for (const Info &info : all()) {
        rows += u"<tr><td><b>"_s + info.name + u":</b></td><td>"_s + tr(info.help).toHtmlEscaped() +
                u"</td></tr>"_s;
    }
    return u"<p>"_s +
           tr("Words and \"quoted phrases\" search titles, summaries, sources, topics, documents "
              "and names. Terms are combined with AND; write OR between alternatives, -term to "
              "exclude, and parentheses to group.")
               .toHtmlEscaped() +
           u"</p><p>"_s +
           tr("A word finds its spellings in both scripts and its Russian case forms: Лавров "
              "finds Lavrov, Lawrow and Лаврова, Sergey finds Sergei. Write =word or =\"a "
              "phrase\" for that spelling only.")
               .toHtmlEscaped() +
           u"</p><table>"_s + rows + u"</table><p>"_s +
           tr("Example: minister:Lavrov country:Belarus date:2009..2010 -format:telephone_call")
               .toHtmlEscaped() +
           u"</p>"_s;
}

} // namespace entente

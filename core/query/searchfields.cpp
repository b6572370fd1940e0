#include "searchfields.h"

#include "query/searchparser.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace entente {

const QList<SearchFields::Info> &SearchFields::all()
{
    static const QList<Info> fields = {
        {u"minister"_s, SearchField::Minister, ValueKind::Text,
         QT_TRANSLATE_NOOP("SearchFields", "took part in a delegation (any spelling or script)"),
         u"minister:Lavrov"_s},
        {u"person"_s, SearchField::Minister, ValueKind::Text,
         QT_TRANSLATE_NOOP("SearchFields", "the same as minister:"), u"person:Лавров"_s},
        {u"head"_s, SearchField::Head, ValueKind::Text,
         QT_TRANSLATE_NOOP("SearchFields", "led a delegation"), u"head:Martynov"_s},
        {u"country"_s, SearchField::Country, ValueKind::Text,
         QT_TRANSLATE_NOOP("SearchFields", "a country taking part: name, Russian name or code"),
         u"country:Belarus"_s},
        {u"host"_s, SearchField::Host, ValueKind::Text,
         QT_TRANSLATE_NOOP("SearchFields", "the host country"), u"host:RUS"_s},
        {u"party"_s, SearchField::Party, ValueKind::Text,
         QT_TRANSLATE_NOOP("SearchFields",
                           "a country or an international organisation taking part: party:EU"),
         u"party:EU"_s},
        {u"place"_s, SearchField::Place, ValueKind::Text,
         QT_TRANSLATE_NOOP("SearchFields", "the city"), u"place:Moscow"_s},
        {u"date"_s, SearchField::Date, ValueKind::Period,
         QT_TRANSLATE_NOOP("SearchFields", "2009, 2009-11, 2009-11-25 or a range 2009-11..2010-03"),
         u"date:2009-11"_s},
        {u"after"_s, SearchField::Date, ValueKind::After,
         QT_TRANSLATE_NOOP("SearchFields", "after a day, month or year"), u"after:2015"_s},
        {u"before"_s, SearchField::Date, ValueKind::Before,
         QT_TRANSLATE_NOOP("SearchFields", "before a day, month or year"), u"before:2010-03"_s},
        {u"topic"_s, SearchField::Topic, ValueKind::Text,
         QT_TRANSLATE_NOOP("SearchFields", "a topic or any of its sub-topics"), u"topic:energy"_s},
        {u"format"_s, SearchField::Format, ValueKind::Text,
         QT_TRANSLATE_NOOP("SearchFields", "talks, official_visit, telephone_call…"),
         u"format:official_visit"_s},
        {u"status"_s, SearchField::State, ValueKind::Text,
         QT_TRANSLATE_NOOP("SearchFields", "planned, held, postponed or cancelled"),
         u"status:planned"_s},
        {u"document"_s, SearchField::Document, ValueKind::Text,
         QT_TRANSLATE_NOOP("SearchFields", "words of an outcome document's title"),
         u"document:consultations"_s},
        {u"kind"_s, SearchField::Kind, ValueKind::Text,
         QT_TRANSLATE_NOOP("SearchFields", "an outcome document's kind: programme, treaty…"),
         u"kind:treaty"_s},
        {u"action"_s, SearchField::Action, ValueKind::Text,
         QT_TRANSLATE_NOOP("SearchFields", "what was done with a document: signed, adopted…"),
         u"action:signed"_s},
        {u"post"_s, SearchField::Post, ValueKind::Text,
         QT_TRANSLATE_NOOP("SearchFields",
                           "someone attended while holding this post: post:\"Minister of Foreign "
                           "Affairs\""),
         u"post:\"Minister of Foreign Affairs\""_s},
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

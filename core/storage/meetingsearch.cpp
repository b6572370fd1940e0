#include "meetingsearch.h"

#include "search/searchfields.h"
#include "storage/catalogue.h"
#include "storage/sqlquery.h"
#include "storage/vocabularyrepository.h"

#include <QCoreApplication>
#include <QHash>

using namespace Qt::StringLiterals;

namespace entente {

namespace {

QString what()
{
    return QCoreApplication::translate("MeetingSearch", "Cannot search the catalogue");
}

QString scopeCondition(MeetingSearch::Scope scope)
{
    return scope == MeetingSearch::Scope::TopLevel ? u"m.parent_id IS NULL"_s : u"1"_s;
}

// Per facet: the grouped value, its label, the join that reaches it from m, and how to count.
struct FacetSql
{
    QString value;
    QString label;
    QString joins;
    QString count = u"count(*)"_s;
    QString order = u"n DESC, label, value"_s;
};

FacetSql facetSql(Facet::Kind kind)
{
    switch (kind) {
    case Facet::Kind::Countries:
        return {u"p.country_code"_s, u"c.name_en"_s,
                u"JOIN meeting_parties p ON p.meeting_id = m.id "
                "JOIN countries c ON c.code = p.country_code"_s};
    case Facet::Kind::Ministers:
        return {u"mp.person_id"_s,
                u"CASE WHEN pe.name_latin <> '' THEN pe.name_latin ELSE pe.name_native END"_s,
                u"JOIN meeting_people mp ON mp.meeting_id = m.id AND mp.is_head = 1 "
                "JOIN persons pe ON pe.id = mp.person_id"_s};
    case Facet::Kind::Years:
        return {u"substr(m.start_date, 1, 4)"_s, u"substr(m.start_date, 1, 4)"_s, QString(),
                u"count(*)"_s, u"value DESC"_s};
    case Facet::Kind::Formats:
        return {u"m.format"_s, u"m.format"_s, QString()};
    case Facet::Kind::Topics:
        return {u"t.id"_s, u"t.name"_s,
                u"JOIN meeting_topics mt ON mt.meeting_id = m.id "
                "JOIN topics t ON t.id = mt.topic_id"_s};
    case Facet::Kind::DocumentKinds:
        // A meeting with two programmes counts once.
        return {u"d.kind"_s, u"d.kind"_s, u"JOIN documents d ON d.meeting_id = m.id"_s,
                u"count(DISTINCT m.id)"_s};
    }
    return {};
}

SearchField fieldOf(Facet::Kind kind)
{
    switch (kind) {
    case Facet::Kind::Countries:
        return SearchField::Country;
    case Facet::Kind::Ministers:
        return SearchField::Head;
    case Facet::Kind::Years:
        return SearchField::Date;
    case Facet::Kind::Formats:
        return SearchField::Format;
    case Facet::Kind::Topics:
        return SearchField::Topic;
    case Facet::Kind::DocumentKinds:
        return SearchField::Kind;
    }
    return SearchField::Text;
}

} // namespace

Result<qint64> MeetingSearch::count(const SqlFilter &filter, Scope scope) const
{
    SqlQuery q(m_catalogue.database(), u"SELECT count(*) FROM meetings m WHERE "_s +
                                           scopeCondition(scope) + u" AND ("_s + filter.where +
                                           u')');
    filter.bindTo(q);
    auto n = q.scalar(what());
    if (!n)
        return n.error();
    return n->toLongLong();
}

Result<QList<qint64>> MeetingSearch::ids(const SqlFilter &filter, Scope scope) const
{
    SqlQuery q(m_catalogue.database(), u"SELECT m.id FROM meetings m WHERE "_s +
                                           scopeCondition(scope) + u" AND ("_s + filter.where +
                                           u") ORDER BY m.start_date, m.id"_s);
    filter.bindTo(q);
    if (Status s = q.exec(what()); !s)
        return s.error();
    QList<qint64> ids;
    while (q.next())
        ids.append(q.integer(0));
    return ids;
}

Result<Facet> MeetingSearch::facet(Facet::Kind kind, const SqlFilter &filter, Scope scope,
                                   int limit) const
{
    const FacetSql sql = facetSql(kind);
    SqlQuery q(m_catalogue.database(),
               u"SELECT "_s + sql.value + u" AS value, "_s + sql.label + u" AS label, "_s +
                   sql.count + u" AS n FROM meetings m "_s + sql.joins + u" WHERE "_s +
                   scopeCondition(scope) + u" AND ("_s + filter.where + u") GROUP BY "_s +
                   sql.value + u" ORDER BY "_s + sql.order + u" LIMIT :limit"_s);
    filter.bindTo(q);
    q.bind(u":limit"_s, limit);
    if (Status s = q.exec(what()); !s)
        return s.error();
    Facet facet;
    facet.kind = kind;
    while (q.next())
        facet.values.append({q.text(0), q.text(1), q.integer(2), QString()});
    q.finish();

    // Vocabulary codes read as their labels in the UI language.
    if (kind == Facet::Kind::Formats || kind == Facet::Kind::DocumentKinds) {
        auto labels =
            VocabularyRepository(m_catalogue)
                .labels(kind == Facet::Kind::Formats ? VocabularyRepository::Kind::Format
                                                     : VocabularyRepository::Kind::DocumentKind);
        if (!labels)
            return labels.error();
        for (FacetValue &value : facet.values)
            value.label = labels->value(value.value, value.value);
    }
    // The term that narrows the query to each value: codes where there are codes, names for
    // people and topics (the query language has no ids).
    for (FacetValue &value : facet.values) {
        const bool byName = kind == Facet::Kind::Ministers || kind == Facet::Kind::Topics;
        value.term = SearchFields::term(fieldOf(kind), byName ? value.label : value.value);
    }
    return facet;
}

} // namespace entente

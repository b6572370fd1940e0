#include "meetingsearch.h"

#include "domain/countryresolver.h"
#include "query/searchfields.h"
#include "storage/catalogue.h"
#include "storage/catalogueconnection.h"
#include "storage/sqlquery.h"
#include "storage/vocabularyrepository.h"

#include <QCoreApplication>

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

// The meetings of the result, as `FROM … WHERE …` over m. With a source, its ids drive (CROSS
// JOIN keeps them outside) and only their meetings are read; without one, every meeting in scope
// is tested, along the narrowest index SQLite finds.
QString resultRows(const SqlFilter &filter, MeetingSearch::Scope scope)
{
    if (!filter.source)
        return u"FROM meetings m WHERE "_s + scopeCondition(scope) + u" AND ("_s +
               filter.wholeWhere() + u')';
    const ResultSource &source = *filter.source;
    QString ids = scope == MeetingSearch::Scope::TopLevel && !source.topLevelIds.isEmpty()
                      ? source.topLevelIds
                      : source.ids;
    if (!source.distinct)
        ids = u"SELECT DISTINCT id FROM ("_s + ids + u')';
    return u"FROM ("_s + ids + u") s CROSS JOIN meetings m ON m.id = s.id WHERE "_s +
           scopeCondition(scope) + u" AND ("_s + source.rest + u')';
}

// One facet over the result's rows `r` (id, start_date, format): each value with its label and
// count, numbered in the facet's order. Values are grouped before their labels are looked up, and
// each child table is reached from r's ids (CROSS JOIN: r outside), never scanned whole.
QString facetSql(Facet::Kind kind)
{
    const auto labelled = [](const QString &grouped, const QString &label,
                             const QString &join) -> QString {
        return u"SELECT g.value AS value, "_s + label +
               u" AS label, g.n AS n, row_number() OVER (ORDER BY g.n DESC, "_s + label +
               u", g.value) AS place FROM ("_s + grouped + u") g "_s + join;
    };
    switch (kind) {
    case Facet::Kind::Countries:
        return labelled(u"SELECT p.country_code AS value, count(*) AS n FROM r CROSS JOIN "
                        "meeting_parties p ON p.meeting_id = r.id GROUP BY p.country_code"_s,
                        u"c.name_en"_s, u"JOIN countries c ON c.code = g.value"_s);
    case Facet::Kind::Ministers:
        return labelled(u"SELECT mp.person_id AS value, count(*) AS n FROM r CROSS JOIN "
                        "meeting_people mp ON mp.meeting_id = r.id AND mp.is_head = 1 GROUP BY "
                        "mp.person_id"_s,
                        u"CASE WHEN pe.name_latin <> '' THEN pe.name_latin ELSE pe.name_native "
                        "END"_s,
                        u"JOIN persons pe ON pe.id = g.value"_s);
    case Facet::Kind::Years:
        return u"SELECT substr(r.start_date, 1, 4) AS value, substr(r.start_date, 1, 4) AS "
               "label, count(*) AS n, row_number() OVER (ORDER BY substr(r.start_date, 1, 4) "
               "DESC) AS place FROM r GROUP BY substr(r.start_date, 1, 4)"_s;
    case Facet::Kind::Formats:
        return u"SELECT r.format AS value, r.format AS label, count(*) AS n, row_number() OVER "
               "(ORDER BY count(*) DESC, r.format) AS place FROM r GROUP BY r.format"_s;
    case Facet::Kind::Topics:
        return labelled(u"SELECT mt.topic_id AS value, count(*) AS n FROM r CROSS JOIN "
                        "meeting_topics mt ON mt.meeting_id = r.id GROUP BY mt.topic_id"_s,
                        u"t.name"_s, u"JOIN topics t ON t.id = g.value"_s);
    case Facet::Kind::DocumentKinds:
        // A meeting with two programmes counts once.
        return u"SELECT d.kind AS value, d.kind AS label, count(DISTINCT r.id) AS n, "
               "row_number() OVER (ORDER BY count(DISTINCT r.id) DESC, d.kind) AS place FROM r "
               "CROSS JOIN documents d ON d.meeting_id = r.id GROUP BY d.kind"_s;
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
    QString sql = u"SELECT count(*) "_s + resultRows(filter, scope);
    if (filter.source && filter.source->rest == u"1") {
        // The source's ids alone: no meeting is read. Top-level meetings are those of
        // topLevelIds, or the ids that are not sub-events (a list of the sub-events, read once
        // from an index led by parent_id, is far shorter than the meetings).
        const ResultSource &source = *filter.source;
        const bool topLevel = scope == Scope::TopLevel;
        const QString ids =
            topLevel && !source.topLevelIds.isEmpty() ? source.topLevelIds : source.ids;
        sql = u"SELECT count("_s + (source.distinct ? u"*"_s : u"DISTINCT s.id"_s) + u") FROM ("_s +
              ids + u") s"_s;
        if (topLevel && source.topLevelIds.isEmpty())
            sql += u" WHERE s.id NOT IN (SELECT id FROM meetings WHERE parent_id IS NOT NULL)"_s;
    }
    SqlQuery q(CatalogueConnection::of(m_catalogue), filter.with() + sql);
    filter.bindTo(q);
    auto n = q.scalar(what());
    if (!n)
        return n.error();
    return n->toLongLong();
}

Result<QList<qint64>> MeetingSearch::ids(const SqlFilter &filter, Scope scope) const
{
    SqlQuery q(CatalogueConnection::of(m_catalogue), filter.with() + u"SELECT m.id "_s +
                                                         resultRows(filter, scope) +
                                                         u" ORDER BY m.start_date, m.id"_s);
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
    auto one = facets({kind}, filter, scope, limit);
    if (!one)
        return one.error();
    return one->constFirst();
}

Result<QList<Facet>> MeetingSearch::facets(const QList<Facet::Kind> &kinds, const SqlFilter &filter,
                                           Scope scope, int limit) const
{
    QList<Facet> facets;
    if (kinds.isEmpty())
        return facets;
    // The result's meetings once (MATERIALIZED: one list however many facets read it), then
    // each facet from it; `facet` numbers them in the order asked.
    QStringList parts;
    for (qsizetype i = 0; i < kinds.size(); ++i) {
        parts.append(u"SELECT "_s + QString::number(i) +
                     u" AS facet, value, label, n, place FROM ("_s + facetSql(kinds.at(i)) + u')');
        facets.append(Facet{kinds.at(i), {}});
    }
    SqlQuery q(CatalogueConnection::of(m_catalogue),
               filter.with({u"r AS MATERIALIZED (SELECT m.id AS id, m.start_date AS start_date, "
                            "m.format AS format "_s +
                            resultRows(filter, scope) + u')'}) +
                   u"SELECT facet, value, label, n FROM ("_s + parts.join(u" UNION ALL "_s) +
                   u") WHERE place <= :limit ORDER BY facet, place"_s);
    filter.bindTo(q);
    q.bind(u":limit"_s, limit);
    if (Status s = q.exec(what()); !s)
        return s.error();
    while (q.next()) {
        facets[q.integer(0)].values.append({q.text(1), q.text(2), q.integer(3), QString()});
    }
    q.finish();

    for (Facet &facet : facets) {
        const Facet::Kind kind = facet.kind;
        // Vocabulary codes read as their labels in the UI language.
        if (kind == Facet::Kind::Formats || kind == Facet::Kind::DocumentKinds) {
            auto labels = VocabularyRepository(m_catalogue)
                              .labels(kind == Facet::Kind::Formats
                                          ? VocabularyRepository::Kind::Format
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
            // country: keeps meaning countries: an organisation narrows with party:.
            const SearchField field = kind == Facet::Kind::Countries &&
                                              CountryResolver::builtIn().isOrganisation(value.value)
                                          ? SearchField::Party
                                          : fieldOf(kind);
            value.term = SearchFields::term(field, byName ? value.label : value.value);
        }
    }
    return facets;
}

} // namespace entente

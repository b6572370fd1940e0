#include "searchcompiler.h"

#include "domain/codes.h"
#include "domain/countryresolver.h"
#include "domain/namefolding.h"
#include "storage/catalogue.h"
#include "storage/catalogueconnection.h"
#include "storage/countryrepository.h"
#include "storage/fulltextwalk.h"
#include "storage/personrepository.h"
#include "storage/searchsql.h"
#include "storage/sqlquery.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace entente {

namespace {

// Open ends of a period, as ISO text that sorts before or after every stored date.
const QString firstPossibleDay = u"0000-01-01"_s;
const QString lastPossibleDay = u"9999-12-31"_s;

// Which term of an AND the whole result is read from, when there are several: a person's range
// of meeting_people first (usually the smallest, and it knows its top-level meetings), the
// full-text index and document titles late (a common word lists much of the catalogue, a title
// search reads every document).
constexpr int rankPerson = 0;
constexpr int rankCountry = 1;
constexpr int rankTopic = 2;
constexpr int rankDocumentKind = 3;
constexpr int rankText = 4;
constexpr int rankDocumentTitle = 5;
constexpr int rankPost = 6;

} // namespace

Status SearchCompiler::compile(const SearchNode &root)
{
    if (root.kind != SearchNode::Kind::Term && root.kind != SearchNode::Kind::And) {
        auto where = node(root);
        if (!where)
            return where.error();
        m_filter.where = *where;
        return {};
    }
    // The terms of the top AND (or the one term), free text gathered into one MATCH as andNode()
    // does.
    const std::vector<SearchNode> single{root};
    const bool conjunction = root.kind == SearchNode::Kind::And;
    QList<Conjunct> conjuncts;
    QStringList phrases;
    for (const SearchNode &child : conjunction ? root.children : single) {
        if (child.kind == SearchNode::Kind::Term && SearchSql::joinsMatch(child.term)) {
            const QString phrase = SearchSql::matchPhrase(child.term);
            if (phrase.isEmpty()) {
                m_filter.where = nothing(
                    SearchSql::tr("“%1” holds nothing searchable: words need letters or digits")
                        .arg(child.term.value));
                return {};
            }
            phrases.append(phrase);
            continue;
        }
        auto part = conjunct(child);
        if (!part)
            return part.error();
        conjuncts.append(std::move(part).value());
    }
    if (!phrases.isEmpty()) {
        auto text = fullTextConjunct(phrases.join(u" AND "_s));
        if (!text)
            return text.error();
        conjuncts.prepend(std::move(text).value());
    }

    // The table's form puts the terms it checks one meeting at a time last: the others may
    // already have turned the meeting down.
    QStringList sets;
    QStringList walks;
    QStringList checked;
    bool empty = false;
    bool period = false;
    for (const Conjunct &c : std::as_const(conjuncts)) {
        sets.append(c.sql);
        (c.walk.isEmpty() ? walks : checked).append(c.walk.isEmpty() ? c.sql : c.walk);
        empty = empty || c.sql == u"0";
        period = period || c.period;
    }
    const auto joined = [conjunction](const QStringList &parts) -> QString {
        return conjunction ? QString(u'(' + parts.join(u" AND "_s) + u')') : parts.front();
    };
    m_filter.where = joined(walks + checked);
    if (!checked.isEmpty())
        m_filter.whole = joined(sets);

    // A date term reads one range of meetings_by_date, which beats looking up the meetings of an
    // id list one by one: no source then. Neither when a term matches nothing.
    if (period || empty)
        return {};
    qsizetype best = -1;
    for (qsizetype i = 0; i < conjuncts.size(); ++i) {
        if (conjuncts[i].source && (best < 0 || conjuncts[i].rank < conjuncts[best].rank))
            best = i;
    }
    if (best < 0)
        return {};
    ResultSource source = *conjuncts[best].source;
    sets.removeAt(best);
    source.rest = sets.isEmpty() ? u"1"_s : sets.join(u" AND "_s);
    m_filter.source = std::move(source);
    return {};
}

Result<SearchCompiler::Conjunct> SearchCompiler::conjunct(const SearchNode &node)
{
    m_termSource.reset();
    auto sql = this->node(node);
    if (!sql)
        return sql.error();
    Conjunct c;
    c.sql = *sql;
    // Only a term of its own lists the AND's meetings; one inside an OR or a NOT does not.
    if (node.kind == SearchNode::Kind::Term) {
        c.source = std::move(m_termSource);
        c.rank = m_termRank;
        c.period = node.term.field == SearchField::Date;
    }
    m_termSource.reset();
    return c;
}

Result<SearchCompiler::Conjunct> SearchCompiler::fullTextConjunct(const QString &match)
{
    const QString name = bind(match);
    m_termSource.reset();
    Conjunct c;
    c.sql = fullText(name);
    c.source = std::move(m_termSource);
    c.rank = m_termRank;
    m_termSource.reset();

    // The table's form, when the words are common (FullTextWalk).
    auto region = FullTextWalk::region(m_catalogue, match);
    if (!region)
        return region.error();
    if (*region > 0)
        c.walk = FullTextWalk::condition(c.sql, name, *region);
    return c;
}

QString SearchCompiler::bind(const QVariant &value)
{
    const QString name = u':' + m_prefix + QString::number(m_filter.values.size());
    m_filter.values.append({name, value});
    return name;
}

QString SearchCompiler::bindAll(const QList<QVariant> &values)
{
    QStringList names;
    for (const QVariant &value : values)
        names.append(bind(value));
    return names.join(u", "_s);
}

QString SearchCompiler::nothing(const QString &why)
{
    if (!m_filter.notes.contains(why))
        m_filter.notes.append(why);
    return u"0"_s;
}

QString SearchCompiler::idSet(const QString &column, const QString &rest, int rank, bool distinct,
                              const QString &topLevelOnly)
{
    const QString select = u"SELECT "_s + column + u" AS id FROM "_s + rest;
    m_termSource = ResultSource{select, topLevelOnly.isEmpty() ? QString() : select + topLevelOnly,
                                distinct, u"1"_s};
    m_termRank = rank;
    return u"m.id IN (SELECT "_s + column + u" FROM "_s + rest + u')';
}

QString SearchCompiler::fullText(const QString &match)
{
    return idSet(u"rowid"_s, u"meeting_fts WHERE meeting_fts MATCH "_s + match, rankText, true);
}

Result<QString> SearchCompiler::node(const SearchNode &node)
{
    const bool group = node.kind == SearchNode::Kind::And || node.kind == SearchNode::Kind::Or ||
                       node.kind == SearchNode::Kind::Not;
    if (group && m_depth == outOfLineDepth)
        return outOfLine(node);
    ++m_depth;
    auto sql = inLine(node);
    --m_depth;
    return sql;
}

Result<QString> SearchCompiler::outOfLine(const SearchNode &node)
{
    const int depth = m_depth;
    m_depth = 0;
    auto sql = inLine(node);
    m_depth = depth;
    if (!sql)
        return sql;
    const QString name = u"search_"_s + m_prefix + QString::number(m_filter.tables.size());
    m_filter.tables.append(name + u"(id) AS (SELECT m.id FROM meetings m WHERE "_s + *sql + u')');
    return QString(u"m.id IN "_s + name);
}

Result<QString> SearchCompiler::inLine(const SearchNode &node)
{
    switch (node.kind) {
    case SearchNode::Kind::All:
        return u"1"_s;
    case SearchNode::Kind::Term:
        return term(node.term);
    case SearchNode::Kind::And:
        return andNode(node);
    case SearchNode::Kind::Or: {
        QStringList parts;
        for (const SearchNode &child : node.children) {
            auto part = this->node(child);
            if (!part)
                return part;
            parts.append(*part);
        }
        return QString(u'(' + parts.join(u" OR "_s) + u')');
    }
    case SearchNode::Kind::Not: {
        // Every condition is a plain comparison of NOT NULL columns or an IN over non-null
        // ids, never NULL, so NOT is the exact complement.
        auto operand = this->node(node.children.front());
        if (!operand)
            return operand;
        return QString(u"NOT ("_s + *operand + u')');
    }
    }
    return u"0"_s;
}

Result<QString> SearchCompiler::andNode(const SearchNode &node)
{
    // The free-text terms of one AND become one MATCH: FTS5 intersects its own posting lists,
    // which is far cheaper than intersecting one id list per word in SQL.
    QStringList phrases;
    QStringList parts;
    for (const SearchNode &child : node.children) {
        if (child.kind == SearchNode::Kind::Term && SearchSql::joinsMatch(child.term)) {
            const QString phrase = SearchSql::matchPhrase(child.term);
            if (phrase.isEmpty())
                return nothing(SearchSql::tr("“%1” holds nothing searchable: words need letters "
                                             "or digits")
                                   .arg(child.term.value));
            phrases.append(phrase);
            continue;
        }
        auto part = this->node(child);
        if (!part)
            return part;
        parts.append(*part);
    }
    if (!phrases.isEmpty())
        parts.prepend(fullText(bind(phrases.join(u" AND "_s))));
    return QString(u'(' + parts.join(u" AND "_s) + u')');
}

Result<QString> SearchCompiler::term(const SearchTerm &term)
{
    switch (term.field) {
    case SearchField::Text: {
        const QString phrase = SearchSql::matchPhrase(term);
        if (phrase.isEmpty())
            return nothing(
                SearchSql::tr("“%1” holds nothing searchable: words need letters or digits")
                    .arg(term.value));
        if (!term.exact)
            return fullText(bind(phrase));
        // =word: the keys find every spelling, the folded text keeps the one typed.
        return idSet(u"rowid"_s,
                     u"meeting_fts WHERE meeting_fts MATCH "_s + bind(phrase) +
                         u" AND (' ' || title || ' ' || summary || ' ' || body || ' ') LIKE "_s +
                         bind(SearchSql::exactSpelling(term)) + u" ESCAPE '\\'"_s,
                     rankText, true);
    }
    case SearchField::Minister:
        return people(term, false);
    case SearchField::Head:
        return people(term, true);
    case SearchField::Country:
        return party(term, PartyScope::Country);
    case SearchField::Host:
        return party(term, PartyScope::Host);
    case SearchField::Party:
        return party(term, PartyScope::AnyParty);
    case SearchField::Place: {
        const QString pattern = SearchSql::wordPrefixPattern(term.value);
        if (pattern.isEmpty())
            return nothing(SearchSql::tr("No place is called “%1”").arg(term.value));
        return QString(u"(' ' || m.place_folded) LIKE "_s + bind(pattern) + u" ESCAPE '\\'"_s);
    }
    case SearchField::Date:
        return period(term);
    case SearchField::Topic:
        return topic(term);
    case SearchField::Format: {
        auto codes = vocabulary(term, VocabularyRepository::Kind::Format);
        if (!codes || *codes == u"0")
            return codes;
        return QString(u"m.format IN ("_s + *codes + u')');
    }
    case SearchField::State:
        return status(term);
    case SearchField::Document: {
        const QString pattern = SearchSql::wordPrefixPattern(term.value);
        if (pattern.isEmpty())
            return nothing(SearchSql::tr("No document title has “%1”").arg(term.value));
        return idSet(u"meeting_id"_s,
                     u"documents WHERE (' ' || title_folded) LIKE "_s + bind(pattern) +
                         u" ESCAPE '\\'"_s,
                     rankDocumentTitle, false);
    }
    case SearchField::Kind:
    case SearchField::Action: {
        const bool kind = term.field == SearchField::Kind;
        auto codes = vocabulary(term, kind ? VocabularyRepository::Kind::DocumentKind
                                           : VocabularyRepository::Kind::DocumentAction);
        if (!codes || *codes == u"0")
            return codes;
        return idSet(u"meeting_id"_s,
                     u"documents WHERE "_s + (kind ? u"kind"_s : u"action"_s) + u" IN ("_s +
                         *codes + u')',
                     rankDocumentKind, false);
    }
    case SearchField::Post:
        return post(term);
    }
    return u"0"_s;
}

Result<QString> SearchCompiler::people(const SearchTerm &term, bool headsOnly)
{
    auto ids = PersonRepository(m_catalogue).findByName(term.value);
    if (!ids)
        return ids.error();
    if (ids->isEmpty())
        return nothing(SearchSql::tr("No one in the catalogue is called “%1”").arg(term.value));
    QList<QVariant> values;
    for (const qint64 id : std::as_const(*ids))
        values.append(id);
    // meeting_people's key starts with the person: one index range per person, which also tells
    // whether each meeting is a top-level one (migration 5).
    return idSet(u"meeting_id"_s,
                 u"meeting_people WHERE person_id IN ("_s + bindAll(values) +
                     (headsOnly ? u") AND is_head = 1"_s : u")"_s),
                 rankPerson, ids->size() == 1, u" AND top_level = 1"_s);
}

Result<QString> SearchCompiler::party(const SearchTerm &term, PartyScope scope)
{
    const CountryRepository countries(m_catalogue);
    // country: and host: mean countries; party: organisations too.
    const bool organisations = scope == PartyScope::AnyParty;
    auto code = organisations ? countries.resolveParty(term.value) : countries.resolve(term.value);
    if (!code)
        return code.error();
    const CountryResolver &names = CountryResolver::builtIn();
    if (code->isEmpty() && !organisations) {
        if (const QString other = names.resolveParty(term.value); names.isOrganisation(other))
            return nothing(SearchSql::tr("%1 is an international organisation, not a country: "
                                         "party:%2 finds its meetings")
                               .arg(names.displayName(other), other));
    }
    if (code->isEmpty()) {
        const QString close = names.closestNames(term.value, organisations);
        if (organisations)
            return nothing(
                close.isEmpty()
                    ? SearchSql::tr("No country or organisation is called “%1”").arg(term.value)
                    : SearchSql::tr("No country or organisation is called “%1”: did you mean %2?")
                          .arg(term.value, close));
        return nothing(close.isEmpty()
                           ? SearchSql::tr("No country is called “%1”").arg(term.value)
                           : SearchSql::tr("No country is called “%1”: did you mean %2?")
                                 .arg(term.value, close));
    }
    return idSet(u"meeting_id"_s,
                 u"meeting_parties WHERE country_code = "_s + bind(*code) +
                     (scope == PartyScope::Host ? u" AND role = 'host'"_s : QString()),
                 rankCountry, true);
}

Result<double> SearchCompiler::longestSpan()
{
    if (!m_longestSpan) {
        // The last entry of meetings_by_span (a partial index: the WHERE must match it): one
        // step, however big the catalogue. A bare max() keeps SQLite's min/max shortcut; no
        // such meeting gives NULL, read as 0.
        SqlQuery q(CatalogueConnection::of(m_catalogue),
                   u"SELECT max(julianday(end_date) - julianday(start_date)) "
                   "FROM meetings WHERE start_precision = 'day' AND end_precision = 'day'"_s);
        auto span = q.scalar(SearchSql::tr("Cannot search the catalogue"));
        if (!span)
            return span.error();
        m_longestSpan = std::max(0.0, span->toDouble());
    }
    return *m_longestSpan;
}

Result<QString> SearchCompiler::period(const SearchTerm &term)
{
    // A meeting dated to the day matches when its span overlaps the period; one known only to the
    // month or year when that whole month or year lies inside it (the second branch, which a
    // day-dated meeting inside the period satisfies too). No meeting that overlaps can start
    // earlier than the period's first day minus the longest span in the catalogue, which gives
    // the start date a lower bound: the condition is one range of meetings_by_date.
    auto span = longestSpan();
    if (!span)
        return span.error();
    const QString from = term.from.isValid() ? term.from.toString(Qt::ISODate) : firstPossibleDay;
    const QString to = term.to.isValid() ? term.to.toString(Qt::ISODate) : lastPossibleDay;
    const QDate earliest =
        term.from.isValid() ? term.from.addDays(-qint64(std::ceil(*span))) : QDate();
    const QString low = earliest.isValid() && earliest.year() > 0 ? earliest.toString(Qt::ISODate)
                                                                  : firstPossibleDay;
    const QString pFrom = bind(from);
    const QString pTo = bind(to);
    return QString(
        u"(m.start_date BETWEEN "_s + bind(low) + u" AND "_s + pTo +
        u" AND ((m.start_precision = 'day' AND m.end_precision = 'day' AND m.end_date >= "_s +
        pFrom + u") OR (m.start_date >= "_s + pFrom + u" AND m.end_date <= "_s + pTo + u")))"_s);
}

Result<QString> SearchCompiler::topic(const SearchTerm &term)
{
    const QString pattern = SearchSql::wordPrefixPattern(term.value);
    if (pattern.isEmpty())
        return nothing(SearchSql::tr("No topic is called “%1”").arg(term.value));
    // The topics whose name has a word starting with the value, and all their sub-topics.
    SqlQuery q(CatalogueConnection::of(m_catalogue),
               u"WITH RECURSIVE chosen(id) AS (SELECT id FROM topics WHERE (' ' || folded) LIKE "
               ":pattern ESCAPE '\\' UNION SELECT t.id FROM topics t JOIN chosen "
               "ON t.parent_id = chosen.id) SELECT id FROM chosen ORDER BY id"_s);
    q.bind(u":pattern"_s, pattern);
    if (Status s = q.exec(SearchSql::tr("Cannot search the catalogue")); !s)
        return s.error();
    QList<QVariant> ids;
    while (q.next())
        ids.append(q.integer(0));
    if (ids.isEmpty())
        return nothing(SearchSql::tr("No topic is called “%1”").arg(term.value));
    return idSet(u"meeting_id"_s, u"meeting_topics WHERE topic_id IN ("_s + bindAll(ids) + u')',
                 rankTopic, ids.size() == 1);
}

Result<QString> SearchCompiler::vocabulary(const SearchTerm &term, VocabularyRepository::Kind kind)
{
    auto labels = VocabularyRepository(m_catalogue).labels(kind);
    if (!labels)
        return labels.error();
    // The code (official_visit, or "official visit") or the label, in any letter case.
    const QString wanted = NameFolding::fold(term.value);
    QList<QVariant> codes;
    for (auto it = labels->cbegin(); it != labels->cend(); ++it) {
        if (!wanted.isEmpty() &&
            (NameFolding::fold(it.key()) == wanted || NameFolding::fold(it.value()) == wanted))
            codes.append(it.key());
    }
    if (codes.isEmpty()) {
        const QString what = kind == VocabularyRepository::Kind::Format ? SearchSql::tr("format")
                             : kind == VocabularyRepository::Kind::DocumentKind
                                 ? SearchSql::tr("document kind")
                                 : SearchSql::tr("document action");
        return nothing(SearchSql::tr("There is no %1 “%2”").arg(what, term.value));
    }
    std::sort(codes.begin(), codes.end(),
              [](const QVariant &a, const QVariant &b) { return a.toString() < b.toString(); });
    return bindAll(codes);
}

QString SearchCompiler::status(const SearchTerm &term)
{
    const QString wanted = NameFolding::fold(term.value);
    for (const MeetingStatus status : {MeetingStatus::Planned, MeetingStatus::Held,
                                       MeetingStatus::Postponed, MeetingStatus::Cancelled}) {
        if (NameFolding::fold(statusCode(status)) == wanted ||
            NameFolding::fold(statusLabel(status)) == wanted)
            return u"m.status = "_s + bind(statusCode(status));
    }
    return nothing(
        SearchSql::tr("There is no status “%1”: use planned, held, postponed or cancelled")
            .arg(term.value));
}

Result<QString> SearchCompiler::post(const SearchTerm &term)
{
    // The title as who-held compares it: whole, in any (ASCII) letter case.
    const QString title = term.value.simplified();
    SqlQuery known(CatalogueConnection::of(m_catalogue),
                   u"SELECT 1 FROM positions WHERE title = :title COLLATE NOCASE LIMIT 1"_s);
    if (Status s =
            known.bind(u":title"_s, title).exec(SearchSql::tr("Cannot search the catalogue"));
        !s)
        return s.error();
    if (!known.next())
        return nothing(SearchSql::tr("No one in the catalogue held a post called “%1”").arg(title));
    known.finish();
    // Attended while holding the post: the term of office overlaps the meeting's span (an open
    // end means the term goes on).
    return idSet(u"mp.meeting_id"_s,
                 u"positions p JOIN meeting_people mp ON mp.person_id = p.person_id JOIN "
                 "meetings pm ON pm.id = mp.meeting_id WHERE p.title = "_s +
                     bind(title) +
                     u" COLLATE NOCASE AND (p.start_date IS NULL OR p.start_date <= pm.end_date) "
                     "AND (p.end_date IS NULL OR p.end_date >= pm.start_date)"_s,
                 rankPost, false);
}

} // namespace entente

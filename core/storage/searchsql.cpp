#include "searchsql.h"

#include "domain/codes.h"
#include "search/searchfields.h"
#include "storage/catalogue.h"
#include "storage/countryrepository.h"
#include "storage/personrepository.h"
#include "storage/sqlquery.h"
#include "storage/vocabularyrepository.h"
#include "text/namefolding.h"

#include <QCoreApplication>
#include <QHash>

#include <cmath>

using namespace Qt::StringLiterals;

namespace entente {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("SearchSql", text);
}

// Open ends of a period, as ISO text that sorts before or after every stored date.
const QString firstPossibleDay = u"0000-01-01"_s;
const QString lastPossibleDay = u"9999-12-31"_s;

// Compiles one query; holds the values bound so far and what it learnt on the way.
class Compiler
{
public:
    explicit Compiler(const Catalogue &catalogue, QChar prefix = u'p')
        : m_catalogue(catalogue)
        , m_prefix(prefix)
    {}

    Result<QString> node(const SearchNode &node);
    SqlFilter take(QString where)
    {
        m_filter.where = std::move(where);
        return std::move(m_filter);
    }

private:
    QString bind(const QVariant &value);
    QString bindAll(const QList<QVariant> &values);
    Result<QString> andNode(const SearchNode &node);
    Result<QString> term(const SearchTerm &term);
    Result<QString> people(const SearchTerm &term, bool headsOnly);
    Result<QString> country(const SearchTerm &term, bool hostOnly);
    Result<QString> period(const SearchTerm &term);
    Result<QString> topic(const SearchTerm &term);
    Result<QString> vocabulary(const SearchTerm &term, VocabularyRepository::Kind kind);
    QString status(const SearchTerm &term);
    Result<QString> post(const SearchTerm &term);
    QString nothing(const SearchTerm &term, const QString &why);
    QString fullText(const QString &match) const;
    Result<double> longestSpan();

    const Catalogue &m_catalogue;
    QChar m_prefix; // of the bound names: :p0 …, or :d0 … for a driver's other terms
    SqlFilter m_filter;
    std::optional<double> m_longestSpan;
};

QString Compiler::bind(const QVariant &value)
{
    const QString name = u':' + m_prefix + QString::number(m_filter.values.size());
    m_filter.values.append({name, value});
    return name;
}

QString Compiler::bindAll(const QList<QVariant> &values)
{
    QStringList names;
    for (const QVariant &value : values)
        names.append(bind(value));
    return names.join(u", "_s);
}

QString Compiler::nothing(const SearchTerm &term, const QString &why)
{
    Q_UNUSED(term);
    if (!m_filter.notes.contains(why))
        m_filter.notes.append(why);
    return u"0"_s;
}

QString Compiler::fullText(const QString &match) const
{
    return u"m.id IN (SELECT rowid FROM meeting_fts WHERE meeting_fts MATCH "_s + match + u')';
}

Result<QString> Compiler::node(const SearchNode &node)
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

Result<QString> Compiler::andNode(const SearchNode &node)
{
    // The free-text terms of one AND become one MATCH: FTS5 intersects its own posting lists,
    // which is far cheaper than intersecting one id list per word in SQL.
    QStringList phrases;
    QStringList parts;
    for (const SearchNode &child : node.children) {
        if (child.kind == SearchNode::Kind::Term && child.term.field == SearchField::Text) {
            const QString phrase = SearchSql::matchPhrase(child.term);
            if (phrase.isEmpty())
                return nothing(child.term, tr("“%1” holds nothing searchable: words need letters "
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

Result<QString> Compiler::term(const SearchTerm &term)
{
    switch (term.field) {
    case SearchField::Text: {
        const QString phrase = SearchSql::matchPhrase(term);
        if (phrase.isEmpty())
            return nothing(
                term,
                tr("“%1” holds nothing searchable: words need letters or digits").arg(term.value));
        return fullText(bind(phrase));
    }
    case SearchField::Minister:
        return people(term, false);
    case SearchField::Head:
        return people(term, true);
    case SearchField::Country:
        return country(term, false);
    case SearchField::Host:
        return country(term, true);
    case SearchField::Place: {
        const QString pattern = SearchSql::wordPrefixPattern(term.value);
        if (pattern.isEmpty())
            return nothing(term, tr("No place is called “%1”").arg(term.value));
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
            return nothing(term, tr("No document title has “%1”").arg(term.value));
        return QString(
            u"m.id IN (SELECT meeting_id FROM documents WHERE (' ' || title_folded) LIKE "_s +
            bind(pattern) + u" ESCAPE '\\')"_s);
    }
    case SearchField::Kind:
    case SearchField::Action: {
        const bool kind = term.field == SearchField::Kind;
        auto codes = vocabulary(term, kind ? VocabularyRepository::Kind::DocumentKind
                                           : VocabularyRepository::Kind::DocumentAction);
        if (!codes || *codes == u"0")
            return codes;
        return QString(u"m.id IN (SELECT meeting_id FROM documents WHERE "_s +
                       (kind ? u"kind"_s : u"action"_s) + u" IN ("_s + *codes + u"))"_s);
    }
    case SearchField::Post:
        return post(term);
    }
    return u"0"_s;
}

Result<QString> Compiler::people(const SearchTerm &term, bool headsOnly)
{
    auto ids = PersonRepository(m_catalogue).findByName(term.value);
    if (!ids)
        return ids.error();
    if (ids->isEmpty())
        return nothing(term, tr("No one in the catalogue is called “%1”").arg(term.value));
    QList<QVariant> values;
    for (const qint64 id : std::as_const(*ids))
        values.append(id);
    // meeting_people's key starts with the person: one index range per person.
    return QString(u"m.id IN (SELECT meeting_id FROM meeting_people WHERE person_id IN ("_s +
                   bindAll(values) + (headsOnly ? u") AND is_head = 1)"_s : u"))"_s));
}

Result<QString> Compiler::country(const SearchTerm &term, bool hostOnly)
{
    auto code = CountryRepository(m_catalogue).resolve(term.value);
    if (!code)
        return code.error();
    if (code->isEmpty())
        return nothing(term, tr("No country is called “%1”").arg(term.value));
    return QString(u"m.id IN (SELECT meeting_id FROM meeting_parties WHERE country_code = "_s +
                   bind(*code) + (hostOnly ? u" AND role = 'host')"_s : u")"_s));
}

Result<double> Compiler::longestSpan()
{
    if (!m_longestSpan) {
        // The last entry of meetings_by_span (a partial index: the WHERE must match it): one
        // step, however big the catalogue. A bare max() keeps SQLite's min/max shortcut; no
        // such meeting gives NULL, read as 0.
        SqlQuery q(m_catalogue.database(),
                   u"SELECT max(julianday(end_date) - julianday(start_date)) "
                   "FROM meetings WHERE start_precision = 'day' AND end_precision = 'day'"_s);
        auto span = q.scalar(tr("Cannot search the catalogue"));
        if (!span)
            return span.error();
        m_longestSpan = std::max(0.0, span->toDouble());
    }
    return *m_longestSpan;
}

Result<QString> Compiler::period(const SearchTerm &term)
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

Result<QString> Compiler::topic(const SearchTerm &term)
{
    const QString pattern = SearchSql::wordPrefixPattern(term.value);
    if (pattern.isEmpty())
        return nothing(term, tr("No topic is called “%1”").arg(term.value));
    // The topics whose name has a word starting with the value, and all their sub-topics.
    SqlQuery q(m_catalogue.database(),
               u"WITH RECURSIVE chosen(id) AS (SELECT id FROM topics WHERE (' ' || folded) LIKE "
               ":pattern ESCAPE '\\' UNION SELECT t.id FROM topics t JOIN chosen "
               "ON t.parent_id = chosen.id) SELECT id FROM chosen ORDER BY id"_s);
    q.bind(u":pattern"_s, pattern);
    if (Status s = q.exec(tr("Cannot search the catalogue")); !s)
        return s.error();
    QList<QVariant> ids;
    while (q.next())
        ids.append(q.integer(0));
    if (ids.isEmpty())
        return nothing(term, tr("No topic is called “%1”").arg(term.value));
    return QString(u"m.id IN (SELECT meeting_id FROM meeting_topics WHERE topic_id IN ("_s +
                   bindAll(ids) + u"))"_s);
}

Result<QString> Compiler::vocabulary(const SearchTerm &term, VocabularyRepository::Kind kind)
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
        const QString what = kind == VocabularyRepository::Kind::Format ? tr("format")
                             : kind == VocabularyRepository::Kind::DocumentKind
                                 ? tr("document kind")
                                 : tr("document action");
        return nothing(term, tr("There is no %1 “%2”").arg(what, term.value));
    }
    std::sort(codes.begin(), codes.end(),
              [](const QVariant &a, const QVariant &b) { return a.toString() < b.toString(); });
    return bindAll(codes);
}

QString Compiler::status(const SearchTerm &term)
{
    const QString wanted = NameFolding::fold(term.value);
    for (const MeetingStatus status : {MeetingStatus::Planned, MeetingStatus::Held,
                                       MeetingStatus::Postponed, MeetingStatus::Cancelled}) {
        if (NameFolding::fold(statusCode(status)) == wanted ||
            NameFolding::fold(statusLabel(status)) == wanted)
            return u"m.status = "_s + bind(statusCode(status));
    }
    return nothing(
        term,
        tr("There is no status “%1”: use planned, held, postponed or cancelled").arg(term.value));
}

Result<QString> Compiler::post(const SearchTerm &term)
{
    // The title as who-held compares it: whole, in any (ASCII) letter case.
    const QString title = term.value.simplified();
    SqlQuery known(m_catalogue.database(),
                   u"SELECT 1 FROM positions WHERE title = :title COLLATE NOCASE LIMIT 1"_s);
    if (Status s = known.bind(u":title"_s, title).exec(tr("Cannot search the catalogue")); !s)
        return s.error();
    if (!known.next())
        return nothing(term, tr("No one in the catalogue held a post called “%1”").arg(title));
    known.finish();
    // Attended while holding the post: the term of office overlaps the meeting's span (an open
    // end means the term goes on).
    return QString(
        u"m.id IN (SELECT mp.meeting_id FROM positions p JOIN meeting_people mp ON "
        "mp.person_id = p.person_id JOIN meetings pm ON pm.id = mp.meeting_id WHERE p.title = "_s +
        bind(title) +
        u" COLLATE NOCASE AND (p.start_date IS NULL OR p.start_date <= pm.end_date) AND "
        "(p.end_date IS NULL OR p.end_date >= pm.start_date))"_s);
}

} // namespace

QString SearchSql::matchPhrase(const SearchTerm &term)
{
    const QString folded = NameFolding::fold(term.value);
    if (folded.isEmpty())
        return {};
    QString quoted = folded;
    quoted.replace(u"\""_s, u"\"\""_s);
    return u'"' + quoted + u'"' + (term.prefix ? u"*"_s : QString());
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
    Compiler compiler(m_catalogue);
    auto where = compiler.node(query.root);
    if (!where)
        return where.error();
    SqlFilter filter = compiler.take(*where);
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
        Compiler compiler(m_catalogue, u'd');
        auto where = compiler.node(rest.children.size() == 1 ? rest.children.front() : rest);
        if (!where)
            return where.error();
        SqlFilter compiled = compiler.take(*where);
        driver.rest = compiled.where;
        driver.values = compiled.values;
    }
    return std::optional<PersonDriver>(std::move(driver));
}

} // namespace entente

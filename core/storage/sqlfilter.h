#pragma once

#include "storage/sqlquery.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <optional>
#include <utility>

namespace entente {

// One person's meetings, narrowed by the other terms: the table walks them in date order along
// meeting_people's key (person, start date, meeting) and stops after a page, instead of collecting
// and sorting them all (about 0.1 ms against 130 ms for someone in 50,000 of a million meetings).
struct PersonDriver
{
    qint64 personId = 0;
    bool headsOnly = false;
    QString rest = QStringLiteral("1");         // the other terms, over m
    QList<std::pair<QString, QVariant>> values; // rest's values, named :d0, :d1 …

    void bindTo(SqlQuery &query) const
    {
        for (const auto &[name, value] : values)
            query.bind(name, value);
    }
};

// Where a whole result can be read from without walking every top-level meeting: one term of the
// query's top AND that lists its meetings through an index of its own (a person's meeting_people
// range, a country's meeting_parties, the full-text index …). MeetingSearch counts and groups the
// result from these ids, looking up only their meetings, instead of testing each of the million
// against the list (docs/search.md, "Reading a whole result").
struct ResultSource
{
    QString ids;          // SELECT … AS id: the term's meetings, sub-events included
    QString topLevelIds;  // the same without sub-events, read without the meetings; or empty
    bool distinct = true; // no meeting twice in `ids`
    QString rest = QStringLiteral("1"); // the other terms of the AND, over m
};

// A compiled search: a condition over the meetings table, aliased `m`, with its bound values
// (named :p0, :p1 …, never pasted into the text). It only ever ANDs into a WHERE clause.
struct SqlFilter
{
    // For reading the result in an index order a page at a time, as the meetings table does; a
    // full-text term matching a large share of the catalogue checks the meetings it walks one by
    // one near either end of the date order instead of collecting every hit first.
    QString where = QStringLiteral("1");
    // The same condition for reading the result whole (counts, facets, ids): every term a set.
    // Empty when it is `where`. Both use exactly the values below.
    QString whole;
    QList<std::pair<QString, QVariant>> values;
    std::optional<ResultSource> source;
    // Why a term matches nothing although it is well formed ("no country is called “X”").
    QStringList notes;
    // Set when the query is one person (minister:/head: naming exactly one) ANDed with anything.
    std::optional<PersonDriver> driver;
    // The parts of a deeply nested query kept out of line, `name(id) AS (SELECT …)`, that the
    // conditions above refer to by name: every statement using them starts with with().
    QStringList tables;

    // `WITH …` naming the tables and then `more`, or nothing at all when there are neither.
    QString with(const QStringList &more = {}) const
    {
        const QStringList all = tables + more;
        return all.isEmpty() ? QString() : QStringLiteral("WITH ") + all.join(u", ") + u' ';
    }

    bool isEmpty() const { return values.isEmpty() && where == QLatin1String("1"); }
    const QString &wholeWhere() const { return whole.isEmpty() ? where : whole; }
    void bindTo(SqlQuery &query) const
    {
        for (const auto &[name, value] : values)
            query.bind(name, value);
    }
};

} // namespace entente

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

// A compiled search: a condition over the meetings table, aliased `m`, with its bound values
// (named :p0, :p1 …, never pasted into the text). It only ever ANDs into a WHERE clause.
struct SqlFilter
{
    QString where = QStringLiteral("1");
    QList<std::pair<QString, QVariant>> values;
    // Why a term matches nothing although it is well formed ("no country is called “X”").
    QStringList notes;
    // Set when the query is one person (minister:/head: naming exactly one) ANDed with anything.
    std::optional<PersonDriver> driver;

    bool isEmpty() const { return values.isEmpty() && where == QLatin1String("1"); }
    void bindTo(SqlQuery &query) const
    {
        for (const auto &[name, value] : values)
            query.bind(name, value);
    }
};

} // namespace entente

#include "searchsuggestions.h"

#include "storage/catalogue.h"
#include "storage/catalogueconnection.h"
#include "storage/sqlquery.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace entente {

namespace {

Result<QStringList> column(const Catalogue &catalogue, const QString &sql, int limit)
{
    SqlQuery q(CatalogueConnection::of(catalogue), sql);
    q.bind(u":limit"_s, limit);
    if (Status s = q.exec(
            QCoreApplication::translate("SearchSuggestions", "Cannot read the names to complete"));
        !s)
        return s.error();
    QStringList values;
    while (q.next()) {
        if (const QString value = q.text(0); !value.isEmpty())
            values.append(value);
    }
    return values;
}

} // namespace

Result<SearchSuggestions> SearchSuggestions::load(const Catalogue &catalogue, int limit)
{
    SearchSuggestions s;
    const struct
    {
        QStringList *target;
        QString sql;
    } lists[] = {
        {&s.people, u"SELECT name FROM (SELECT name_latin AS name FROM persons UNION SELECT "
                    "name_native FROM persons UNION SELECT alias FROM person_aliases) "
                    "WHERE name <> '' ORDER BY name LIMIT :limit"_s},
        {&s.countries, u"SELECT name FROM (SELECT name_en AS name, former FROM countries WHERE "
                       "kind = 'country' UNION SELECT name_ru, former FROM countries WHERE kind = "
                       "'country') ORDER BY former, name LIMIT :limit"_s},
        // Codes first (EU, NATO: what people type), then the names.
        {&s.organisations, u"SELECT name FROM (SELECT code AS name, 0 AS o FROM countries WHERE "
                           "kind = 'organisation' UNION SELECT name_en, 1 FROM countries WHERE "
                           "kind = 'organisation' UNION SELECT name_ru, 1 FROM countries WHERE "
                           "kind = 'organisation') ORDER BY o, name LIMIT :limit"_s},
        {&s.topics, u"SELECT DISTINCT name FROM topics ORDER BY name LIMIT :limit"_s},
        {&s.formats, u"SELECT code FROM vocabulary WHERE vocabulary = 'format' ORDER BY code "
                     "LIMIT :limit"_s},
        {&s.documentKinds, u"SELECT code FROM vocabulary WHERE vocabulary = 'document_kind' "
                           "ORDER BY code LIMIT :limit"_s},
        {&s.documentActions, u"SELECT code FROM vocabulary WHERE vocabulary = "
                             "'document_action' ORDER BY code LIMIT :limit"_s},
        {&s.posts, u"SELECT DISTINCT title FROM positions ORDER BY title LIMIT :limit"_s},
        // Reading every meeting's place would cost a scan of a million rows when the window
        // opens: the places of the newest 50,000 meetings stand for them.
        {&s.places, u"SELECT DISTINCT place FROM (SELECT place FROM meetings WHERE place <> '' "
                    "ORDER BY id DESC LIMIT 50000) ORDER BY place LIMIT :limit"_s},
        // Two seeks of meetings_by_date.
        {&s.years, u"WITH RECURSIVE span(y, last) AS (SELECT CAST(substr(max(start_date), 1, 4) "
                   "AS INTEGER), (SELECT CAST(substr(min(start_date), 1, 4) AS INTEGER) FROM "
                   "meetings WHERE parent_id IS NULL) FROM meetings WHERE parent_id IS NULL "
                   "UNION ALL SELECT y - 1, last FROM span WHERE y > last) SELECT y FROM span "
                   "WHERE y IS NOT NULL LIMIT :limit"_s},
    };
    for (const auto &list : lists) {
        auto values = column(catalogue, list.sql, limit);
        if (!values)
            return values.error();
        *list.target = std::move(values).value();
    }
    return s;
}

} // namespace entente

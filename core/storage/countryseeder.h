#pragma once

#include "domain/error.h"

#include <QSqlDatabase>

namespace entente {

// Loads the ISO 3166 reference table (resources/data/countries.tsv, generated from Debian's
// iso-codes) and every name a country is typed as (CountryResolver's, country-names.tsv
// included) into a catalogue. It adds what is missing and changes nothing stored, so a later
// migration runs it again to bring in countries and names added since. The international
// organisations (organisations.tsv) go in from version 7, whose schema has a place for them.
class CountrySeeder
{
public:
    explicit CountrySeeder(QSqlDatabase db)
        : m_db(std::move(db))
    {}
    Status seed();
    Status seedOrganisations();

private:
    Status insertNames(const QString &code, const QString &what);

    QSqlDatabase m_db;
};

} // namespace entente

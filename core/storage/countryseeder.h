#pragma once

#include "domain/error.h"

#include <QSqlDatabase>

namespace entente {

// Loads the ISO 3166 reference table (resources/data/countries.tsv, generated from Debian's
// iso-codes) and every name a country is typed as (CountryResolver's, country-names.tsv
// included) into a catalogue. It adds what is missing and changes nothing stored, so a later
// migration runs it again to bring in countries and names added since.
class CountrySeeder
{
public:
    explicit CountrySeeder(QSqlDatabase db)
        : m_db(std::move(db))
    {}
    Status seed();

private:
    QSqlDatabase m_db;
};

} // namespace entente

#pragma once

#include "domain/error.h"
#include "domain/person.h"

#include <QDate>
#include <QList>
#include <QString>

namespace entente {

// What the press-release extractor asks of the catalogue: only people, and only through this
// interface, so the extractor needs no database (tests give it a fake, the fuzzer an empty one)
// and storage keeps all the SQL. CatalogueReleaseLookup (core/storage) is the real one.
class ReleaseCatalogue
{
public:
    virtual ~ReleaseCatalogue() = default;

    // People any of whose names contain every word of `name` in any script or spelling variant
    // (PersonRepository::findByName), with their aliases and positions.
    virtual Result<QList<Person>> peopleNamed(const QString &name) const = 0;
    // People who held a post of exactly this title (any letter case) for the country on the day.
    virtual Result<QList<Person>> holdersOf(const QString &title, const QString &country,
                                            QDate day) const = 0;
};

} // namespace entente

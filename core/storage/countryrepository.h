#pragma once

#include "domain/country.h"
#include "domain/error.h"

#include <QList>

namespace entente {

class Catalogue;

class CountryRepository
{
public:
    explicit CountryRepository(const Catalogue &catalogue)
        : m_catalogue(catalogue)
    {}

    Result<QList<Country>> all() const;
    Result<Country> find(const QString &code) const;
    // The alpha-3 code for what a person typed: a code, a name in English or Russian, an alias;
    // empty when nothing matches.
    Result<QString> resolve(const QString &text) const;
    // The same for a party to a meeting: a country or an international organisation (EU, NATO).
    Result<QString> resolveParty(const QString &text) const;

private:
    // `code` if the catalogue holds it, else empty.
    Result<QString> known(const QString &code) const;

    const Catalogue &m_catalogue;
};

} // namespace entente

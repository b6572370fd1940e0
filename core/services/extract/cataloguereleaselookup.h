#pragma once

#include "extract/releasecatalogue.h"

#include <QHash>

namespace entente {

class Catalogue;

// The press-release extractor's view of a real catalogue: people found through PersonRepository
// (name keys in every script, position histories). Each person is read once per lookup object.
class CatalogueReleaseLookup : public ReleaseCatalogue
{
public:
    explicit CatalogueReleaseLookup(const Catalogue &catalogue)
        : m_catalogue(catalogue)
    {}

    Result<QList<Person>> peopleNamed(const QString &name) const override;
    Result<QList<Person>> holdersOf(const QString &title, const QString &country,
                                    QDate day) const override;

private:
    Result<QList<Person>> read(const QList<qint64> &ids) const;

    const Catalogue &m_catalogue;
    mutable QHash<qint64, Person> m_people;
};

} // namespace entente

#pragma once

#include "extract/releasecatalogue.h"

#include <QList>

namespace entente::test {

// A catalogue of people in memory for the press-release extractor, matching names the way
// storage does (every word of the name a match key of the person), so extractor tests need no
// database: the sample's two ministers (ids 1 and 2) and Grigory Karasin (id 3).
class FakeReleaseCatalogue : public ReleaseCatalogue
{
public:
    FakeReleaseCatalogue();

    Result<QList<Person>> peopleNamed(const QString &name) const override;
    Result<QList<Person>> holdersOf(const QString &title, const QString &country,
                                    QDate day) const override;

    QList<Person> people;
    mutable int lookups = 0;
};

} // namespace entente::test

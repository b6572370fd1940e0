#include "fakereleasecatalogue.h"

#include "domain/namefolding.h"
#include "sample/samplecatalogue.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace entente::test {

FakeReleaseCatalogue::FakeReleaseCatalogue()
{
    Person lavrov = SampleCatalogue::lavrov();
    lavrov.id = 1;
    Person martynov = SampleCatalogue::martynov();
    martynov.id = 2;
    Person karasin;
    karasin.id = 3;
    karasin.nameLatin = u"Grigory Karasin"_s;
    karasin.nameNative = u"Григорий Карасин"_s;
    karasin.aliases = {u"Григорий Борисович Карасин"_s, u"Grigori Karasin"_s};
    karasin.country = u"RUS"_s;
    karasin.positions = {{0,
                          u"Deputy Minister of Foreign Affairs"_s,
                          {},
                          u"RUS"_s,
                          PartialDate::month(2005, 5),
                          PartialDate::month(2019, 12)}};
    people = {lavrov, martynov, karasin};
}

Result<QList<Person>> FakeReleaseCatalogue::peopleNamed(const QString &name) const
{
    ++lookups;
    const QStringList words = NameFolding::matchKey(name).split(u' ', Qt::SkipEmptyParts);
    QList<Person> found;
    for (const Person &p : people) {
        QSet<QString> keys;
        QStringList names = {p.nameLatin, p.nameNative};
        names.append(p.aliases);
        for (const QString &n : std::as_const(names)) {
            for (const QString &k : NameFolding::matchKey(n).split(u' ', Qt::SkipEmptyParts))
                keys.insert(k);
        }
        const bool all =
            !words.isEmpty() && std::all_of(words.cbegin(), words.cend(),
                                            [&](const QString &w) { return keys.contains(w); });
        if (all)
            found.append(p);
    }
    return found;
}

Result<QList<Person>> FakeReleaseCatalogue::holdersOf(const QString &title, const QString &country,
                                                      QDate day) const
{
    ++lookups;
    QList<Person> found;
    for (const Person &p : people) {
        for (const Position &pos : p.positions) {
            if (pos.title.compare(title, Qt::CaseInsensitive) == 0 &&
                (country.isEmpty() || pos.country == country) && pos.covers(day)) {
                found.append(p);
                break;
            }
        }
    }
    return found;
}

} // namespace entente::test

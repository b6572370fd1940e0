#include "syntheticworld.h"

#include "generator/namemaker.h"
#include "generator/syntheticphrases.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace entente {

namespace {

// Countries whose people are named in Cyrillic first.
const QStringList cyrillicCountries = {u"RUS"_s, u"BLR"_s, u"UKR"_s, u"KAZ"_s, u"KGZ"_s,
                                       u"TJK"_s, u"MNG"_s, u"SRB"_s, u"BGR"_s, u"MKD"_s};

QString cityName(SeededRandom &random)
{
    const QString first = random.pick(SyntheticPhrases::placeSyllables());
    QString middle;
    if (random.chance(400))
        middle = random.pick(SyntheticPhrases::placeSyllables()).toLower();
    const QString ending = random.pick(SyntheticPhrases::placeEndings());
    return first + middle + ending;
}

} // namespace

SyntheticWorld SyntheticWorld::build(const QList<Country> &countries, quint64 seed)
{
    SyntheticWorld world;
    SeededRandom random(seed);

    QList<Country> current;
    for (const Country &c : countries) {
        if (!c.organisation && !c.former && !c.alpha2.isEmpty())
            current.append(c);
    }
    std::sort(current.begin(), current.end(),
              [](const Country &a, const Country &b) { return a.code < b.code; });
    // About two hundred of them, always including the Cyrillic-writing ones.
    SeededRandom choose = random.fork(1);
    choose.shuffle(current);
    std::stable_partition(current.begin(), current.end(),
                          [](const Country &c) { return cyrillicCountries.contains(c.code); });
    current = current.mid(0, countryTarget);
    std::sort(current.begin(), current.end(),
              [](const Country &a, const Country &b) { return a.code < b.code; });

    for (qsizetype i = 0; i < current.size(); ++i) {
        SeededRandom places = random.fork(1000 + quint64(i));
        Place place{current.at(i).code,
                    current.at(i).nameEn,
                    current.at(i).alpha2,
                    cyrillicCountries.contains(current.at(i).code),
                    {}};
        const int cities = places.between(3, 6);
        while (place.cities.size() < cities) {
            const QString city = cityName(places);
            if (!place.cities.contains(city))
                place.cities.append(city);
        }
        world.m_countries.append(place);
    }

    // Activity: a Zipf-like weight by a random rank, so which countries are busiest depends on
    // the seed but the shape does not.
    QList<qsizetype> ranks;
    for (qsizetype i = 0; i < world.m_countries.size(); ++i)
        ranks.append(i);
    SeededRandom rank = random.fork(2);
    rank.shuffle(ranks);
    QList<quint64> weights(world.m_countries.size());
    for (qsizetype r = 0; r < ranks.size(); ++r)
        weights[ranks.at(r)] = (quint64(1) << 40) / quint64(r + 1);
    world.m_activity = WeightedPick(weights);

    world.m_terms.resize(world.m_countries.size());
    for (qsizetype i = 0; i < world.m_countries.size(); ++i) {
        SeededRandom posts = random.fork(5000 + quint64(i));
        world.buildPosts(int(i), posts);
    }
    return world;
}

int SyntheticWorld::addPerson(int country, SeededRandom &random)
{
    const Place &place = m_countries.at(country);
    const MadeName name = NameMaker::make(random, place.cyrillic);
    Person person;
    person.nameLatin = name.latin;
    person.nameNative = name.native;
    person.aliases = name.aliases;
    person.country = place.code;
    m_people.append(person);
    return int(m_people.size() - 1);
}

void SyntheticWorld::buildPosts(int country, SeededRandom &random)
{
    const Place &place = m_countries.at(country);
    const QStringList &posts = SyntheticPhrases::posts();
    const QString organisation = SyntheticPhrases::ministry(place.name);
    QList<QList<Term>> &chains = m_terms[country];
    chains.resize(posts.size());
    QList<int> promoted; // first deputies who became minister

    // The minister's chain last, so a first deputy whose term is over can be promoted.
    for (qsizetype post = posts.size() - 1; post >= 0; --post) {
        QList<Term> &chain = chains[post];
        const bool minister = post == 0;
        QDate from = QDate(1980, 1, 1).addDays(qint64(random.below(365 * 10)));
        while (from <= lastMeetingDay()) {
            const int length = minister ? random.between(700, 3600) : random.between(500, 3000);
            QDate to = from.addDays(length - 1);
            const bool open = to > lastMeetingDay();
            int person = -1;
            if (minister && random.chance(350)) {
                // The latest first deputy who left before this day and was not promoted yet.
                for (qsizetype t = chains[1].size() - 1; t >= 0; --t) {
                    const Term &deputy = chains[1].at(t);
                    if (deputy.to.isValid() && deputy.to < from &&
                        !promoted.contains(deputy.person)) {
                        person = deputy.person;
                        promoted.append(person);
                        break;
                    }
                }
            }
            if (person < 0) {
                person = addPerson(country, random);
                // Ministers were often ambassadors, in the months between the previous
                // minister's appointment and their own (so two never hold one embassy at once).
                if (minister && random.chance(450)) {
                    const QDate earliest =
                        chain.isEmpty() ? QDate(1975, 1, 1) : chain.constLast().from;
                    const QDate end = QDate(from.year(), from.month(), 1).addMonths(-1);
                    QDate start = end.addMonths(-random.between(12, 60));
                    const QDate floor = QDate(earliest.year(), earliest.month(), 1).addMonths(1);
                    if (start < floor)
                        start = floor;
                    const int target = int(random.below(quint64(m_countries.size())));
                    if (start <= end && target != country) {
                        m_people[person].positions.append(
                            {0, u"Ambassador to "_s + m_countries.at(target).name, organisation,
                             place.code, PartialDate::month(start.year(), start.month()),
                             PartialDate::month(end.year(), end.month())});
                    }
                }
            }
            m_people[person].positions.append({0, posts.at(post), organisation, place.code,
                                               PartialDate::fromDate(from),
                                               open ? PartialDate() : PartialDate::fromDate(to)});
            chain.append({from, open ? QDate() : to, person});
            if (open)
                break;
            from = to.addDays(1);
        }
    }
}

int SyntheticWorld::holderOn(int country, int post, QDate day) const
{
    const QList<Term> &chain = m_terms.at(country).at(post);
    // The last term that began on or before the day.
    auto it = std::upper_bound(chain.cbegin(), chain.cend(), day,
                               [](QDate d, const Term &t) { return d < t.from; });
    if (it == chain.cbegin())
        return -1;
    --it;
    return (it->to.isNull() || it->to >= day) ? it->person : -1;
}

} // namespace entente

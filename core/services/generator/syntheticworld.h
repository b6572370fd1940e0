#pragma once

#include "domain/country.h"
#include "domain/person.h"
#include "generator/weightedpick.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace entente {

// The cast of a synthetic catalogue, made before any meeting: about two hundred countries with
// their cities and how active each is in diplomacy (a Zipf-like ranking), and for each country
// the holders of every post of its foreign ministry from the 1980s to 2026, one after the other
// (a term ends the day before the next begins; a first deputy is sometimes promoted minister,
// a minister was often an ambassador before). Everything follows from the seed.
class SyntheticWorld
{
public:
    struct Place
    {
        QString code; // ISO alpha-3
        QString name; // English
        QString alpha2;
        bool cyrillic = false; // names are made in Cyrillic and romanised
        QStringList cities;    // the capital first
    };
    struct Term
    {
        QDate from;
        QDate to; // null: still in office
        int person = -1;
    };

    static constexpr int countryTarget = 200;
    static QDate firstMeetingDay() { return {1990, 1, 1}; }
    static QDate lastMeetingDay() { return {2026, 12, 31}; }

    // `countries`: the catalogue's country list; former states are left out.
    static SyntheticWorld build(const QList<Country> &countries, quint64 seed);

    const QList<Place> &countries() const { return m_countries; }
    // Draws a country, the busiest far more often than the quietest.
    const WeightedPick &activity() const { return m_activity; }
    // Everyone, with their position histories, in the order they are written.
    const QList<Person> &people() const { return m_people; }
    // Who held post `post` (an index into SyntheticPhrases::posts()) of `country` on `day`.
    int holderOn(int country, int post, QDate day) const;

private:
    void buildPosts(int country, SeededRandom &random);
    int addPerson(int country, SeededRandom &random);

    QList<Place> m_countries;
    WeightedPick m_activity;
    QList<Person> m_people;
    QList<QList<QList<Term>>> m_terms; // [country][post], in date order
};

} // namespace entente

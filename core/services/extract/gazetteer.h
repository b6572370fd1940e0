#pragma once

#include "extract/phrasematcher.h"
#include "extract/wordtoken.h"

#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace entente {

// A country named in the text: by name ("Belarus", "Республики Беларусь") or by nationality
// adjective ("Belarusian", "российско-белорусские").
struct CountryMention
{
    QString code; // ISO alpha-3
    bool adjective = false;
    qsizetype firstWord = 0;
    qsizetype lastWord = 0; // one past
};

struct CityMention
{
    QString name;    // the English name written into the meeting: "Moscow"
    QString country; // ISO alpha-3
    qsizetype firstWord = 0;
    qsizetype lastWord = 0;
};

// Countries and cities as press releases name them, in English and in any Russian case. Built
// once from resources/data/countries.tsv (names and aliases) and
// resources/data/release/gazetteer.tsv (adjectives, cities); former states are left out, they do
// not hold talks any more.
class Gazetteer
{
public:
    static const Gazetteer &instance();

    std::optional<CountryMention> countryAt(const QString &text, const QList<WordToken> &words,
                                            qsizetype i, qsizetype end) const;
    QList<CountryMention> countries(const QString &text, const QList<WordToken> &words,
                                    qsizetype begin, qsizetype end) const;
    std::optional<CityMention> cityAt(const QString &text, const QList<WordToken> &words,
                                      qsizetype i, qsizetype end) const;

    // "Belarus", "Russia": the short English name.
    QString name(const QString &code) const { return m_names.value(code); }
    // "Republic of Belarus", "Russian Federation": the official English name.
    QString officialName(const QString &code) const { return m_officialNames.value(code); }

private:
    Gazetteer();
    void addCountryName(const QString &code, const QString &name, bool adjective);
    void loadCountries();
    void loadGazetteer();

    struct Entry
    {
        QString code;
        bool adjective = false;
        bool capitalised = false; // the text must write its first word with a capital
        QString city;             // for cities: the English name
    };
    QList<Entry> m_countryEntries;
    PhraseMatcher m_countryMatcher;
    QList<Entry> m_cityEntries;
    PhraseMatcher m_cityMatcher;
    QHash<QString, QString> m_names;
    QHash<QString, QString> m_officialNames;
};

} // namespace entente

#include "gazetteer.h"

#include "domain/datatable.h"
#include "extract/russianforms.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace entente {

namespace {

bool isCyrillic(const QString &text)
{
    for (const QChar c : text) {
        if (c.isLetter())
            return c.script() == QChar::Script_Cyrillic;
    }
    return false;
}

bool isAcronym(const QString &text)
{
    if (text.size() > 5)
        return false;
    for (const QChar c : text) {
        if (!c.isUpper())
            return false;
    }
    return !text.isEmpty();
}

// A name as a word pattern, tokenised the way release text is.
QString patternOf(const QString &name)
{
    const QList<WordToken> words = tokenizeWords(name, 0, name.size());
    QStringList steps;
    for (const WordToken &w : words)
        steps.append(w.folded);
    return steps.join(u' ');
}

} // namespace

const Gazetteer &Gazetteer::instance()
{
    static const Gazetteer gazetteer;
    return gazetteer;
}

Gazetteer::Gazetteer()
{
    loadCountries();
    loadGazetteer();
}

void Gazetteer::addCountryName(const QString &code, const QString &name, bool adjective)
{
    if (name.isEmpty())
        return;
    const int entry = int(m_countryEntries.size());
    if (isAcronym(name)) {
        // US, UK, США: as written, never declined, never the pronoun "us".
        m_countryEntries.append({code, false, true, {}});
        m_countryMatcher.add(isCyrillic(name) ? patternOf(name) : u"="_s + name, entry);
        return;
    }
    m_countryEntries.append({code, adjective, !adjective || !isCyrillic(name), {}});
    if (isCyrillic(name) && !adjective) {
        for (const QString &form : RussianForms::placeForms(name))
            m_countryMatcher.add(form, entry);
    } else {
        m_countryMatcher.add(patternOf(name), entry);
    }
}

void Gazetteer::loadCountries()
{
    for (const QStringList &row : readDataTable(u":/data/countries.tsv"_s, 9)) {
        const QString &code = row.at(0);
        if (code == u"alpha3" || row.at(6) == u"1")
            continue;
        m_names.insert(code, row.at(3));
        m_officialNames.insert(code, row.at(4));
        QSet<QString> names = {row.at(3), row.at(4), row.at(5)};
        for (const QString &alias : row.at(8).split(u'|', Qt::SkipEmptyParts)) {
            // "Korea, Republic of" is how a list sorts a name, not how a text writes it.
            if (!alias.contains(u','))
                names.insert(alias);
        }
        for (const QString &name : std::as_const(names))
            addCountryName(code, name, false);
    }
}

void Gazetteer::loadGazetteer()
{
    for (const QStringList &row : readDataTable(u":/data/release/gazetteer.tsv"_s, 6)) {
        const QString &code = row.at(0);
        if (code == u"alpha3")
            continue;
        for (const QString &adjective : row.at(1).split(u'|', Qt::SkipEmptyParts))
            addCountryName(code, adjective, true);
        for (const QString &stem : row.at(2).split(u'|', Qt::SkipEmptyParts)) {
            const int entry = int(m_countryEntries.size());
            m_countryEntries.append({code, true, false, {}});
            m_countryMatcher.add(stem + u'*', entry);
        }
        for (const QString &city : row.at(3).split(u';', Qt::SkipEmptyParts)) {
            const QStringList sides = city.split(u'=');
            const QStringList english = sides.value(0).split(u'/', Qt::SkipEmptyParts);
            if (english.isEmpty())
                continue;
            const int entry = int(m_cityEntries.size());
            m_cityEntries.append({code, false, true, english.first().trimmed()});
            for (const QString &name : english)
                m_cityMatcher.add(patternOf(name.trimmed()), entry);
            for (const QString &name : sides.value(1).split(u'/', Qt::SkipEmptyParts)) {
                for (const QString &form : RussianForms::placeForms(name))
                    m_cityMatcher.add(form, entry);
            }
        }
        for (const QString &name : row.at(4).split(u'|', Qt::SkipEmptyParts))
            addCountryName(code, name, false);
        for (const QString &name : row.at(5).split(u'|', Qt::SkipEmptyParts))
            addCountryName(code, name, false);
    }
}

std::optional<CountryMention> Gazetteer::countryAt(const QString &text,
                                                   const QList<WordToken> &words, qsizetype i,
                                                   qsizetype end) const
{
    const auto match = m_countryMatcher.matchAt(text, words, i, end);
    if (!match)
        return std::nullopt;
    const Entry &entry = m_countryEntries.at(match->entry);
    if (entry.capitalised && !words.at(i).capitalised)
        return std::nullopt;
    return CountryMention{entry.code, entry.adjective, match->first, match->last};
}

QList<CountryMention> Gazetteer::countries(const QString &text, const QList<WordToken> &words,
                                           qsizetype begin, qsizetype end) const
{
    QList<CountryMention> found;
    for (qsizetype i = begin; i < end && i < words.size();) {
        if (const auto mention = countryAt(text, words, i, end)) {
            found.append(*mention);
            i = mention->lastWord;
        } else {
            ++i;
        }
    }
    return found;
}

std::optional<CityMention> Gazetteer::cityAt(const QString &text, const QList<WordToken> &words,
                                             qsizetype i, qsizetype end) const
{
    const auto match = m_cityMatcher.matchAt(text, words, i, end);
    if (!match || !words.at(i).capitalised)
        return std::nullopt;
    const Entry &entry = m_cityEntries.at(match->entry);
    return CityMention{entry.city, entry.code, match->first, match->last};
}

} // namespace entente

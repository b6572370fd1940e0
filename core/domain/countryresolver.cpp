#include "countryresolver.h"

#include "domain/datatable.h"
#include "domain/namefolding.h"

#include <QRegularExpression>

#include <algorithm>
#include <cstdlib>
#include <vector>

using namespace Qt::StringLiterals;

namespace entente {

namespace {

// Words that official and colloquial forms add or leave out at will: "Bosnia and Herzegovina" is
// "Bosnia–Herzegovina", "the Netherlands" is "Netherlands, The".
bool isFillerWord(QStringView word)
{
    return word == u"the" || word == u"and" || word == u"of" || word == u"и";
}

// U.S.S.R., U. K., С.Ш.А.: letters each followed by a dot, as one word.
QString closeUpAbbreviation(QStringView text)
{
    static const QRegularExpression dotted(u"^\\s*(?:\\p{L}\\.\\s*){2,}\\p{L}?\\s*$"_s);
    if (!dotted.match(text.toString()).hasMatch())
        return text.toString();
    QString closed;
    for (const QChar c : text) {
        if (c.isLetter())
            closed.append(c);
    }
    return closed;
}

// A name with a part in brackets: "United Kingdom (Wales)", "European Union (EU)".
const QRegularExpression &bracketedPart()
{
    static const QRegularExpression re(u"^(.*?)\\s*[(\\[]([^()\\[\\]]*)[)\\]]\\s*$"_s);
    return re;
}

// Optimal string alignment distance, for suggestions.
int editDistance(QStringView a, QStringView b)
{
    const qsizetype n = a.size();
    const qsizetype m = b.size();
    std::vector<int> previous2(m + 1), previous(m + 1), current(m + 1);
    for (qsizetype j = 0; j <= m; ++j)
        previous[j] = int(j);
    for (qsizetype i = 1; i <= n; ++i) {
        current[0] = int(i);
        for (qsizetype j = 1; j <= m; ++j) {
            const int cost = a[i - 1] == b[j - 1] ? 0 : 1;
            current[j] = std::min({previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                current[j] = std::min(current[j], previous2[j - 2] + 1);
        }
        std::swap(previous2, previous);
        std::swap(previous, current);
    }
    return previous[m];
}

} // namespace

const CountryResolver &CountryResolver::builtIn()
{
    static const CountryResolver resolver = [] {
        CountryResolver r;
        // alpha3 alpha2 numeric name_en official_name_en name_ru former withdrawn aliases
        const QList<QStringList> countries = readDataTable(u":/data/countries.tsv"_s, 9);
        const auto addCountries = [&r, &countries](bool former) {
            for (const QStringList &row : countries) {
                if (row.at(0) == u"alpha3" || (row.at(6) == u"1") != former)
                    continue;
                const QString &code = row.at(0);
                r.setDisplayName(code, row.at(3));
                QStringList names{code, row.at(3), row.at(4), row.at(5)};
                // Alpha-2 codes of former states were given again to current ones.
                if (!former && !row.at(1).isEmpty())
                    names.append(row.at(1));
                names.append(row.at(8).split(u'|', Qt::SkipEmptyParts));
                for (const QString &name : std::as_const(names))
                    r.add(code, name, former);
            }
        };
        addCountries(false);
        // Before the former entries of ISO 3166-3: a state that was renamed (Zaire, ZAR) is
        // the state of today, as country-names.tsv's policy says; its old code still reads.
        for (const QStringList &row : readDataTable(u":/data/country-names.tsv"_s, 3))
            r.add(row.at(0), row.at(1));
        addCountries(true);
        // code name_en name_ru other-names source
        for (const QStringList &row : readDataTable(u":/data/organisations.tsv"_s, 5)) {
            const QString &code = row.at(0);
            r.setDisplayName(code, row.at(1));
            QStringList names{code, row.at(1), row.at(2)};
            names.append(row.at(3).split(u'|', Qt::SkipEmptyParts));
            for (const QString &name : std::as_const(names))
                r.addOrganisation(code, name);
        }
        return r;
    }();
    return resolver;
}

void CountryResolver::add(const QString &code, const QString &name, bool former)
{
    if (former)
        m_former.insert(code);
    const QString k = key(name);
    if (k.isEmpty())
        return;
    if (!m_codeOfKey.contains(k))
        m_codeOfKey.insert(k, code);
    QStringList &names = m_names[code];
    if (!names.contains(name))
        names.append(name);
}

void CountryResolver::addOrganisation(const QString &code, const QString &name)
{
    if (!m_organisations.contains(code)) {
        m_organisations.insert(code);
        m_organisationOrder.append(code);
    }
    const QString k = key(name);
    if (k.isEmpty())
        return;
    if (!m_organisationOfKey.contains(k))
        m_organisationOfKey.insert(k, code);
    QStringList &names = m_names[code];
    if (!names.contains(name))
        names.append(name);
}

void CountryResolver::setDisplayName(const QString &code, const QString &name)
{
    m_displayName.insert(code, name);
}

QString CountryResolver::key(QStringView text)
{
    const QString folded = NameFolding::fold(closeUpAbbreviation(text));
    QStringList words;
    for (const QStringView word : QStringView(folded).split(u' ', Qt::SkipEmptyParts)) {
        if (!isFillerWord(word))
            words.append(word.toString());
    }
    return words.join(u' ');
}

QString CountryResolver::lookup(QStringView text) const
{
    const QString k = key(text);
    return k.isEmpty() ? QString() : m_codeOfKey.value(k);
}

QString CountryResolver::lookupOrganisation(QStringView text) const
{
    const QString k = key(text);
    return k.isEmpty() ? QString() : m_organisationOfKey.value(k);
}

QString CountryResolver::resolveParty(QStringView text) const
{
    const QString trimmed = text.trimmed().toString();
    if (QString code = lookupOrganisation(trimmed); !code.isEmpty())
        return code;
    // "European Union (EU)", "NATO (North Atlantic Alliance)": the name with its acronym.
    if (const auto match = bracketedPart().match(trimmed); match.hasMatch()) {
        const QString main = lookupOrganisation(match.captured(1));
        if (!main.isEmpty() &&
            (main == lookupOrganisation(match.captured(2)) || resolve(match.captured(2)).isEmpty()))
            return main;
    }
    return resolve(trimmed);
}

QString CountryResolver::resolve(QStringView text) const
{
    const QString trimmed = text.trimmed().toString();
    if (trimmed.isEmpty())
        return {};
    if (QString code = lookup(trimmed); !code.isEmpty())
        return code;

    // A part in brackets: "United Kingdom (Wales)", "Burma (Myanmar)".
    if (const auto match = bracketedPart().match(trimmed); match.hasMatch())
        return resolveBracketed(match.captured(1), match.captured(2));

    // An inverted form: "Korea, Republic of", "Congo, Democratic Republic of", "Korea, South".
    const qsizetype comma = trimmed.indexOf(u',');
    if (comma > 0 && trimmed.indexOf(u',', comma + 1) < 0) {
        const QString head = trimmed.left(comma).trimmed();
        const QString tail = trimmed.mid(comma + 1).trimmed();
        if (QString code = lookup(QString(tail + u' ' + head)); !code.isEmpty())
            return code;
    }
    return {};
}

QString CountryResolver::resolveBracketed(const QString &main, const QString &part) const
{
    const QString mainCode = main.isEmpty() ? QString() : resolve(main);
    const QString partCode = part.isEmpty() ? QString() : resolve(part);
    if (mainCode.isEmpty())
        return partCode;
    // A territory with a code of its own (Denmark (Greenland) is GRL); a region without one
    // (United Kingdom (Wales)), another name of the same state (Burma (Myanmar)) or a former
    // state around a current one leave the country.
    if (!partCode.isEmpty() && partCode != mainCode && !isFormer(partCode))
        return partCode;
    return mainCode;
}

QList<CountryResolver::Candidate> CountryResolver::suggestions(QStringView text, int limit,
                                                               bool parties) const
{
    const QString typed = key(text);
    if (typed.isEmpty())
        return {};
    // Close enough to be a slip of the keyboard: about one mistake in four letters.
    const int tolerance = std::max(1, int(typed.size()) / 4);
    QHash<QString, int> best;
    const auto consider = [&](const QHash<QString, QString> &codeOfKey) {
        for (auto it = codeOfKey.cbegin(); it != codeOfKey.cend(); ++it) {
            if (std::abs(it.key().size() - typed.size()) > tolerance)
                continue;
            const int distance = editDistance(typed, it.key());
            if (distance > tolerance)
                continue;
            const auto known = best.constFind(it.value());
            if (known == best.cend() || distance < *known)
                best.insert(it.value(), distance);
        }
    };
    consider(m_codeOfKey);
    if (parties)
        consider(m_organisationOfKey);
    QList<Candidate> candidates;
    QList<std::pair<int, QString>> ordered;
    for (auto it = best.cbegin(); it != best.cend(); ++it)
        ordered.append({it.value(), it.key()});
    std::sort(ordered.begin(), ordered.end());
    for (const auto &[distance, code] : std::as_const(ordered)) {
        if (candidates.size() == limit)
            break;
        candidates.append({code, m_displayName.value(code, code)});
    }
    return candidates;
}

QString CountryResolver::closestNames(QStringView text, bool parties) const
{
    QStringList named;
    for (const Candidate &c : suggestions(text, 3, parties))
        named.append(u"%1 (%2)"_s.arg(c.name, c.code));
    return named.join(tr(" or ", "between the countries suggested"));
}

QString CountryResolver::notACountry(const QString &text) const
{
    if (const QString other = lookupOrganisation(text); !other.isEmpty())
        return tr("“%1” is an international organisation (%2), not a country")
            .arg(text, displayName(other));
    const QString close = closestNames(text);
    if (close.isEmpty())
        return tr("“%1” is not a country (a name or an ISO code)").arg(text);
    return tr("“%1” is not a country: did you mean %2?").arg(text, close);
}

QString CountryResolver::notAParty(const QString &text) const
{
    const QString close = closestNames(text, true);
    if (close.isEmpty())
        return tr("“%1” is not a country or an international organisation (a name or a code)")
            .arg(text);
    return tr("“%1” is not a country or an international organisation: did you mean %2?")
        .arg(text, close);
}

} // namespace entente

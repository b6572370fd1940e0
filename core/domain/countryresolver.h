#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace entente {

// The one way to read a country as a person or a source wrote it: an ISO code, a name in English
// or Russian, a historical or colloquial name (Byelorussia, Zaire, U.S.S.R., ФРГ), an inverted
// official form (Korea, Republic of), typographic apostrophes and dashes, or a country with a
// part in brackets (Denmark (Greenland)). The names come from resources/data/countries.tsv and
// country-names.tsv, whose header says where each form is used and which policy maps historical
// names; this class holds only the rules of reading.
//
// A party to a meeting is a country or an international organisation (resources/data/
// organisations.tsv): resolve() reads countries only, as country:, host: and a meeting's place
// want; resolveParty() reads organisations too.
class CountryResolver
{
    Q_DECLARE_TR_FUNCTIONS(CountryResolver)

public:
    struct Candidate
    {
        QString code;
        QString name; // its English name
    };

    // The names compiled into the program, read once.
    static const CountryResolver &builtIn();

    // Adds a name for `code`. The first code given a name keeps it: current countries are added
    // before former ones, and a country's own names before the forms sources use.
    void add(const QString &code, const QString &name, bool former = false);
    // Adds a name for the organisation `code` (EU, NATO, CoE), read only by resolveParty().
    void addOrganisation(const QString &code, const QString &name);
    void setDisplayName(const QString &code, const QString &name);

    // The code `text` names; empty when it names none.
    QString resolve(QStringView text) const;
    // The country or organisation `text` names; empty when it names none. An organisation's
    // acronym wins over a country's two-letter code (AU is the African Union here).
    QString resolveParty(QStringView text) const;
    // The codes whose names are closest to `text` (a typing mistake: "Rusia"), best first.
    // With `parties`, organisations are candidates too.
    QList<Candidate> suggestions(QStringView text, int limit = 3, bool parties = false) const;
    // The suggestions as words, "Russia (RUS)" or "Niger (NER) or Nigeria (NGA)"; empty when
    // nothing is close.
    QString closestNames(QStringView text, bool parties = false) const;
    // "“Rusia” is not a country: did you mean Russia (RUS)?", or without the question when
    // nothing is close.
    QString notACountry(const QString &text) const;
    // The same for a party: "“Europian Union” is not a country or an organisation: did you mean
    // European Union (EU)?"
    QString notAParty(const QString &text) const;
    // Every name known for `code`, in the order they were added.
    QStringList namesOf(const QString &code) const { return m_names.value(code); }
    bool isFormer(const QString &code) const { return m_former.contains(code); }
    bool isOrganisation(const QString &code) const { return m_organisations.contains(code); }
    // The English name shown for `code`, or the code itself when it is not known.
    QString displayName(const QString &code) const { return m_displayName.value(code, code); }
    // Every organisation code, in the order of organisations.tsv.
    const QStringList &organisations() const { return m_organisationOrder; }

    // The comparison form of a name: folded, dotted abbreviations closed up (U.S.S.R. -> ussr),
    // punctuation and the words "the", "and", "of" and "и" left out.
    static QString key(QStringView text);

private:
    QString lookup(QStringView text) const;
    QString lookupOrganisation(QStringView text) const;
    QString resolveBracketed(const QString &main, const QString &part) const;

    QHash<QString, QString> m_codeOfKey;
    QHash<QString, QString> m_organisationOfKey;
    QSet<QString> m_organisations;
    QStringList m_organisationOrder;
    QHash<QString, QStringList> m_names;
    QHash<QString, QString> m_displayName;
    QSet<QString> m_former;
};

} // namespace entente

#include "countryrepository.h"

#include "domain/countryresolver.h"
#include "storage/catalogue.h"
#include "storage/catalogueconnection.h"
#include "storage/sqlquery.h"

#include <QCoreApplication>
#include <QHash>

using namespace Qt::StringLiterals;

namespace entente {

namespace {

const QString countryColumns = u"code, ifnull(alpha2, ''), ifnull(numeric_code, ''), name_en, "
                               "official_name_en, name_ru, former, ifnull(withdrawn, ''), kind"_s;

Country countryFrom(const SqlQuery &q)
{
    Country c;
    c.code = q.text(0);
    c.alpha2 = q.text(1);
    c.numeric = q.text(2);
    c.nameEn = q.text(3);
    c.officialNameEn = q.text(4);
    c.nameRu = q.text(5);
    c.former = q.integer(6) != 0;
    c.withdrawn = q.text(7);
    c.organisation = q.text(8) == u"organisation";
    return c;
}

QString what()
{
    return QCoreApplication::translate("CountryRepository", "Cannot read the list of countries");
}

} // namespace

Result<QList<Country>> CountryRepository::all() const
{
    SqlQuery q(CatalogueConnection::of(m_catalogue),
               u"SELECT "_s % countryColumns % u" FROM countries ORDER BY kind, former, name_en"_s);
    if (Status s = q.exec(what()); !s)
        return s.error();
    QList<Country> countries;
    QHash<QString, qsizetype> index;
    while (q.next()) {
        index.insert(q.text(0), countries.size());
        countries.append(countryFrom(q));
    }
    q.finish();

    SqlQuery aliases(
        CatalogueConnection::of(m_catalogue),
        u"SELECT country_code, name FROM country_names ORDER BY country_code, sort_order"_s);
    if (Status s = aliases.exec(what()); !s)
        return s.error();
    while (aliases.next()) {
        Country &c = countries[index.value(aliases.text(0))];
        const QString name = aliases.text(1);
        if (name != c.code && name != c.alpha2 && name != c.nameEn && name != c.nameRu &&
            name != c.officialNameEn)
            c.aliases.append(name);
    }
    return countries;
}

Result<Country> CountryRepository::find(const QString &code) const
{
    SqlQuery q(CatalogueConnection::of(m_catalogue),
               u"SELECT "_s % countryColumns % u" FROM countries WHERE code = :code"_s);
    // A code in any case: "rus", "nato", "COE".
    const QString party = CountryResolver::builtIn().resolveParty(code);
    q.bind(u":code"_s, party.isEmpty() ? code.toUpper() : party);
    if (Status s = q.exec(what()); !s)
        return s.error();
    if (!q.next())
        return Error::notFound(
            QCoreApplication::translate("CountryRepository", "No country has the code “%1”")
                .arg(code));
    return countryFrom(q);
}

Result<QString> CountryRepository::resolve(const QString &text) const
{
    return known(CountryResolver::builtIn().resolve(text));
}

Result<QString> CountryRepository::resolveParty(const QString &text) const
{
    return known(CountryResolver::builtIn().resolveParty(text));
}

Result<QString> CountryRepository::known(const QString &code) const
{
    if (code.isEmpty())
        return code;
    // A catalogue holds every country the program knows (the seeder adds new ones when it is
    // upgraded); the check keeps a code that is not there from reaching a foreign key.
    SqlQuery q(CatalogueConnection::of(m_catalogue),
               u"SELECT 1 FROM countries WHERE code = :code"_s);
    q.bind(u":code"_s, code);
    if (Status s = q.exec(what()); !s)
        return s.error();
    return q.next() ? code : QString();
}

} // namespace entente

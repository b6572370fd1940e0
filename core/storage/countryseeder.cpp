#include "countryseeder.h"

#include "domain/countryresolver.h"
#include "domain/datatable.h"
#include "domain/namefolding.h"
#include "storage/sqlquery.h"

#include <QCoreApplication>
#include <QFile>
#include <QSet>

using namespace Qt::StringLiterals;

namespace entente {

Status CountrySeeder::seed()
{
    const QString what =
        QCoreApplication::translate("CountrySeeder", "Cannot load the country list");
    QFile file(u":/data/countries.tsv"_s);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return Error{Error::Kind::Storage, what, file.errorString()};

    SqlQuery insertCountry(m_db,
                           u"INSERT OR IGNORE INTO countries (code, alpha2, numeric_code, name_en, "
                           "official_name_en, name_ru, former, withdrawn) VALUES (:code, "
                           ":alpha2, :numeric, :en, :official, :ru, :former, :withdrawn)"_s);

    const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n', Qt::SkipEmptyParts);
    for (qsizetype i = 1; i < lines.size(); ++i) { // line 0 is the header
        const QStringList f = lines.at(i).split(u'\t');
        if (f.size() != 9)
            return Error{Error::Kind::Storage, what, u"countries.tsv line %1"_s.arg(i + 1)};
        const QString code = f.at(0);
        insertCountry.bind(u":code"_s, code)
            .bind(u":alpha2"_s, f.at(1).isEmpty() ? QVariant() : f.at(1))
            .bind(u":numeric"_s, f.at(2).isEmpty() ? QVariant() : f.at(2))
            .bind(u":en"_s, f.at(3))
            .bind(u":official"_s, f.at(4))
            .bind(u":ru"_s, f.at(5))
            .bind(u":former"_s, f.at(6).toInt())
            .bind(u":withdrawn"_s, f.at(7).isEmpty() ? QVariant() : f.at(7));
        if (Status s = insertCountry.exec(what); !s)
            return s;

        if (Status s = insertNames(code, what); !s)
            return s;
    }
    return {};
}

Status CountrySeeder::seedOrganisations()
{
    const QString what =
        QCoreApplication::translate("CountrySeeder", "Cannot load the list of organisations");
    SqlQuery insert(m_db, u"INSERT OR IGNORE INTO countries (code, kind, name_en, "
                          "official_name_en, name_ru) VALUES (:code, 'organisation', :en, :en, "
                          ":ru)"_s);
    // code name_en name_ru other-names source
    for (const QStringList &row : readDataTable(u":/data/organisations.tsv"_s, 5)) {
        insert.bind(u":code"_s, row.at(0)).bind(u":en"_s, row.at(1)).bind(u":ru"_s, row.at(2));
        if (Status s = insert.exec(what); !s)
            return s;
        if (Status s = insertNames(row.at(0), what); !s)
            return s;
    }
    return {};
}

Status CountrySeeder::insertNames(const QString &code, const QString &what)
{
    SqlQuery insertName(m_db, u"INSERT OR IGNORE INTO country_names (country_code, name, folded, "
                              "sort_order) VALUES (:code, :name, :folded, :order)"_s);
    QSet<QString> folded;
    for (const QString &name : CountryResolver::builtIn().namesOf(code)) {
        const QString key = NameFolding::fold(name);
        if (key.isEmpty() || folded.contains(key))
            continue;
        folded.insert(key);
        insertName.bind(u":code"_s, code)
            .bind(u":name"_s, name)
            .bind(u":folded"_s, key)
            .bind(u":order"_s, folded.size());
        if (Status s = insertName.exec(what); !s)
            return s;
    }
    return {};
}

} // namespace entente

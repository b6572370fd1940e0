#include "domain/countryresolver.h"
#include "storage/catalogue.h"
#include "storage/countryrepository.h"
#include "storage/migrator.h"
#include "testcatalogue.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace entente;

class TestCountries : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyIso3166Entry_isPresent();
    void formerStatesArePresent_data();
    void formerStatesArePresent();
    void namesPeopleTypeResolve_data();
    void namesPeopleTypeResolve();
    void suggestsTheClosestNames_data();
    void suggestsTheClosestNames();
    void anUpgradedCatalogueGainsKosovoAndTheNewNames();

private:
    test::TestCatalogue m_catalogue;
    QTemporaryDir m_dir;
};

void TestCountries::everyIso3166Entry_isPresent()
{
    // Compared with Debian's iso-codes, the data the list was generated from.
    QFile file(u"/usr/share/iso-codes/json/iso_3166-1.json"_s);
    QVERIFY2(file.open(QIODevice::ReadOnly),
             "iso-codes must be installed (packaging/install-deps.sh)");
    const QJsonArray entries =
        QJsonDocument::fromJson(file.readAll()).object()[u"3166-1"_s].toArray();
    QCOMPARE(entries.size(), 249);

    auto all = CountryRepository(*m_catalogue).all();
    QVERIFY(all);
    QSet<QString> codes;
    for (const Country &c : *all) {
        codes.insert(c.code);
        QVERIFY2(!c.nameEn.isEmpty() && !c.nameRu.isEmpty(), qPrintable(c.code));
    }
    for (const QJsonValue &entry : entries) {
        const QString code = entry[u"alpha_3"_s].toString();
        QVERIFY2(codes.contains(code), qPrintable(code));
        auto country = CountryRepository(*m_catalogue).find(code);
        QVERIFY(country);
        QCOMPARE(country->alpha2, entry[u"alpha_2"_s].toString());
        QCOMPARE(country->numeric, entry[u"numeric"_s].toString());
        QVERIFY(!country->former);
    }
}

void TestCountries::formerStatesArePresent_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("russian");
    QTest::newRow("USSR") << u"SUN"_s << u"СССР"_s;
    QTest::newRow("Yugoslavia") << u"YUG"_s << u"Югославия"_s;
    QTest::newRow("Czechoslovakia") << u"CSK"_s << u"Чехословакия"_s;
    QTest::newRow("East Germany") << u"DDR"_s << u"ГДР"_s;
}

void TestCountries::formerStatesArePresent()
{
    QFETCH(QString, code);
    QFETCH(QString, russian);
    auto country = CountryRepository(*m_catalogue).find(code);
    QVERIFY(country);
    QVERIFY(country->former);
    QCOMPARE(country->nameRu, russian);
    QVERIFY(!country->withdrawn.isEmpty());
}

void TestCountries::namesPeopleTypeResolve_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("code");
    QTest::newRow("alpha-3") << u"BLR"_s << u"BLR"_s;
    QTest::newRow("alpha-3, lower case") << u"rus"_s << u"RUS"_s;
    QTest::newRow("alpha-2") << u"BY"_s << u"BLR"_s;
    QTest::newRow("English name") << u"Belarus"_s << u"BLR"_s;
    QTest::newRow("Russian name") << u"Беларусь"_s << u"BLR"_s;
    QTest::newRow("old Russian name") << u"Белоруссия"_s << u"BLR"_s;
    QTest::newRow("common English name") << u"Russia"_s << u"RUS"_s;
    QTest::newRow("Russian common name") << u"Россия"_s << u"RUS"_s;
    QTest::newRow("official name") << u"Russian Federation"_s << u"RUS"_s;
    QTest::newRow("Moldova") << u"Moldova"_s << u"MDA"_s;
    QTest::newRow("Молдавия") << u"Молдавия"_s << u"MDA"_s;
    QTest::newRow("USA") << u"USA"_s << u"USA"_s;
    QTest::newRow("США") << u"США"_s << u"USA"_s;
    QTest::newRow("Soviet Union") << u"Soviet Union"_s << u"SUN"_s;
    QTest::newRow("СССР") << u"СССР"_s << u"SUN"_s;
    QTest::newRow("Türkiye without diacritics") << u"Turkiye"_s << u"TUR"_s;
    QTest::newRow("Kazakhstan in Russian, upper case") << u"КАЗАХСТАН"_s << u"KAZ"_s;
    QTest::newRow("nothing") << u"Atlantis"_s << QString();

    // As other people's spreadsheets write them.
    const QList<std::pair<QString, QString>> asSourcesWrite{
        // dotted abbreviations
        {u"U.S.S.R."_s, u"SUN"_s},
        {u"U.K."_s, u"GBR"_s},
        {u"U.S.A."_s, u"USA"_s},
        {u"U. S."_s, u"USA"_s},
        // inverted official forms
        {u"Korea, Republic of"_s, u"KOR"_s},
        {u"Korea, South"_s, u"KOR"_s},
        {u"Korea, North"_s, u"PRK"_s},
        {u"Germany, Federal Republic of"_s, u"DEU"_s},
        {u"Congo, Democratic Republic of"_s, u"COD"_s},
        {u"Congo, Republic of"_s, u"COG"_s},
        {u"Macedonia, Former Yugoslav Republic of"_s, u"MKD"_s},
        {u"Netherlands, The"_s, u"NLD"_s},
        {u"Bahamas, The"_s, u"BHS"_s},
        // typographic apostrophes and dashes
        {u"China, People’s Republic of"_s, u"CHN"_s},
        {u"China, People's Republic of"_s, u"CHN"_s},
        {u"Bosnia–Herzegovina"_s, u"BIH"_s},
        {u"Bosnia-Herzegovina"_s, u"BIH"_s},
        {u"Bosnia"_s, u"BIH"_s},
        {u"Côte d’Ivoire"_s, u"CIV"_s},
        {u"Trinidad & Tobago"_s, u"TTO"_s},
        // historical names of states that continue today
        {u"Byelorussia"_s, u"BLR"_s},
        {u"Ceylon"_s, u"LKA"_s},
        {u"Zaire"_s, u"COD"_s},
        {u"Burma"_s, u"MMR"_s},
        {u"Western Samoa"_s, u"WSM"_s},
        {u"Southern Rhodesia"_s, u"ZWE"_s},
        {u"Dahomey"_s, u"BEN"_s},
        {u"Upper Volta"_s, u"BFA"_s},
        {u"Swaziland"_s, u"SWZ"_s},
        {u"West Germany"_s, u"DEU"_s},
        // states that no longer exist keep their ISO 3166-3 codes
        {u"СССР"_s, u"SUN"_s},
        {u"ГДР"_s, u"DDR"_s},
        {u"German Democratic Republic"_s, u"DDR"_s},
        {u"Germany, East"_s, u"DDR"_s},
        {u"Czechoslovakia"_s, u"CSK"_s},
        {u"Yugoslavia"_s, u"YUG"_s},
        {u"Serbia and Montenegro"_s, u"SCG"_s},
        // special cases
        {u"Vatican City"_s, u"VAT"_s},
        {u"Republic of China"_s, u"TWN"_s},
        {u"West Bank"_s, u"PSE"_s},
        {u"Palestinian Authority"_s, u"PSE"_s},
        {u"Kosovo"_s, u"XKX"_s},
        {u"Косово"_s, u"XKX"_s},
        // Russian
        {u"ФРГ"_s, u"DEU"_s},
        {u"Великобритания"_s, u"GBR"_s},
        {u"КНР"_s, u"CHN"_s},
        {u"Киргизия"_s, u"KGZ"_s},
        {u"С.Ш.А."_s, u"USA"_s},
        // a part in brackets
        {u"United Kingdom (Wales)"_s, u"GBR"_s},
        {u"Denmark (Greenland)"_s, u"GRL"_s},
        {u"Burma (Myanmar)"_s, u"MMR"_s},
        {u"Democratic Republic of the Congo (Zaire)"_s, u"COD"_s},
        {u"Holy See (Vatican City State)"_s, u"VAT"_s},
        {u"Russia (USSR)"_s, u"RUS"_s},
        {u"(Scotland)"_s, u"GBR"_s},
    };
    for (const auto &[typed, code] : asSourcesWrite)
        QTest::newRow(qPrintable(u"as sources write: "_s + typed)) << typed << code;
    QTest::newRow("a misspelling") << u"Rusia"_s << QString();
    QTest::newRow("a region without a country") << u"Wales (Atlantis)"_s << u"GBR"_s;
}

void TestCountries::suggestsTheClosestNames_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("message");
    QTest::newRow("one letter missing")
        << u"Rusia"_s << u"“Rusia” is not a country: did you mean Russia (RUS)?"_s;
    QTest::newRow("two letters swapped")
        << u"Belarsu"_s << u"“Belarsu” is not a country: did you mean Belarus (BLR)?"_s;
    QTest::newRow("in Russian") << u"Росия"_s
                                << u"“Росия” is not a country: did you mean Russia (RUS)?"_s;
    QTest::newRow("nothing close")
        << u"Atlantis"_s << u"“Atlantis” is not a country (a name or an ISO code)"_s;
}

void TestCountries::suggestsTheClosestNames()
{
    QFETCH(QString, typed);
    QFETCH(QString, message);
    QCOMPARE(CountryResolver::builtIn().resolve(typed), QString());
    QCOMPARE(CountryResolver::builtIn().notACountry(typed), message);
}

void TestCountries::anUpgradedCatalogueGainsKosovoAndTheNewNames()
{
    // A version 5 catalogue, as the previous release made it, then opened by this one.
    const QString path = m_dir.filePath(u"v5.entente"_s);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"v5"_s);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QVERIFY(Migrator(db, path).migrate(false, 5));
        QSqlQuery q(db);
        QVERIFY(q.exec(u"DELETE FROM countries WHERE code = 'XKX'"_s));
        QVERIFY(q.exec(u"DELETE FROM country_names WHERE name = 'Zaire'"_s));
        db.close();
    }
    QSqlDatabase::removeDatabase(u"v5"_s);

    auto catalogue = Catalogue::open(path);
    QVERIFY(catalogue);
    QCOMPARE((*catalogue)->schemaVersion(), Catalogue::latestSchemaVersion());
    const CountryRepository countries(**catalogue);
    QCOMPARE(*countries.resolve(u"Kosovo"_s), u"XKX"_s);
    QCOMPARE(countries.find(u"XKX"_s)->nameRu, u"Косово"_s);
    bool offered = false;
    for (const Country &c : *countries.all())
        offered = offered || (c.code == u"COD" && c.aliases.contains(u"Zaire"_s));
    QVERIFY2(offered, "the editors' completers offer the new names");
}

void TestCountries::namesPeopleTypeResolve()
{
    QFETCH(QString, typed);
    QFETCH(QString, code);
    auto resolved = CountryRepository(*m_catalogue).resolve(typed);
    QVERIFY(resolved);
    QCOMPARE(*resolved, code);
}

QTEST_GUILESS_MAIN(TestCountries)
#include "tst_countries.moc"

#include "storage/countryrepository.h"
#include "testcatalogue.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
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

private:
    test::TestCatalogue m_catalogue;
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

#include "countrynames.h"
#include "domain/countryresolver.h"
#include "storage/catalogue.h"
#include "storage/catalogueconnection.h"
#include "storage/countryrepository.h"
#include "storage/meetingrepository.h"
#include "storage/migrator.h"
#include "testcatalogue.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
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
    void organisationsArePartiesButNotCountries_data();
    void organisationsArePartiesButNotCountries();
    void aPartyMisspelledIsNamedWithTheClosest();
    void anUpgradedCatalogueKeepsItsMeetingsAndGainsOrganisations();

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
    for (const auto &[typed, code] : test::countryNamesAsSourcesWrite())
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

void TestCountries::organisationsArePartiesButNotCountries_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("party");
    QTest::addColumn<QString>("country");
    for (const auto &[typed, code] : test::organisationNamesAsSourcesWrite()) {
        // AU is Australia's alpha-2 code too: a country where a country is asked for.
        const QString country = typed == u"AU" ? u"AUS"_s : QString();
        QTest::newRow(qPrintable(typed)) << typed << code << country;
    }
    QTest::newRow("a country is a party too") << u"Byelorussia"_s << u"BLR"_s << u"BLR"_s;
    QTest::newRow("the code in any case") << u"nato"_s << u"NATO"_s << QString();
}

void TestCountries::organisationsArePartiesButNotCountries()
{
    QFETCH(QString, typed);
    QFETCH(QString, party);
    QFETCH(QString, country);
    const CountryRepository countries(*m_catalogue);
    QCOMPARE(*countries.resolveParty(typed), party);
    QCOMPARE(*countries.resolve(typed), country);
    const auto found = countries.find(party);
    QVERIFY(found);
    QCOMPARE(found->organisation, country != party);
    QVERIFY(!found->nameRu.isEmpty());
}

void TestCountries::aPartyMisspelledIsNamedWithTheClosest()
{
    const CountryResolver &names = CountryResolver::builtIn();
    QCOMPARE(names.resolveParty(u"Europian Union"_s), QString());
    QCOMPARE(names.notAParty(u"Europian Union"_s),
             u"“Europian Union” is not a country or an international organisation: did you "
             "mean European Union (EU)?"_s);
    QCOMPARE(names.notACountry(u"NATO"_s),
             u"“NATO” is an international organisation (North Atlantic Treaty Organization), "
             "not a country"_s);
}

void TestCountries::anUpgradedCatalogueKeepsItsMeetingsAndGainsOrganisations()
{
    // A version 6 catalogue with a meeting, its parties, a delegation and a document, written as
    // that version's schema had them; then opened by this version, which makes the countries
    // table again.
    const QString path = m_dir.filePath(u"v6.entente"_s);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"v6"_s);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QVERIFY(Migrator(db, path).migrate(false, 6));
        QSqlQuery q(db);
        QVERIFY(q.exec(u"PRAGMA foreign_keys = ON"_s));
        for (
            const QString &sql : {
                u"INSERT INTO persons (id, name_latin, country_code, created_at, updated_at) "
                "VALUES (1, 'Sergey Lavrov', 'RUS', '2009-11-25T10:00:00', "
                "'2009-11-25T10:00:00')"_s,
                u"INSERT INTO meetings (id, title, title_folded, start_date, start_precision, "
                "end_date, end_precision, place, place_country, status, created_at, updated_at) "
                "VALUES (1, 'Joint meeting', 'joint meeting', '2009-11-25', 'day', "
                "'2009-11-25', 'day', 'Moscow', 'RUS', 'held', '2009-11-25T10:00:00', "
                "'2009-11-25T10:00:00')"_s,
                u"INSERT INTO meeting_parties VALUES (1, 'RUS', 'host', 0), (1, 'BLR', 'guest', 1)"_s,
                u"INSERT INTO delegations (id, meeting_id, country_code) VALUES (1, 1, 'RUS')"_s,
                u"INSERT INTO delegation_members (delegation_id, person_id, is_head) "
                "VALUES (1, 1, 1)"_s,
                u"INSERT INTO documents (id, meeting_id, title, kind, action) VALUES (1, 1, "
                "'Programme', 'programme', 'adopted')"_s,
                u"INSERT INTO document_parties VALUES (1, 'RUS', 0), (1, 'BLR', 1)"_s,
            })
            QVERIFY2(q.exec(sql), qPrintable(q.lastError().text() + u": "_s + sql));
        db.close();
    }
    QSqlDatabase::removeDatabase(u"v6"_s);

    auto catalogue = Catalogue::open(path);
    QVERIFY2(catalogue, qPrintable(catalogue ? QString() : catalogue.error().message));
    QCOMPARE((*catalogue)->schemaVersion(), Catalogue::latestSchemaVersion());
    auto meeting = MeetingRepository(**catalogue).get(1);
    QVERIFY(meeting);
    QCOMPARE(meeting->parties,
             (QList<Party>{{u"RUS"_s, PartyRole::Host}, {u"BLR"_s, PartyRole::Guest}}));
    QCOMPARE(meeting->delegations.size(), 1);
    QCOMPARE(meeting->delegations.at(0).members.at(0).nameLatin, u"Sergey Lavrov"_s);
    QCOMPARE(meeting->documents.at(0).parties, (QStringList{u"RUS"_s, u"BLR"_s}));
    QCOMPARE(CountryRepository(**catalogue).find(u"BLR"_s)->nameEn, u"Belarus"_s);

    // The new kind of party is there, and the foreign keys still hold (an unknown code is
    // refused, the table's old name still works for the analysts' own SQL).
    const auto eu = CountryRepository(**catalogue).find(u"EU"_s);
    QVERIFY(eu);
    QVERIFY(eu->organisation);
    QCOMPARE(eu->nameRu, u"Европейский союз"_s);
    meeting->parties.append({u"EU"_s, PartyRole::Participant});
    QVERIFY(MeetingRepository(**catalogue).update(*meeting));
    QCOMPARE(MeetingRepository(**catalogue).get(1)->parties.at(2).country, u"EU"_s);
    QSqlQuery check(CatalogueConnection::of(**catalogue));
    QVERIFY(check.exec(u"PRAGMA foreign_key_check"_s));
    QVERIFY(!check.next());
    QVERIFY(!check.exec(u"INSERT INTO meeting_parties VALUES (1, 'XXX', 'guest', 3)"_s));
    QVERIFY(check.exec(u"SELECT count(*) FROM countries WHERE kind = 'organisation'"_s));
    QVERIFY(check.next());
    QCOMPARE(check.value(0).toInt(), 15);
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

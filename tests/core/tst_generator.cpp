#include "contenthash.h"
#include "generator/bulkwritersink.h"
#include "generator/cataloguegenerator.h"
#include "generator/meetingsynth.h"
#include "storage/catalogueconnection.h"
#include "storage/countryrepository.h"
#include "testcatalogue.h"

#include <QRegularExpression>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace entente;

// The synthetic catalogue: reproducible from its seed, shaped as promised (dates, precisions,
// delegations, documents, topics, skew), and consistent (keys, dates, terms of office).
class TestGenerator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void sameSeedSameCatalogue();
    void otherSeedOtherCatalogue();
    void datesAndPrecisions();
    void visitsAndSubEvents();
    void delegationsDocumentsAndTopics();
    void activityIsSkewed();
    void peopleHaveBothScripts();
    void everyKeyAndDateHolds();
    void termsFollowEachOther();
    void membersHoldTheirPostOnTheDay();
    void derivedTablesAreFilled();

private:
    static bool generate(const Catalogue &catalogue, qint64 meetings, quint64 seed);
    qint64 scalar(const QString &sql) const;

    test::TestCatalogue m_catalogue; // 3,000 meetings, seed 7
};

bool TestGenerator::generate(const Catalogue &catalogue, qint64 meetings, quint64 seed)
{
    const auto countries = CountryRepository(catalogue).all();
    if (!countries)
        return false;
    BulkWriter::Options options;
    options.timestamp = MeetingSynth::createdBase(seed);
    options.meetingsPerTransaction = 1000;
    BulkWriterSink sink(catalogue, options);
    const auto report = CatalogueGenerator::run(*countries, sink, {meetings, seed});
    if (!report)
        qWarning().noquote() << report.error().message << report.error().detail;
    return report && report->meetings == meetings;
}

qint64 TestGenerator::scalar(const QString &sql) const
{
    QSqlQuery q(CatalogueConnection::of(*m_catalogue));
    if (!q.exec(sql) || !q.next()) {
        qWarning() << "query failed:" << sql;
        return -1;
    }
    return q.value(0).toLongLong();
}

void TestGenerator::initTestCase()
{
    QVERIFY(m_catalogue);
    QVERIFY(generate(*m_catalogue, 3000, 7));
    QCOMPARE(scalar(u"SELECT count(*) FROM meetings"_s), 3000);
}

void TestGenerator::sameSeedSameCatalogue()
{
    test::TestCatalogue first;
    test::TestCatalogue second;
    QVERIFY(generate(*first, 600, 42));
    QVERIFY(generate(*second, 600, 42));
    first.close();
    second.close();
    const QByteArray hash = test::contentHash(first.path());
    QCOMPARE(hash.size(), 64);
    QCOMPARE(test::contentHash(second.path()), hash);
}

void TestGenerator::otherSeedOtherCatalogue()
{
    test::TestCatalogue first;
    test::TestCatalogue second;
    QVERIFY(generate(*first, 300, 42));
    QVERIFY(generate(*second, 300, 43));
    first.close();
    second.close();
    QVERIFY(test::contentHash(first.path()) != test::contentHash(second.path()));
}

void TestGenerator::datesAndPrecisions()
{
    QVERIFY(scalar(u"SELECT min(start_date) >= '1990-01-01' FROM meetings"_s) == 1);
    QVERIFY(scalar(u"SELECT max(end_date) <= '2026-12-31' FROM meetings"_s) == 1);
    for (const QString &precision : {u"day"_s, u"month"_s, u"year"_s}) {
        const qint64 n = scalar(u"SELECT count(*) FROM meetings WHERE start_precision = '"_s +
                                precision + u"'"_s);
        QVERIFY2(n > 0, qPrintable(precision));
    }
    // Day precision is the common case; months and years are the exception.
    QVERIFY(scalar(u"SELECT count(*) FROM meetings WHERE start_precision = 'day'"_s) > 2000);
    // Later years are busier than earlier ones.
    QVERIFY(scalar(u"SELECT count(*) FROM meetings WHERE start_date >= '2015-01-01'"_s) >
            scalar(u"SELECT count(*) FROM meetings WHERE start_date < '2002-01-01'"_s));
}

void TestGenerator::visitsAndSubEvents()
{
    QVERIFY(scalar(u"SELECT count(*) FROM meetings WHERE end_date > start_date AND "
                   "start_precision = 'day'"_s) > 20);
    const qint64 subEvents = scalar(u"SELECT count(*) FROM meetings WHERE parent_id IS NOT NULL"_s);
    QVERIFY(subEvents > 20);
    // A sub-event happens within its meeting, with the same parties.
    QCOMPARE(scalar(u"SELECT count(*) FROM meetings s JOIN meetings p ON p.id = s.parent_id "
                    "WHERE s.start_date < p.start_date OR s.end_date > p.end_date"_s),
             0);
    QCOMPARE(scalar(u"SELECT count(*) FROM meetings s JOIN meetings p ON p.id = s.parent_id "
                    "WHERE p.parent_id IS NOT NULL OR s.id < p.id"_s),
             0);
}

void TestGenerator::delegationsDocumentsAndTopics()
{
    QCOMPARE(scalar(u"SELECT count(*) FROM meetings m WHERE (SELECT count(*) FROM delegations d "
                    "WHERE d.meeting_id = m.id) <> 2"_s),
             0);
    QCOMPARE(scalar(u"SELECT min(n) FROM (SELECT count(dm.id) AS n FROM delegations d LEFT JOIN "
                    "delegation_members dm ON dm.delegation_id = d.id GROUP BY d.id)"_s),
             2);
    QCOMPARE(scalar(u"SELECT max(n) FROM (SELECT count(*) AS n FROM delegation_members GROUP BY "
                    "delegation_id)"_s),
             12);
    QCOMPARE(scalar(u"SELECT count(*) FROM delegations d WHERE (SELECT count(*) FROM "
                    "delegation_members dm WHERE dm.delegation_id = d.id AND dm.is_head = 1) <> "
                    "1"_s),
             0);

    const QString documents =
        u"SELECT %1(n) FROM (SELECT (SELECT count(*) FROM documents d WHERE d.meeting_id = m.id) "
        "AS n FROM meetings m WHERE m.parent_id IS NULL)"_s;
    QCOMPARE(scalar(documents.arg(u"min"_s)), 0);
    QCOMPARE(scalar(documents.arg(u"max"_s)), 3);
    QVERIFY(scalar(u"SELECT count(*) FROM document_links"_s) > 10);

    const QString topics = u"SELECT %1(n) FROM (SELECT (SELECT count(*) FROM meeting_topics t "
                           "WHERE t.meeting_id = m.id) AS n FROM meetings m)"_s;
    QCOMPARE(scalar(topics.arg(u"min"_s)), 1);
    QCOMPARE(scalar(topics.arg(u"max"_s)), 5);
    // The vocabulary is a hierarchy, and meetings use both levels.
    QVERIFY(scalar(u"SELECT count(*) FROM topics WHERE parent_id IS NOT NULL"_s) > 30);
    QVERIFY(scalar(u"SELECT count(DISTINCT t.parent_id IS NULL) FROM meeting_topics mt JOIN "
                   "topics t ON t.id = mt.topic_id"_s) == 2);

    QCOMPARE(scalar(u"SELECT count(*) FROM meetings WHERE summary = ''"_s), 0);
    // Sources on about one meeting in ten, a few hundred words each.
    const qint64 withSources = scalar(u"SELECT count(DISTINCT meeting_id) FROM sources"_s);
    QVERIFY2(withSources > 150 && withSources < 450, qPrintable(QString::number(withSources)));
    QVERIFY(scalar(u"SELECT min(length(body) - length(replace(body, ' ', ''))) FROM sources"_s) >=
            140);
}

void TestGenerator::activityIsSkewed()
{
    // Dyads by number of meetings: the busiest tenth holds far more than a tenth of them.
    QSqlQuery q(CatalogueConnection::of(*m_catalogue));
    QVERIFY(q.exec(u"SELECT count(*) AS n FROM (SELECT min(country_code) || max(country_code) AS "
                   "dyad FROM meeting_parties GROUP BY meeting_id) GROUP BY dyad ORDER BY n "
                   "DESC"_s));
    QList<qint64> counts;
    while (q.next())
        counts.append(q.value(0).toLongLong());
    QVERIFY(counts.size() > 100);
    const qint64 total = std::accumulate(counts.cbegin(), counts.cend(), qint64(0));
    QCOMPARE(total, 3000);
    const qint64 top =
        std::accumulate(counts.cbegin(), counts.cbegin() + counts.size() / 10, qint64(0));
    QVERIFY2(top * 100 / total >= 30,
             qPrintable(u"top tenth of dyads: %1 of %2"_s.arg(top).arg(total)));
    // About 200 countries take part.
    const qint64 countries = scalar(u"SELECT count(DISTINCT country_code) FROM meeting_parties"_s);
    QVERIFY2(countries > 150 && countries <= 200, qPrintable(QString::number(countries)));
}

void TestGenerator::peopleHaveBothScripts()
{
    QSqlQuery q(CatalogueConnection::of(*m_catalogue));
    QVERIFY(q.exec(u"SELECT name_latin, name_native FROM persons"_s));
    const QRegularExpression cyrillic(u"[\\x{0400}-\\x{04FF}]"_s);
    int native = 0;
    int people = 0;
    while (q.next()) {
        ++people;
        QVERIFY(!q.value(0).toString().contains(cyrillic));
        if (q.value(1).toString().contains(cyrillic))
            ++native;
    }
    QVERIFY(people > 5000);
    QVERIFY(native > 200);
    // Latin-script people carry a Cyrillic press spelling as an alias, and vice versa.
    QVERIFY(scalar(u"SELECT count(DISTINCT person_id) FROM person_aliases"_s) > people / 2);
    QVERIFY(scalar(u"SELECT count(*) FROM persons WHERE id NOT IN (SELECT person_id FROM "
                   "positions)"_s) == 0);
}

void TestGenerator::everyKeyAndDateHolds()
{
    const auto problems = m_catalogue->integrityProblems();
    QVERIFY(problems);
    QVERIFY2(problems->isEmpty(), qPrintable(problems->join(u'\n')));
    QSqlQuery q(CatalogueConnection::of(*m_catalogue));
    QVERIFY(q.exec(u"PRAGMA foreign_key_check"_s));
    QVERIFY(!q.next());
    QCOMPARE(scalar(u"SELECT count(*) FROM meetings WHERE end_date < start_date"_s), 0);
    QCOMPARE(scalar(u"SELECT count(*) FROM positions WHERE end_date < start_date"_s), 0);
    QCOMPARE(scalar(u"SELECT count(*) FROM documents WHERE period_end < period_start"_s), 0);
}

void TestGenerator::termsFollowEachOther()
{
    // Per country and post, one holder at a time: no two terms overlap.
    QCOMPARE(scalar(u"SELECT count(*) FROM positions a JOIN positions b ON b.country_code = "
                    "a.country_code AND b.title = a.title AND b.id > a.id WHERE a.start_date <= "
                    "ifnull(b.end_date, '9999-12-31') AND b.start_date <= ifnull(a.end_date, "
                    "'9999-12-31')"_s),
             0);
    // A person holds one post at a time, and each minister's term starts the day after the
    // previous one's ended.
    QCOMPARE(scalar(u"SELECT count(*) FROM positions a JOIN positions b ON b.person_id = "
                    "a.person_id AND b.id > a.id WHERE a.start_date <= ifnull(b.end_date, "
                    "'9999-12-31') AND b.start_date <= ifnull(a.end_date, '9999-12-31')"_s),
             0);
    QCOMPARE(scalar(u"SELECT count(*) FROM positions a WHERE a.title = 'Minister of Foreign "
                    "Affairs' AND a.end_date IS NOT NULL AND NOT EXISTS (SELECT 1 FROM positions "
                    "b WHERE b.country_code = a.country_code AND b.title = a.title AND "
                    "b.start_date = date(a.end_date, '+1 day'))"_s),
             0);
    QCOMPARE(scalar(u"SELECT count(*) FROM (SELECT country_code FROM positions WHERE title = "
                    "'Minister of Foreign Affairs' AND end_date IS NULL GROUP BY country_code "
                    "HAVING count(*) <> 1)"_s),
             0);
    QVERIFY(scalar(u"SELECT count(*) FROM (SELECT person_id FROM positions GROUP BY person_id "
                   "HAVING count(*) > 1)"_s) > 100);
}

void TestGenerator::membersHoldTheirPostOnTheDay()
{
    QCOMPARE(scalar(u"SELECT count(*) FROM delegation_members dm JOIN delegations d ON d.id = "
                    "dm.delegation_id JOIN meetings m ON m.id = d.meeting_id WHERE NOT EXISTS "
                    "(SELECT 1 FROM positions p WHERE p.person_id = dm.person_id AND p.title = "
                    "dm.position AND p.country_code = d.country_code AND p.start_date <= "
                    "m.start_date AND ifnull(p.end_date, '9999-12-31') >= m.start_date)"_s),
             0);
}

void TestGenerator::derivedTablesAreFilled()
{
    QCOMPARE(scalar(u"SELECT count(*) FROM meeting_fts"_s), 3000);
    QCOMPARE(scalar(u"SELECT count(*) FROM meeting_people"_s),
             scalar(u"SELECT count(*) FROM (SELECT DISTINCT dm.person_id, d.meeting_id FROM "
                    "delegation_members dm JOIN delegations d ON d.id = dm.delegation_id)"_s));
    QCOMPARE(scalar(u"SELECT count(*) FROM persons p WHERE NOT EXISTS (SELECT 1 FROM "
                    "person_name_keys k WHERE k.person_id = p.id)"_s),
             0);
    QCOMPARE(scalar(u"SELECT count(*) FROM meetings WHERE title_folded = '' OR (place <> '' AND "
                    "place_folded = '')"_s),
             0);
    QCOMPARE(scalar(u"SELECT count(*) FROM documents WHERE title_folded = ''"_s), 0);
    // The indexes dropped for the load are back.
    QVERIFY(scalar(u"SELECT count(*) FROM sqlite_schema WHERE type = 'index' AND name = "
                   "'meetings_by_date'"_s) == 1);
    QSqlQuery journal(CatalogueConnection::of(*m_catalogue));
    QVERIFY(journal.exec(u"PRAGMA journal_mode"_s) && journal.next());
    QCOMPARE(journal.value(0).toString(), u"wal"_s);
}

QTEST_GUILESS_MAIN(TestGenerator)
#include "tst_generator.moc"

// SearchService: searches run on a worker thread with its own connection, the UI thread's event
// loop keeps running during a slow one, superseded and cancelled searches deliver nothing.

#include "search/searchservice.h"
#include "storage/catalogue.h"
#include "storage/catalogueconnection.h"
#include "testcatalogue.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace entente;

namespace {

// Every OR branch is a LIKE over every row: slow on purpose on the big catalogue.
QString slowQuery()
{
    QStringList places;
    for (int i = 0; i < 12; ++i)
        places.append(u"place:nowhere%1"_s.arg(i));
    return u"-("_s + places.join(u" OR "_s) + u')';
}

SearchResult resultOf(const QSignalSpy &spy, int i = 0)
{
    return spy.at(i).at(0).value<SearchResult>();
}

} // namespace

class TestSearchService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void searchesOnItsOwnThreadAndConnection();
    void reportsAMalformedQueryWithoutRunningIt();
    void keepsTheEventLoopRunningDuringASlowSearch();
    void dropsSupersededResults();
    void cancelDeliversNothing();
    void stopsPromptlyWhenDestroyedMidSearch();

private:
    test::TestCatalogue m_small;
    test::TestCatalogue m_big;
};

void TestSearchService::initTestCase()
{
    QVERIFY(m_small);
    QVERIFY(m_small.addSample().meeting > 0);

    // 150,000 meetings written in one statement: enough for a search to take a while.
    QVERIFY(m_big);
    QSqlQuery q(CatalogueConnection::of(*m_big));
    QVERIFY(q.exec(u"PRAGMA synchronous = OFF"_s)); // test speed only
    QVERIFY(q.exec(u"BEGIN"_s));
    QVERIFY2(q.exec(u"WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < "
                    "150000) INSERT INTO meetings (title, title_folded, start_date, "
                    "start_precision, end_date, end_precision, place, place_folded, status, "
                    "created_at, updated_at) SELECT 'Talks ' || i, 'talks ' || i, "
                    "date('1990-01-01', '+' || (i % 12000) || ' days'), 'day', "
                    "date('1990-01-01', '+' || (i % 12000) || ' days'), 'day', 'Paris', 'paris', "
                    "'held', '2020-01-01', '2020-01-01' FROM n"_s),
             qPrintable(q.lastError().text()));
    QVERIFY(q.exec(u"INSERT INTO meeting_parties (meeting_id, country_code, role) SELECT id, "
                   "'FRA', 'host' FROM meetings"_s));
    QVERIFY(q.exec(u"COMMIT"_s));
}

void TestSearchService::searchesOnItsOwnThreadAndConnection()
{
    const qsizetype connectionsBefore = QSqlDatabase::connectionNames().size();
    {
        SearchService service(*m_small);
        QSignalSpy finished(&service, &SearchService::finished);
        QSignalSpy busy(&service, &SearchService::busyChanged);
        const quint64 generation = service.search({u"date:2009-11 minister:Martynov"_s});
        QVERIFY(service.isBusy());
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.size(), 1);
        const SearchResult result = resultOf(finished);
        QVERIFY(result.ok());
        QCOMPARE(result.generation, generation);
        QCOMPARE(result.count, 1);
        QCOMPARE(result.firstPage.size(), 1);
        QVERIFY(result.firstPage.first().title.startsWith(u"Joint meeting"_s));
        QCOMPARE(result.facets.size(), Facet::allKinds().size());
        QVERIFY(!service.isBusy());
        QCOMPARE(busy.size(), 2);
        // The worker thread opened a connection of its own…
        QCOMPARE(QSqlDatabase::connectionNames().size(), connectionsBefore + 1);
    }
    // …and closed it on its own thread when the service went away.
    QCOMPARE(QSqlDatabase::connectionNames().size(), connectionsBefore);
}

void TestSearchService::reportsAMalformedQueryWithoutRunningIt()
{
    SearchService service(*m_small);
    QSignalSpy finished(&service, &SearchService::finished);
    service.search({u"date:2009-02-30"_s});
    QVERIFY(finished.wait(10000));
    const SearchResult result = resultOf(finished);
    QVERIFY(result.syntaxError);
    QCOMPARE(result.syntaxError->position, 5);
    QVERIFY(!result.failure);
    QCOMPARE(result.count, 0);
    QVERIFY(result.facets.isEmpty());
}

void TestSearchService::keepsTheEventLoopRunningDuringASlowSearch()
{
    SearchService service(*m_big);
    QSignalSpy finished(&service, &SearchService::finished);
    int ticks = 0;
    QTimer timer;
    timer.setInterval(10);
    connect(&timer, &QTimer::timeout, this, [&ticks] { ++ticks; });
    timer.start();
    QElapsedTimer clock;
    clock.start();
    service.search({slowQuery()});
    QVERIFY(finished.wait(60000));
    const qint64 waited = clock.elapsed();
    const SearchResult result = resultOf(finished);
    QVERIFY2(result.ok(), result.failure ? qPrintable(result.failure->detail) : "");
    QCOMPARE(result.count, 150000);
    QVERIFY2(
        result.elapsedMs >= 100,
        qPrintable(u"the search took only %1 ms: not slow enough to tell"_s.arg(result.elapsedMs)));
    // A blocked UI thread would have ticked at most once or twice.
    QVERIFY2(ticks >= std::max<qint64>(5, waited / 10 / 4),
             qPrintable(u"%1 ticks in %2 ms"_s.arg(ticks).arg(waited)));
}

void TestSearchService::dropsSupersededResults()
{
    SearchService service(*m_big);
    QSignalSpy finished(&service, &SearchService::finished);
    service.search({slowQuery()});
    service.search({u"place:nowhere"_s});
    const quint64 last = service.search({u"date:1990-01-18"_s});
    QVERIFY(finished.wait(60000));
    QTest::qWait(300);
    QCOMPARE(finished.size(), 1);
    const SearchResult result = resultOf(finished);
    QCOMPARE(result.generation, last);
    QCOMPARE(result.text, u"date:1990-01-18"_s);
    QCOMPARE(result.count, 13); // i % 12000 == 17 for i up to 150,000
}

void TestSearchService::cancelDeliversNothing()
{
    SearchService service(*m_big);
    QSignalSpy finished(&service, &SearchService::finished);
    QSignalSpy busy(&service, &SearchService::busyChanged);
    service.search({slowQuery()});
    QTest::qWait(20);
    service.cancel();
    QVERIFY(!service.isBusy());
    QVERIFY(!finished.wait(1500));
    QCOMPARE(busy.size(), 2);

    // The service still works afterwards.
    service.search({u"date:1990-01-18"_s});
    QVERIFY(finished.wait(60000));
    QCOMPARE(resultOf(finished).count, 13);
}

void TestSearchService::stopsPromptlyWhenDestroyedMidSearch()
{
    QElapsedTimer clock;
    {
        SearchService service(*m_big);
        service.search({slowQuery()});
        QTest::qWait(20);
        clock.start();
    }
    // The statement running at the time finishes; the remaining steps do not run.
    qInfo() << "destroyed after" << clock.elapsed() << "ms";
    QVERIFY(clock.elapsed() < 30000);
}

QTEST_GUILESS_MAIN(TestSearchService)
#include "tst_searchservice.moc"

// BackgroundJob: the work runs on a thread of its own with its own connection, progress and the
// outcome arrive on the owner's thread, and a cancel reaches a statement that is running.

#include "jobs/backgroundjob.h"
#include "storage/catalogueconnection.h"
#include "storage/sqlquery.h"
#include "testcatalogue.h"

#include <QSignalSpy>
#include <QTest>
#include <QThread>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace entente;

namespace {

// Counts to ten billion: hours of work, which only an interrupt ends in a test's lifetime.
const QString endlessCount = u"WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n "
                             "WHERE i < 10000000000) SELECT count(*) FROM n"_s;

} // namespace

class TestBackgroundJob : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void runsOnItsOwnThreadAndConnection();
    void cancelStopsARunningStatement();
    void destroyingARunningJobCancelsIt();

private:
    test::TestCatalogue m_catalogue;
};

void TestBackgroundJob::runsOnItsOwnThreadAndConnection()
{
    QVERIFY(m_catalogue);
    const QString mine = CatalogueConnection::of(*m_catalogue).connectionName();
    QString theirs;
    QString threadName;
    qint64 meetings = -1;
    BackgroundJob job({u"entente-test"_s, &*m_catalogue, true}, [&](JobControl &control) {
        theirs = CatalogueConnection::of(*m_catalogue).connectionName();
        threadName = QThread::currentThread()->objectName();
        SqlQuery q(CatalogueConnection::of(*m_catalogue), u"SELECT count(*) FROM meetings"_s);
        auto n = q.scalar(u"count"_s);
        if (!n)
            return Status(n.error());
        meetings = n->toLongLong();
        control.report(1, 1);
        return Status();
    });
    QSignalSpy finished(&job, &BackgroundJob::finished);
    QSignalSpy progress(&job, &BackgroundJob::progressChanged);
    job.start();
    QVERIFY(finished.wait(30000));
    QVERIFY(finished.at(0).at(0).value<Status>().ok());
    QCOMPARE(finished.at(0).at(1).toBool(), false);
    QCOMPARE(meetings, 0);
    QCOMPARE(threadName, u"entente-test"_s);
    QVERIFY(!theirs.isEmpty());
    QVERIFY(theirs != mine);
    QCOMPARE(progress.last().at(0).toLongLong(), 1);
}

void TestBackgroundJob::cancelStopsARunningStatement()
{
    QVERIFY(m_catalogue);
    std::atomic<bool> started = false;
    BackgroundJob job({u"entente-test"_s, &*m_catalogue, true}, [&](JobControl &) {
        SqlQuery q(CatalogueConnection::of(*m_catalogue), endlessCount);
        started = true;
        auto n = q.scalar(u"count to ten billion"_s);
        return n ? Status() : Status(n.error());
    });
    QSignalSpy finished(&job, &BackgroundJob::finished);
    job.start();
    QTRY_VERIFY_WITH_TIMEOUT(started.load(), 30000);
    QTimer::singleShot(50, &job, &BackgroundJob::cancel);
    QVERIFY(finished.wait(60000));
    const Status status = finished.at(0).at(0).value<Status>();
    QCOMPARE(finished.at(0).at(1).toBool(), true);
    QVERIFY(!status.ok());
    QVERIFY2(status.error().message.contains(u"stopped on request"_s),
             qPrintable(status.error().message));
}

void TestBackgroundJob::destroyingARunningJobCancelsIt()
{
    QVERIFY(m_catalogue);
    std::atomic<bool> started = false;
    std::atomic<bool> ended = false;
    {
        BackgroundJob job({u"entente-test"_s, &*m_catalogue, true}, [&](JobControl &) {
            SqlQuery q(CatalogueConnection::of(*m_catalogue), endlessCount);
            started = true;
            const auto n = q.scalar(u"count to ten billion"_s);
            ended = true;
            return n ? Status() : Status(n.error());
        });
        job.start();
        QTRY_VERIFY_WITH_TIMEOUT(started.load(), 30000);
    }
    QVERIFY(ended.load()); // the destructor waited for the thread, which the interrupt let go
}

QTEST_GUILESS_MAIN(TestBackgroundJob)
#include "tst_backgroundjob.moc"

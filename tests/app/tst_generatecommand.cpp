#include "clirunner.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

// `entente generate`, driven through the real binary as scripts use it.
class TestGenerateCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void fillsANewCatalogue();
    void sameSeedSameMeetings();
    void refusesACatalogueWithMeetings();
    void aKilledLoadIsFinishedOnTheNextOpen();
    void refusesABadCount_data();
    void refusesABadCount();

private:
    std::unique_ptr<CliRunner> m_cli;
};

void TestGenerateCommand::initTestCase()
{
    m_cli = std::make_unique<CliRunner>();
    QVERIFY(m_cli->isValid());
}

void TestGenerateCommand::fillsANewCatalogue()
{
    const QString file = m_cli->filePath(u"new.entente"_s);
    const auto run = m_cli->run({u"--catalogue"_s, file, u"generate"_s, u"--meetings"_s, u"150"_s,
                                 u"--seed"_s, u"9"_s, u"--format"_s, u"json"_s});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject summary = QJsonDocument::fromJson(run.out.toUtf8()).object();
    QCOMPARE(summary.value(u"meetings"_s).toInt(), 150);
    QVERIFY(summary.value(u"people"_s).toInt() > 1000);
    QCOMPARE(summary.value(u"seed"_s).toString(), u"9"_s);
    // People read the progress and the speed on standard error.
    QVERIFY2(run.err.contains(u"Generated 150 meetings"_s), qPrintable(run.err));
    QVERIFY(run.err.contains(u"meetings/s"_s));
    const auto check = m_cli->run({u"--catalogue"_s, file, u"check"_s});
    QCOMPARE(check.exitCode, 0);
    QCOMPARE(check.out.trimmed(), u"ok"_s);
    const auto list = m_cli->run({u"--catalogue"_s, file, u"list"_s, u"--format"_s, u"json"_s});
    QCOMPARE(list.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(list.out.toUtf8()).array().size(), 150);
}

void TestGenerateCommand::sameSeedSameMeetings()
{
    QStringList listings;
    for (const QString &name : {u"a.entente"_s, u"b.entente"_s}) {
        const QString file = m_cli->filePath(name);
        QCOMPARE(m_cli
                     ->run({u"--catalogue"_s, file, u"generate"_s, u"--meetings"_s, u"80"_s,
                            u"--seed"_s, u"5"_s})
                     .exitCode,
                 0);
        const auto list = m_cli->run({u"--catalogue"_s, file, u"list"_s, u"--format"_s, u"json"_s});
        QCOMPARE(list.exitCode, 0);
        listings.append(list.out);
    }
    QVERIFY(listings.at(0).size() > 1000);
    QCOMPARE(listings.at(1), listings.at(0));
}

void TestGenerateCommand::refusesACatalogueWithMeetings()
{
    const QString file = m_cli->filePath(u"twice.entente"_s);
    const QStringList arguments = {u"--catalogue"_s, file, u"generate"_s, u"--meetings"_s, u"20"_s};
    QCOMPARE(m_cli->run(arguments).exitCode, 0);
    const auto again = m_cli->run(arguments);
    QVERIFY(again.exitCode != 0);
    QVERIFY2(again.err.contains(u"already holds meetings"_s), qPrintable(again.err));
    const auto list = m_cli->run({u"--catalogue"_s, file, u"list"_s, u"--format"_s, u"json"_s});
    QCOMPARE(QJsonDocument::fromJson(list.out.toUtf8()).array().size(), 20);
}

void TestGenerateCommand::refusesABadCount_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::newRow("no count") << QStringList{};
    QTest::newRow("not a number") << QStringList{u"--meetings"_s, u"many"_s};
    QTest::newRow("negative") << QStringList{u"--meetings"_s, u"-5"_s};
    QTest::newRow("bad seed") << QStringList{u"--meetings"_s, u"5"_s, u"--seed"_s, u"x"_s};
}

void TestGenerateCommand::refusesABadCount()
{
    QFETCH(QStringList, options);
    const QString file = m_cli->filePath(u"bad.entente"_s);
    const auto run = m_cli->run(QStringList{u"--catalogue"_s, file, u"generate"_s} + options);
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains(u"generate"_s));
}

void TestGenerateCommand::aKilledLoadIsFinishedOnTheNextOpen()
{
    // The real binary, killed (SIGKILL) with every meeting written and the indexes it dropped for
    // the load not yet rebuilt.
    CliRunner process(QStringLiteral(ENTENTE_BINARY));
    const QString file = process.filePath(u"killed.entente"_s);
    qputenv("ENTENTE_TEST_KILL_AT", "before-indexes");
    const auto killed = process.run(
        {u"--catalogue"_s, file, u"generate"_s, u"--meetings"_s, u"120"_s, u"--seed"_s, u"4"_s});
    qunsetenv("ENTENTE_TEST_KILL_AT");
    QCOMPARE(killed.exitCode, -1); // did not end by itself

    // check names what is missing.
    const auto damaged = process.run({u"--catalogue"_s, file, u"check"_s});
    QCOMPARE(damaged.exitCode, 3);
    QVERIFY2(damaged.out.contains(u"index meetings_by_date is missing"_s), qPrintable(damaged.out));
    const qsizetype missing = damaged.out.count(u" is missing"_s);
    QVERIFY2(missing >= 5, qPrintable(damaged.out));

    // The next command that writes builds them first, then does its work.
    const QString csv = process.filePath(u"one.csv"_s);
    QFile one(csv);
    QVERIFY(one.open(QIODevice::WriteOnly));
    one.write("title,date,parties\nTalks,2021-03-03,RUS; ARM\n");
    one.close();
    const auto finishing = process.run({u"--catalogue"_s, file, u"import"_s, csv});
    QCOMPARE(finishing.exitCode, 0);
    QVERIFY2(finishing.err.contains(
                 u"building index 1 of %1 that an interrupted load left out"_s.arg(missing)),
             qPrintable(finishing.err));
    const auto healthy = process.run({u"--catalogue"_s, file, u"check"_s});
    QCOMPARE(healthy.exitCode, 0);
    QCOMPARE(healthy.out.trimmed(), u"ok"_s);
    const auto list = process.run(
        {u"--catalogue"_s, file, u"search"_s, u"date:2021-03-03"_s, u"--format"_s, u"json"_s});
    QCOMPARE(list.exitCode, 0);
    QVERIFY(QJsonDocument::fromJson(list.out.toUtf8()).array().size() >= 1);
    const auto all = process.run({u"--catalogue"_s, file, u"list"_s, u"--format"_s, u"json"_s});
    QCOMPARE(QJsonDocument::fromJson(all.out.toUtf8()).array().size(), 121);
}

QTEST_GUILESS_MAIN(TestGenerateCommand)
#include "tst_generatecommand.moc"

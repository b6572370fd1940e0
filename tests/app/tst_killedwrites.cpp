// The real binary killed (SIGKILL, as kill -9 or a power cut) at chosen points of its writes: an
// import of many meetings and a press release saved as a meeting (one record written with its
// people, as an edit is), just before the COMMIT and just after it. After each, `check` finds the
// catalogue sound and it holds all it held before, or all the command wrote: never between. And
// two processes importing into one catalogue at once.

#include "clirunner.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTest>

using namespace Qt::StringLiterals;

class TestKilledWrites : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void killedWriteIsAllOrNothing_data();
    void killedWriteIsAllOrNothing();
    void twoProcessesWritingAtOnce();

private:
    qsizetype meetings(const QString &file) const;
    std::unique_ptr<CliRunner> m_cli;
};

void TestKilledWrites::init()
{
    m_cli = std::make_unique<CliRunner>(QStringLiteral(ENTENTE_BINARY));
    QVERIFY(m_cli->isValid());
}

qsizetype TestKilledWrites::meetings(const QString &file) const
{
    const auto list = m_cli->run({u"--catalogue"_s, file, u"list"_s, u"--format"_s, u"json"_s});
    return QJsonDocument::fromJson(list.out.toUtf8()).array().size();
}

void TestKilledWrites::killedWriteIsAllOrNothing_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("point");
    QTest::addColumn<bool>("written");
    for (const QString &command : {u"import"_s, u"import-release"_s}) {
        QTest::newRow(qPrintable(command + u", before the commit"_s))
            << command << u"before-commit"_s << false;
        QTest::newRow(qPrintable(command + u", after the commit"_s))
            << command << u"after-commit"_s << true;
    }
}

void TestKilledWrites::killedWriteIsAllOrNothing()
{
    QFETCH(QString, command);
    QFETCH(QString, point);
    QFETCH(bool, written);

    // A catalogue with the sample meeting, and what the command would add to it.
    const QString file = m_cli->copyOfDefaultCatalogue(u"killed.entente"_s);
    const qsizetype before = meetings(file);
    QCOMPARE(before, 2); // the sample meeting and its one-to-one
    QString input = m_cli->filePath(u"input"_s);
    qsizetype adds = 0;
    if (command == u"import") {
        input += u".csv"_s;
        QByteArray csv = "title,date,place,parties\n";
        // A week apart: fifty meetings, none a duplicate of another.
        for (int i = 0; i < 50; ++i)
            csv += QByteArray("Talks ") + QByteArray::number(i) + ',' +
                   QDate(2021, 1, 4).addDays(7 * i).toString(Qt::ISODate).toUtf8() +
                   ",Yerevan,RUS (guest); ARM (host)\n";
        QVERIFY(FileBytes::write(input, csv));
        adds = 50;
    } else {
        input += u".txt"_s;
        QVERIFY(FileBytes::write(
            input, "Moscow, 3 March 2021. Talks between Sergey Lavrov and Ararat Mirzoyan\n\n"
                   "On 3 March 2021 in Moscow, Minister of Foreign Affairs of the Russian "
                   "Federation Sergey Lavrov held talks with Minister of Foreign Affairs of "
                   "Armenia Ararat Mirzoyan. The ministers discussed regional security and "
                   "transport corridors.\n"));
        adds = 1;
    }

    qputenv("ENTENTE_TEST_KILL_AT", point.toUtf8());
    const CliRunner::Run killed = m_cli->run({u"--catalogue"_s, file, command, input});
    qunsetenv("ENTENTE_TEST_KILL_AT");
    QCOMPARE(killed.exitCode, -1); // it did not end by itself

    const CliRunner::Run check = m_cli->run({u"--catalogue"_s, file, u"check"_s});
    QCOMPARE(check.exitCode, 0);
    QCOMPARE(check.out.trimmed(), u"ok"_s);
    QCOMPARE(meetings(file), written ? before + adds : before);
}

void TestKilledWrites::twoProcessesWritingAtOnce()
{
    // Two imports of 200 meetings each into one catalogue, started together: SQLite lets one
    // write at a time, the other waits for it (or gives up with the catalogue named as locked).
    const QString file = m_cli->copyOfDefaultCatalogue(u"shared.entente"_s);
    const qsizetype before = meetings(file);
    QList<QString> inputs;
    for (int p = 0; p < 2; ++p) {
        QByteArray csv = "title,date,place,parties\n";
        for (int i = 0; i < 200; ++i)
            csv += QByteArray("Talks ") + QByteArray::number(p) + '-' + QByteArray::number(i) +
                   ',' + QDate(1950 + p * 40, 1, 2).addDays(7 * i).toString(Qt::ISODate).toUtf8() +
                   (p == 0 ? ",Yerevan,RUS (guest); ARM (host)\n"
                           : ",Minsk,RUS (guest); BLR (host)\n");
        inputs.append(m_cli->filePath(u"part%1.csv"_s.arg(p)));
        QVERIFY(FileBytes::write(inputs.last(), csv));
    }
    QList<QProcess *> processes;
    for (const QString &input : std::as_const(inputs)) {
        auto *process = new QProcess(this);
        process->start(QStringLiteral(ENTENTE_BINARY),
                       {u"--catalogue"_s, file, u"import"_s, input});
        processes.append(process);
    }
    qsizetype imported = 0;
    for (QProcess *process : std::as_const(processes)) {
        QVERIFY(process->waitForFinished(60000));
        QVERIFY2(process->exitCode() == 0 || process->exitCode() == 3,
                 process->readAllStandardError().constData());
        if (process->exitCode() == 0)
            imported += 200;
        else
            QVERIFY(process->readAllStandardError().contains("locked"));
    }
    QVERIFY(imported > 0);
    const CliRunner::Run check = m_cli->run({u"--catalogue"_s, file, u"check"_s});
    QCOMPARE(check.out.trimmed(), u"ok"_s);
    QCOMPARE(meetings(file), before + imported);
}

QTEST_GUILESS_MAIN(TestKilledWrites)
#include "tst_killedwrites.moc"

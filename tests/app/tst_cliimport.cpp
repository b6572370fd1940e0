// `entente import` through the real binary: a round trip through export, the report in text and
// JSON, --dry-run, --skip-invalid, --allow-duplicates, --columns, and the exit codes.

#include "clirunner.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

class TestCliImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void exportImportExportGivesTheSameMeetings();
    void reportsInJson();
    void importsTheOutputOfShow();
    void dryRunWritesNothing();
    void invalidRecordsExitWithTwoUnlessSkipped();
    void fieldsLongerThanTheirLimitsAreRefused();
    void duplicatesAreSkippedUnlessAllowed();
    void columnsOverrideTheGuess();
    void malformedAndMissingFiles();

private:
    QString write(const QByteArray &bytes, const QString &name) const;
    int meetingCount(const QString &catalogue) const;
    CliRunner m_cli;
};

void TestCliImport::initTestCase()
{
    QVERIFY(m_cli.isValid());
}

QString TestCliImport::write(const QByteArray &bytes, const QString &name) const
{
    const QString path = m_cli.filePath(name);
    return FileBytes::write(path, bytes) ? path : QString();
}

int TestCliImport::meetingCount(const QString &catalogue) const
{
    const auto run = m_cli.run({u"--catalogue"_s, catalogue, u"list"_s, u"--format"_s, u"json"_s});
    return QJsonDocument::fromJson(run.out.toUtf8()).array().size();
}

void TestCliImport::exportImportExportGivesTheSameMeetings()
{
    const QString source = m_cli.filePath(u"source.entente"_s);
    QCOMPARE(m_cli
                 .run({u"--catalogue"_s, source, u"generate"_s, u"--meetings"_s, u"40"_s,
                       u"--seed"_s, u"5"_s})
                 .exitCode,
             0);
    const QString json = m_cli.filePath(u"out.json"_s);
    QCOMPARE(m_cli.run({u"--catalogue"_s, source, u"export"_s, u"-o"_s, json}).exitCode, 0);
    const QString target = m_cli.filePath(u"target.entente"_s);
    const auto imported = m_cli.run({u"--catalogue"_s, target, u"import"_s, json});
    QCOMPARE(imported.exitCode, 0);
    QVERIFY2(imported.out.startsWith(u"out.json: 40 records read; imported 40 meetings"_s),
             qPrintable(imported.out));
    QVERIFY(imported.out.contains(u"New people ("_s));

    // The same meetings come out again: titles, dates and places in the same order.
    const auto listOf = [this](const QString &catalogue) {
        const auto run =
            m_cli.run({u"--catalogue"_s, catalogue, u"list"_s, u"--format"_s, u"json"_s});
        QStringList rows;
        for (const QJsonValue &m : QJsonDocument::fromJson(run.out.toUtf8()).array())
            rows.append(m[u"start_date"_s].toString() + u' ' + m[u"title"_s].toString() + u' ' +
                        m[u"place"_s].toString());
        return rows;
    };
    const QStringList before = listOf(source);
    QCOMPARE(before.size(), 40);
    QCOMPARE(listOf(target), before);
}

void TestCliImport::reportsInJson()
{
    const QString csv = write("title,date,parties,heads_of_delegation\n"
                              "Talks,2010-05-05,RUS; ARM,RUS: Sergei Lavrov (Minister)\n",
                              u"one.csv"_s);
    const QString target = m_cli.filePath(u"json.entente"_s);
    const auto run =
        m_cli.run({u"--catalogue"_s, target, u"import"_s, csv, u"--format"_s, u"json"_s});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject report = QJsonDocument::fromJson(run.out.toUtf8()).object();
    QCOMPARE(report[u"file"_s].toString(), u"one.csv"_s);
    QCOMPARE(report[u"written"_s].toBool(), true);
    QCOMPARE(report[u"records_read"_s].toInt(), 1);
    QCOMPARE(report[u"meetings_imported"_s].toInt(), 1);
    QCOMPARE(report[u"meeting_ids"_s].toArray().size(), 1);
    QCOMPARE(report[u"new_people"_s].toArray().at(0).toString(), u"Sergei Lavrov"_s);
    const auto shown = m_cli.run({u"--catalogue"_s, target, u"show"_s,
                                  QString::number(report[u"meeting_ids"_s][0].toInteger()),
                                  u"--format"_s, u"json"_s});
    const QJsonObject meeting = QJsonDocument::fromJson(shown.out.toUtf8()).object();
    QCOMPARE(meeting[u"title"_s].toString(), u"Talks"_s);
    QCOMPARE(meeting[u"start_date"_s].toString(), u"2010-05-05"_s);
    QCOMPARE(meeting[u"delegations"_s][0][u"head"_s][u"position"_s].toString(), u"Minister"_s);
}

void TestCliImport::importsTheOutputOfShow()
{
    // `show --format json` prints one meeting object: a file of one meeting.
    const QString path = m_cli.filePath(u"show.json"_s);
    QCOMPARE(m_cli.run({u"show"_s, u"1"_s, u"--format"_s, u"json"_s}, path).exitCode, 0);
    const QString target = m_cli.filePath(u"show.entente"_s);
    const auto run = m_cli.run({u"--catalogue"_s, target, u"import"_s, path});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.startsWith(u"show.json: 1 record read; imported 1 meeting."_s),
             qPrintable(run.out));
    const auto list = m_cli.run({u"--catalogue"_s, target, u"list"_s, u"--format"_s, u"json"_s});
    const QJsonArray meetings = QJsonDocument::fromJson(list.out.toUtf8()).array();
    QCOMPARE(meetings.size(), 1);
    QCOMPARE(meetings.at(0)[u"start_date"_s].toString(), u"2009-11-25"_s);
    QCOMPARE(meetings.at(0)[u"delegations"_s].toArray().size(), 2);
}

void TestCliImport::dryRunWritesNothing()
{
    const QString csv = write("title,date\nTalks,2011\nMore talks,2012\n", u"dry.csv"_s);
    const QString target = m_cli.filePath(u"dry.entente"_s);
    const auto run = m_cli.run({u"--catalogue"_s, target, u"import"_s, csv, u"--dry-run"_s});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out,
             u"dry.csv: 2 records read; 2 meetings could be imported; nothing was written.\n"_s);
    QCOMPARE(meetingCount(target), 0);
}

void TestCliImport::invalidRecordsExitWithTwoUnlessSkipped()
{
    const QString csv =
        write("title,date\nGood,2011\n,2012\nBad date,2013-02-30\n", u"invalid.csv"_s);
    const QString target = m_cli.filePath(u"invalid.entente"_s);
    const auto refused = m_cli.run({u"--catalogue"_s, target, u"import"_s, csv});
    QCOMPARE(refused.exitCode, 2);
    QVERIFY2(refused.err.contains(u"invalid.csv:3: title: a meeting needs a title"_s),
             qPrintable(refused.err));
    QVERIFY(refused.err.contains(u"invalid.csv:4: "_s));
    QVERIFY(refused.err.contains(u"invalid.csv: 2 invalid records: nothing was imported"_s));
    QCOMPARE(meetingCount(target), 0);

    const auto skipped =
        m_cli.run({u"--catalogue"_s, target, u"import"_s, csv, u"--skip-invalid"_s});
    QCOMPARE(skipped.exitCode, 0);
    // The English plural forms are installed: "1 meeting", "3 records".
    QCOMPARE(skipped.out, u"invalid.csv: 3 records read; imported 1 meeting.\n"_s);
    QCOMPARE(meetingCount(target), 1);
}

void TestCliImport::fieldsLongerThanTheirLimitsAreRefused()
{
    // A title of 5 MB, a place, a head's name and a summary past their limits; one fine row.
    const QByteArray title(5 * 1024 * 1024, 'T');
    const QByteArray csv = "title,date,place,heads_of_delegation,parties,summary\n" + title +
                           ",2021-01-01,Minsk,,RUS; BLR,\n"
                           "Talks,2021-01-02," +
                           QByteArray(201, 'P') +
                           ",,RUS; BLR,\n"
                           "Talks,2021-01-03,Minsk,\"RUS: Ivan " +
                           QByteArray(200, 'N') +
                           "\",RUS; BLR,\n"
                           "Talks,2021-01-04,Minsk,,RUS; BLR," +
                           QByteArray(100'001, 's') +
                           "\n"
                           "Talks,2021-01-05,Minsk,,RUS; BLR,Fine\n";
    const QString path = write(csv, u"long.csv"_s);
    const QString target = m_cli.filePath(u"long.entente"_s);
    const auto refused = m_cli.run({u"--catalogue"_s, target, u"import"_s, path});
    QCOMPARE(refused.exitCode, 2);
    for (const QString &expected :
         {u"long.csv:2: title: 5,242,880 characters, the limit is 1,000"_s,
          u"long.csv:3: place: 201 characters, the limit is 200"_s, u"long.csv:4: name: "_s,
          u"long.csv:5: summary: 100,001 characters, the limit is 100,000"_s})
        QVERIFY2(refused.err.contains(expected), qPrintable(expected));
    QVERIFY(refused.err.contains(u"205 characters, the limit is 200"_s));
    QVERIFY(refused.err.contains(u"4 invalid records: nothing was imported"_s));
    QCOMPARE(meetingCount(target), 0);
    const auto skipped =
        m_cli.run({u"--catalogue"_s, target, u"import"_s, path, u"--skip-invalid"_s});
    QCOMPARE(skipped.exitCode, 0);
    QCOMPARE(meetingCount(target), 1);
}

void TestCliImport::duplicatesAreSkippedUnlessAllowed()
{
    const QString csv = write("title,date,parties\nTalks,2014-03-03,RUS; KAZ\n", u"dup.csv"_s);
    const QString target = m_cli.filePath(u"dup.entente"_s);
    QCOMPARE(m_cli.run({u"--catalogue"_s, target, u"import"_s, csv}).exitCode, 0);
    const auto again = m_cli.run({u"--catalogue"_s, target, u"import"_s, csv});
    QCOMPARE(again.exitCode, 1);
    QVERIFY2(again.out.contains(u"dup.csv:2: “Talks” (2014-03-03) probably repeats meeting"_s),
             qPrintable(again.out));
    QCOMPARE(meetingCount(target), 1);
    const auto allowed =
        m_cli.run({u"--catalogue"_s, target, u"import"_s, csv, u"--allow-duplicates"_s});
    QCOMPARE(allowed.exitCode, 0);
    QCOMPARE(meetingCount(target), 2);
}

void TestCliImport::columnsOverrideTheGuess()
{
    const QString csv = write("A;B;C\n2015-06-01;Moscow;Consultations\n", u"cols.csv"_s);
    const QString target = m_cli.filePath(u"cols.entente"_s);
    const auto guessed = m_cli.run({u"--catalogue"_s, target, u"import"_s, csv});
    QCOMPARE(guessed.exitCode, 2);
    QVERIFY2(guessed.err.contains(u"no column holds the title"_s), qPrintable(guessed.err));
    const auto mapped = m_cli.run({u"--catalogue"_s, target, u"import"_s, csv, u"--columns"_s,
                                   u"date,place,title"_s, u"--format"_s, u"json"_s});
    QCOMPARE(mapped.exitCode, 0);
    const auto list = m_cli.run({u"--catalogue"_s, target, u"list"_s, u"--format"_s, u"json"_s});
    const QJsonObject m = QJsonDocument::fromJson(list.out.toUtf8()).array().at(0).toObject();
    QCOMPARE(m[u"title"_s].toString(), u"Consultations"_s);
    QCOMPARE(m[u"place"_s].toString(), u"Moscow"_s);
    const auto unknown = m_cli.run(
        {u"--catalogue"_s, target, u"import"_s, csv, u"--columns"_s, u"date,where,title"_s});
    QCOMPARE(unknown.exitCode, 2);
    QVERIFY(unknown.err.contains(u"“where” is not a field"_s));
}

void TestCliImport::malformedAndMissingFiles()
{
    const QString target = m_cli.filePath(u"bad.entente"_s);
    const QString truncated =
        write("[{\"title\": \"A\", \"start_date\": \"2016\"},\n{\"ti", u"cut.json"_s);
    const auto cut = m_cli.run({u"--catalogue"_s, target, u"import"_s, truncated});
    QCOMPARE(cut.exitCode, 2);
    QVERIFY2(cut.err.contains(u"cut.json is not a valid Entente JSON file: the file ends inside "
                              u"the meeting that starts on line 2"_s),
             qPrintable(cut.err));
    QCOMPARE(meetingCount(target), 0);
    const auto missing =
        m_cli.run({u"--catalogue"_s, target, u"import"_s, m_cli.filePath(u"none.csv"_s)});
    QCOMPARE(missing.exitCode, 1);
    QVERIFY(missing.err.contains(u"There is no file"_s));
    const auto folder = m_cli.run({u"--catalogue"_s, target, u"import"_s, m_cli.filePath({})});
    QCOMPARE(folder.exitCode, 2);
    QVERIFY2(folder.err.contains(u"is a folder"_s), qPrintable(folder.err));
    const auto device = m_cli.run({u"--catalogue"_s, target, u"import"_s, u"/dev/zero"_s});
    QCOMPARE(device.exitCode, 2);
    QVERIFY2(device.err.contains(u"/dev/zero is a device"_s), qPrintable(device.err));
    QCOMPARE(meetingCount(target), 0);
    const auto noArgument = m_cli.run({u"--catalogue"_s, target, u"import"_s});
    QCOMPARE(noArgument.exitCode, 2);
}

QTEST_GUILESS_MAIN(TestCliImport)
#include "tst_cliimport.moc"

// `entente search`, driven through the real binary: exit codes, the same JSON objects as `list`,
// spreadsheet-safe CSV, and malformed queries reported with a caret.

#include "clirunner.h"
#include "domain/meeting.h"
#include "storage/meetingrepository.h"
#include "testcatalogue.h"

#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace entente;

class TestCliSearch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void printsTheSameObjectsAsList();
    void findsWithExitCodeZeroAndNothingWithOne_data();
    void findsWithExitCodeZeroAndNothingWithOne();
    void refusesAMalformedQueryWithACaret_data();
    void refusesAMalformedQueryWithACaret();
    void refusesQueriesBeyondTheLimits_data();
    void refusesQueriesBeyondTheLimits();
    void printsATable();
    void writesSpreadsheetSafeCsv();
    void refusesAnUnknownFormat();
    void countsLimitsAndOffsets();
    void stopsQuietlyWhenTheReaderGoesAway();
    void printsTheFacetsTheWindowShows();

private:
    std::unique_ptr<CliRunner> m_cli;
};

void TestCliSearch::init()
{
    m_cli = std::make_unique<CliRunner>();
    QVERIFY(m_cli->isValid());
}

void TestCliSearch::printsTheSameObjectsAsList()
{
    const QJsonArray all = m_cli->listJson();
    QCOMPARE(all.size(), 2);
    // An empty query is every meeting, in the same order, as the same objects.
    const CliRunner::Run everything = m_cli->run({u"search"_s, u""_s, u"--format"_s, u"json"_s});
    QCOMPARE(everything.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(everything.out.toUtf8()).array(), all);

    const CliRunner::Run r =
        m_cli->run({u"search"_s, u"--format"_s, u"json"_s, u"format:one_to_one"_s});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.err, QString());
    const QJsonArray found = QJsonDocument::fromJson(r.out.toUtf8()).array();
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.at(0), all.at(1));
}

void TestCliSearch::findsWithExitCodeZeroAndNothingWithOne_data()
{
    QTest::addColumn<QStringList>("query");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<int>("count");
    QTest::newRow("month") << QStringList{u"date:2009-11"_s} << 0 << 2;
    QTest::newRow("several arguments are one query")
        << QStringList{u"country:Беларусь"_s, u"--"_s, u"-format:one_to_one"_s} << 0 << 1;
    QTest::newRow("exclusion inside one argument")
        << QStringList{u"country:Беларусь -format:one_to_one"_s} << 0 << 1;
    QTest::newRow("free text in Cyrillic script") << QStringList{u"ЛАВРОВ"_s} << 0 << 2;
    QTest::newRow("OR and a group")
        << QStringList{u"(place:Minsk OR place:Moscow) document:plan"_s} << 0 << 1;
    QTest::newRow("nothing") << QStringList{u"date:2010"_s} << 1 << 0;
    QTest::newRow("unknown country") << QStringList{u"country:Atlantis"_s} << 1 << 0;
    QTest::newRow("injection") << QStringList{u"'; DROP TABLE meetings; --x"_s} << 1 << 0;
}

void TestCliSearch::findsWithExitCodeZeroAndNothingWithOne()
{
    QFETCH(QStringList, query);
    QFETCH(int, exitCode);
    QFETCH(int, count);
    const CliRunner::Run r = m_cli->run(QStringList{u"search"_s, u"--format"_s, u"json"_s} + query);
    QCOMPARE(r.exitCode, exitCode);
    QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).array().size(), count);
    if (count == 0)
        QVERIFY(!r.err.isEmpty()); // a sentence saying why, for a person
    // Nothing was dropped along the way.
    QCOMPARE(m_cli->listJson().size(), 2);
}

void TestCliSearch::refusesAMalformedQueryWithACaret_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("caret");
    QTest::newRow("unknown field")
        << u"gas minster:x"_s << u"unknown field “minster”"_s << u"      ^^^^^^^"_s;
    QTest::newRow("unclosed quote") << u"a \"b"_s << u"unclosed quote"_s << u"    ^^"_s;
    QTest::newRow("impossible date")
        << u"date:2009-02-30"_s << u"February 2009 has 28 days"_s << u"       ^^^^^^^^^^"_s;
    QTest::newRow("unclosed parenthesis")
        << u"NEAR("_s << u"unclosed parenthesis"_s << u"      ^"_s;
    QTest::newRow("empty value") << u"country:"_s << u"needs a value"_s << u"  ^^^^^^^^"_s;
}

void TestCliSearch::refusesAMalformedQueryWithACaret()
{
    QFETCH(QString, query);
    QFETCH(QString, message);
    QFETCH(QString, caret);
    const CliRunner::Run r = m_cli->run({u"search"_s, query, u"--format"_s, u"json"_s});
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(r.out, QString()); // nothing ran, nothing printed
    const QStringList lines = r.err.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    QVERIFY2(lines.at(0).startsWith(u"entente search: "_s) && lines.at(0).contains(message),
             qPrintable(lines.at(0)));
    QVERIFY(lines.at(0).contains(u"(at character "_s));
    QCOMPARE(lines.at(1), u"  "_s + query);
    QCOMPARE(lines.at(2), caret);
}

void TestCliSearch::refusesQueriesBeyondTheLimits_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("limit");
    QStringList alternatives;
    for (int i = 0; i < 1000; ++i)
        alternatives.append(u"w%1"_s.arg(i));
    for (const QString &command : {u"search"_s, u"report"_s, u"export"_s}) {
        const auto row = [&](const char *name) -> QTestData & {
            return QTest::newRow(QByteArray(command.toUtf8() + ' ' + name).constData());
        };
        row("4,000 nested parentheses")
            << command << u"("_s.repeated(4000) + u"Lavrov"_s + u")"_s.repeated(4000)
            << u"the limit is 100"_s;
        row("1,000 OR terms") << command << alternatives.join(u" OR "_s) << u"the limit is 256"_s;
        row("10,001 characters") << command << u"x"_s.repeated(10'001) << u"the limit is 10000"_s;
    }
}

void TestCliSearch::refusesQueriesBeyondTheLimits()
{
    QFETCH(QString, command);
    QFETCH(QString, query);
    QFETCH(QString, limit);
    QStringList arguments{command, query};
    if (command != u"search")
        arguments.append(
            {u"-o"_s, m_cli->filePath(command == u"report" ? u"r.pdf"_s : u"e.json"_s)});
    const CliRunner::Run r = m_cli->run(arguments);
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(r.out, QString());
    QVERIFY2(r.err.contains(limit), qPrintable(r.err.left(300)));
    QVERIFY(!QFileInfo::exists(m_cli->filePath(u"r.pdf"_s)));
    QVERIFY(!QFileInfo::exists(m_cli->filePath(u"e.json"_s)));
}

void TestCliSearch::printsATable()
{
    const CliRunner::Run r = m_cli->run({u"search"_s, u"minister:Martynov"_s});
    QCOMPARE(r.exitCode, 0);
    const QStringList lines = r.out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 4); // header, dashes, the meeting and its sub-event
    QVERIFY(lines.at(2).contains(u"2009-11-25"_s));
    QVERIFY(lines.at(3).contains(u"↳ Separate conversation"_s));
}

void TestCliSearch::writesSpreadsheetSafeCsv()
{
    // A catalogue of our own, holding text a spreadsheet would run as a formula.
    test::TestCatalogue catalogue;
    Meeting m;
    m.title = u"=HYPERLINK(\"http://evil.example\",\"Talks, \"\"round\"\" two\")"_s;
    m.start = PartialDate::month(2011, 4);
    m.place = u"@Minsk"_s;
    m.summary = u"-1+1\nsecond line"_s;
    m.parties = {{u"BLR"_s, PartyRole::Host}};
    QVERIFY(MeetingRepository(*catalogue).create(m));
    const QString path = catalogue.path();
    catalogue.close();

    const CliRunner::Run r =
        m_cli->run({u"--catalogue"_s, path, u"search"_s, u"date:2011"_s, u"--format"_s, u"csv"_s});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.endsWith(u"\r\n"_s));
    const QStringList records = r.out.split(u"\r\n"_s, Qt::SkipEmptyParts);
    QCOMPARE(records.size(), 2); // the header and one meeting (its summary keeps its line break)
    QVERIFY(records.at(0).startsWith(u"id,parent_id,start_date,end_date,title,place"_s));
    const QString row = records.at(1);
    QVERIFY2(row.contains(u",2011-04,2011-04,"_s), qPrintable(row)); // ISO dates at precision
    QVERIFY2(row.contains(u",\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"Talks, "
                          "\"\"\"\"round\"\"\"\" two\"\")\",'@Minsk,"_s),
             qPrintable(row));
    QVERIFY2(row.contains(u"\"'-1+1\nsecond line\""_s), qPrintable(row));
}

void TestCliSearch::refusesAnUnknownFormat()
{
    const CliRunner::Run r = m_cli->run({u"search"_s, u"x"_s, u"--format"_s, u"xml"_s});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains(u"use table, json or csv"_s));
}

// `report` paints its pages: a QGuiApplication, on the offscreen platform.
void TestCliSearch::countsLimitsAndOffsets()
{
    const QJsonArray all = m_cli->listJson(); // the sample meeting and its sub-event
    QCOMPARE(all.size(), 2);
    const auto json = [this](const QStringList &arguments) {
        const CliRunner::Run r = m_cli->run(arguments + QStringList{u"--format"_s, u"json"_s});
        return std::pair{r.exitCode, QJsonDocument::fromJson(r.out.toUtf8()).array()};
    };
    QCOMPARE(json({u"list"_s, u"--limit"_s, u"1"_s}), (std::pair{0, QJsonArray{all.at(0)}}));
    QCOMPARE(json({u"list"_s, u"--offset"_s, u"1"_s}), (std::pair{0, QJsonArray{all.at(1)}}));
    QCOMPARE(json({u"search"_s, u"Lavrov"_s, u"--offset"_s, u"1"_s, u"--limit"_s, u"5"_s}),
             (std::pair{0, QJsonArray{all.at(1)}}));
    QCOMPARE(json({u"list"_s, u"--limit"_s, u"0"_s}), (std::pair{1, QJsonArray{}}));

    const auto count = [this](const QStringList &arguments) {
        const CliRunner::Run r = m_cli->run(arguments + QStringList{u"--count"_s});
        return std::pair{r.exitCode, r.out};
    };
    QCOMPARE(count({u"list"_s}), (std::pair{0, u"2\n"_s}));
    QCOMPARE(count({u"search"_s, u"format:one_to_one"_s}), (std::pair{0, u"1\n"_s}));
    QCOMPARE(count({u"search"_s, u"Лавров"_s}), (std::pair{0, u"2\n"_s}));
    QCOMPARE(count({u"search"_s, u"Lavrov"_s, u"--limit"_s, u"1"_s}), (std::pair{0, u"1\n"_s}));
    QCOMPARE(count({u"list"_s, u"--offset"_s, u"1"_s}), (std::pair{0, u"1\n"_s}));
    QCOMPARE(count({u"list"_s, u"--offset"_s, u"7"_s}), (std::pair{1, u"0\n"_s}));
    QCOMPARE(count({u"search"_s, u"nowhere-to-be-found"_s}), (std::pair{1, u"0\n"_s}));

    const CliRunner::Run bad = m_cli->run({u"list"_s, u"--limit"_s, u"some"_s});
    QCOMPARE(bad.exitCode, 2);
    QVERIFY2(bad.err.contains(u"--limit"_s), qPrintable(bad.err));
}

void TestCliSearch::stopsQuietlyWhenTheReaderGoesAway()
{
    // The real binary in a real pipeline: `list | head` on a catalogue far longer than what head
    // reads, each output format.
    CliRunner real(QStringLiteral(ENTENTE_BINARY));
    QVERIFY(real.isValid());
    const QString file = real.filePath(u"many.entente"_s);
    QCOMPARE(real.run({u"--catalogue"_s, file, u"generate"_s, u"--meetings"_s, u"3000"_s,
                       u"--seed"_s, u"3"_s})
                 .exitCode,
             0);
    for (const QString &format : {u"table"_s, u"json"_s, u"csv"_s}) {
        QProcess shell;
        shell.start(u"bash"_s, {u"-c"_s,
                                u"\"$0\" --catalogue \"$1\" list --format \"$2\" | head -n 3; "
                                "echo \"exit ${PIPESTATUS[0]}\""_s,
                                QStringLiteral(ENTENTE_BINARY), file, format});
        QVERIFY(shell.waitForFinished(60000));
        const QStringList lines =
            QString::fromUtf8(shell.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 4);
        QCOMPARE(lines.last(), u"exit 0"_s);
        QCOMPARE(QString::fromUtf8(shell.readAllStandardError()), QString());
    }
}

void TestCliSearch::printsTheFacetsTheWindowShows()
{
    const CliRunner::Run r = m_cli->run({u"facets"_s, u"--format"_s, u"json"_s});
    QCOMPARE(r.exitCode, 0);
    const QJsonArray facets = QJsonDocument::fromJson(r.out.toUtf8()).array();
    QStringList codes;
    QHash<QString, QJsonArray> values;
    for (const QJsonValue &f : facets) {
        codes.append(f[u"facet"_s].toString());
        values.insert(f[u"facet"_s].toString(), f[u"values"_s].toArray());
    }
    QCOMPARE(codes, (QStringList{u"parties"_s, u"heads"_s, u"years"_s, u"formats"_s,
                                 u"document_kinds"_s, u"topics"_s}));
    // The sample and its sub-event count once, as the window counts them.
    QCOMPARE(values[u"years"_s].size(), 1);
    QCOMPARE(values[u"years"_s][0][u"value"_s].toString(), u"2009"_s);
    QCOMPARE(values[u"years"_s][0][u"count"_s].toInt(), 1);
    QCOMPARE(values[u"years"_s][0][u"term"_s].toString(), u"date:2009"_s);
    QStringList parties;
    for (const QJsonValue &v : values[u"parties"_s])
        parties.append(v[u"value"_s].toString());
    parties.sort();
    QCOMPARE(parties, (QStringList{u"BLR"_s, u"RUS"_s}));
    QCOMPARE(values[u"heads"_s].size(), 2);

    const CliRunner::Run table = m_cli->run({u"facets"_s, u"head:Lavrov"_s});
    QCOMPARE(table.exitCode, 0);
    QVERIFY2(table.out.contains(u"Heads of delegation"_s), qPrintable(table.out));
    QVERIFY2(table.out.contains(u"date:2009"_s), qPrintable(table.out));
    QCOMPARE(m_cli->run({u"facets"_s, u"nowhere-to-be-found"_s}).exitCode, 1);
    QCOMPARE(m_cli->run({u"facets"_s, u"--limit"_s, u"0"_s}).exitCode, 2);
}

QTEST_MAIN(TestCliSearch)
#include "tst_clisearch.moc"

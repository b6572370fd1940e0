// `entente report`, `dossier` and `export`, driven through the real binary as a script would:
// what they write, and their exit codes.

#include "clirunner.h"
#include "pdftext.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using entente::test::PdfText::flattened;

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QString pdfText(const QString &path)
{
    return flattened(entente::test::PdfText::pages(path).join(u' '));
}

} // namespace

class TestCliReports : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();

    void reportOfEveryMeeting();
    void reportOfAQuery();
    void reportFindingNothingSaysSoAndExitsWithOne();
    void paperOrientationAndTitle();
    void reportNeedsNoDisplay();
    void dossierOfIds();
    void dossierOfAMissingIdWritesNothing();
    void exportJson();
    void exportCsv();
    void exportFindingNothing();
    void badUsage_data();
    void badUsage();
    void unwritableOutput_data();
    void unwritableOutput();
    void missingCatalogue();
    void help();

private:
    std::unique_ptr<CliRunner> m_cli;
    QString m_catalogue;
};

void TestCliReports::init()
{
    m_cli = std::make_unique<CliRunner>();
    QVERIFY(m_cli->isValid());
    // The default catalogue with the sample, copied: commands here only read it.
    m_catalogue = m_cli->copyOfDefaultCatalogue(u"sample.entente"_s);
    QVERIFY(!m_catalogue.isEmpty());
}

void TestCliReports::reportOfEveryMeeting()
{
    const QString out = m_cli->filePath(u"report.pdf"_s);
    const auto r = m_cli->run({u"--catalogue"_s, m_catalogue, u"report"_s, u"-o"_s, out});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.err, QString());
    QCOMPARE(r.out, QString());
    const QStringList pages = entente::test::PdfText::pages(out);
    QCOMPARE(pages.size(), 3);
    const QString text = flattened(pages.join(u' '));
    QVERIFY(text.contains(u"SEARCH REPORT Bilateral meetings"_s));
    QVERIFY(text.contains(u"Covers Every meeting in the catalogue."_s));
    QVERIFY(text.contains(u"Page 3 of 3"_s));
    QVERIFY(text.contains(u"Russia: Sergey Lavrov"_s));
    const auto info = entente::test::PdfText::info(out);
    QCOMPARE(info.value(u"Title"_s), u"Bilateral meetings"_s);
    QCOMPARE(info.value(u"Creator"_s), u"Entente "_s + QStringLiteral(ENTENTE_VERSION_TEXT));
}

void TestCliReports::reportOfAQuery()
{
    const QString out = m_cli->filePath(u"lavrov.pdf"_s);
    // Several words are one query.
    const auto r = m_cli->run({u"--catalogue"_s, m_catalogue, u"report"_s, u"minister:Lavrov"_s,
                               u"country:BLR"_s, u"-o"_s, out, u"--dossiers"_s});
    QCOMPARE(r.exitCode, 0);
    const QString text = pdfText(out);
    QVERIFY2(text.contains(u"Query minister:Lavrov country:BLR"_s), qPrintable(text));
    QVERIFY(text.contains(u"Meetings with “Lavrov” in a delegation, with “BLR” taking part."_s));
    QVERIFY(text.contains(u"MEETING DOSSIER"_s));
    QVERIFY(text.contains(u"Separate conversation of Sergey Lavrov and Sergey Martynov"_s));
}

void TestCliReports::reportFindingNothingSaysSoAndExitsWithOne()
{
    const QString out = m_cli->filePath(u"none.pdf"_s);
    const auto r =
        m_cli->run({u"--catalogue"_s, m_catalogue, u"report"_s, u"date:1990"_s, u"-o"_s, out});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains(u"No meetings match"_s));
    const QString text = pdfText(out);
    QVERIFY(text.contains(u"No meetings match."_s));
    QVERIFY(text.contains(u"Meetings in 1990."_s));
}

void TestCliReports::paperOrientationAndTitle()
{
    const QString out = m_cli->filePath(u"letter.pdf"_s);
    const auto r =
        m_cli->run({u"--catalogue"_s, m_catalogue, u"report"_s, u"-o"_s, out, u"--paper"_s,
                    u"letter"_s, u"--landscape"_s, u"--title"_s, u"Россия и Беларусь"_s});
    QCOMPARE(r.exitCode, 0);
    const auto info = entente::test::PdfText::info(out);
    QVERIFY(info.value(u"Page size"_s).startsWith(u"792 x 612 pts"_s));
    QCOMPARE(info.value(u"Title"_s), u"Россия и Беларусь"_s);
    QVERIFY(pdfText(out).startsWith(u"Россия и Беларусь"_s));
}

void TestCliReports::reportNeedsNoDisplay()
{
    // No platform, no display: the command picks the offscreen platform itself.
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &name : {u"QT_QPA_PLATFORM"_s, u"DISPLAY"_s, u"WAYLAND_DISPLAY"_s})
        env.remove(name);
    env.insert(u"HOME"_s, m_cli->filePath(u"home"_s));
    env.insert(u"XDG_DATA_HOME"_s, m_cli->dataHome());
    process.setProcessEnvironment(env);
    const QString out = m_cli->filePath(u"headless.pdf"_s);
    process.start(QStringLiteral(ENTENTE_BINARY),
                  {u"--catalogue"_s, m_catalogue, u"dossier"_s, u"1"_s, u"-o"_s, out});
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitCode(), 0);
    QVERIFY(pdfText(out).contains(u"MEETING DOSSIER"_s));
}

void TestCliReports::dossierOfIds()
{
    const QString out = m_cli->filePath(u"dossiers.pdf"_s);
    const auto r =
        m_cli->run({u"--catalogue"_s, m_catalogue, u"dossier"_s, u"1"_s, u"2"_s, u"-o"_s, out});
    QCOMPARE(r.exitCode, 0);
    const QStringList pages = entente::test::PdfText::pages(out);
    QVERIFY(pages.size() >= 3);
    QVERIFY(flattened(pages.first()).contains(u"MEETING DOSSIER"_s));
    const QString text = flattened(pages.join(u' '));
    QVERIFY(text.contains(u"SUB-EVENT DOSSIER · Record 2"_s));
    QVERIFY(text.contains(u"Part of Joint meeting of the collegiums"_s));
    QCOMPARE(entente::test::PdfText::info(out).value(u"Title"_s), u"Meeting dossiers"_s);
}

void TestCliReports::dossierOfAMissingIdWritesNothing()
{
    const QString out = m_cli->filePath(u"missing.pdf"_s);
    const auto r =
        m_cli->run({u"--catalogue"_s, m_catalogue, u"dossier"_s, u"1"_s, u"99"_s, u"-o"_s, out});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains(u"99"_s));
    QVERIFY(!QFileInfo::exists(out));
}

void TestCliReports::exportJson()
{
    const QString out = m_cli->filePath(u"all.json"_s);
    const auto r = m_cli->run({u"--catalogue"_s, m_catalogue, u"export"_s, u"-o"_s, out});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, QString());
    const QJsonArray array = QJsonDocument::fromJson(readAll(out)).array();
    QCOMPARE(array.size(), 2);
    // The same objects as `list --format json`, extended.
    const QJsonArray listed = m_cli->listJson();
    for (qsizetype i = 0; i < listed.size(); ++i) {
        const QJsonObject exported = array.at(i).toObject();
        const QJsonObject plain = listed.at(i).toObject();
        for (auto it = plain.begin(); it != plain.end(); ++it) {
            if (it.key() != u"delegations" && it.key() != u"documents")
                QCOMPARE(exported.value(it.key()), it.value());
        }
    }
    const QJsonObject head = array.at(0)[u"delegations"_s].toArray().at(1)[u"head"_s].toObject();
    QCOMPARE(head[u"person"_s][u"aliases"_s].toArray().at(1).toString(), u"Сяргей Мартынаў"_s);

    // A query, and --format over the extension.
    const QString named = m_cli->filePath(u"named.txt"_s);
    const auto q = m_cli->run({u"--catalogue"_s, m_catalogue, u"export"_s, u"format:one_to_one"_s,
                               u"-o"_s, named, u"--format"_s, u"json"_s});
    QCOMPARE(q.exitCode, 0);
    // The sub-event found brings its meeting, first.
    const QJsonArray found = QJsonDocument::fromJson(readAll(named)).array();
    QCOMPARE(found.size(), 2);
    QVERIFY(found.at(0)[u"parent_id"_s].isNull());
    QCOMPARE(found.at(1)[u"format"_s].toString(), u"one_to_one"_s);
}

void TestCliReports::exportCsv()
{
    const QString out = m_cli->filePath(u"all.csv"_s);
    const auto r =
        m_cli->run({u"--catalogue"_s, m_catalogue, u"export"_s, u"-o"_s, out, u"--bom"_s});
    QCOMPARE(r.exitCode, 0);
    const QByteArray bytes = readAll(out);
    QVERIFY(bytes.startsWith("\xEF\xBB\xBFid,parent_id,start_date,end_date,title,"));
    QCOMPARE(bytes.count("\r\n"), 3);
    QVERIFY(bytes.contains(",RUS: Sergey Lavrov (Minister of Foreign Affairs of the Russian "
                           "Federation); BLR: Sergey Martynov"));
}

void TestCliReports::exportFindingNothing()
{
    const QString out = m_cli->filePath(u"none.json"_s);
    const auto r =
        m_cli->run({u"--catalogue"_s, m_catalogue, u"export"_s, u"date:1990"_s, u"-o"_s, out});
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(readAll(out), QByteArray("[]\n"));
}

void TestCliReports::badUsage_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("report without -o") << QStringList{u"report"_s} << u"-o FILE"_s;
    QTest::newRow("unknown paper")
        << QStringList{u"report"_s, u"-o"_s, u"x.pdf"_s, u"--paper"_s, u"a5"_s}
        << u"unknown paper “a5”"_s;
    QTest::newRow("malformed query")
        << QStringList{u"report"_s, u"(minister:Lavrov"_s, u"-o"_s, u"x.pdf"_s} << u"^"_s;
    QTest::newRow("dossier without ids")
        << QStringList{u"dossier"_s, u"-o"_s, u"x.pdf"_s} << u"at least one meeting"_s;
    QTest::newRow("dossier of a word")
        << QStringList{u"dossier"_s, u"first"_s, u"-o"_s, u"x.pdf"_s} << u"“first”"_s;
    QTest::newRow("export without -o") << QStringList{u"export"_s} << u"-o FILE"_s;
    QTest::newRow("export of an unknown kind of file")
        << QStringList{u"export"_s, u"-o"_s, u"x.txt"_s} << u".csv or .json"_s;
    QTest::newRow("export in an unknown format")
        << QStringList{u"export"_s, u"-o"_s, u"x.csv"_s, u"--format"_s, u"xml"_s}
        << u"unknown format “xml”"_s;
    QTest::newRow("export with a malformed query")
        << QStringList{u"export"_s, u"date:2009-13"_s, u"-o"_s, u"x.csv"_s} << u"^"_s;
}

void TestCliReports::badUsage()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const auto r = m_cli->run(QStringList{u"--catalogue"_s, m_catalogue} + arguments);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QCOMPARE(r.out, QString());
    QVERIFY(!QFileInfo::exists(m_cli->filePath(u"x.pdf"_s)));
}

void TestCliReports::unwritableOutput_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("path");
    // Under a file, not a folder: nobody can write there, root included.
    QTest::newRow("report") << QStringList{u"report"_s, u"-o"_s, u"/etc/hostname/r.pdf"_s}
                            << u"/etc/hostname/r.pdf"_s;
    QTest::newRow("dossier") << QStringList{u"dossier"_s, u"1"_s, u"-o"_s, u"/etc/hostname/d.pdf"_s}
                             << u"/etc/hostname/d.pdf"_s;
    QTest::newRow("export") << QStringList{u"export"_s, u"-o"_s, u"/no/such/folder/e.json"_s}
                            << u"/no/such/folder/e.json"_s;
}

void TestCliReports::unwritableOutput()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, path);
    const auto r = m_cli->run(QStringList{u"--catalogue"_s, m_catalogue} + arguments);
    QCOMPARE(r.exitCode, 4);
    QVERIFY2(r.err.startsWith(u"entente: Cannot write the "_s), qPrintable(r.err));
    QVERIFY(r.err.contains(path));
    QCOMPARE(r.err.count(u'\n'), 1); // one line for a person; the detail goes to the log
}

void TestCliReports::missingCatalogue()
{
    const QString out = m_cli->filePath(u"x.pdf"_s);
    const auto r = m_cli->run(
        {u"--catalogue"_s, m_cli->filePath(u"none.entente"_s), u"report"_s, u"-o"_s, out});
    QCOMPARE(r.exitCode, 3);
    QVERIFY(!QFileInfo::exists(out));
}

void TestCliReports::help()
{
    const auto general = m_cli->run({u"--help"_s});
    QCOMPARE(general.exitCode, 0);
    for (const QString &command : {u"report"_s, u"dossier"_s, u"export"_s})
        QVERIFY(general.out.contains(u"  "_s + command + u" "_s));
    const auto report = m_cli->run({u"report"_s, u"--help"_s});
    QCOMPARE(report.exitCode, 0);
    for (const QString &option : {u"--dossiers"_s, u"--paper a4|letter"_s, u"--landscape"_s,
                                  u"--title TITLE"_s, u"-o, --output FILE"_s})
        QVERIFY2(report.out.contains(option), qPrintable(report.out));
    const auto exportHelp = m_cli->run({u"help"_s, u"export"_s});
    QCOMPARE(exportHelp.exitCode, 0);
    QVERIFY(exportHelp.out.contains(u"--keep-formulas"_s));
    QVERIFY(exportHelp.out.contains(u"--bom"_s));
}

QTEST_MAIN(TestCliReports)
#include "tst_clireports.moc"

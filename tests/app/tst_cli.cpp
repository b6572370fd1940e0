// The commands of `entente` and what they print, driven through the real binary as a script would.
// Every test gets its own HOME and XDG folders, so the default catalogue starts fresh.

#include "clirunner.h"
#include "storage/catalogue.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

const QString meetingTitle =
    u"Joint meeting of the collegiums of the foreign ministries of Russia and Belarus"_s;

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();

    void firstListShowsSampleAsJson();
    void showPrintsTheSameObjectAsList();
    void tablesAreReadable();
    void showOfMissingIdFindsNothing();
    void readCommandsDoNotChangeTheCatalogue();
    void emptyCatalogueFindsNothing();
    void checkSaysOk();
    void backupListAndRestore();
    void salvageWritesANewCatalogue();
    void whoHeld_data();
    void whoHeld();
    void help_data();
    void help();
    void version();

private:
    std::unique_ptr<CliRunner> m_cli;
};

void TestCli::init()
{
    m_cli = std::make_unique<CliRunner>();
    QVERIFY(m_cli->isValid());
}

void TestCli::firstListShowsSampleAsJson()
{
    QVERIFY(!QFileInfo::exists(m_cli->defaultCatalogue()));
    const CliRunner::Run r = m_cli->run({u"list"_s, u"--format"_s, u"json"_s});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.err, QString());
    QVERIFY(QFileInfo::exists(m_cli->defaultCatalogue()));

    const QJsonArray meetings = QJsonDocument::fromJson(r.out.toUtf8()).array();
    QCOMPARE(meetings.size(), 2);
    const QJsonObject meeting = meetings.at(0).toObject();
    const QJsonObject subEvent = meetings.at(1).toObject();

    QVERIFY(meeting.value(u"id"_s).toInteger() > 0);
    QVERIFY(meeting.value(u"parent_id"_s).isNull());
    QCOMPARE(meeting.value(u"title"_s).toString(), meetingTitle);
    QCOMPARE(meeting.value(u"start_date"_s).toString(), u"2009-11-25"_s);
    QCOMPARE(meeting.value(u"end_date"_s).toString(), u"2009-11-25"_s);
    QCOMPARE(meeting.value(u"place"_s).toString(), u"Moscow"_s);
    QCOMPARE(meeting.value(u"country"_s).toString(), u"RUS"_s);
    QCOMPARE(meeting.value(u"format"_s).toString(), u"joint_collegium"_s);
    QCOMPARE(meeting.value(u"status"_s).toString(), u"held"_s);
    QVERIFY(meeting.value(u"tone"_s).toString().contains(u"mutual understanding"_s));

    const QJsonArray parties = meeting.value(u"parties"_s).toArray();
    QCOMPARE(parties.size(), 2);
    QCOMPARE(parties.at(0).toObject(),
             (QJsonObject{{u"country"_s, u"RUS"_s}, {u"role"_s, u"host"_s}}));
    QCOMPARE(parties.at(1).toObject(),
             (QJsonObject{{u"country"_s, u"BLR"_s}, {u"role"_s, u"guest"_s}}));

    const QJsonArray delegations = meeting.value(u"delegations"_s).toArray();
    QCOMPARE(delegations.size(), 2);
    const QJsonObject russianHead = delegations.at(0).toObject().value(u"head"_s).toObject();
    const QJsonObject belarusianHead = delegations.at(1).toObject().value(u"head"_s).toObject();
    QCOMPARE(delegations.at(0).toObject().value(u"country"_s).toString(), u"RUS"_s);
    QCOMPARE(russianHead.value(u"name"_s).toString(), u"Sergey Lavrov"_s);
    QCOMPARE(russianHead.value(u"position"_s).toString(),
             u"Minister of Foreign Affairs of the Russian Federation"_s);
    QCOMPARE(delegations.at(1).toObject().value(u"country"_s).toString(), u"BLR"_s);
    QCOMPARE(belarusianHead.value(u"name"_s).toString(), u"Sergey Martynov"_s);
    QCOMPARE(belarusianHead.value(u"position"_s).toString(),
             u"Minister of Foreign Affairs of the Republic of Belarus"_s);

    const QJsonArray documents = meeting.value(u"documents"_s).toArray();
    QCOMPARE(documents.size(), 2);
    const QJsonObject programme = documents.at(0).toObject();
    const QJsonObject plan = documents.at(1).toObject();
    QCOMPARE(programme.value(u"kind"_s).toString(), u"programme"_s);
    QCOMPARE(programme.value(u"action"_s).toString(), u"adopted"_s);
    QCOMPARE(programme.value(u"period"_s).toObject(),
             (QJsonObject{{u"start"_s, u"2010"_s}, {u"end"_s, u"2011"_s}}));
    QCOMPARE(plan.value(u"kind"_s).toString(), u"plan"_s);
    QCOMPARE(plan.value(u"action"_s).toString(), u"signed"_s);
    QCOMPARE(plan.value(u"period"_s).toObject(),
             (QJsonObject{{u"start"_s, u"2010"_s}, {u"end"_s, u"2010"_s}}));

    const QJsonArray topics = meeting.value(u"topics"_s).toArray();
    QVERIFY(topics.contains(u"European security architecture"_s));
    QVERIFY(topics.contains(u"WTO accession"_s));

    QCOMPARE(subEvent.value(u"parent_id"_s).toInteger(), meeting.value(u"id"_s).toInteger());
    QCOMPARE(subEvent.value(u"title"_s).toString(),
             u"Separate conversation of Sergey Lavrov and Sergey Martynov"_s);
    QCOMPARE(meeting.value(u"sub_event_ids"_s).toArray(), QJsonArray{subEvent.value(u"id"_s)});
}

void TestCli::showPrintsTheSameObjectAsList()
{
    const QJsonArray meetings = m_cli->listJson();
    QCOMPARE(meetings.size(), 2);
    for (const QJsonValue &meeting : meetings) {
        const QString id = QString::number(meeting.toObject().value(u"id"_s).toInteger());
        const CliRunner::Run r = m_cli->run({u"show"_s, id, u"--format"_s, u"json"_s});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).object(), meeting.toObject());
    }
}

void TestCli::tablesAreReadable()
{
    const CliRunner::Run list = m_cli->run({u"list"_s});
    QCOMPARE(list.exitCode, 0);
    QCOMPARE(list.err, QString());
    QVERIFY2(list.out.contains(meetingTitle), qPrintable(list.out));
    QVERIFY(list.out.contains(u"2009-11-25"_s));
    QVERIFY(list.out.contains(u"Moscow, RUS"_s));
    QVERIFY(list.out.contains(u"Sergey Lavrov, Sergey Martynov"_s));
    // A header, its rule and two meetings, every column starting at the same place.
    const QStringList lines = list.out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 4);
    const qsizetype titleColumn = lines.at(0).indexOf(u"Title"_s);
    QCOMPARE(lines.at(2).indexOf(meetingTitle), titleColumn);

    const QString id =
        QString::number(m_cli->listJson().at(0).toObject().value(u"id"_s).toInteger());
    const CliRunner::Run show = m_cli->run({u"show"_s, id});
    QCOMPARE(show.exitCode, 0);
    QVERIFY(show.out.contains(meetingTitle));
    QVERIFY(show.out.contains(u"Sergey Martynov, Minister of Foreign Affairs of the Republic of "
                              "Belarus (head)"_s));
    QVERIFY(show.out.contains(u"Plan of Consultations"_s));
}

void TestCli::showOfMissingIdFindsNothing()
{
    const CliRunner::Run r = m_cli->run({u"show"_s, u"999999"_s});
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.out, QString());
    QVERIFY(r.err.contains(u"999999"_s));
}

void TestCli::readCommandsDoNotChangeTheCatalogue()
{
    const QString path = m_cli->copyOfDefaultCatalogue(u"kept.entente"_s);
    const QByteArray before = FileBytes::read(path);
    const QDateTime modified = QFileInfo(path).lastModified();
    QCOMPARE(m_cli->run({u"--catalogue"_s, path, u"list"_s}).exitCode, 0);
    QCOMPARE(m_cli->run({u"list"_s, u"--format"_s, u"json"_s, u"--catalogue"_s, path}).exitCode, 0);
    QCOMPARE(m_cli->run({u"--catalogue"_s, path, u"show"_s, u"1"_s}).exitCode, 0);
    QCOMPARE(m_cli->run({u"--catalogue"_s, path, u"check"_s}).exitCode, 0);
    QCOMPARE(m_cli->run({u"--catalogue"_s, path, u"who-held"_s, u"Minister of Foreign Affairs"_s})
                 .exitCode,
             0);
    QCOMPARE(FileBytes::read(path), before);
    QCOMPARE(QFileInfo(path).lastModified(), modified);
    // SQLite may leave an empty write-ahead log beside a WAL catalogue it read; nothing in it.
    QCOMPARE(QFileInfo(path + u"-wal"_s).size(), 0);
}

void TestCli::emptyCatalogueFindsNothing()
{
    const QString path = m_cli->filePath(u"empty.entente"_s);
    {
        entente::Catalogue::Options options;
        options.createIfMissing = true;
        auto catalogue = entente::Catalogue::open(path, options);
        QVERIFY2(catalogue.ok(),
                 qPrintable(catalogue.ok() ? QString() : catalogue.error().message));
    }
    const CliRunner::Run table = m_cli->run({u"--catalogue"_s, path, u"list"_s});
    QCOMPARE(table.exitCode, 1);
    QCOMPARE(table.out, QString());
    QVERIFY(!table.err.isEmpty());

    const CliRunner::Run json =
        m_cli->run({u"--catalogue"_s, path, u"list"_s, u"--format"_s, u"json"_s});
    QCOMPARE(json.exitCode, 1);
    QCOMPARE(json.out, u"[]\n"_s);
}

void TestCli::backupListAndRestore()
{
    // The default catalogue with the sample meeting: backed up, listed, restored.
    QCOMPARE(m_cli->run({u"list"_s}).exitCode, 0);
    const QString catalogue = m_cli->defaultCatalogue();
    QCOMPARE(m_cli->run({u"backups"_s}).exitCode, 1);
    const QJsonDocument none =
        QJsonDocument::fromJson(m_cli->run({u"backups"_s, u"--format"_s, u"json"_s}).out.toUtf8());
    QVERIFY(none.isArray() && none.array().isEmpty());

    const CliRunner::Run made = m_cli->run({u"backup"_s});
    QCOMPARE(made.exitCode, 0);
    const QString backup = made.out.trimmed();
    QVERIFY2(backup.startsWith(catalogue + u".backups/"_s), qPrintable(backup));
    QVERIFY(QFileInfo::exists(backup));
    const CliRunner::Run listed = m_cli->run({u"backups"_s, u"--format"_s, u"json"_s});
    QCOMPARE(listed.exitCode, 0);
    const QJsonArray rows = QJsonDocument::fromJson(listed.out.toUtf8()).array();
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.at(0)[u"path"_s].toString(), backup);
    QCOMPARE(rows.at(0)[u"size"_s].toInteger(), QFileInfo(backup).size());

    // Never over the catalogue or its backups; elsewhere with --to.
    QCOMPARE(m_cli->run({u"backup"_s, u"--to"_s, catalogue}).exitCode, 2);
    QCOMPARE(m_cli->run({u"backup"_s, u"--to"_s, backup}).exitCode, 2);
    const QString elsewhere = m_cli->filePath(u"copy.entente"_s);
    QCOMPARE(m_cli->run({u"backup"_s, u"--to"_s, elsewhere}).exitCode, 0);
    QVERIFY(QFileInfo::exists(elsewhere));

    // Restored from a file that is not a catalogue: refused, nothing changed.
    const QByteArray before = FileBytes::read(catalogue);
    const QString text = m_cli->filePath(u"notes.txt"_s);
    QVERIFY(FileBytes::write(text, "not a catalogue\n"));
    const CliRunner::Run refused = m_cli->run({u"restore"_s, text});
    QCOMPARE(refused.exitCode, 2);
    QVERIFY2(refused.err.contains(u"is not an Entente catalogue"_s), qPrintable(refused.err));
    QCOMPARE(FileBytes::read(catalogue), before);

    const CliRunner::Run restored = m_cli->run({u"restore"_s, backup});
    QCOMPARE(restored.exitCode, 0);
    QVERIFY2(restored.err.contains(u".before-restore-"_s), qPrintable(restored.err));
    QCOMPARE(m_cli->run({u"check"_s}).out, u"ok\n"_s);
    QCOMPARE(m_cli->listJson().size(), 2); // the sample meeting and its one-to-one
}

void TestCli::salvageWritesANewCatalogue()
{
    QCOMPARE(m_cli->run({u"list"_s}).exitCode, 0);
    const QString target = m_cli->filePath(u"salvaged.entente"_s);
    const CliRunner::Run r = m_cli->run({u"salvage"_s, m_cli->defaultCatalogue(), target});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.startsWith(u"Recovered 2 meetings (sub-events included), 2 outcome documents "
                              "and 2 people into "_s),
             qPrintable(r.out));
    QVERIFY(r.out.endsWith(u"Nothing was lost.\n"_s));
    QCOMPARE(m_cli->run({u"--catalogue"_s, target, u"check"_s}).out, u"ok\n"_s);
    // Never over an existing file.
    const CliRunner::Run again = m_cli->run({u"salvage"_s, m_cli->defaultCatalogue(), target});
    QCOMPARE(again.exitCode, 2);
    QVERIFY2(again.err.contains(u"already exists"_s), qPrintable(again.err));
}

void TestCli::checkSaysOk()
{
    const CliRunner::Run r = m_cli->run({u"check"_s});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, u"ok\n"_s);
    QCOMPARE(r.err, QString());
}

void TestCli::whoHeld_data()
{
    QTest::addColumn<QString>("country");
    QTest::addColumn<QString>("date");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("name");
    QTest::newRow("BLR code") << u"BLR"_s << u"2009-11-25"_s << 0 << u"Sergey Martynov"_s;
    QTest::newRow("English name") << u"Belarus"_s << u"2009-11-25"_s << 0 << u"Sergey Martynov"_s;
    QTest::newRow("Russian name") << u"Беларусь"_s << u"2009-11-25"_s << 0 << u"Sergey Martynov"_s;
    QTest::newRow("lower-case code") << u"blr"_s << u"2009-11-25"_s << 0 << u"Sergey Martynov"_s;
    QTest::newRow("Russia") << u"RUS"_s << u"2009-11-25"_s << 0 << u"Sergey Lavrov"_s;
    QTest::newRow("BLR after his term") << u"BLR"_s << u"2013-01-01"_s << 1 << QString();
    QTest::newRow("BLR before his term") << u"BLR"_s << u"2001-06-01"_s << 1 << QString();
}

void TestCli::whoHeld()
{
    QFETCH(QString, country);
    QFETCH(QString, date);
    QFETCH(int, exitCode);
    QFETCH(QString, name);
    const QStringList arguments = {u"who-held"_s,  u"Minister of Foreign Affairs"_s,
                                   u"--country"_s, country,
                                   u"--date"_s,    date};
    const CliRunner::Run json = m_cli->run(arguments + QStringList{u"--format"_s, u"json"_s});
    QCOMPARE(json.exitCode, exitCode);
    const QJsonArray people = QJsonDocument::fromJson(json.out.toUtf8()).array();
    if (name.isEmpty()) {
        QCOMPARE(json.out, u"[]\n"_s);
        QVERIFY(!json.err.isEmpty());
    } else {
        QCOMPARE(json.err, QString());
        QCOMPARE(people.size(), 1);
        const QJsonObject person = people.at(0).toObject();
        QCOMPARE(person.value(u"name"_s).toString(), name);
        QCOMPARE(person.value(u"position"_s).toObject().value(u"title"_s).toString(),
                 u"Minister of Foreign Affairs"_s);
    }

    const CliRunner::Run table = m_cli->run(arguments);
    QCOMPARE(table.exitCode, exitCode);
    if (!name.isEmpty())
        QVERIFY(table.out.contains(name));
    else
        QCOMPARE(table.out, QString());
}

void TestCli::help_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QStringList>("expected");
    const QStringList everyCommand = {u"list"_s,      u"show"_s,     u"check"_s,
                                      u"who-held"_s,  u"help"_s,     u"--catalogue FILE"_s,
                                      u"--verbose"_s, u"--version"_s};
    QTest::newRow("--help") << QStringList{u"--help"_s} << everyCommand;
    QTest::newRow("-h") << QStringList{u"-h"_s} << everyCommand;
    QTest::newRow("help") << QStringList{u"help"_s} << everyCommand;
    QTest::newRow("list --help") << QStringList{u"list"_s, u"--help"_s}
                                 << QStringList{u"list"_s, u"--format"_s, u"--catalogue"_s};
    QTest::newRow("help show") << QStringList{u"help"_s, u"show"_s}
                               << QStringList{u"show ID"_s, u"--format"_s};
    QTest::newRow("--help who-held")
        << QStringList{u"--help"_s, u"who-held"_s}
        << QStringList{u"who-held TITLE"_s, u"--country COUNTRY"_s, u"--date YYYY-MM-DD"_s};
    QTest::newRow("check -h") << QStringList{u"check"_s, u"-h"_s} << QStringList{u"check"_s};
}

void TestCli::help()
{
    QFETCH(QStringList, arguments);
    QFETCH(QStringList, expected);
    const CliRunner::Run r = m_cli->run(arguments);
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.err, QString());
    for (const QString &text : expected)
        QVERIFY2(r.out.contains(text), qPrintable(text + u" missing from:\n"_s + r.out));
    // Every help page carries the whole exit-code table.
    QVERIFY(r.out.contains(u"Exit codes"_s));
    for (int code = 0; code <= 4; ++code)
        QVERIFY2(r.out.contains(u"\n  %1  "_s.arg(code)), qPrintable(r.out));
    // Help needs no catalogue.
    QVERIFY(!QFileInfo::exists(m_cli->defaultCatalogue()));
}

void TestCli::version()
{
    const CliRunner::Run r = m_cli->run({u"--version"_s});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(QRegularExpression(u"^entente \\d+\\.\\d+\\.\\d+\n$"_s).match(r.out).hasMatch(),
             qPrintable(r.out));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"

// `entente draft` and `entente import-release`, driven through the real binary as a script would.

#include "clirunner.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

QString release(const QString &name)
{
    return QStringLiteral(ENTENTE_RELEASES) + u'/' + name;
}

QJsonObject parse(const QString &text)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError)
        qWarning().noquote() << "not JSON:" << error.errorString() << text.left(200);
    return document.object();
}

QStringList keysOf(const QJsonObject &object)
{
    QStringList keys = object.keys();
    keys.sort();
    return keys;
}

} // namespace

class TestCliRelease : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();

    void draftPrintsAMeetingWithEvidence();
    void draftReadsStandardInput();
    void publishedWinsOverThePage();
    void draftDoesNotSave();
    void tableIsReadable();
    void badInputs_data();
    void badInputs();
    void nothingMeetingLike();
    void missingCatalogue();
    void importReleaseSaves();
    void importReleaseCreatesNewPeople();
    void importReleaseRefusesAnUndatedDraft();
    void importReleaseRefusesADuplicate();
    void importReleaseLinksItsDocuments();
    void helpNamesTheCommands();

private:
    std::unique_ptr<CliRunner> m_cli;
};

void TestCliRelease::init()
{
    m_cli = std::make_unique<CliRunner>();
    QVERIFY(m_cli->isValid());
}

void TestCliRelease::draftPrintsAMeetingWithEvidence()
{
    const QJsonArray listed = m_cli->listJson(); // the default catalogue, with the sample
    QCOMPARE(listed.size(), 2);
    const QJsonObject sample = listed.at(0).toObject();

    const CliRunner::Run r =
        m_cli->run({u"draft"_s, release(u"ref-collegium-en.txt"_s), u"--format"_s, u"json"_s});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.err, QString());
    const QJsonObject draft = parse(r.out);

    // The same fields as a listed meeting, plus the draft's own.
    QStringList expected =
        keysOf(sample) + QStringList{u"sub_events"_s, u"evidence"_s, u"new_people"_s};
    expected.sort();
    QCOMPARE(keysOf(draft), expected);
    QVERIFY(draft.value(u"id"_s).isNull());
    QVERIFY(draft.value(u"parent_id"_s).isNull());
    for (const QString &field : {u"start_date"_s, u"end_date"_s, u"place"_s, u"country"_s,
                                 u"format"_s, u"status"_s, u"parties"_s, u"tone"_s})
        QCOMPARE(draft.value(field), sample.value(field));
    // Heads of delegation are the catalogue's people, by id.
    const QJsonArray delegations = draft.value(u"delegations"_s).toArray();
    const QJsonArray sampleDelegations = sample.value(u"delegations"_s).toArray();
    QCOMPARE(delegations.size(), 2);
    for (qsizetype i = 0; i < 2; ++i) {
        const QJsonObject head = delegations.at(i).toObject().value(u"head"_s).toObject();
        const QJsonObject sampleHead =
            sampleDelegations.at(i).toObject().value(u"head"_s).toObject();
        QCOMPARE(head.value(u"person_id"_s), sampleHead.value(u"person_id"_s));
        QCOMPARE(head.value(u"position"_s), sampleHead.value(u"position"_s));
    }
    const QJsonArray documents = draft.value(u"documents"_s).toArray();
    QCOMPARE(documents.size(), 2);
    QCOMPARE(documents.at(0).toObject().value(u"period"_s).toObject().value(u"end"_s).toString(),
             u"2011"_s);

    const QJsonArray subEvents = draft.value(u"sub_events"_s).toArray();
    QCOMPARE(subEvents.size(), 1);
    QCOMPARE(subEvents.at(0).toObject().value(u"format"_s).toString(), u"one_to_one"_s);
    QCOMPARE(draft.value(u"new_people"_s).toArray().size(), 0);

    // Evidence: the sentence each field came from, and a confidence.
    bool placeSeen = false;
    for (const QJsonValue &value : draft.value(u"evidence"_s).toArray()) {
        const QJsonObject e = value.toObject();
        QVERIFY(e.contains(u"field"_s) && e.contains(u"sentence"_s) && e.contains(u"confidence"_s));
        const double confidence = e.value(u"confidence"_s).toDouble();
        QVERIFY(confidence >= 0.0 && confidence <= 1.0);
        if (e.value(u"field"_s).toString() == u"place") {
            placeSeen = true;
            QVERIFY(e.value(u"sentence"_s).toString().contains(u"in Moscow"_s));
            QVERIFY(e.value(u"span"_s).toObject().value(u"end"_s).toInt() > 0);
        }
    }
    QVERIFY(placeSeen);
    const QJsonObject source = draft.value(u"sources"_s).toArray().at(0).toObject();
    QVERIFY(source.value(u"text"_s).toString().contains(u"one-to-one conversation"_s));
}

void TestCliRelease::draftReadsStandardInput()
{
    QTemporaryDir home;
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"HOME"_s, home.path());
    env.insert(u"XDG_DATA_HOME"_s, home.filePath(u"data"_s));
    env.insert(u"XDG_CONFIG_HOME"_s, home.filePath(u"config"_s));
    process.setProcessEnvironment(env);
    process.setStandardInputFile(release(u"ref-collegium-ru.txt"_s));
    process.start(QStringLiteral(ENTENTE_BINARY), {u"draft"_s, u"-"_s, u"--format"_s, u"json"_s});
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitCode(), 0);
    const QJsonObject draft = parse(QString::fromUtf8(process.readAllStandardOutput()));
    QCOMPARE(draft.value(u"start_date"_s).toString(), u"2009-11-25"_s);
    QCOMPARE(draft.value(u"format"_s).toString(), u"joint_collegium"_s);
}

void TestCliRelease::publishedWinsOverThePage()
{
    CliRunner::Run r = m_cli->run({u"draft"_s, release(u"belarus-furniture-en.txt"_s),
                                   u"--published"_s, u"2009-12-02"_s, u"--format"_s, u"json"_s});
    QCOMPARE(r.exitCode, 0);
    QJsonObject draft = parse(r.out);
    QCOMPARE(draft.value(u"start_date"_s).toString(), u"2009-12-01"_s);
    QCOMPARE(draft.value(u"sources"_s).toArray().at(0).toObject().value(u"published"_s).toString(),
             u"2009-12-02"_s);

    // The ticker's dates are no publication date: without --published the date stays empty.
    r = m_cli->run({u"draft"_s, release(u"belarus-furniture-en.txt"_s), u"--format"_s, u"json"_s});
    QCOMPARE(r.exitCode, 0);
    draft = parse(r.out);
    QVERIFY(draft.value(u"start_date"_s).isNull());
    bool flagged = false;
    for (const QJsonValue &e : draft.value(u"evidence"_s).toArray())
        flagged = flagged || e.toObject().value(u"flag"_s).toString() == u"no_publication_date";
    QVERIFY(flagged);
}

void TestCliRelease::draftDoesNotSave()
{
    const QString catalogue = m_cli->copyOfDefaultCatalogue(u"copy.entente"_s);
    const QByteArray before = FileBytes::read(catalogue);
    const CliRunner::Run r =
        m_cli->run({u"--catalogue"_s, catalogue, u"draft"_s, release(u"india-visit-en.txt"_s),
                    u"--format"_s, u"json"_s});
    QCOMPARE(r.exitCode, 0);
    const QJsonArray people = parse(r.out).value(u"new_people"_s).toArray();
    QCOMPARE(people.size(), 1);
    QCOMPARE(people.at(0).toObject().value(u"name"_s).toString(), u"Rajiv Menon"_s);
    const QJsonObject head =
        parse(r.out).value(u"delegations"_s).toArray().at(1).toObject().value(u"head"_s).toObject();
    QVERIFY(head.value(u"person_id"_s).isNull());
    QCOMPARE(head.value(u"new_person"_s).toInt(), 0);
    QCOMPARE(FileBytes::read(catalogue), before);
}

void TestCliRelease::tableIsReadable()
{
    const CliRunner::Run r = m_cli->run({u"draft"_s, release(u"india-visit-en.txt"_s)});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains(u"official_visit"_s));
    QVERIFY(r.out.contains(u"2010-11-24/2010-11-26"_s));
    QVERIFY(r.out.contains(u"Rajiv Menon"_s));
    QVERIFY(r.out.contains(u"Confidence"_s));
}

void TestCliRelease::badInputs_data()
{
    QTest::addColumn<QByteArray>("content"); // empty name: no file at all
    QTest::addColumn<QStringList>("extra");
    QTest::addColumn<QString>("message");
    QTest::newRow("missing file") << QByteArray() << QStringList{} << u"cannot read"_s;
    QTest::newRow("empty file") << QByteArray("\n  \n") << QStringList{} << u"is empty"_s;
    QTest::newRow("binary file") << QByteArray("\x7f"
                                               "ELF\x02\x01\x01\x00\x00\x00",
                                               10)
                                 << QStringList{} << u"binary"_s;
    QTest::newRow("bad date") << QByteArray("Talks were held.")
                              << QStringList{u"--published"_s, u"2009-13-45"_s} << u"not a date"_s;
    QTest::newRow("two files") << QByteArray("Talks were held.") << QStringList{u"other.txt"_s}
                               << u"one text file"_s;
}

void TestCliRelease::badInputs()
{
    QFETCH(QByteArray, content);
    QFETCH(QStringList, extra);
    QFETCH(QString, message);
    const QString file = m_cli->filePath(u"in.txt"_s);
    if (!content.isEmpty())
        QVERIFY(FileBytes::write(file, content));
    for (const QString &command : {u"draft"_s, u"import-release"_s}) {
        const CliRunner::Run r = m_cli->run(QStringList{command, file} + extra);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QCOMPARE(r.out, QString());
    }
}

void TestCliRelease::nothingMeetingLike()
{
    for (const QString &command : {u"draft"_s, u"import-release"_s}) {
        const CliRunner::Run r = m_cli->run({command, release(u"not-a-meeting-en.txt"_s)});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(u"does not describe a meeting"_s));
        QCOMPARE(r.out, QString());
    }
    QCOMPARE(m_cli->listJson().size(), 2); // nothing saved
}

void TestCliRelease::missingCatalogue()
{
    const CliRunner::Run r = m_cli->run({u"--catalogue"_s, m_cli->filePath(u"none.entente"_s),
                                         u"draft"_s, release(u"ref-collegium-en.txt"_s)});
    QCOMPARE(r.exitCode, 3);
}

void TestCliRelease::importReleaseSaves()
{
    const QString catalogue = m_cli->filePath(u"new.entente"_s);
    const CliRunner::Run r = m_cli->run({u"--catalogue"_s, catalogue, u"import-release"_s,
                                         release(u"ref-collegium-ru.txt"_s), u"--published"_s,
                                         u"2009-11-25"_s, u"--format"_s, u"json"_s});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject saved = parse(r.out);
    const qint64 id = saved.value(u"id"_s).toInteger();
    QVERIFY(id > 0);
    QCOMPARE(saved.value(u"sub_event_ids"_s).toArray().size(), 1);
    // A new catalogue has nobody: both ministers are created, in the nominative.
    QCOMPARE(saved.value(u"new_person_ids"_s).toArray().size(), 2);

    const CliRunner::Run list =
        m_cli->run({u"--catalogue"_s, catalogue, u"list"_s, u"--format"_s, u"json"_s});
    const QJsonArray meetings = QJsonDocument::fromJson(list.out.toUtf8()).array();
    QCOMPARE(meetings.size(), 2);
    const QJsonObject meeting = meetings.at(0).toObject();
    QCOMPARE(meeting.value(u"id"_s).toInteger(), id);
    QCOMPARE(meeting.value(u"start_date"_s).toString(), u"2009-11-25"_s);
    QCOMPARE(meeting.value(u"format"_s).toString(), u"joint_collegium"_s);
    QCOMPARE(meeting.value(u"documents"_s).toArray().size(), 2);
    const QJsonObject source = meeting.value(u"sources"_s).toArray().at(0).toObject();
    QVERIFY(source.value(u"text"_s).toString().contains(u"беседу один на один"_s));
    QCOMPARE(source.value(u"published"_s).toString(), u"2009-11-25"_s);
    QCOMPARE(meetings.at(1).toObject().value(u"parent_id"_s).toInteger(), id);
    const QJsonObject head =
        meeting.value(u"delegations"_s).toArray().at(0).toObject().value(u"head"_s).toObject();
    QCOMPARE(head.value(u"name_native"_s).toString(), u"С.В.Лавров"_s);

    // The people created are found again by the next release, in the other script's text.
    const CliRunner::Run again =
        m_cli->run({u"--catalogue"_s, catalogue, u"draft"_s,
                    release(u"kazakhstan-announcement-ru.txt"_s), u"--format"_s, u"json"_s});
    QCOMPARE(again.exitCode, 0);
    const QJsonArray delegations = parse(again.out).value(u"delegations"_s).toArray();
    QCOMPARE(delegations.at(0).toObject().value(u"head"_s).toObject().value(u"person_id"_s),
             head.value(u"person_id"_s));
}

void TestCliRelease::importReleaseRefusesADuplicate()
{
    // The default catalogue holds the sample: the same joint collegium, read from its release.
    const QStringList arguments = {u"import-release"_s, release(u"ref-collegium-ru.txt"_s),
                                   u"--published"_s, u"2009-11-25"_s};
    const CliRunner::Run refused = m_cli->run(arguments);
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(
        refused.err.contains(u"probably describes meeting 1 “Joint meeting of the collegiums"_s),
        qPrintable(refused.err));
    QVERIFY(refused.err.contains(u"(2009-11-25), already in the catalogue: nothing was saved"_s));
    QCOMPARE(m_cli->listJson().size(), 2);
    const CliRunner::Run allowed = m_cli->run(arguments + QStringList{u"--allow-duplicate"_s});
    QCOMPARE(allowed.exitCode, 0);
    QCOMPARE(m_cli->listJson().size(), 4);
}

void TestCliRelease::importReleaseLinksItsDocuments()
{
    const QString catalogue = m_cli->filePath(u"links.entente"_s);
    const CliRunner::Run draft =
        m_cli->run({u"draft"_s, release(u"armenia-plans-en.txt"_s), u"--format"_s, u"json"_s});
    QCOMPARE(draft.exitCode, 0);
    const QJsonObject link = parse(draft.out)
                                 .value(u"documents"_s)
                                 .toArray()
                                 .at(1)
                                 .toObject()
                                 .value(u"links"_s)
                                 .toArray()
                                 .at(0)
                                 .toObject();
    QCOMPARE(link.value(u"relation"_s).toString(), u"develops"_s);
    QVERIFY(link.value(u"document_id"_s).isNull());
    QCOMPARE(link.value(u"document_index"_s).toInt(), 0);

    const CliRunner::Run saved = m_cli->run(
        {u"--catalogue"_s, catalogue, u"import-release"_s, release(u"armenia-plans-en.txt"_s)});
    QCOMPARE(saved.exitCode, 0);
    const CliRunner::Run list =
        m_cli->run({u"--catalogue"_s, catalogue, u"list"_s, u"--format"_s, u"json"_s});
    const QJsonArray documents = QJsonDocument::fromJson(list.out.toUtf8())
                                     .array()
                                     .at(0)
                                     .toObject()
                                     .value(u"documents"_s)
                                     .toArray();
    QCOMPARE(documents.size(), 2);
    const QJsonObject stored =
        documents.at(1).toObject().value(u"links"_s).toArray().at(0).toObject();
    QCOMPARE(stored.value(u"relation"_s).toString(), u"develops"_s);
    QCOMPARE(stored.value(u"document_id"_s).toInteger(),
             documents.at(0).toObject().value(u"id"_s).toInteger());
}

void TestCliRelease::importReleaseCreatesNewPeople()
{
    const CliRunner::Run r = m_cli->run({u"import-release"_s, release(u"india-visit-en.txt"_s)});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains(u"Added person"_s));
    QVERIFY(r.out.contains(u"Rajiv Menon"_s));
    const QJsonArray meetings = m_cli->listJson();
    QCOMPARE(meetings.size(), 3);
    QJsonObject visit;
    for (const QJsonValue &m : meetings) {
        if (m.toObject().value(u"format"_s).toString() == u"official_visit")
            visit = m.toObject();
    }
    QCOMPARE(visit.value(u"start_date"_s).toString(), u"2010-11-24"_s);
    QCOMPARE(visit.value(u"end_date"_s).toString(), u"2010-11-26"_s);
    QCOMPARE(visit.value(u"documents"_s).toArray().size(), 2);
    const QJsonArray delegations = visit.value(u"delegations"_s).toArray();
    QCOMPARE(delegations.size(), 2);
    const QJsonObject indian = delegations.at(1).toObject().value(u"head"_s).toObject();
    QCOMPARE(indian.value(u"name"_s).toString(), u"Rajiv Menon"_s);
    QVERIFY(indian.value(u"person_id"_s).toInteger() > 0);
    // Lavrov is the sample's, not a second one.
    const QJsonObject russian = delegations.at(0).toObject().value(u"head"_s).toObject();
    QCOMPARE(russian.value(u"person_id"_s), meetings.at(0)
                                                .toObject()
                                                .value(u"delegations"_s)
                                                .toArray()
                                                .at(0)
                                                .toObject()
                                                .value(u"head"_s)
                                                .toObject()
                                                .value(u"person_id"_s));
    // The new minister holds his post as the release attests it, on the day.
    const CliRunner::Run who =
        m_cli->run({u"who-held"_s, u"Minister of Foreign Affairs"_s, u"--country"_s, u"IND"_s,
                    u"--date"_s, u"2010-11-24"_s, u"--format"_s, u"json"_s});
    QCOMPARE(who.exitCode, 0);
    QVERIFY(who.out.contains(u"Rajiv Menon"_s));
}

void TestCliRelease::importReleaseRefusesAnUndatedDraft()
{
    const CliRunner::Run r = m_cli->run({u"import-release"_s, release(u"no-year-en.txt"_s)});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(u"date"_s), qPrintable(r.err));
    QCOMPARE(m_cli->listJson().size(), 2); // nothing written

    const CliRunner::Run dated = m_cli->run(
        {u"import-release"_s, release(u"no-year-en.txt"_s), u"--published"_s, u"2011-03-15"_s});
    QCOMPARE(dated.exitCode, 0);
    QCOMPARE(m_cli->listJson().size(), 3);
}

void TestCliRelease::helpNamesTheCommands()
{
    const CliRunner::Run r = m_cli->run({u"--help"_s});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains(u"draft"_s));
    QVERIFY(r.out.contains(u"import-release"_s));
    const CliRunner::Run command = m_cli->run({u"help"_s, u"draft"_s});
    QCOMPARE(command.exitCode, 0);
    QVERIFY(command.out.contains(u"--published"_s));
}

QTEST_GUILESS_MAIN(TestCliRelease)
#include "tst_clirelease.moc"

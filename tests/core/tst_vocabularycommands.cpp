#include "commands/addtopiccommand.h"
#include "commands/addvocabularyentrycommand.h"
#include "commands/renametopiccommand.h"
#include "commands/renamevocabularyentrycommand.h"
#include "commands/undosession.h"
#include "storage/meetingrepository.h"
#include "storage/topicrepository.h"
#include "storage/vocabularyrepository.h"
#include "testcatalogue.h"
#include "undoroundtrip.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace entente;

class TestVocabularyCommands : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void addFormatRoundTrips();
    void renameBuiltInEntryRoundTrips();
    void addSubTopicRoundTrips();
    void renameTopicRoundTrips();
    void duplicatesAreRefused();
    void codesAreLowercaseTokens_data();
    void codesAreLowercaseTokens();
};

void TestVocabularyCommands::addFormatRoundTrips()
{
    test::TestCatalogue catalogue;
    UndoSession session(*catalogue);
    const auto kind = VocabularyRepository::Kind::Format;
    auto command = std::make_unique<AddVocabularyEntryCommand>(session, kind, u"round_table"_s,
                                                               u"Round table"_s);
    QCOMPARE(command->text(), u"add format “Round table”"_s);
    const QString problem = test::undoRoundTrip(session, std::move(command));
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QCOMPARE(VocabularyRepository(*catalogue).labels(kind)->value(u"round_table"_s),
             u"Round table"_s);
}

void TestVocabularyCommands::renameBuiltInEntryRoundTrips()
{
    test::TestCatalogue catalogue;
    UndoSession session(*catalogue);
    const auto kind = VocabularyRepository::Kind::DocumentKind;
    const QString problem = test::undoRoundTrip(
        session, std::make_unique<RenameVocabularyEntryCommand>(
                     session, kind, u"programme"_s, u"Programme"_s, u"Programme of action"_s));
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    VocabularyRepository vocabulary(*catalogue);
    QCOMPARE(vocabulary.storedEntry(kind, u"programme"_s)->label, u"Programme of action"_s);
    QVERIFY(!vocabulary.storedEntry(kind, u"programme"_s)->builtin);
    session.stack()->undo();
    QVERIFY(vocabulary.storedEntry(kind, u"programme"_s)->builtin);
}

void TestVocabularyCommands::addSubTopicRoundTrips()
{
    test::TestCatalogue catalogue;
    catalogue.addSample();
    UndoSession session(*catalogue);
    TopicRepository topics(*catalogue);
    qint64 security = 0;
    for (const Topic &t : *topics.all()) {
        if (t.name == u"European security architecture")
            security = t.id;
    }
    QVERIFY(security > 0);
    auto command = std::make_unique<AddTopicCommand>(session, u"OSCE"_s, security);
    AddTopicCommand *add = command.get();
    const QString problem = test::undoRoundTrip(session, std::move(command));
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QCOMPARE(topics.get(add->topicId())->path, u"European security architecture › OSCE"_s);
}

void TestVocabularyCommands::renameTopicRoundTrips()
{
    test::TestCatalogue catalogue;
    const auto ids = catalogue.addSample();
    UndoSession session(*catalogue);
    const TopicRef wto = MeetingRepository(*catalogue).get(ids.meeting)->topics.at(6);
    QCOMPARE(wto.name, u"WTO accession"_s);
    const QString problem = test::undoRoundTrip(
        session,
        std::make_unique<RenameTopicCommand>(session, wto.id, wto.name, u"Accession to the WTO"_s));
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QCOMPARE(MeetingRepository(*catalogue).get(ids.meeting)->topics.at(6).name,
             u"Accession to the WTO"_s);
}

void TestVocabularyCommands::duplicatesAreRefused()
{
    test::TestCatalogue catalogue;
    catalogue.addSample();
    UndoSession session(*catalogue);
    const Status format = session.execute(std::make_unique<AddVocabularyEntryCommand>(
        session, VocabularyRepository::Kind::Format, u"talks"_s, u"Talks again"_s));
    QVERIFY(format.error().message.contains(u"the code “talks” is already in the vocabulary"_s));
    const Status topic =
        session.execute(std::make_unique<AddTopicCommand>(session, u"disarmament"_s));
    QVERIFY(topic.error().message.contains(u"there is already a topic “disarmament”"_s));
    QCOMPARE(session.stack()->count(), 0);
}

void TestVocabularyCommands::codesAreLowercaseTokens_data()
{
    QTest::addColumn<QString>("label");
    QTest::addColumn<QString>("code");
    QTest::newRow("words") << u"Round table"_s << u"round_table"_s;
    QTest::newRow("accents") << u"Communiqué de presse"_s << u"communique_de_presse"_s;
    QTest::newRow("cyrillic") << u"Круглый стол"_s << u"kruglyy_stol"_s;
    QTest::newRow("punctuation") << u"  2+2 talks! "_s << u"2_2_talks"_s;
}

void TestVocabularyCommands::codesAreLowercaseTokens()
{
    QFETCH(QString, label);
    QFETCH(QString, code);
    QCOMPARE(VocabularyRepository::codeFor(label), code);
}

QTEST_GUILESS_MAIN(TestVocabularyCommands)
#include "tst_vocabularycommands.moc"

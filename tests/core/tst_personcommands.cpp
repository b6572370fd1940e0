#include "cataloguedump.h"
#include "commands/createpersoncommand.h"
#include "commands/deletepersoncommand.h"
#include "commands/editpersoncommand.h"
#include "commands/mergepeoplecommand.h"
#include "commands/undosession.h"
#include "sample/samplecatalogue.h"
#include "storage/meetingrepository.h"
#include "storage/persondirectory.h"
#include "storage/personrepository.h"
#include "testcatalogue.h"
#include "undoroundtrip.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace entente;

class TestPersonCommands : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void createUndoRedoKeepsTheId();
    void editPositionsRoundTrips();
    void deletingADelegateIsRefusedNamingTheMeetings();
    void deletingAnUnusedPersonIsUndoable();
    void mergeRepointsEveryDelegationAsOneStep();
    void mergedPersonGainsNamesAndPositions();
};

void TestPersonCommands::createUndoRedoKeepsTheId()
{
    test::TestCatalogue catalogue;
    catalogue.addSample();
    UndoSession session(*catalogue);
    Person kazakh;
    kazakh.nameLatin = u"Kanat Saudabayev"_s;
    kazakh.nameNative = u"Канат Саудабаев"_s;
    kazakh.country = u"KAZ"_s;
    auto command = std::make_unique<CreatePersonCommand>(session, kazakh);
    CreatePersonCommand *create = command.get();
    QCOMPARE(command->text(), u"add person “Kanat Saudabayev”"_s);
    const QString problem = test::undoRoundTrip(session, std::move(command));
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QCOMPARE(PersonRepository(*catalogue).get(create->personId())->nameNative, kazakh.nameNative);
    QCOMPARE(*PersonRepository(*catalogue).findByName(u"Саудабаев"_s),
             QList<qint64>{create->personId()});
}

void TestPersonCommands::editPositionsRoundTrips()
{
    test::TestCatalogue catalogue;
    const auto ids = catalogue.addSample();
    UndoSession session(*catalogue);
    const Person before = *PersonRepository(*catalogue).get(ids.lavrov);
    Person after = before;
    after.positions.prepend({0,
                             u"Permanent Representative to the United Nations"_s,
                             {},
                             u"RUS"_s,
                             PartialDate::year(1994),
                             PartialDate::month(2004, 3)});
    auto command = std::make_unique<EditPersonCommand>(session, before, after);
    QCOMPARE(command->text(), u"change positions of “Sergey Lavrov”"_s);
    const QString problem = test::undoRoundTrip(session, std::move(command));
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    const Person stored = *PersonRepository(*catalogue).get(ids.lavrov);
    QCOMPARE(stored.positions.size(), 2);
    QCOMPARE(stored.positionOn(QDate(2000, 1, 1))->title,
             u"Permanent Representative to the United Nations"_s);
}

void TestPersonCommands::deletingADelegateIsRefusedNamingTheMeetings()
{
    test::TestCatalogue catalogue;
    const auto ids = catalogue.addSample();
    UndoSession session(*catalogue);
    const QStringList content = test::dumpCatalogue(*catalogue);
    const Status refused = session.execute(
        std::make_unique<DeletePersonCommand>(session, ids.martynov, u"Martynov"_s));
    QVERIFY(!refused);
    QCOMPARE(refused.error().kind, Error::Kind::Invalid);
    const QString message = refused.error().message;
    QVERIFY2(message.startsWith(u"Cannot delete “Sergey Martynov”: they are in the delegations "
                                "of “Joint meeting of the collegiums"_s),
             qPrintable(message));
    QVERIFY2(message.contains(u"“Separate conversation of Sergey Lavrov and Sergey Martynov” "
                              "(2009-11-25)"_s),
             qPrintable(message));
    QVERIFY(message.contains(u"merge this record into another one"_s));
    QCOMPARE(session.stack()->count(), 0);
    QCOMPARE(test::dumpCatalogue(*catalogue), content);
}

void TestPersonCommands::deletingAnUnusedPersonIsUndoable()
{
    test::TestCatalogue catalogue;
    catalogue.addSample();
    Person spare;
    spare.nameLatin = u"Vladimir Makei"_s;
    spare.positions = {{0,
                        u"Head of the Presidential Administration"_s,
                        {},
                        u"BLR"_s,
                        PartialDate::year(2008),
                        PartialDate::year(2012)}};
    const auto id = PersonRepository(*catalogue).create(spare);
    QVERIFY(id);
    UndoSession session(*catalogue);
    const QString problem = test::undoRoundTrip(
        session, std::make_unique<DeletePersonCommand>(session, *id, spare.nameLatin));
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QCOMPARE(PersonRepository(*catalogue).get(*id).error().kind, Error::Kind::NotFound);
    session.stack()->undo();
    QCOMPARE(PersonRepository(*catalogue).get(*id)->positions.size(), 1);
}

void TestPersonCommands::mergeRepointsEveryDelegationAsOneStep()
{
    test::TestCatalogue catalogue;
    const auto ids = catalogue.addSample();
    // A second record of Lavrov, entered from another press release with another spelling: he
    // heads the delegation of a later meeting and is listed again in the sample's sub-event.
    Person twin;
    twin.nameLatin = u"Sergei Lavroff"_s;
    twin.nameNative = u"С. В. Лавров"_s;
    twin.country = u"RUS"_s;
    const qint64 twinId = *PersonRepository(*catalogue).create(twin);
    MeetingRepository meetings(*catalogue);
    Meeting later;
    later.title = u"Talks in Minsk"_s;
    later.start = PartialDate::day(2010, 6, 2);
    later.parties = {{u"BLR"_s, PartyRole::Host}, {u"RUS"_s, PartyRole::Guest}};
    // Delegations in the parties' order, the order they are read back in.
    later.delegations = {{u"BLR"_s, {{ids.martynov, u"Minister"_s, true, {}, {}}}},
                         {u"RUS"_s, {{twinId, u"Minister"_s, true, {}, {}}}}};
    const qint64 laterId = *meetings.create(later);
    Meeting sub = *meetings.get(ids.oneToOne);
    sub.delegations[0].members.append({twinId, u"Minister (second record)"_s, false, {}, {}});
    QVERIFY(meetings.update(sub).ok());

    UndoSession session(*catalogue);
    auto command = std::make_unique<MergePeopleCommand>(session, ids.lavrov, twinId,
                                                        u"Sergey Lavrov"_s, u"Sergei Lavroff"_s);
    QCOMPARE(command->text(), u"merge “Sergei Lavroff” into “Sergey Lavrov”"_s);
    const QString problem = test::undoRoundTrip(session, std::move(command));
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QCOMPARE(session.stack()->count(), 1);

    QCOMPARE(PersonRepository(*catalogue).get(twinId).error().kind, Error::Kind::NotFound);
    QCOMPARE(meetings.get(laterId)->delegations.at(1).members.at(0).personId, ids.lavrov);
    QVERIFY(meetings.get(laterId)->delegations.at(1).members.at(0).head);
    // Listed twice in one delegation: once now.
    QCOMPARE(meetings.get(ids.oneToOne)->delegations.at(0).members.size(), 1);
    QCOMPARE(*PersonRepository(*catalogue).findByName(u"Lavroff"_s), QList<qint64>{ids.lavrov});
    const auto lavrovMeetings = PersonDirectory(*catalogue).meetingsOf(ids.lavrov);
    QCOMPARE(lavrovMeetings->size(), 3);

    session.stack()->undo();
    QCOMPARE(meetings.get(laterId)->delegations.at(1).members.at(0).personId, twinId);
    QCOMPARE(PersonRepository(*catalogue).get(twinId)->nameLatin, twin.nameLatin);
}

void TestPersonCommands::mergedPersonGainsNamesAndPositions()
{
    const Person keep = SampleCatalogue::lavrov();
    Person drop;
    drop.nameLatin = u"Sergei Lavroff"_s;
    drop.nameNative = u"Сергей Лавров"_s; // the same as the survivor's: not repeated
    drop.aliases = {u"S. Lavrov"_s, u"Sergei Lavrov"_s};
    drop.positions = {keep.positions.at(0),
                      {0,
                       u"Deputy Minister of Foreign Affairs"_s,
                       {},
                       u"RUS"_s,
                       PartialDate::year(1992),
                       PartialDate::year(1994)}};
    const Person merged = MergePeopleCommand::merged(keep, drop);
    QCOMPARE(merged.nameLatin, keep.nameLatin);
    QCOMPARE(merged.aliases, (QStringList{u"Sergei Lavrov"_s, u"Сергей Викторович Лавров"_s,
                                          u"Sergei Lavroff"_s, u"S. Lavrov"_s}));
    QCOMPARE(merged.positions.size(), 2);
    QCOMPARE(merged.positions.at(1).title, u"Deputy Minister of Foreign Affairs"_s);
}

QTEST_GUILESS_MAIN(TestPersonCommands)
#include "tst_personcommands.moc"

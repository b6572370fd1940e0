#include "cataloguedump.h"
#include "commands/addsubeventcommand.h"
#include "commands/bulkeditmeetingscommand.h"
#include "commands/createmeetingcommand.h"
#include "commands/deletemeetingcommand.h"
#include "commands/editmeetingcommand.h"
#include "commands/undosession.h"
#include "sample/samplecatalogue.h"
#include "storage/documentrepository.h"
#include "storage/meetingrepository.h"
#include "testcatalogue.h"
#include "undoroundtrip.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace entente;

namespace {

// A second meeting of the same two countries a year later, whose plan develops the sample's
// programme: a link from outside into the sample meeting's documents.
Meeting followUp(const Meeting &sample)
{
    Meeting m;
    m.title = u"Consultations of the foreign ministries"_s;
    m.start = PartialDate::day(2010, 11, 20);
    m.parties = {{u"BLR"_s, PartyRole::Host}, {u"RUS"_s, PartyRole::Guest}};
    OutcomeDocument plan;
    plan.title = u"Plan of Consultations for 2011"_s;
    plan.kind = u"plan"_s;
    plan.action = u"signed"_s;
    plan.links = {{DocumentRelation::Develops, sample.documents.at(0).id, {}}};
    m.documents = {plan};
    return m;
}

} // namespace

class TestMeetingCommands : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void createUndoRedoKeepsTheId();
    void editEachFieldRoundTrips_data();
    void editEachFieldRoundTrips();
    void editNamesWhatChanged();
    void addedDocumentKeepsItsIdThroughUndoAndRedo();
    void removedDocumentGetsItsIncomingLinksBack();
    void invalidEditIsRefusedAndNotStacked();
    void undoAfterAColleaguesChangeIsAConflict();
    void deleteRestoresEverythingUnderTheSameIds();
    void deletingSeveralIsOneStepInOneTransaction();
    void aFailedDeleteOfSeveralDeletesNone();
    void subEventInheritsDatePlaceAndParties();
    void bulkEditIsOneStep();
    void bulkEditIsAllOrNothing();
};

void TestMeetingCommands::createUndoRedoKeepsTheId()
{
    test::TestCatalogue catalogue;
    const auto ids = catalogue.addSample();
    UndoSession session(*catalogue);
    QSignalSpy changed(&session, &UndoSession::changed);

    auto command = std::make_unique<CreateMeetingCommand>(
        session, SampleCatalogue::jointCollegium(ids.lavrov, ids.martynov));
    CreateMeetingCommand *create = command.get();
    QStringList before;
    const QString problem = test::undoRoundTrip(session, std::move(command), &before);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QVERIFY(create->meetingId() > ids.oneToOne);
    QCOMPARE(session.stack()->undoText(), u"create meeting “Joint meeting of the collegiums of "
                                          "the…”"_s);
    auto stored = MeetingRepository(*catalogue).get(create->meetingId());
    QVERIFY(stored);
    QCOMPARE(stored->delegations,
             SampleCatalogue::jointCollegium(ids.lavrov, ids.martynov).delegations);
    QCOMPARE(changed.count(), 5); // execute, undo, redo, undo, redo
    QVERIFY(changed.last().at(0).value<ChangeSet>().meetings.contains(create->meetingId()));
}

void TestMeetingCommands::editEachFieldRoundTrips_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("text");
    const QString title = u"“Joint meeting of the collegiums of the…”"_s;
    QTest::newRow("title") << u"title"_s << u"change title of "_s + title;
    QTest::newRow("dates") << u"dates"_s << u"change dates of "_s + title;
    QTest::newRow("place") << u"place"_s << u"change place of "_s + title;
    QTest::newRow("format") << u"format"_s << u"change format of "_s + title;
    QTest::newRow("status") << u"status"_s << u"change status of "_s + title;
    QTest::newRow("parties") << u"parties"_s << u"change parties of "_s + title;
    QTest::newRow("delegations") << u"delegations"_s << u"change delegations of "_s + title;
    QTest::newRow("topics") << u"topics"_s << u"change topics of "_s + title;
    QTest::newRow("documents") << u"documents"_s << u"change outcome documents of "_s + title;
    QTest::newRow("tone") << u"tone"_s << u"change tone of "_s + title;
    QTest::newRow("summary") << u"summary"_s << u"change summary of "_s + title;
    QTest::newRow("sources") << u"sources"_s << u"change sources of "_s + title;
}

void TestMeetingCommands::editEachFieldRoundTrips()
{
    QFETCH(QString, field);
    QFETCH(QString, text);
    test::TestCatalogue catalogue;
    const auto ids = catalogue.addSample();
    UndoSession session(*catalogue);
    const Meeting before = *MeetingRepository(*catalogue).get(ids.meeting);
    Meeting after = before;
    if (field == u"title")
        after.title = u"Joint collegium"_s;
    else if (field == u"dates")
        after.end = PartialDate::day(2009, 11, 26);
    else if (field == u"place")
        after.place = u"Minsk"_s, after.placeCountry = u"BLR"_s;
    else if (field == u"format")
        after.format = u"talks"_s;
    else if (field == u"status")
        after.status = MeetingStatus::Postponed;
    else if (field == u"parties")
        after.parties.append({u"KAZ"_s, PartyRole::Participant});
    else if (field == u"delegations")
        after.delegations[0].members[0].position = u"Minister"_s;
    else if (field == u"topics")
        after.topics.removeFirst(), after.topics.append({0, u"Arctic"_s});
    else if (field == u"documents")
        after.documents[0].action = u"signed"_s;
    else if (field == u"tone")
        after.tone = u"businesslike"_s;
    else if (field == u"summary")
        after.summary = u"Short."_s;
    else if (field == u"sources")
        after.sources.append({u"BelTA"_s, u"Report"_s, {}, PartialDate::month(2009, 11), {}});

    auto command = std::make_unique<EditMeetingCommand>(session, before, after);
    QCOMPARE(command->text(), text);
    const QString problem = test::undoRoundTrip(session, std::move(command));
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    const Meeting stored = *MeetingRepository(*catalogue).get(ids.meeting);
    QCOMPARE(stored.title, after.title);
    QCOMPARE(stored.effectiveEnd(), after.effectiveEnd());
    QCOMPARE(stored.place, after.place);
    QCOMPARE(stored.parties, after.parties);
    QCOMPARE(stored.delegations, after.delegations);
    QCOMPARE(stored.topics, after.topics);
    QCOMPARE(stored.documents.at(0).action, after.documents.at(0).action);
    QCOMPARE(stored.sources, after.sources);
    QCOMPARE(stored.status, after.status);
}

void TestMeetingCommands::editNamesWhatChanged()
{
    Meeting before;
    before.title = u"Talks"_s;
    Meeting after = before;
    after.title = u"Talks in Minsk"_s;
    after.tone = u"warm"_s;
    QCOMPARE(EditMeetingCommand::describe(before, after), u"edit “Talks”"_s);
    after.tone.clear();
    QCOMPARE(EditMeetingCommand::describe(before, after), u"change title of “Talks”"_s);
}

void TestMeetingCommands::addedDocumentKeepsItsIdThroughUndoAndRedo()
{
    test::TestCatalogue catalogue;
    const auto ids = catalogue.addSample();
    UndoSession session(*catalogue);
    MeetingRepository meetings(*catalogue);
    const Meeting before = *meetings.get(ids.meeting);
    Meeting after = before;
    OutcomeDocument statement;
    statement.title = u"Joint statement on European security"_s;
    statement.kind = u"joint_statement"_s;
    statement.action = u"adopted"_s;
    after.documents.append(statement);
    QVERIFY(session.execute(std::make_unique<EditMeetingCommand>(session, before, after)).ok());
    const qint64 documentId = meetings.get(ids.meeting)->documents.at(2).id;
    QVERIFY(documentId > 0);

    // A second step links the first document to the new one: it names the new id.
    const Meeting withStatement = *meetings.get(ids.meeting);
    Meeting linked = withStatement;
    linked.documents[0].links = {{DocumentRelation::Supersedes, documentId, {}}};
    const QString problem = test::undoRoundTrip(
        session, std::make_unique<EditMeetingCommand>(session, withStatement, linked));
    QVERIFY2(problem.isEmpty(), qPrintable(problem));

    const QStringList done = test::dumpCatalogue(*catalogue);
    session.stack()->undo();
    session.stack()->undo();
    QCOMPARE(meetings.get(ids.meeting)->documents.size(), 2);
    session.stack()->redo();
    session.stack()->redo();
    QCOMPARE(session.stack()->count(), 2);
    const Meeting again = *meetings.get(ids.meeting);
    QCOMPARE(again.documents.at(2).id, documentId);
    QCOMPARE(again.documents.at(0).links.at(0).targetId, documentId);
    QCOMPARE(test::dumpCatalogue(*catalogue), done);
}

void TestMeetingCommands::removedDocumentGetsItsIncomingLinksBack()
{
    test::TestCatalogue catalogue;
    const auto ids = catalogue.addSample();
    MeetingRepository meetings(*catalogue);
    const Meeting before = *meetings.get(ids.meeting);
    const auto other = meetings.create(followUp(before));
    QVERIFY(other);
    UndoSession session(*catalogue);

    Meeting after = before;
    after.documents.removeFirst(); // the programme, which both plans develop
    after.documents[0].links.clear();
    const QString problem =
        test::undoRoundTrip(session, std::make_unique<EditMeetingCommand>(session, before, after));
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QVERIFY(meetings.get(*other)->documents.at(0).links.isEmpty());
    session.stack()->undo();
    const auto links = meetings.get(*other)->documents.at(0).links;
    QCOMPARE(links.size(), 1);
    QCOMPARE(links.at(0).targetId, before.documents.at(0).id);
}

void TestMeetingCommands::invalidEditIsRefusedAndNotStacked()
{
    test::TestCatalogue catalogue;
    const auto ids = catalogue.addSample();
    UndoSession session(*catalogue);
    const Meeting before = *MeetingRepository(*catalogue).get(ids.meeting);
    const QStringList content = test::dumpCatalogue(*catalogue);
    Meeting after = before;
    after.end = PartialDate::day(2009, 11, 24);
    const Status refused =
        session.execute(std::make_unique<EditMeetingCommand>(session, before, after));
    QVERIFY(!refused);
    QCOMPARE(refused.error().kind, Error::Kind::Invalid);
    QVERIFY2(refused.error().message.contains(u"end date: the meeting ends (2009-11-24) before it "
                                              "starts (2009-11-25)"_s),
             qPrintable(refused.error().message));
    QCOMPARE(session.stack()->count(), 0);
    QCOMPARE(test::dumpCatalogue(*catalogue), content);
}

void TestMeetingCommands::undoAfterAColleaguesChangeIsAConflict()
{
    test::TestCatalogue catalogue;
    const auto ids = catalogue.addSample();
    UndoSession session(*catalogue);
    QSignalSpy failed(&session, &UndoSession::failed);
    const Meeting before = *MeetingRepository(*catalogue).get(ids.meeting);
    Meeting after = before;
    after.tone = u"frank"_s;
    QVERIFY(session.execute(std::make_unique<EditMeetingCommand>(session, before, after)).ok());

    // A colleague's window: another connection to the same file.
    auto colleague = Catalogue::open(catalogue.path());
    QVERIFY(colleague);
    Meeting theirs = *MeetingRepository(**colleague).get(ids.meeting);
    theirs.summary = u"Their summary."_s;
    QVERIFY(MeetingRepository(**colleague).update(theirs).ok());

    session.stack()->undo();
    QCOMPARE(failed.count(), 1);
    QCOMPARE(failed.at(0).at(1).value<Error>().kind, Error::Kind::Conflict);
    QCOMPARE(session.stack()->count(), 0); // the step is dropped, not half-done
    const Meeting now = *MeetingRepository(*catalogue).get(ids.meeting);
    QCOMPARE(now.summary, u"Their summary."_s);
    QCOMPARE(now.tone, u"frank"_s);

    // An edit made from a stale copy is refused the same way.
    Meeting stale = after;
    stale.title = u"Stale"_s;
    const Status refused =
        session.execute(std::make_unique<EditMeetingCommand>(session, before, stale));
    QCOMPARE(refused.error().kind, Error::Kind::Conflict);
}

void TestMeetingCommands::deleteRestoresEverythingUnderTheSameIds()
{
    test::TestCatalogue catalogue;
    const auto ids = catalogue.addSample();
    MeetingRepository meetings(*catalogue);
    const Meeting sample = *meetings.get(ids.meeting);
    const auto other = meetings.create(followUp(sample));
    QVERIFY(other);
    UndoSession session(*catalogue);

    auto command = std::make_unique<DeleteMeetingCommand>(session, ids.meeting, sample.title);
    QCOMPARE(command->text(), u"delete meeting “Joint meeting of the collegiums of the…”"_s);
    const QString problem = test::undoRoundTrip(session, std::move(command));
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QCOMPARE(meetings.get(ids.meeting).error().kind, Error::Kind::NotFound);
    QCOMPARE(meetings.get(ids.oneToOne).error().kind, Error::Kind::NotFound);
    QCOMPARE(*meetings.count(), 1);

    session.stack()->undo();
    const Meeting back = *meetings.get(ids.meeting);
    QCOMPARE(back.subEvents.size(), 1);
    QCOMPARE(back.subEvents.at(0).id, ids.oneToOne);
    QCOMPARE(back.documents.at(0).id, sample.documents.at(0).id);
    QCOMPARE(back.documents.at(1).links.at(0).targetId, sample.documents.at(0).id);
    QCOMPARE(meetings.get(*other)->documents.at(0).links.at(0).targetId, sample.documents.at(0).id);
    QCOMPARE(back.version, sample.version);
}

void TestMeetingCommands::deletingSeveralIsOneStepInOneTransaction()
{
    test::TestCatalogue catalogue;
    const auto ids = catalogue.addSample();
    MeetingRepository meetings(*catalogue);
    const Meeting sample = *meetings.get(ids.meeting);
    const auto other = meetings.create(followUp(sample));
    QVERIFY(other);
    Meeting third = followUp(sample);
    third.title = u"Consultations on consular matters"_s;
    const auto thirdId = meetings.create(third);
    QVERIFY(thirdId);
    UndoSession session(*catalogue);

    auto command = std::make_unique<DeleteMeetingCommand>(
        session, QList<DeleteMeetingCommand::Target>{{ids.meeting, sample.title},
                                                     {*other, followUp(sample).title},
                                                     {*thirdId, third.title}});
    QVERIFY2(command->text().startsWith(u"delete 3 meeting"_s), qPrintable(command->text()));
    QVERIFY(session.execute(std::move(command)));
    QCOMPARE(session.stack()->count(), 1);
    QCOMPARE(*meetings.count(), 0);

    session.stack()->undo();
    QCOMPARE(*meetings.count(), 4); // the three and the sample's sub-event
    QCOMPARE(meetings.get(*thirdId)->title, third.title);
    QCOMPARE(meetings.get(ids.meeting)->subEvents.at(0).id, ids.oneToOne);
    QCOMPARE(meetings.get(*other)->documents.at(0).links.at(0).targetId, sample.documents.at(0).id);

    session.stack()->redo();
    QCOMPARE(*meetings.count(), 0);
}

void TestMeetingCommands::aFailedDeleteOfSeveralDeletesNone()
{
    test::TestCatalogue catalogue;
    const auto ids = catalogue.addSample();
    MeetingRepository meetings(*catalogue);
    const Meeting sample = *meetings.get(ids.meeting);
    UndoSession session(*catalogue);
    // The second one does not exist: the first must survive, all or nothing.
    const Status status = session.execute(std::make_unique<DeleteMeetingCommand>(
        session,
        QList<DeleteMeetingCommand::Target>{{ids.meeting, sample.title}, {987654, u"Gone"_s}}));
    QVERIFY(!status);
    QCOMPARE(session.stack()->count(), 0);
    QVERIFY(meetings.get(ids.meeting));
    QCOMPARE(meetings.get(ids.meeting)->subEvents.size(), 1);
}

void TestMeetingCommands::subEventInheritsDatePlaceAndParties()
{
    test::TestCatalogue catalogue;
    const auto ids = catalogue.addSample();
    UndoSession session(*catalogue);
    MeetingRepository meetings(*catalogue);
    const Meeting parent = *meetings.get(ids.meeting);
    auto command =
        std::make_unique<AddSubEventCommand>(session, parent, u"Press conference"_s, u"talks"_s);
    AddSubEventCommand *add = command.get();
    QCOMPARE(command->text(),
             u"add sub-event “Press conference” to “Joint meeting of the collegiums of the…”"_s);
    const QString problem = test::undoRoundTrip(session, std::move(command));
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    const Meeting sub = *meetings.get(add->meetingId());
    QCOMPARE(sub.parentId, ids.meeting);
    QCOMPARE(sub.start, parent.start);
    QCOMPARE(sub.place, parent.place);
    QCOMPARE(sub.placeCountry, parent.placeCountry);
    QCOMPARE(sub.parties, parent.parties);
    QCOMPARE(sub.format, u"talks"_s);
    QCOMPARE(meetings.get(ids.meeting)->subEvents.size(), 2);
}

void TestMeetingCommands::bulkEditIsOneStep()
{
    test::TestCatalogue catalogue;
    const auto ids = catalogue.addSample();
    MeetingRepository meetings(*catalogue);
    const auto other = meetings.create(followUp(*meetings.get(ids.meeting)));
    QVERIFY(other);
    UndoSession session(*catalogue);
    BulkChange change;
    change.status = MeetingStatus::Planned;
    change.format = u"consultations"_s;
    change.addTopics = {{0, u"Visa facilitation"_s}};
    change.removeTopics = {{0, u"Disarmament"_s}};
    auto command = std::make_unique<BulkEditMeetingsCommand>(
        session, QList<qint64>{ids.meeting, *other}, change, u"change status and format"_s);
    QCOMPARE(command->text(), u"change status and format of 2 meetings"_s);
    const QString problem = test::undoRoundTrip(session, std::move(command));
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QCOMPARE(session.stack()->count(), 1);
    for (qint64 id : {ids.meeting, *other}) {
        const Meeting m = *meetings.get(id);
        QCOMPARE(m.status, MeetingStatus::Planned);
        QCOMPARE(m.format, u"consultations"_s);
        QCOMPARE(m.topics.constLast().name, u"Visa facilitation"_s);
        QVERIFY(!m.topics.contains(TopicRef{0, u"Disarmament"_s}));
    }
    QCOMPARE(meetings.get(ids.meeting)->topics.size(), 7);
}

void TestMeetingCommands::bulkEditIsAllOrNothing()
{
    test::TestCatalogue catalogue;
    const auto ids = catalogue.addSample();
    UndoSession session(*catalogue);
    const QStringList content = test::dumpCatalogue(*catalogue);
    BulkChange change;
    change.format = u"no_such_format"_s;
    const Status refused = session.execute(std::make_unique<BulkEditMeetingsCommand>(
        session, QList<qint64>{ids.oneToOne, ids.meeting}, change, u"change format"_s));
    QVERIFY(!refused);
    QVERIFY(refused.error().message.contains(u"“no_such_format” is not a known format"_s));
    QCOMPARE(test::dumpCatalogue(*catalogue), content);
    QCOMPARE(session.stack()->count(), 0);
}

QTEST_GUILESS_MAIN(TestMeetingCommands)
#include "tst_meetingcommands.moc"

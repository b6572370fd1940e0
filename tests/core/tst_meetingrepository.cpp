#include "sample/samplecatalogue.h"
#include "storage/meetingrepository.h"
#include "storage/personrepository.h"
#include "testcatalogue.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace entente;

class TestMeetingRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sampleMeetingReadsBackFieldByField();
    void samplePeopleReadBackWithPositions();
    void subEventPointsToItsParent();
    void documentLinkSurvivesAnUpdate();
    void invalidMeetingsAreRefusedAndNothingIsWritten_data();
    void invalidMeetingsAreRefusedAndNothingIsWritten();
    void invalidPeopleAreRefused_data();
    void invalidPeopleAreRefused();
    void staleUpdateReportsAConflict();
    void deleteRemovesChildrenAndSubEvents();
    void peopleAreFoundByAnyNameAndScript_data();
    void peopleAreFoundByAnyNameAndScript();
    void whoHeldThePost();
};

void TestMeetingRepository::sampleMeetingReadsBackFieldByField()
{
    test::TestCatalogue catalogue;
    const auto ids = catalogue.addSample();
    QVERIFY(ids.meeting > 0);
    auto read = MeetingRepository(*catalogue).get(ids.meeting);
    QVERIFY(read);
    const Meeting &m = *read;
    const Meeting expected = SampleCatalogue::jointCollegium(ids.lavrov, ids.martynov);

    QCOMPARE(m.title, expected.title);
    QCOMPARE(m.start.toIso(), u"2009-11-25"_s);
    QCOMPARE(m.effectiveEnd().toIso(), u"2009-11-25"_s);
    QCOMPARE(m.place, u"Moscow"_s);
    QCOMPARE(m.placeCountry, u"RUS"_s);
    QCOMPARE(m.format, u"joint_collegium"_s);
    QCOMPARE(m.status, MeetingStatus::Held);
    QCOMPARE(m.parties, expected.parties);
    QCOMPARE(m.parties.at(0).role, PartyRole::Host);
    QCOMPARE(m.parties.at(1).country, u"BLR"_s);
    QCOMPARE(m.parties.at(1).role, PartyRole::Guest);
    QCOMPARE(m.delegations, expected.delegations);
    QCOMPARE(m.delegation(u"RUS")->head()->nameLatin, u"Sergey Lavrov"_s);
    QCOMPARE(m.delegation(u"RUS")->head()->nameNative, u"Сергей Лавров"_s);
    QCOMPARE(m.delegation(u"BLR")->head()->nameLatin, u"Sergey Martynov"_s);
    QCOMPARE(m.delegation(u"BLR")->head()->position,
             u"Minister of Foreign Affairs of the Republic of Belarus"_s);
    QCOMPARE(m.topics, expected.topics);
    QCOMPARE(m.topics.size(), 7);
    QVERIFY(m.topics.at(0).id > 0);
    QCOMPARE(m.documents.size(), 2);
    for (int i = 0; i < 2; ++i) {
        QCOMPARE(m.documents[i].title, expected.documents[i].title);
        QCOMPARE(m.documents[i].kind, expected.documents[i].kind);
        QCOMPARE(m.documents[i].action, expected.documents[i].action);
        QCOMPARE(m.documents[i].date, expected.documents[i].date);
        QCOMPARE(m.documents[i].periodStart, expected.documents[i].periodStart);
        QCOMPARE(m.documents[i].periodEnd, expected.documents[i].periodEnd);
        QCOMPARE(m.documents[i].parties, expected.documents[i].parties);
    }
    QCOMPARE(m.documents[0].action, u"adopted"_s);
    QCOMPARE(m.documents[1].action, u"signed"_s);
    QCOMPARE(m.documents[0].periodStart.toIso(), u"2010"_s);
    QCOMPARE(m.documents[0].periodEnd.toIso(), u"2011"_s);
    QCOMPARE(m.documents[1].links.size(), 1);
    QCOMPARE(m.documents[1].links[0].relation, DocumentRelation::Develops);
    QCOMPARE(m.documents[1].links[0].targetId, m.documents[0].id);
    QCOMPARE(m.documents[1].links[0].targetTitle, expected.documents[0].title);
    QCOMPARE(m.tone, expected.tone);
    QCOMPARE(m.summary, expected.summary);
    QCOMPARE(m.sources, expected.sources);
    QCOMPARE(m.subEvents.size(), 1);
    QCOMPARE(m.subEvents[0].id, ids.oneToOne);
    QCOMPARE(m.version, 2); // written, then updated with the document link
    QVERIFY(m.createdAt.isValid());
}

void TestMeetingRepository::samplePeopleReadBackWithPositions()
{
    test::TestCatalogue catalogue;
    const auto ids = catalogue.addSample();
    auto martynov = PersonRepository(*catalogue).get(ids.martynov);
    QVERIFY(martynov);
    QCOMPARE(martynov->nameNative, u"Сергей Мартынов"_s);
    QCOMPARE(martynov->country, u"BLR"_s);
    QCOMPARE(martynov->positions.size(), 1);
    QCOMPARE(martynov->positions[0].title, u"Minister of Foreign Affairs"_s);
    QCOMPARE(martynov->positions[0].from.toIso(), u"2003-03"_s);
    QCOMPARE(martynov->positions[0].to.toIso(), u"2012-08"_s);
    QVERIFY(martynov->aliases.contains(u"Сяргей Мартынаў"_s));
    auto lavrov = PersonRepository(*catalogue).get(ids.lavrov);
    QVERIFY(lavrov);
    QCOMPARE(lavrov->positions[0].from.toIso(), u"2004-03"_s);
    QVERIFY(lavrov->positions[0].to.isNull());
    QVERIFY(lavrov->positionOn(QDate(2009, 11, 25)));
    QVERIFY(!lavrov->positionOn(QDate(2003, 1, 1)));
}

void TestMeetingRepository::subEventPointsToItsParent()
{
    test::TestCatalogue catalogue;
    const auto ids = catalogue.addSample();
    auto sub = MeetingRepository(*catalogue).get(ids.oneToOne);
    QVERIFY(sub);
    QCOMPARE(sub->parentId, ids.meeting);
    QCOMPARE(sub->format, u"one_to_one"_s);
    QCOMPARE(sub->delegations.size(), 2);
}

void TestMeetingRepository::documentLinkSurvivesAnUpdate()
{
    test::TestCatalogue catalogue;
    const auto ids = catalogue.addSample();
    MeetingRepository meetings(*catalogue);
    Meeting m = *meetings.get(ids.meeting);
    m.title = u"Joint collegium, renamed"_s;
    QVERIFY(meetings.update(m).ok());
    const Meeting after = *meetings.get(ids.meeting);
    QCOMPARE(after.title, u"Joint collegium, renamed"_s);
    QCOMPARE(after.documents[0].id, m.documents[0].id);
    QCOMPARE(after.documents[1].links.size(), 1);
    QCOMPARE(after.version, m.version + 1);
}

void TestMeetingRepository::invalidMeetingsAreRefusedAndNothingIsWritten_data()
{
    QTest::addColumn<int>("rule");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("words");

    QTest::newRow("empty title") << 0 << u"title"_s << u"needs a title"_s;
    QTest::newRow("end before start") << 1 << u"end date"_s << u"before it starts"_s;
    QTest::newRow("day that does not exist")
        << 2 << u"start date"_s << u"2009-02-30 is not a date"_s;
    QTest::newRow("delegation of a country not taking part")
        << 3 << u"delegations"_s << u"not taking part"_s;
    QTest::newRow("document period ends before it starts")
        << 4 << u"document period end"_s << u"ends (2009) before it starts (2010)"_s;
    QTest::newRow("unknown country code") << 5 << u"XYZ"_s << u"no country"_s;
    QTest::newRow("missing date") << 6 << u"start date"_s << u"needs a date"_s;
    QTest::newRow("month 13") << 7 << u"start date"_s << u"no month 13"_s;
}

void TestMeetingRepository::invalidMeetingsAreRefusedAndNothingIsWritten()
{
    QFETCH(int, rule);
    QFETCH(QString, field);
    QFETCH(QString, words);
    test::TestCatalogue catalogue;
    const auto ids = catalogue.addSample();
    Meeting m = SampleCatalogue::jointCollegium(ids.lavrov, ids.martynov);
    switch (rule) {
    case 0:
        m.title = u"   "_s;
        break;
    case 1:
        m.end = PartialDate::day(2009, 11, 20);
        break;
    case 2:
        m.start = PartialDate::day(2009, 2, 30);
        break;
    case 3:
        m.delegations.append({u"KAZ"_s, {}});
        break;
    case 4:
        m.documents[0].periodStart = PartialDate::year(2010);
        m.documents[0].periodEnd = PartialDate::year(2009);
        break;
    case 5:
        m.parties.append({u"XYZ"_s, PartyRole::Guest});
        break;
    case 6:
        m.start = {};
        break;
    case 7:
        m.start = PartialDate::month(2009, 13);
        break;
    }
    const qint64 before = test::rowCount(catalogue.path(), u"meetings"_s);
    auto refused = MeetingRepository(*catalogue).create(m);
    QVERIFY(!refused);
    QCOMPARE(refused.error().kind, Error::Kind::Invalid);
    QVERIFY2(refused.error().message.contains(field), qPrintable(refused.error().message));
    QVERIFY2(refused.error().message.contains(words), qPrintable(refused.error().message));
    QCOMPARE(test::rowCount(catalogue.path(), u"meetings"_s), before);
    QCOMPARE(test::rowCount(catalogue.path(), u"documents"_s), 2);
}

void TestMeetingRepository::invalidPeopleAreRefused_data()
{
    QTest::addColumn<int>("rule");
    QTest::addColumn<QString>("words");
    QTest::newRow("no name") << 0 << u"needs a name"_s;
    QTest::newRow("position ends before it starts") << 1 << u"ends (2001-05) before it starts"_s;
    QTest::newRow("position without title") << 2 << u"needs a title"_s;
}

void TestMeetingRepository::invalidPeopleAreRefused()
{
    QFETCH(int, rule);
    QFETCH(QString, words);
    test::TestCatalogue catalogue;
    Person p = SampleCatalogue::lavrov();
    if (rule == 0) {
        p.nameLatin.clear();
        p.nameNative = u" "_s;
    } else if (rule == 1) {
        p.positions[0].to = PartialDate::month(2001, 5);
    } else {
        p.positions[0].title.clear();
    }
    auto refused = PersonRepository(*catalogue).create(p);
    QVERIFY(!refused);
    QVERIFY2(refused.error().message.contains(words), qPrintable(refused.error().message));
    QCOMPARE(test::rowCount(catalogue.path(), u"persons"_s), 0);
}

void TestMeetingRepository::staleUpdateReportsAConflict()
{
    test::TestCatalogue catalogue;
    const auto ids = catalogue.addSample();
    MeetingRepository meetings(*catalogue);
    Meeting mine = *meetings.get(ids.meeting);
    Meeting theirs = mine;
    theirs.tone = u"cordial"_s;
    QVERIFY(meetings.update(theirs).ok());
    mine.tone = u"tense"_s;
    auto refused = meetings.update(mine);
    QVERIFY(!refused);
    QCOMPARE(refused.error().kind, Error::Kind::Conflict);
    QCOMPARE(meetings.get(ids.meeting)->tone, u"cordial"_s);
}

void TestMeetingRepository::deleteRemovesChildrenAndSubEvents()
{
    test::TestCatalogue catalogue;
    const auto ids = catalogue.addSample();
    QVERIFY(MeetingRepository(*catalogue).remove(ids.meeting).ok());
    for (const QString &table :
         {u"meetings"_s, u"documents"_s, u"delegations"_s, u"delegation_members"_s,
          u"meeting_parties"_s, u"meeting_fts"_s, u"document_links"_s, u"sources"_s})
        QCOMPARE(test::rowCount(catalogue.path(), table), 0);
    QCOMPARE(test::rowCount(catalogue.path(), u"persons"_s), 2);
    QCOMPARE(MeetingRepository(*catalogue).remove(ids.meeting).error().kind, Error::Kind::NotFound);
}

void TestMeetingRepository::peopleAreFoundByAnyNameAndScript_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<bool>("lavrov");
    QTest::addColumn<bool>("martynov");
    QTest::newRow("latin surname") << u"Lavrov"_s << true << false;
    QTest::newRow("cyrillic surname") << u"Лавров"_s << true << false;
    QTest::newRow("press variant") << u"Lavroff"_s << true << false;
    QTest::newRow("full name, other romanisation") << u"Sergei Lavrov"_s << true << false;
    QTest::newRow("first name only") << u"Сергей"_s << true << true;
    QTest::newRow("belarusian alias") << u"Мартынаў"_s << false << true;
    QTest::newRow("upper case") << u"MARTYNOV"_s << false << true;
    QTest::newRow("someone else") << u"Makei"_s << false << false;
}

void TestMeetingRepository::peopleAreFoundByAnyNameAndScript()
{
    QFETCH(QString, typed);
    QFETCH(bool, lavrov);
    QFETCH(bool, martynov);
    test::TestCatalogue catalogue;
    const auto ids = catalogue.addSample();
    auto found = PersonRepository(*catalogue).findByName(typed);
    QVERIFY(found);
    QCOMPARE(found->contains(ids.lavrov), lavrov);
    QCOMPARE(found->contains(ids.martynov), martynov);
}

void TestMeetingRepository::whoHeldThePost()
{
    test::TestCatalogue catalogue;
    const auto ids = catalogue.addSample();
    PersonRepository people(*catalogue);
    const QString post = u"Minister of Foreign Affairs"_s;
    QCOMPARE(*people.holdersOf(post, u"BLR"_s, QDate(2009, 11, 25)), QList<qint64>{ids.martynov});
    QCOMPARE(*people.holdersOf(post, u"RUS"_s, QDate(2009, 11, 25)), QList<qint64>{ids.lavrov});
    QCOMPARE(*people.holdersOf(post, u"BLR"_s, QDate(2012, 8, 31)), QList<qint64>{ids.martynov});
    QVERIFY(people.holdersOf(post, u"BLR"_s, QDate(2012, 9, 1))->isEmpty());
    QVERIFY(people.holdersOf(post, u"RUS"_s, QDate(2004, 2, 29))->isEmpty());
    QCOMPARE(*people.holdersOf(post, u"RUS"_s, QDate(2026, 1, 1)), QList<qint64>{ids.lavrov});
}

QTEST_GUILESS_MAIN(TestMeetingRepository)
#include "tst_meetingrepository.moc"

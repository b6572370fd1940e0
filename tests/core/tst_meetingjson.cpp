#include "io/meetingjson.h"
#include "storage/meetingrepository.h"
#include "testcatalogue.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace entente;

class TestMeetingJson : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sampleMeetingHasEveryField();
    void partialDatesAreWrittenAtTheirPrecision();
};

void TestMeetingJson::sampleMeetingHasEveryField()
{
    test::TestCatalogue catalogue;
    const auto ids = catalogue.addSample();
    const QJsonObject json = MeetingJson::toJson(*MeetingRepository(*catalogue).get(ids.meeting));
    QCOMPARE(json[u"id"_s].toInteger(), ids.meeting);
    QVERIFY(json[u"parent_id"_s].isNull());
    QCOMPARE(json[u"start_date"_s].toString(), u"2009-11-25"_s);
    QCOMPARE(json[u"end_date"_s].toString(), u"2009-11-25"_s);
    QCOMPARE(json[u"place"_s].toString(), u"Moscow"_s);
    QCOMPARE(json[u"country"_s].toString(), u"RUS"_s);
    QCOMPARE(json[u"format"_s].toString(), u"joint_collegium"_s);
    QCOMPARE(json[u"status"_s].toString(), u"held"_s);
    QCOMPARE(json[u"parties"_s].toArray().at(0)[u"role"_s].toString(), u"host"_s);
    QCOMPARE(json[u"parties"_s].toArray().at(1)[u"country"_s].toString(), u"BLR"_s);
    QCOMPARE(json[u"parties"_s].toArray().at(1)[u"role"_s].toString(), u"guest"_s);
    const QJsonArray delegations = json[u"delegations"_s].toArray();
    QCOMPARE(delegations.size(), 2);
    QCOMPARE(delegations.at(0)[u"head"_s][u"name"_s].toString(), u"Sergey Lavrov"_s);
    QCOMPARE(delegations.at(0)[u"head"_s][u"name_native"_s].toString(), u"Сергей Лавров"_s);
    QCOMPARE(delegations.at(1)[u"head"_s][u"position"_s].toString(),
             u"Minister of Foreign Affairs of the Republic of Belarus"_s);
    const QJsonArray documents = json[u"documents"_s].toArray();
    QCOMPARE(documents.size(), 2);
    QCOMPARE(documents.at(0)[u"kind"_s].toString(), u"programme"_s);
    QCOMPARE(documents.at(0)[u"action"_s].toString(), u"adopted"_s);
    QCOMPARE(documents.at(0)[u"period"_s][u"start"_s].toString(), u"2010"_s);
    QCOMPARE(documents.at(0)[u"period"_s][u"end"_s].toString(), u"2011"_s);
    QCOMPARE(documents.at(1)[u"action"_s].toString(), u"signed"_s);
    QCOMPARE(documents.at(1)[u"links"_s].toArray().at(0)[u"relation"_s].toString(), u"develops"_s);
    QCOMPARE(documents.at(1)[u"links"_s].toArray().at(0)[u"document_id"_s].toInteger(),
             documents.at(0)[u"id"_s].toInteger());
    QVERIFY(json[u"topics"_s].toArray().contains(u"Disarmament"_s));
    QVERIFY(json[u"tone"_s].toString().contains(u"mutual understanding"_s));
    QCOMPARE(json[u"sub_event_ids"_s].toArray().at(0).toInteger(), ids.oneToOne);

    const QJsonObject sub = MeetingJson::toJson(*MeetingRepository(*catalogue).get(ids.oneToOne));
    QCOMPARE(sub[u"parent_id"_s].toInteger(), ids.meeting);
}

void TestMeetingJson::partialDatesAreWrittenAtTheirPrecision()
{
    Meeting m;
    m.start = PartialDate::month(2009, 11);
    QCOMPARE(MeetingJson::toJson(m)[u"start_date"_s].toString(), u"2009-11"_s);
    QCOMPARE(MeetingJson::toJson(m)[u"end_date"_s].toString(), u"2009-11"_s);
    m.start = PartialDate::year(2009);
    m.end = PartialDate::year(2010);
    QCOMPARE(MeetingJson::toJson(m)[u"start_date"_s].toString(), u"2009"_s);
    QCOMPARE(MeetingJson::toJson(m)[u"end_date"_s].toString(), u"2010"_s);
}

QTEST_GUILESS_MAIN(TestMeetingJson)
#include "tst_meetingjson.moc"

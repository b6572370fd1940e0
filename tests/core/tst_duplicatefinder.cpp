#include "sample/samplecatalogue.h"
#include "storage/duplicatefinder.h"
#include "storage/meetingrepository.h"
#include "testcatalogue.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace entente;

class TestDuplicateFinder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void sameCountriesWithinADay_data();
    void sameCountriesWithinADay();
    void subEventsNeverCount();

private:
    test::TestCatalogue m_catalogue;
    SampleCatalogue::Ids m_ids;
};

void TestDuplicateFinder::initTestCase()
{
    m_ids = m_catalogue.addSample();
    QVERIFY(m_ids.meeting > 0);
}

void TestDuplicateFinder::sameCountriesWithinADay_data()
{
    QTest::addColumn<PartialDate>("start");
    QTest::addColumn<QStringList>("countries");
    QTest::addColumn<bool>("duplicate");
    const QStringList both = {u"BLR"_s, u"RUS"_s};
    QTest::newRow("same day, roles swapped") << PartialDate::day(2009, 11, 25) << both << true;
    QTest::newRow("the day after") << PartialDate::day(2009, 11, 26) << both << true;
    QTest::newRow("the day before") << PartialDate::day(2009, 11, 24) << both << true;
    QTest::newRow("two days after") << PartialDate::day(2009, 11, 27) << both << false;
    QTest::newRow("known to the month") << PartialDate::month(2009, 11) << both << true;
    QTest::newRow("another pair") << PartialDate::day(2009, 11, 25)
                                  << QStringList{u"RUS"_s, u"KAZ"_s} << false;
    QTest::newRow("a third country")
        << PartialDate::day(2009, 11, 25) << QStringList{u"RUS"_s, u"BLR"_s, u"KAZ"_s} << false;
}

void TestDuplicateFinder::sameCountriesWithinADay()
{
    QFETCH(PartialDate, start);
    QFETCH(QStringList, countries);
    QFETCH(bool, duplicate);
    Meeting candidate;
    candidate.title = u"Talks"_s;
    candidate.start = start;
    for (const QString &c : countries)
        candidate.parties.append({c, c == u"BLR" ? PartyRole::Host : PartyRole::Guest});
    const auto found = DuplicateFinder(*m_catalogue).probableDuplicates(candidate);
    QVERIFY(found);
    QCOMPARE(found->size(), duplicate ? 1 : 0);
    if (duplicate) {
        QCOMPARE(found->at(0).id, m_ids.meeting);
        QVERIFY(found->at(0).title.startsWith(u"Joint meeting"_s));
        QCOMPARE(found->at(0).place, u"Moscow"_s);
    }
}

void TestDuplicateFinder::subEventsNeverCount()
{
    const DuplicateFinder finder(*m_catalogue);
    // The sample meeting itself, being edited: its own sub-event shares parties and date.
    const Meeting sample = *MeetingRepository(*m_catalogue).get(m_ids.meeting);
    QCOMPARE(finder.probableDuplicates(sample)->size(), 0);
    // A new sub-event of it: part of the meeting, not a second record.
    Meeting sub = SampleCatalogue::oneToOne(m_ids.meeting, m_ids.lavrov, m_ids.martynov);
    QCOMPARE(finder.probableDuplicates(sub)->size(), 0);
}

QTEST_GUILESS_MAIN(TestDuplicateFinder)
#include "tst_duplicatefinder.moc"

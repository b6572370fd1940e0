#include "domain/duplicaterule.h"
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
    void aTourThatCameBackIsNotARepeat_data();
    void aTourThatCameBackIsNotARepeat();

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
    QTest::addColumn<QString>("place");
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("reasons"); // empty: not a duplicate

    // The sample: the joint collegium meeting, Moscow, 25 November 2009, Russia and Belarus.
    const QStringList both = {u"BLR"_s, u"RUS"_s};
    const QString collegium = u"joint_collegium"_s;
    const QString title = u"Joint meeting of the collegiums of the foreign ministries"_s;
    QTest::newRow("same day and place, roles swapped")
        << PartialDate::day(2009, 11, 25) << both << u"Moscow"_s << collegium << u"Talks"_s
        << u"same_parties,same_place,overlapping_dates,same_format"_s;
    QTest::newRow("re-imported with an edited title")
        << PartialDate::day(2009, 11, 25) << both << u"Moscow"_s << collegium
        << u"Joint session of the two collegiums in Moscow"_s
        << u"same_parties,same_place,overlapping_dates,same_format"_s;
    QTest::newRow("the day after, same place")
        << PartialDate::day(2009, 11, 26) << both << u"moscow"_s << collegium << u"Talks"_s
        << u"same_parties,same_place,same_format"_s;
    QTest::newRow("no place, a similar title, the day before")
        << PartialDate::day(2009, 11, 24) << both << QString() << collegium << title
        << u"same_parties,similar_title,same_format"_s;
    QTest::newRow("no place, same day and format")
        << PartialDate::day(2009, 11, 25) << both << QString() << collegium << u"Session"_s
        << u"same_parties,overlapping_dates,same_format"_s;
    QTest::newRow("known to the month, same place")
        << PartialDate::month(2009, 11) << both << u"Moscow"_s << collegium << u"Talks"_s
        << u"same_parties,same_place,overlapping_dates,same_format"_s;
    QTest::newRow("the next leg of a tour")
        << PartialDate::day(2009, 11, 26) << both << u"Saint Petersburg"_s << collegium << title
        << QString();
    QTest::newRow("same day and city, another format")
        << PartialDate::day(2009, 11, 25) << both << u"Moscow"_s << u"talks"_s << title
        << QString();
    QTest::newRow("no place, the day after, another title")
        << PartialDate::day(2009, 11, 26) << both << QString() << collegium << u"Consultations"_s
        << QString();
    QTest::newRow("two days after")
        << PartialDate::day(2009, 11, 27) << both << u"Moscow"_s << collegium << title << QString();
    QTest::newRow("another pair") << PartialDate::day(2009, 11, 25)
                                  << QStringList{u"RUS"_s, u"KAZ"_s} << u"Moscow"_s << collegium
                                  << title << QString();
    QTest::newRow("a third country")
        << PartialDate::day(2009, 11, 25) << QStringList{u"RUS"_s, u"BLR"_s, u"KAZ"_s}
        << u"Moscow"_s << collegium << title << QString();
}

void TestDuplicateFinder::sameCountriesWithinADay()
{
    QFETCH(PartialDate, start);
    QFETCH(QStringList, countries);
    QFETCH(QString, place);
    QFETCH(QString, format);
    QFETCH(QString, title);
    QFETCH(QString, reasons);
    Meeting candidate;
    candidate.title = title;
    candidate.start = start;
    candidate.place = place;
    candidate.format = format;
    for (const QString &c : countries)
        candidate.parties.append({c, c == u"BLR" ? PartyRole::Host : PartyRole::Guest});
    const auto found = DuplicateFinder(*m_catalogue).probableDuplicates(candidate);
    QVERIFY(found);
    QCOMPARE(found->size(), reasons.isEmpty() ? 0 : 1);
    if (!reasons.isEmpty()) {
        QCOMPARE(found->at(0).id, m_ids.meeting);
        QVERIFY(found->at(0).title.startsWith(u"Joint meeting"_s));
        QCOMPARE(found->at(0).place, u"Moscow"_s);
        QCOMPARE(DuplicateRule::codes(found->at(0).duplicateReasons).join(u','), reasons);
    }
}

void TestDuplicateFinder::aTourThatCameBackIsNotARepeat_data()
{
    // Damascus on 21–22 July 1992, then Cairo, then Damascus again on 22–23 July (the Secretary
    // of State's shuttle, tests/data/realtrips).
    QTest::addColumn<QString>("laterDates");
    QTest::addColumn<QString>("betweenPlace");
    QTest::addColumn<QStringList>("betweenParties");
    QTest::addColumn<QString>("betweenDate");
    QTest::addColumn<bool>("returnVisit");
    const QStringList usEgypt{u"USA"_s, u"EGY"_s};
    QTest::newRow("went to Cairo and came back")
        << u"1992-07-22/1992-07-23"_s << u"Cairo"_s << usEgypt << u"1992-07-22"_s << true;
    QTest::newRow("the very same dates: recorded twice")
        << u"1992-07-21/1992-07-22"_s << u"Cairo"_s << usEgypt << u"1992-07-22"_s << false;
    QTest::newRow("stayed in Damascus")
        << u"1992-07-22/1992-07-23"_s << u"Damascus"_s << usEgypt << u"1992-07-22"_s << false;
    QTest::newRow("someone else's trip")
        << u"1992-07-22/1992-07-23"_s << u"Cairo"_s << QStringList{u"FRA"_s, u"EGY"_s}
        << u"1992-07-22"_s << false;
    QTest::newRow("not in between")
        << u"1992-07-22/1992-07-23"_s << u"Cairo"_s << usEgypt << u"1992-07-25"_s << false;
}

void TestDuplicateFinder::aTourThatCameBackIsNotARepeat()
{
    QFETCH(QString, laterDates);
    QFETCH(QString, betweenPlace);
    QFETCH(QStringList, betweenParties);
    QFETCH(QString, betweenDate);
    QFETCH(bool, returnVisit);
    const QString title = u"Discussed the Middle East peace process with President Assad."_s;
    const DuplicateRule::Facts earlier{title,
                                       PartialDate::fromIso(u"1992-07-21"_s),
                                       PartialDate::fromIso(u"1992-07-22"_s),
                                       u"Damascus"_s,
                                       u"talks"_s,
                                       {u"USA"_s, u"SYR"_s}};
    const DuplicateRule::Facts later{title,
                                     PartialDate::fromIso(laterDates.section(u'/', 0, 0)),
                                     PartialDate::fromIso(laterDates.section(u'/', 1, 1)),
                                     u"Damascus"_s,
                                     u"talks"_s,
                                     {u"USA"_s, u"SYR"_s}};
    const DuplicateRule::Facts between{u"Talks with President Mubarak."_s,
                                       PartialDate::fromIso(betweenDate),
                                       PartialDate::fromIso(betweenDate),
                                       betweenPlace,
                                       u"talks"_s,
                                       betweenParties};
    // Alone, the two legs look like one meeting; what came between says whether they are.
    QVERIFY(DuplicateRule::compare(later, earlier) != 0);
    QCOMPARE(DuplicateRule::isReturnVisit(earlier, later, between), returnVisit);
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

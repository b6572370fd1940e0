#include "storage/documentrepository.h"
#include "storage/meetingrepository.h"
#include "storage/persondirectory.h"
#include "testcatalogue.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace entente;

// The read services the editors use: people by the beginning of a name, a person's meetings,
// and documents across the catalogue with their chains of links.
class TestPersonDirectory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void completesInEitherScript_data();
    void completesInEitherScript();
    void listsAPersonsMeetings();
    void listsEverybody();
    void documentsChainBothWays();
    void documentsAreFoundByTitleWords();

private:
    test::TestCatalogue m_catalogue;
    SampleCatalogue::Ids m_ids;
};

void TestPersonDirectory::initTestCase()
{
    m_ids = m_catalogue.addSample();
    QVERIFY(m_ids.martynov > 0);
}

void TestPersonDirectory::completesInEitherScript_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QStringList>("names");
    const QStringList lavrov = {u"Sergey Lavrov"_s};
    const QStringList both = {u"Sergey Lavrov"_s, u"Sergey Martynov"_s};
    QTest::newRow("latin prefix") << u"lavr"_s << lavrov;
    QTest::newRow("cyrillic prefix") << u"Лавр"_s << lavrov;
    QTest::newRow("first name and prefix") << u"sergey mart"_s << QStringList{u"Sergey Martynov"_s};
    QTest::newRow("first name only") << u"Серг"_s << both;
    QTest::newRow("belarusian alias") << u"Мартынаў"_s << QStringList{u"Sergey Martynov"_s};
    QTest::newRow("nobody") << u"Putin"_s << QStringList();
    QTest::newRow("empty") << u"  "_s << QStringList();
}

void TestPersonDirectory::completesInEitherScript()
{
    QFETCH(QString, typed);
    QFETCH(QStringList, names);
    const auto found = PersonDirectory(*m_catalogue).complete(typed);
    QVERIFY(found);
    QStringList got;
    for (const PersonSummary &p : *found)
        got.append(p.displayName());
    got.sort();
    QCOMPARE(got, names);
}

void TestPersonDirectory::listsAPersonsMeetings()
{
    const auto meetings = PersonDirectory(*m_catalogue).meetingsOf(m_ids.martynov);
    QVERIFY(meetings);
    QCOMPARE(meetings->size(), 2);
    QCOMPARE(meetings->at(0).id, m_ids.meeting);
    QCOMPARE(meetings->at(1).id, m_ids.oneToOne);
    QCOMPARE(meetings->at(1).parentId, m_ids.meeting);
    QCOMPARE(meetings->at(0).position, u"Minister of Foreign Affairs of the Republic of Belarus"_s);
    QVERIFY(meetings->at(0).head);
    QCOMPARE(meetings->at(0).start, PartialDate::day(2009, 11, 25));
}

void TestPersonDirectory::listsEverybody()
{
    const auto people = PersonDirectory(*m_catalogue).all();
    QVERIFY(people);
    QCOMPARE(people->size(), 2);
    QCOMPARE(people->at(0).nameNative, u"Сергей Лавров"_s);
    QCOMPARE(people->at(0).country, u"RUS"_s);
    QCOMPARE(people->at(0).meetings, 2);
}

void TestPersonDirectory::documentsChainBothWays()
{
    const Meeting sample = *MeetingRepository(*m_catalogue).get(m_ids.meeting);
    const qint64 programme = sample.documents.at(0).id;
    const qint64 plan = sample.documents.at(1).id;
    DocumentRepository documents(*m_catalogue);
    for (qint64 start : {programme, plan}) {
        QList<StoredLink> links;
        const auto chain = documents.chain(start, &links);
        QVERIFY(chain);
        QCOMPARE(chain->size(), 2);
        QCOMPARE(links, (QList<StoredLink>{{plan, programme, DocumentRelation::Develops}}));
    }
    const auto page = documents.page(0, 10);
    QCOMPARE(page->size(), 2);
    QCOMPARE(page->at(0).meetingId, m_ids.meeting);
    QCOMPARE(page->at(0).periodEnd, PartialDate::year(2011));
    QCOMPARE(documents.page(page->at(0).id, 10)->size(), 1);
}

void TestPersonDirectory::documentsAreFoundByTitleWords()
{
    DocumentRepository documents(*m_catalogue);
    const auto found = documents.findByTitle(u"consultations PLAN"_s);
    QVERIFY(found);
    QCOMPARE(found->size(), 1);
    QVERIFY(found->at(0).title.startsWith(u"Plan of Consultations"_s));
    QCOMPARE(documents.findByTitle(u"100%"_s)->size(), 0);
}

QTEST_GUILESS_MAIN(TestPersonDirectory)
#include "tst_persondirectory.moc"

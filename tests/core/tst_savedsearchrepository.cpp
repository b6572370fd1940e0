// Saved searches: kept in the catalogue under unique names.

#include "storage/savedsearchrepository.h"
#include "testcatalogue.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace entente;

class TestSavedSearchRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void savesListsRenamesAndDeletes();
    void refusesEmptyAndTakenNames();
    void saysWhenASearchIsGone();
    void travelsWithTheCatalogue();
};

void TestSavedSearchRepository::savesListsRenamesAndDeletes()
{
    test::TestCatalogue catalogue;
    SavedSearchRepository saved(*catalogue);
    auto first = saved.save(u"  Belarus   in 2009 "_s, u" country:BLR date:2009 "_s);
    QVERIFY(first);
    auto second = saved.save(u"Ministers"_s, u"minister:Иванов OR minister:Tokayev"_s);
    QVERIFY(second);

    auto list = saved.list();
    QVERIFY(list);
    QCOMPARE(list->size(), 2);
    QCOMPARE(list->at(0).id, *first);
    QCOMPARE(list->at(0).name, u"Belarus in 2009"_s); // white space tidied
    QCOMPARE(list->at(0).query, u"country:BLR date:2009"_s);
    QCOMPARE(list->at(1).name, u"Ministers"_s);
    QVERIFY(list->at(0).sortOrder < list->at(1).sortOrder);

    QVERIFY(saved.rename(*first, u"Belarus, 2009"_s));
    QVERIFY(saved.rename(*first, u"Belarus, 2009"_s)); // the same name again is no clash
    QVERIFY(saved.remove(*second));
    list = saved.list();
    QVERIFY(list);
    QCOMPARE(list->size(), 1);
    QCOMPARE(list->at(0).name, u"Belarus, 2009"_s);
}

void TestSavedSearchRepository::refusesEmptyAndTakenNames()
{
    test::TestCatalogue catalogue;
    SavedSearchRepository saved(*catalogue);
    auto a = saved.save(u"A"_s, u"x"_s);
    QVERIFY(a);
    auto b = saved.save(u"B"_s, u"y"_s);
    QVERIFY(b);

    auto empty = saved.save(u"   "_s, u"x"_s);
    QVERIFY(!empty);
    QCOMPARE(empty.error().kind, Error::Kind::Invalid);
    auto taken = saved.save(u"A"_s, u"z"_s);
    QVERIFY(!taken);
    QCOMPARE(taken.error().kind, Error::Kind::Invalid);
    QVERIFY(taken.error().message.contains(u"already a saved search called “A”"_s));
    const Status renamed = saved.rename(*b, u"A"_s);
    QVERIFY(!renamed);
    QCOMPARE(renamed.error().kind, Error::Kind::Invalid);
    QCOMPARE(saved.list()->size(), 2);
}

void TestSavedSearchRepository::saysWhenASearchIsGone()
{
    test::TestCatalogue catalogue;
    SavedSearchRepository saved(*catalogue);
    QCOMPARE(saved.rename(42, u"X"_s).error().kind, Error::Kind::NotFound);
    QCOMPARE(saved.remove(42).error().kind, Error::Kind::NotFound);
}

void TestSavedSearchRepository::travelsWithTheCatalogue()
{
    test::TestCatalogue catalogue;
    QVERIFY(SavedSearchRepository(*catalogue).save(u"Kept"_s, u"topic:energy"_s));
    QVERIFY(catalogue.reopen());
    auto list = SavedSearchRepository(*catalogue).list();
    QVERIFY(list);
    QCOMPARE(list->size(), 1);
    QCOMPARE(list->first().query, u"topic:energy"_s);
}

QTEST_GUILESS_MAIN(TestSavedSearchRepository)
#include "tst_savedsearchrepository.moc"

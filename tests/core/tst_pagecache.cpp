#include "models/pagecache.h"

#include <QTest>

using namespace entente;

class TestPageCache : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void findsRowsInLoadedPages()
    {
        PageCache<int> cache(10, 3);
        QCOMPARE(cache.pageOf(0), std::size_t(0));
        QCOMPARE(cache.pageOf(25), std::size_t(2));
        QVERIFY(!cache.find(5));
        cache.insert(0, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9});
        QCOMPARE(*cache.find(5), 5);
        QVERIFY(!cache.find(10));
        cache.insert(1, {10, 11}); // a short last page
        QCOMPARE(*cache.find(11), 11);
        QVERIFY(!cache.find(12));
    }

    void evictsTheLeastRecentlyUsedPage()
    {
        PageCache<int> cache(2, 2);
        cache.insert(0, {0, 1});
        cache.insert(1, {2, 3});
        QVERIFY(cache.find(0)); // page 0 is now the most recent
        cache.insert(2, {4, 5});
        QCOMPARE(cache.pageCount(), std::size_t(2));
        QVERIFY(cache.find(0));
        QVERIFY(!cache.find(2)); // page 1 went
        QVERIFY(cache.find(4));
        cache.clear();
        QCOMPARE(cache.pageCount(), std::size_t(0));
    }

    void replacingAPageKeepsTheBound()
    {
        PageCache<int> cache(2, 2);
        cache.insert(0, {0, 1});
        cache.insert(0, {7, 8});
        QCOMPARE(*cache.find(1), 8);
        QCOMPARE(cache.pageCount(), std::size_t(1));
    }
};

QTEST_GUILESS_MAIN(TestPageCache)
#include "tst_pagecache.moc"

#include "storage/catalogueconnection.h"
#include "storage/sqlquery.h"
#include "storage/transaction.h"
#include "testcatalogue.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace entente;

class TestTransaction : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void innerRollbackKeepsTheOuterWork();
    void outerRollbackUndoesCommittedInnerWork();

private:
    static bool addFormat(const Catalogue &catalogue, const QString &code);
    static int formats(const Catalogue &catalogue, const QString &code);
};

bool TestTransaction::addFormat(const Catalogue &catalogue, const QString &code)
{
    SqlQuery q(CatalogueConnection::of(catalogue),
               u"INSERT INTO vocabulary (vocabulary, code, label) VALUES "
               "('format', :code, :code)"_s);
    return q.bind(u":code"_s, code).exec(u"test"_s).ok();
}

int TestTransaction::formats(const Catalogue &catalogue, const QString &code)
{
    SqlQuery q(CatalogueConnection::of(catalogue),
               u"SELECT count(*) FROM vocabulary WHERE code = :code"_s);
    return q.bind(u":code"_s, code).scalar(u"test"_s)->toInt();
}

void TestTransaction::innerRollbackKeepsTheOuterWork()
{
    test::TestCatalogue catalogue;
    {
        auto outer = Transaction::begin(*catalogue);
        QVERIFY(outer.ok());
        QVERIFY(addFormat(*catalogue, u"outer"_s));
        {
            auto inner = Transaction::begin(*catalogue);
            QVERIFY(inner.ok());
            QVERIFY(addFormat(*catalogue, u"inner"_s));
            // no commit: rolled back to the savepoint
        }
        QCOMPARE(formats(*catalogue, u"inner"_s), 0);
        QVERIFY(outer->commit().ok());
    }
    QCOMPARE(formats(*catalogue, u"outer"_s), 1);
    QCOMPARE(formats(*catalogue, u"inner"_s), 0);
    // Later transactions start from the top again.
    auto next = Transaction::begin(*catalogue);
    QVERIFY(next.ok());
    QVERIFY(next->commit().ok());
}

void TestTransaction::outerRollbackUndoesCommittedInnerWork()
{
    test::TestCatalogue catalogue;
    {
        auto outer = Transaction::begin(*catalogue);
        QVERIFY(outer.ok());
        {
            auto inner = Transaction::begin(*catalogue);
            QVERIFY(addFormat(*catalogue, u"inner"_s));
            QVERIFY(inner->commit().ok());
        }
        QCOMPARE(formats(*catalogue, u"inner"_s), 1);
    }
    QCOMPARE(formats(*catalogue, u"inner"_s), 0);
    QCOMPARE(test::rowCount(catalogue.path(), u"vocabulary"_s), 27);
}

QTEST_GUILESS_MAIN(TestTransaction)
#include "tst_transaction.moc"

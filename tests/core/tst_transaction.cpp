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
    SqlQuery q(catalogue.database(), u"INSERT INTO vocabulary (vocabulary, code, label) VALUES "
                                     "('format', :code, :code)"_s);
    return q.bind(u":code"_s, code).exec(u"test"_s).ok();
}

int TestTransaction::formats(const Catalogue &catalogue, const QString &code)
{
    SqlQuery q(catalogue.database(), u"SELECT count(*) FROM vocabulary WHERE code = :code"_s);
    return q.bind(u":code"_s, code).scalar(u"test"_s)->toInt();
}

void TestTransaction::innerRollbackKeepsTheOuterWork()
{
    test::TestCatalogue catalogue;
    {
        Transaction outer(catalogue->database());
        QVERIFY(outer.begin().ok());
        QVERIFY(addFormat(*catalogue, u"outer"_s));
        {
            Transaction inner(catalogue->database());
            QVERIFY(inner.begin().ok());
            QVERIFY(addFormat(*catalogue, u"inner"_s));
            // no commit: rolled back to the savepoint
        }
        QCOMPARE(formats(*catalogue, u"inner"_s), 0);
        QVERIFY(outer.commit().ok());
    }
    QCOMPARE(formats(*catalogue, u"outer"_s), 1);
    QCOMPARE(formats(*catalogue, u"inner"_s), 0);
    // Later transactions start from the top again.
    Transaction next(catalogue->database());
    QVERIFY(next.begin().ok());
    QVERIFY(next.commit().ok());
}

void TestTransaction::outerRollbackUndoesCommittedInnerWork()
{
    test::TestCatalogue catalogue;
    {
        Transaction outer(catalogue->database());
        QVERIFY(outer.begin().ok());
        {
            Transaction inner(catalogue->database());
            QVERIFY(addFormat(*catalogue, u"inner"_s));
            QVERIFY(inner.commit().ok());
        }
        QCOMPARE(formats(*catalogue, u"inner"_s), 1);
    }
    QCOMPARE(formats(*catalogue, u"inner"_s), 0);
    QCOMPARE(test::rowCount(catalogue.path(), u"vocabulary"_s), 27);
}

QTEST_GUILESS_MAIN(TestTransaction)
#include "tst_transaction.moc"

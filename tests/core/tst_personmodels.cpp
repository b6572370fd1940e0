#include "models/personcompletionmodel.h"
#include "models/personlistmodel.h"
#include "models/positionsmodel.h"
#include "models/roles.h"
#include "sample/samplecatalogue.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace entente;

class TestPersonModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void listSortsLatinAndCyrillicTogether();
    void listKeepsSelectionsThroughSorting();
    void completionOffersToCreate();
    void positionsEditAndValidate();
};

namespace {
QList<PersonSummary> people()
{
    return {{1, u"Sergey Lavrov"_s, u"Сергей Лавров"_s, u"RUS"_s, 2},
            {2, {}, u"Алексей Абрамов"_s, u"RUS"_s, 0},
            {3, u"Ölzii Bat"_s, {}, u"MNG"_s, 1},
            {4, u"Anna Berg"_s, {}, u"SWE"_s, 5},
            {5, {}, u"Ян Ёлкин"_s, u"BLR"_s, 3}};
}
QStringList column(const QAbstractItemModel &model, int c)
{
    QStringList values;
    for (int r = 0; r < model.rowCount(); ++r)
        values.append(model.index(r, c).data().toString());
    return values;
}
} // namespace

void TestPersonModels::listSortsLatinAndCyrillicTogether()
{
    PersonListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setLocale(QLocale(QLocale::English, QLocale::UnitedKingdom));
    model.setPeople(people());
    // Latin before Cyrillic as the collation of the locale orders scripts, Ö with O.
    QCOMPARE(column(model, PersonColumn::Name),
             (QStringList{u"Anna Berg"_s, u"Ölzii Bat"_s, u"Sergey Lavrov"_s, u"Алексей Абрамов"_s,
                          u"Ян Ёлкин"_s}));
    model.sort(PersonColumn::Meetings, Qt::DescendingOrder);
    QCOMPARE(model.index(0, PersonColumn::Name).data().toString(), u"Anna Berg"_s);
    QCOMPARE(model.index(0, PersonColumn::Meetings).data().toInt(), 5);
    QCOMPARE(model.rowOf(5), 1);
    QCOMPARE(model.index(1, 0).data(Role::Id).toLongLong(), 5);
}

void TestPersonModels::listKeepsSelectionsThroughSorting()
{
    PersonListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPeople(people());
    const QPersistentModelIndex lavrov = model.index(model.rowOf(1), PersonColumn::Name);
    model.sort(PersonColumn::Name, Qt::DescendingOrder);
    QCOMPARE(lavrov.data().toString(), u"Sergey Lavrov"_s);
    QCOMPARE(lavrov.row(), model.rowOf(1));
}

void TestPersonModels::completionOffersToCreate()
{
    PersonCompletionModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setCountryNames({{u"RUS"_s, u"Russia"_s}});
    model.setMatches({people().at(0)}, u"Lavr"_s);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0).data().toString(), u"Sergey Lavrov · Сергей Лавров · Russia"_s);
    QCOMPARE(model.index(0).data(Qt::EditRole).toString(), u"Sergey Lavrov"_s);
    QCOMPARE(model.index(1).data().toString(), u"New person “Lavr”…"_s);
    QCOMPARE(model.index(1).data(Role::Id).toLongLong(), 0);
    model.setMatches({}, u" "_s);
    QCOMPARE(model.rowCount(), 0);
}

void TestPersonModels::positionsEditAndValidate()
{
    PositionsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setCountryNames({{u"BLR"_s, u"Belarus"_s}});
    model.setLocale(QLocale(QLocale::English, QLocale::UnitedKingdom));
    model.setPositions(SampleCatalogue::martynov().positions);
    QSignalSpy edited(&model, &PositionsModel::edited);
    QCOMPARE(model.index(0, PositionColumn::Country).data().toString(), u"Belarus"_s);
    QCOMPARE(model.index(0, PositionColumn::From).data().toString(), u"March 2003"_s);
    QCOMPARE(model.index(0, PositionColumn::To).data().toString(), u"August 2012"_s);
    const QModelIndex added = model.addPosition(u"BLR"_s);
    QCOMPARE(edited.count(), 0);
    QCOMPARE(added.data(Role::Problem).toString(), u"a position needs a title"_s);
    QCOMPARE(added.siblingAtColumn(PositionColumn::To).data().toString(), u"to date"_s);
    QVERIFY(model.setData(added, u"Ambassador to Poland"_s));
    QVERIFY(model.setData(added.siblingAtColumn(PositionColumn::From),
                          QVariant::fromValue(PartialDate::year(2001))));
    QVERIFY(model.setData(added.siblingAtColumn(PositionColumn::To),
                          QVariant::fromValue(PartialDate::year(2000))));
    QCOMPARE(added.data(Role::Problem).toString(),
             u"the term ends (2000) before it starts (2001)"_s);
    QCOMPARE(edited.count(), 3);
    model.removePosition(1);
    QCOMPARE(model.positions(), SampleCatalogue::martynov().positions);
}

QTEST_GUILESS_MAIN(TestPersonModels)
#include "tst_personmodels.moc"

#include "models/roles.h"
#include "models/sourcesmodel.h"
#include "models/topicsmodel.h"
#include "sample/samplecatalogue.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace entente;

// The smaller editor models: a meeting's sources and its topics.
class TestMeetingPartsModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sourcesEditTableAndText();
    void topicsAddOnceRemoveAndMove();
};

void TestMeetingPartsModels::sourcesEditTableAndText()
{
    SourcesModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setLocale(QLocale(QLocale::English, QLocale::UnitedKingdom));
    const Meeting m = SampleCatalogue::jointCollegium(1, 2);
    model.setSources(m.sources);
    QSignalSpy edited(&model, &SourcesModel::edited);
    QCOMPARE(model.index(0, SourceColumn::Published).data().toString(), u"25 November 2009"_s);
    QCOMPARE(model.index(0, SourceColumn::Publisher).data().toString(), m.sources.at(0).publisher);
    const QModelIndex added = model.addSource();
    QVERIFY(model.setData(added, u"BelTA"_s));
    QVERIFY(model.setData(added.siblingAtColumn(SourceColumn::Url), u" https://belta.by/x "_s));
    QVERIFY(model.setData(added.siblingAtColumn(SourceColumn::Published),
                          QVariant::fromValue(PartialDate::day(2009, 2, 30))));
    QCOMPARE(added.siblingAtColumn(SourceColumn::Published).data(Role::Problem).toString(),
             u"2009-02-30 is not a date: February 2009 has 28 days"_s);
    model.setText(1, u"The text."_s);
    QCOMPARE(model.text(1), u"The text."_s);
    QCOMPARE(model.sources().at(1).url, u"https://belta.by/x"_s);
    QCOMPARE(edited.count(), 5);
    model.removeSource(1);
    QCOMPARE(model.sources(), m.sources);
}

void TestMeetingPartsModels::topicsAddOnceRemoveAndMove()
{
    TopicsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setTopics({{3, u"Disarmament"_s}, {4, u"Economic diplomacy"_s}});
    QSignalSpy edited(&model, &TopicsModel::edited);
    QVERIFY(model.addTopic({0, u"Arctic"_s}));
    QVERIFY(!model.addTopic({0, u"DISARMAMENT"_s}));
    QVERIFY(!model.addTopic({4, u"Economy"_s}));
    QCOMPARE(model.index(2).data(Role::Id).toLongLong(), 0);
    QVERIFY(model.moveTopic(2, -2));
    QCOMPARE(model.topics().at(0).name, u"Arctic"_s);
    model.removeTopic(1);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(edited.count(), 3);
}

QTEST_GUILESS_MAIN(TestMeetingPartsModels)
#include "tst_meetingpartsmodels.moc"

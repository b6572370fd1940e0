// MeetingTableModel::applyChanges: an edit updates, moves, inserts or removes its own rows, with no
// reset, the rows read so far stay where they are, and the table ends in the order a fresh read
// gives.

#include "models/meetingtablemodel.h"
#include "models/roles.h"
#include "query/searchparser.h"
#include "storage/catalogueconnection.h"
#include "storage/meetingrepository.h"
#include "storage/meetingtablequery.h"
#include "testcatalogue.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace entente;

class TestTableModelUpdates : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void anEditedTitleIsOneRowChanged();
    void aNewDateMovesTheRowAndItsSelection();
    void aCreatedMeetingIsInsertedInItsPlace();
    void deletedMeetingsLeaveOneByOne();
    void adjacentRowsLeaveTogether();
    void aMeetingThatStopsMatchingLeavesTheSearch();
    void severalMovesStartOver();

private:
    std::unique_ptr<MeetingTableModel> makeModel() const;
    // Every row's meeting id, read to the end.
    static QList<qint64> idsOf(const MeetingTableModel &model);
    void readAll(const MeetingTableModel &model) const;

    std::unique_ptr<test::TestCatalogue> m_catalogue;
    QList<qint64> m_ids; // in the order written
    std::unique_ptr<MeetingTableModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestTableModelUpdates::init()
{
    m_catalogue = std::make_unique<test::TestCatalogue>();
    QVERIFY(*m_catalogue);
    QSqlQuery(CatalogueConnection::of(**m_catalogue))
        .exec(u"PRAGMA synchronous = OFF"_s); // test speed only
    MeetingRepository meetings(**m_catalogue);
    m_ids.clear();
    // 600 meetings, three pages, one a day from 2001 on.
    for (int i = 0; i < 600; ++i) {
        Meeting m;
        m.title = u"Consultations round %1"_s.arg(i, 3, 10, QChar(u'0'));
        m.start = PartialDate::day(2001 + i / 300, 1 + (i / 28) % 10, 1 + i % 28);
        m.end = m.start;
        m.parties = {{u"FRA"_s, PartyRole::Host}, {u"DEU"_s, PartyRole::Guest}};
        m.place = u"Paris"_s;
        auto id = meetings.create(m);
        QVERIFY2(id, id ? "" : qPrintable(id.error().message));
        m_ids.append(*id);
    }
    m_model = makeModel();
    m_model->sort(MeetingColumn::Date, Qt::AscendingOrder);
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    readAll(*m_model);
}

void TestTableModelUpdates::cleanup()
{
    m_tester.reset();
    m_model.reset();
    m_catalogue.reset();
}

std::unique_ptr<MeetingTableModel> TestTableModelUpdates::makeModel() const
{
    return std::make_unique<MeetingTableModel>(std::make_unique<MeetingTableQuery>(**m_catalogue));
}

void TestTableModelUpdates::readAll(const MeetingTableModel &model) const
{
    for (int row = 0; row < model.rowCount(); ++row)
        (void)model.meetingId(row);
}

QList<qint64> TestTableModelUpdates::idsOf(const MeetingTableModel &model)
{
    QList<qint64> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.append(model.meetingId(row));
    return ids;
}

void TestTableModelUpdates::anEditedTitleIsOneRowChanged()
{
    MeetingRepository meetings(**m_catalogue);
    Meeting m = *meetings.get(m_ids.at(300));
    const int row = m_model->rowOfLoaded(m.id);
    QVERIFY(row >= 0);
    m.title = u"Strategic dialogue"_s;
    const Status updated = meetings.update(m);
    QVERIFY2(updated, updated ? "" : qPrintable(updated.error().message));

    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    QVERIFY(m_model->applyChanges({m.id}, {}));
    QCOMPARE(reset.count(), 0);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).value<QModelIndex>().row(), row);
    QCOMPARE(m_model->index(row, MeetingColumn::Title).data().toString(), u"Strategic dialogue"_s);
    QCOMPARE(m_model->rowCount(), 600);
}

void TestTableModelUpdates::aNewDateMovesTheRowAndItsSelection()
{
    MeetingRepository meetings(**m_catalogue);
    Meeting m = *meetings.get(m_ids.at(10));
    const QPersistentModelIndex selected(m_model->index(m_model->rowOfLoaded(m.id), 0));
    QVERIFY(selected.isValid());
    m.start = PartialDate::day(2020, 5, 9); // after every other meeting
    m.end = m.start;
    const Status updated = meetings.update(m);
    QVERIFY2(updated, updated ? "" : qPrintable(updated.error().message));

    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    QSignalSpy moved(m_model.get(), &QAbstractItemModel::rowsMoved);
    QVERIFY(m_model->applyChanges({m.id}, {}));
    QCOMPARE(reset.count(), 0);
    QCOMPARE(moved.count(), 1);
    QCOMPARE(selected.row(), 599);
    QCOMPARE(m_model->meetingId(selected.row()), m.id);
    QCOMPARE(selected.data(Role::IsoDate).toString(), u"2020-05-09"_s);
    const auto fresh = makeModel();
    fresh->sort(MeetingColumn::Date, Qt::AscendingOrder);
    QCOMPARE(idsOf(*m_model), idsOf(*fresh));
}

void TestTableModelUpdates::aCreatedMeetingIsInsertedInItsPlace()
{
    Meeting m;
    m.title = u"Talks on the sidelines"_s;
    m.start = PartialDate::day(2001, 6, 15);
    m.end = m.start;
    m.parties = {{u"FRA"_s, PartyRole::Host}, {u"DEU"_s, PartyRole::Guest}};
    const auto id = MeetingRepository(**m_catalogue).create(m);
    QVERIFY(id);

    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    QVERIFY(m_model->applyChanges({*id}, {}));
    QCOMPARE(reset.count(), 0);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(m_model->rowCount(), 601);
    const int row = inserted.at(0).at(1).toInt();
    QCOMPARE(m_model->meetingId(row), *id);
    QCOMPARE(m_model->index(row, MeetingColumn::Title).data().toString(), m.title);
    const auto fresh = makeModel();
    fresh->sort(MeetingColumn::Date, Qt::AscendingOrder);
    QCOMPARE(idsOf(*m_model), idsOf(*fresh));
}

void TestTableModelUpdates::deletedMeetingsLeaveOneByOne()
{
    MeetingRepository meetings(**m_catalogue);
    const QList<qint64> gone = {m_ids.at(3), m_ids.at(299), m_ids.at(598)};
    for (const qint64 id : gone)
        QVERIFY(meetings.remove(id));
    const QPersistentModelIndex kept(m_model->index(m_model->rowOfLoaded(m_ids.at(400)), 0));

    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
    QVERIFY(m_model->applyChanges({}, gone));
    QCOMPARE(reset.count(), 0);
    QCOMPARE(removed.count(), 3);
    QCOMPARE(m_model->rowCount(), 597);
    QCOMPARE(m_model->meetingId(kept.row()), m_ids.at(400));
    const auto fresh = makeModel();
    fresh->sort(MeetingColumn::Date, Qt::AscendingOrder);
    QCOMPARE(idsOf(*m_model), idsOf(*fresh));
}

void TestTableModelUpdates::adjacentRowsLeaveTogether()
{
    // Three neighbours on the border of the first two pages, as a shift-click selects them.
    QList<qint64> gone;
    for (const int row : {254, 255, 256})
        gone.append(m_model->meetingId(row));
    const qint64 after = m_model->meetingId(257);
    MeetingRepository meetings(**m_catalogue);
    for (const qint64 id : gone)
        QVERIFY(meetings.remove(id));

    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
    QVERIFY(m_model->applyChanges({}, gone));
    QCOMPARE(reset.count(), 0);
    QCOMPARE(removed.count(), 1);
    QCOMPARE(removed.at(0).at(1).toInt(), 254);
    QCOMPARE(removed.at(0).at(2).toInt(), 256);
    QCOMPARE(m_model->meetingId(254), after);
    const auto fresh = makeModel();
    fresh->sort(MeetingColumn::Date, Qt::AscendingOrder);
    QCOMPARE(idsOf(*m_model), idsOf(*fresh));
}

void TestTableModelUpdates::aMeetingThatStopsMatchingLeavesTheSearch()
{
    // Only 2002's meetings: 300 rows.
    const auto parsed = SearchParser::parse(u"date:2002"_s);
    QVERIFY(parsed);
    m_model->setQuery(parsed.query());
    readAll(*m_model);
    QCOMPARE(m_model->rowCount(), 300);
    MeetingRepository meetings(**m_catalogue);
    Meeting m = *meetings.get(m_ids.at(450));
    m.start = PartialDate::day(1999, 1, 1);
    m.end = m.start;
    const Status updated = meetings.update(m);
    QVERIFY2(updated, updated ? "" : qPrintable(updated.error().message));

    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    QVERIFY(m_model->applyChanges({m.id}, {}));
    QCOMPARE(reset.count(), 0);
    QCOMPARE(m_model->rowCount(), 299);
    QVERIFY(!idsOf(*m_model).contains(m.id));
}

void TestTableModelUpdates::severalMovesStartOver()
{
    MeetingRepository meetings(**m_catalogue);
    QList<qint64> changed;
    for (const int i : {5, 6}) {
        Meeting m = *meetings.get(m_ids.at(i));
        m.start = PartialDate::day(2020 - i, 1, 1);
        m.end = m.start;
        const Status updated = meetings.update(m);
        QVERIFY2(updated, updated ? "" : qPrintable(updated.error().message));
        changed.append(m.id);
    }
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    QVERIFY(!m_model->applyChanges(changed, {}));
    QCOMPARE(reset.count(), 1);
    const auto fresh = makeModel();
    fresh->sort(MeetingColumn::Date, Qt::AscendingOrder);
    QCOMPARE(idsOf(*m_model), idsOf(*fresh));
}

QTEST_GUILESS_MAIN(TestTableModelUpdates)
#include "tst_tablemodelupdates.moc"

#include "models/meetingtablemodel.h"
#include "models/roles.h"
#include "storage/catalogueconnection.h"
#include "storage/meetingrepository.h"
#include "storage/meetingtablequery.h"
#include "testcatalogue.h"

#include <QAbstractItemModelTester>
#include <QSqlQuery>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace entente;

namespace {

struct Written
{
    qint64 id;
    QString date;
    QString title;
};

} // namespace

class TestMeetingTableModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void passesTheModelTester();
    void showsTheSampleMeetingButNotItsSubEvent();
    void pagesThroughEveryRowInDateOrder();
    void jumpsToTheEndAndBack();
    void sortsInSqlByTitleDescending();
    void keepsABoundedCache();

private:
    std::unique_ptr<MeetingTableModel> makeModel() const;

    test::TestCatalogue m_catalogue;
    SampleCatalogue::Ids m_sample;
    QList<Written> m_written; // every top-level meeting, sample included
};

void TestMeetingTableModel::initTestCase()
{
    QVERIFY(m_catalogue);
    QSqlQuery(CatalogueConnection::of(*m_catalogue))
        .exec(u"PRAGMA synchronous = OFF"_s); // test speed only
    m_sample = m_catalogue.addSample();
    m_written.append(
        {m_sample.meeting, u"2009-11-25"_s, SampleCatalogue::jointCollegium(0, 0).title});
    MeetingRepository meetings(*m_catalogue);
    // 1,300 meetings: several pages, with dates that collide so the id must break ties.
    for (int i = 0; i < 1300; ++i) {
        Meeting m;
        m.title = u"Consultations round %1"_s.arg(i, 4, 10, QChar(u'0'));
        m.start = PartialDate::day(1995 + (i * 7) % 30, 1 + i % 12, 1 + i % 28);
        m.parties = {{u"FRA"_s, PartyRole::Host}, {u"DEU"_s, PartyRole::Guest}};
        m.place = i % 2 ? u"Paris"_s : u"Lyon"_s;
        auto id = meetings.create(m);
        QVERIFY2(id, id ? "" : qPrintable(id.error().message));
        m_written.append({*id, m.start.toIso(), m.title});
    }
}

std::unique_ptr<MeetingTableModel> TestMeetingTableModel::makeModel() const
{
    auto model =
        std::make_unique<MeetingTableModel>(std::make_unique<MeetingTableQuery>(*m_catalogue));
    model->setCountryNames({{u"RUS"_s, u"Russia"_s}, {u"BLR"_s, u"Belarus"_s}});
    return model;
}

void TestMeetingTableModel::passesTheModelTester()
{
    auto model = makeModel();
    QAbstractItemModelTester tester(model.get(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    model->sort(MeetingColumn::Title, Qt::AscendingOrder);
    model->sort(MeetingColumn::Date, Qt::DescendingOrder);
    model->refresh();
    QCOMPARE(model->rowCount(), m_written.size());
}

void TestMeetingTableModel::showsTheSampleMeetingButNotItsSubEvent()
{
    auto model = makeModel();
    model->sort(MeetingColumn::Date, Qt::AscendingOrder);
    int found = -1;
    for (int row = 0; row < model->rowCount(); ++row) {
        const qint64 id = model->meetingId(row);
        QVERIFY(id != m_sample.oneToOne);
        if (id == m_sample.meeting)
            found = row;
    }
    QVERIFY(found >= 0);
    const auto cell = [&](int column) {
        return model->index(found, column).data().toString();
    };
    QCOMPARE(cell(MeetingColumn::Title), SampleCatalogue::jointCollegium(0, 0).title);
    QCOMPARE(cell(MeetingColumn::Place), u"Moscow"_s);
    QCOMPARE(cell(MeetingColumn::Countries), u"Russia, Belarus"_s);
    QCOMPARE(cell(MeetingColumn::Heads), u"Sergey Lavrov, Sergey Martynov"_s);
    QCOMPARE(model->index(found, 0).data(Role::IsoDate).toString(), u"2009-11-25"_s);
}

void TestMeetingTableModel::pagesThroughEveryRowInDateOrder()
{
    QList<Written> expected = m_written;
    std::sort(expected.begin(), expected.end(), [](const Written &a, const Written &b) {
        return std::tie(a.date, a.id) < std::tie(b.date, b.id);
    });
    auto model = makeModel();
    model->sort(MeetingColumn::Date, Qt::AscendingOrder);
    QCOMPARE(model->rowCount(), expected.size());
    for (int row = 0; row < model->rowCount(); ++row) {
        QCOMPARE(model->meetingId(row), expected.at(row).id);
        QCOMPARE(model->index(row, 0).data(Role::IsoDate).toString(), expected.at(row).date);
    }
}

void TestMeetingTableModel::jumpsToTheEndAndBack()
{
    QList<Written> expected = m_written;
    std::sort(expected.begin(), expected.end(), [](const Written &a, const Written &b) {
        return std::tie(a.date, a.id) > std::tie(b.date, b.id);
    });
    auto model = makeModel();
    model->sort(MeetingColumn::Date, Qt::DescendingOrder);
    const int last = model->rowCount() - 1;
    // Straight to the end, to the middle of a page never seen, then back to the start.
    for (int row : {last, last - 300, 700, 3, 0, last}) {
        QCOMPARE(model->meetingId(row), expected.at(row).id);
        QCOMPARE(model->index(row, MeetingColumn::Title).data().toString(), expected.at(row).title);
    }
}

void TestMeetingTableModel::sortsInSqlByTitleDescending()
{
    QList<Written> expected = m_written;
    std::sort(expected.begin(), expected.end(), [](const Written &a, const Written &b) {
        return std::make_tuple(a.title.toLower(), a.id) > std::make_tuple(b.title.toLower(), b.id);
    });
    auto model = makeModel();
    model->sort(MeetingColumn::Title, Qt::DescendingOrder);
    for (int row : {0, 1, 2, 500, model->rowCount() - 1})
        QCOMPARE(model->index(row, MeetingColumn::Title).data().toString(), expected.at(row).title);
}

void TestMeetingTableModel::keepsABoundedCache()
{
    QList<Written> expected = m_written;
    std::sort(expected.begin(), expected.end(), [](const Written &a, const Written &b) {
        return std::tie(a.date, a.id) < std::tie(b.date, b.id);
    });
    // A cache of two pages, read end to start and start to end: never more than two pages held,
    // and every row still right after its page was dropped and read again.
    MeetingTableModel model(std::make_unique<MeetingTableQuery>(*m_catalogue), nullptr, 2);
    model.sort(MeetingColumn::Date, Qt::AscendingOrder);
    for (int row = model.rowCount() - 1; row >= 0; --row) {
        QCOMPARE(model.meetingId(row), expected.at(row).id);
        QVERIFY(model.cachedPageCount() <= 2);
    }
    for (int row = 0; row < model.rowCount(); row += 97)
        QCOMPARE(model.meetingId(row), expected.at(row).id);
    QCOMPARE(model.cachedPageCount(), 2);
}

QTEST_GUILESS_MAIN(TestMeetingTableModel)
#include "tst_meetingtablemodel.moc"

// The meetings table with a search set: the filtered result paged with the same keyset pages,
// in the current sort order, counted in SQL, under QAbstractItemModelTester.

#include "models/meetingtablemodel.h"
#include "models/roles.h"
#include "query/searchparser.h"
#include "search/searchservice.h"
#include "storage/catalogueconnection.h"
#include "storage/meetingrepository.h"
#include "storage/meetingtablequery.h"
#include "storage/personrepository.h"
#include "storage/searchsql.h"
#include "testcatalogue.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
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
    QString place;
};

SearchQuery parsed(const QString &text)
{
    const ParsedSearch p = SearchParser::parse(text);
    return p ? p.query() : SearchQuery{};
}

} // namespace

class TestSearchTableModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void passesTheModelTesterWithAFilter();
    void pagesThroughTheFilteredRowsInTheCurrentOrder();
    void keepsTheSortOrderWhileSearching();
    void takesCountAndFirstPageFromTheService();
    void clearingTheQueryShowsEverything();
    void aQueryMatchingNothingShowsNoRows();
    void walksOnePersonsMeetingsInDateOrder_data();
    void walksOnePersonsMeetingsInDateOrder();

private:
    std::unique_ptr<MeetingTableModel> makeModel() const
    {
        return std::make_unique<MeetingTableModel>(
            std::make_unique<MeetingTableQuery>(*m_catalogue));
    }
    QList<Written> inParis() const;
    QList<Written> in(const QString &place) const;

    test::TestCatalogue m_catalogue;
    QList<Written> m_written;
    qint64 m_person = 0;
};

void TestSearchTableModel::initTestCase()
{
    QVERIFY(m_catalogue);
    QSqlQuery(CatalogueConnection::of(*m_catalogue))
        .exec(u"PRAGMA synchronous = OFF"_s); // test speed only
    Person tazhin;
    tazhin.nameLatin = u"Marat Tazhin"_s;
    tazhin.nameNative = u"Марат Тажин"_s;
    auto person = PersonRepository(*m_catalogue).create(tazhin);
    QVERIFY(person);
    m_person = *person;
    MeetingRepository meetings(*m_catalogue);
    // 700 meetings, 350 of them in Paris: two pages and a half of results. The person heads the
    // French delegation in Lyon.
    for (int i = 0; i < 700; ++i) {
        Meeting m;
        m.title = u"Round %1"_s.arg(i, 3, 10, QChar(u'0'));
        m.start = PartialDate::day(2000 + (i * 7) % 20, 1 + i % 12, 1 + i % 28);
        m.parties = {{u"FRA"_s, PartyRole::Host}, {u"DEU"_s, PartyRole::Guest}};
        m.place = i % 2 ? u"Paris"_s : u"Lyon"_s;
        if (i % 2 == 0)
            m.delegations = {{u"FRA"_s, {{m_person, {}, true, {}, {}}}}};
        auto id = meetings.create(m);
        QVERIFY2(id, id ? "" : qPrintable(id.error().message));
        m_written.append({*id, m.start.toIso(), m.title, m.place});
    }
}

QList<Written> TestSearchTableModel::inParis() const
{
    return in(u"Paris"_s);
}

QList<Written> TestSearchTableModel::in(const QString &place) const
{
    QList<Written> found;
    std::copy_if(m_written.cbegin(), m_written.cend(), std::back_inserter(found),
                 [&](const Written &w) { return w.place == place; });
    return found;
}

void TestSearchTableModel::walksOnePersonsMeetingsInDateOrder_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<int>("order");
    QTest::newRow("head, newest first") << u"head:Tazhin"_s << int(Qt::DescendingOrder);
    QTest::newRow("minister, oldest first") << u"minister:Тажин"_s << int(Qt::AscendingOrder);
    QTest::newRow("with other terms")
        << u"place:lyon minister:Tazhin -place:paris"_s << int(Qt::DescendingOrder);
}

void TestSearchTableModel::walksOnePersonsMeetingsInDateOrder()
{
    QFETCH(QString, query);
    QFETCH(int, order);
    // The driven plan is the one under test.
    auto filter = SearchSql(*m_catalogue).compile(parsed(query));
    QVERIFY(filter);
    QVERIFY(filter->driver);
    QCOMPARE(filter->driver->personId, m_person);

    QList<Written> expected = in(u"Lyon"_s);
    std::sort(expected.begin(), expected.end(), [&](const Written &a, const Written &b) {
        return order == Qt::AscendingOrder ? std::tie(a.date, a.id) < std::tie(b.date, b.id)
                                           : std::tie(a.date, a.id) > std::tie(b.date, b.id);
    });
    auto model = makeModel();
    QAbstractItemModelTester tester(model.get(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    model->sort(MeetingColumn::Date, Qt::SortOrder(order));
    model->setQuery(parsed(query));
    QCOMPARE(model->rowCount(), 350);
    for (int row = 0; row < model->rowCount(); ++row)
        QCOMPARE(model->meetingId(row), expected.at(row).id);
    // Straight to a page never read, along the person's own key.
    auto fresh = makeModel();
    fresh->sort(MeetingColumn::Date, Qt::SortOrder(order));
    fresh->setQuery(parsed(query));
    for (int row : {349, 300, 257, 0})
        QCOMPARE(fresh->meetingId(row), expected.at(row).id);
    // Sorted by title, the same search takes the general plan and the same rows.
    fresh->sort(MeetingColumn::Title, Qt::AscendingOrder);
    QCOMPARE(fresh->rowCount(), 350);
    QVERIFY(fresh->index(0, MeetingColumn::Title).data().toString() <
            fresh->index(349, MeetingColumn::Title).data().toString());
}

void TestSearchTableModel::passesTheModelTesterWithAFilter()
{
    auto model = makeModel();
    QAbstractItemModelTester tester(model.get(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    model->setQuery(parsed(u"place:Paris"_s));
    model->sort(MeetingColumn::Title, Qt::DescendingOrder);
    model->setQuery(parsed(u"place:Paris date:2005..2010"_s));
    model->refresh();
    model->setQuery(parsed(u"place:nowhere"_s));
    model->setQuery(SearchQuery{});
    QCOMPARE(model->rowCount(), m_written.size());
}

void TestSearchTableModel::pagesThroughTheFilteredRowsInTheCurrentOrder()
{
    QList<Written> expected = inParis();
    std::sort(expected.begin(), expected.end(), [](const Written &a, const Written &b) {
        return std::tie(a.date, a.id) > std::tie(b.date, b.id);
    });
    auto model = makeModel();
    model->sort(MeetingColumn::Date, Qt::DescendingOrder);
    model->setQuery(parsed(u"place:paris"_s));
    QCOMPARE(model->rowCount(), 350);
    for (int row = 0; row < model->rowCount(); ++row) {
        QCOMPARE(model->meetingId(row), expected.at(row).id);
        QCOMPARE(model->index(row, MeetingColumn::Place).data().toString(), u"Paris"_s);
    }
    // A jump to a page never read seeks its start in the filtered result too.
    auto fresh = makeModel();
    fresh->sort(MeetingColumn::Date, Qt::DescendingOrder);
    fresh->setQuery(parsed(u"place:paris"_s));
    for (int row : {349, 300, 260, 0})
        QCOMPARE(fresh->meetingId(row), expected.at(row).id);
}

void TestSearchTableModel::keepsTheSortOrderWhileSearching()
{
    QList<Written> expected = inParis();
    std::sort(expected.begin(), expected.end(), [](const Written &a, const Written &b) {
        return std::make_tuple(a.title.toLower(), a.id) > std::make_tuple(b.title.toLower(), b.id);
    });
    auto model = makeModel();
    model->sort(MeetingColumn::Title, Qt::DescendingOrder);
    QSignalSpy reset(model.get(), &QAbstractItemModel::modelReset);
    model->setQuery(parsed(u"place:Paris"_s));
    QCOMPARE(reset.size(), 1);
    QCOMPARE(model->sortKind(), MeetingSort::Title);
    QCOMPARE(model->sortOrder(), Qt::DescendingOrder);
    for (int row : {0, 1, 255, 256, 349})
        QCOMPARE(model->index(row, MeetingColumn::Title).data().toString(), expected.at(row).title);
}

void TestSearchTableModel::takesCountAndFirstPageFromTheService()
{
    auto model = makeModel();
    model->sort(MeetingColumn::Date, Qt::AscendingOrder);
    SearchRequest request{u"place:Paris date:2001"_s};
    request.sort = model->sortKind();
    request.order = model->sortOrder();
    request.facets = false;
    const SearchResult result = SearchService::run(*m_catalogue, request);
    QVERIFY(result.ok());
    QVERIFY(result.count > 0);
    QCOMPARE(result.firstPage.size(), result.count);
    model->setQuery(result.query, result.count, result.firstPage);
    QCOMPARE(model->rowCount(), result.count);
    QCOMPARE(model->cachedPageCount(), 1); // seeded, not read again
    for (int row = 0; row < model->rowCount(); ++row)
        QCOMPARE(model->meetingId(row), result.firstPage.at(row).id);
    QCOMPARE(model->query().text, u"place:Paris date:2001"_s);
}

void TestSearchTableModel::clearingTheQueryShowsEverything()
{
    auto model = makeModel();
    model->setQuery(parsed(u"place:Lyon"_s));
    QCOMPARE(model->rowCount(), 350);
    model->setQuery(SearchQuery{});
    QCOMPARE(model->rowCount(), 700);
}

void TestSearchTableModel::aQueryMatchingNothingShowsNoRows()
{
    auto model = makeModel();
    model->setQuery(parsed(u"place:Marseille"_s));
    QCOMPARE(model->rowCount(), 0);
    QCOMPARE(model->meetingId(0), 0);
}

QTEST_GUILESS_MAIN(TestSearchTableModel)
#include "tst_searchtablemodel.moc"

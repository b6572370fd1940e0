#include "generator/bulkwritersink.h"
#include "generator/cataloguegenerator.h"
#include "generator/meetingsynth.h"
#include "models/meetingtablemodel.h"
#include "models/roles.h"
#include "query/searchparser.h"
#include "search/searchservice.h"
#include "storage/catalogueconnection.h"
#include "storage/countryrepository.h"
#include "storage/meetingrepository.h"
#include "storage/meetingtablequery.h"
#include "testcatalogue.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace entente;

// The meetings table over a generated catalogue of a few thousand meetings: every page, in every
// order, holds what a naive query says it should; jumps far away are read in the background and
// arrive with dataChanged; searches count what a naive query counts.
class TestGeneratedTable : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void everyOrderMatchesANaiveQuery_data();
    void everyOrderMatchesANaiveQuery();
    void cellsMatchTheMeetings();
    void farJumpsArriveInTheBackground();
    void passesTheModelTesterWhileJumping();
    void searchesCountWhatANaiveQueryCounts_data();
    void searchesCountWhatANaiveQueryCounts();

private:
    std::unique_ptr<MeetingTableModel> makeModel() const;
    QList<qint64> naive(const QString &sql) const;

    test::TestCatalogue m_catalogue;
};

void TestGeneratedTable::initTestCase()
{
    QVERIFY(m_catalogue);
    const auto countries = CountryRepository(*m_catalogue).all();
    QVERIFY(countries);
    BulkWriter::Options options;
    options.timestamp = MeetingSynth::createdBase(3);
    BulkWriterSink sink(*m_catalogue, options);
    const auto report = CatalogueGenerator::run(*countries, sink, {3000, 3});
    QVERIFY(report);
}

std::unique_ptr<MeetingTableModel> TestGeneratedTable::makeModel() const
{
    return std::make_unique<MeetingTableModel>(std::make_unique<MeetingTableQuery>(*m_catalogue));
}

QList<qint64> TestGeneratedTable::naive(const QString &sql) const
{
    QSqlQuery q(CatalogueConnection::of(*m_catalogue));
    q.exec(sql);
    QList<qint64> ids;
    while (q.next())
        ids.append(q.value(0).toLongLong());
    return ids;
}

void TestGeneratedTable::everyOrderMatchesANaiveQuery_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("sortColumn");
    QTest::addColumn<Qt::SortOrder>("order");
    QTest::newRow("date, oldest first")
        << int(MeetingColumn::Date) << u"start_date"_s << Qt::AscendingOrder;
    QTest::newRow("date, newest first")
        << int(MeetingColumn::Date) << u"start_date"_s << Qt::DescendingOrder;
    QTest::newRow("title, a to z")
        << int(MeetingColumn::Title) << u"title_key"_s << Qt::AscendingOrder;
    QTest::newRow("title, z to a")
        << int(MeetingColumn::Title) << u"title_key"_s << Qt::DescendingOrder;
    QTest::newRow("place, a to z")
        << int(MeetingColumn::Place) << u"place_key"_s << Qt::AscendingOrder;
    QTest::newRow("place, z to a")
        << int(MeetingColumn::Place) << u"place_key"_s << Qt::DescendingOrder;
}

void TestGeneratedTable::everyOrderMatchesANaiveQuery()
{
    QFETCH(int, column);
    QFETCH(QString, sortColumn);
    QFETCH(Qt::SortOrder, order);
    const QString direction = order == Qt::AscendingOrder ? u"ASC"_s : u"DESC"_s;
    // The reference sorts the whole table in memory: no index, no keyset, no paging.
    const QList<qint64> expected =
        naive(u"SELECT id FROM meetings NOT INDEXED WHERE parent_id IS NULL ORDER BY "_s +
              sortColumn + u' ' + direction + u", id "_s + direction);
    QVERIFY(expected.size() > 2000);
    auto model = makeModel();
    model->sort(column, order);
    QCOMPARE(model->rowCount(), expected.size());
    // Page after page, as a view scrolling down reads them.
    for (int row = 0; row < model->rowCount(); ++row)
        QCOMPARE(model->index(row, column).data(Role::Id).toLongLong(), expected.at(row));
}

void TestGeneratedTable::cellsMatchTheMeetings()
{
    auto model = makeModel();
    model->sort(MeetingColumn::Date, Qt::DescendingOrder);
    for (int row : {0, 1, 255, 256, 700, model->rowCount() - 1}) {
        const qint64 id = model->meetingId(row);
        auto meeting = MeetingRepository(*m_catalogue).get(id);
        QVERIFY(meeting);
        QCOMPARE(model->index(row, MeetingColumn::Title).data().toString(), meeting->title);
        QCOMPARE(model->index(row, MeetingColumn::Place).data().toString(), meeting->place);
        QCOMPARE(model->index(row, 0).data(Role::IsoDate).toString(), meeting->start.toIso());
        // Countries: hosts first; heads in the same order.
        QStringList countries;
        QStringList heads;
        for (const PartyRole role : {PartyRole::Host, PartyRole::Guest, PartyRole::Participant}) {
            for (const Party &p : meeting->parties) {
                if (p.role != role)
                    continue;
                countries.append(p.country);
                if (const Delegation *d = meeting->delegation(p.country); d && d->head())
                    heads.append(d->head()->displayName());
            }
        }
        QCOMPARE(model->index(row, MeetingColumn::Countries).data().toString(),
                 countries.join(u", "_s));
        QCOMPARE(model->index(row, MeetingColumn::Heads).data().toString(), heads.join(u", "_s));
    }
}

void TestGeneratedTable::farJumpsArriveInTheBackground()
{
    const QList<qint64> expected = naive(u"SELECT id FROM meetings WHERE parent_id IS NULL ORDER "
                                         "BY title_key, id"_s);
    auto model = makeModel();
    model->sort(MeetingColumn::Title, Qt::AscendingOrder);
    QSignalSpy changed(model.get(), &QAbstractItemModel::dataChanged);
    const int far = model->rowCount() - 10; // many pages from any page read so far
    QVERIFY(far / MeetingTableModel::pageSize > 5);
    // Not read on this thread: an empty cell for now, the row once the loader has it.
    QVERIFY(!model->index(far, MeetingColumn::Title).data().isValid());
    QTRY_VERIFY(!changed.isEmpty());
    const QModelIndex topLeft = changed.constFirst().at(0).toModelIndex();
    const QModelIndex bottomRight = changed.constFirst().at(1).toModelIndex();
    QVERIFY(topLeft.row() <= far && far <= bottomRight.row());
    QCOMPARE(bottomRight.column(), MeetingColumn::Count - 1);
    QCOMPARE(model->index(far, MeetingColumn::Title).data(Role::Id).toLongLong(), expected.at(far));
    // Once the sample of page starts has arrived, every page is read at once, anywhere.
    QTRY_VERIFY(model->index(far / 2, MeetingColumn::Title).data().isValid());
    for (int row : {far / 3, far / 2 + 300, 12, model->rowCount() - 1})
        QCOMPARE(model->index(row, 0).data(Role::Id).toLongLong(), expected.at(row));
}

void TestGeneratedTable::passesTheModelTesterWhileJumping()
{
    auto model = makeModel();
    QAbstractItemModelTester tester(model.get(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QList<qint64> expected = naive(u"SELECT id FROM meetings WHERE parent_id IS NULL ORDER "
                                         "BY place_key DESC, id DESC"_s);
    model->sort(MeetingColumn::Place, Qt::DescendingOrder);
    const int last = model->rowCount() - 1;
    // To the end and back, and again after a re-sort, letting the background reads land.
    for (int row : {last, 0, last - 700, last, 3}) {
        model->index(row, MeetingColumn::Place).data();
        QTRY_VERIFY(model->index(row, MeetingColumn::Place).data(Role::Id).isValid());
        QCOMPARE(model->index(row, 0).data(Role::Id).toLongLong(), expected.at(row));
    }
    model->sort(MeetingColumn::Date, Qt::AscendingOrder);
    model->index(last, 0).data();
    model->refresh();
    QTRY_VERIFY(model->index(last, 0).data(Role::Id).isValid());
    QCOMPARE(model->meetingId(last),
             naive(u"SELECT id FROM meetings WHERE parent_id IS NULL ORDER BY start_date DESC, id "
                   "DESC LIMIT 1"_s)
                 .constFirst());
}

void TestGeneratedTable::searchesCountWhatANaiveQueryCounts_data()
{
    QTest::addColumn<QString>("search");
    QTest::addColumn<QString>("reference");
    QTest::newRow("date: a month")
        << u"date:2015-06"_s
        << u"SELECT count(*) FROM meetings WHERE parent_id IS NULL AND ((start_precision = 'day' "
           "AND end_precision = 'day' AND start_date <= '2015-06-30' AND end_date >= "
           "'2015-06-01') OR (start_date >= '2015-06-01' AND end_date <= '2015-06-30'))"_s;
    QTest::newRow("format:")
        << u"format:official_visit"_s
        << u"SELECT count(*) FROM meetings WHERE parent_id IS NULL AND format = "
           "'official_visit'"_s;
    QTest::newRow("kind:")
        << u"kind:treaty"_s
        << u"SELECT count(*) FROM meetings m WHERE parent_id IS NULL AND EXISTS (SELECT 1 FROM "
           "documents d WHERE d.meeting_id = m.id AND d.kind = 'treaty')"_s;
    QTest::newRow("two words")
        << u"gas transit"_s
        << u"SELECT count(*) FROM meetings m WHERE parent_id IS NULL AND (SELECT title || ' ' || "
           "summary || ' ' || body FROM meeting_fts WHERE rowid = m.id) LIKE '%gas%' AND (SELECT "
           "title || ' ' || summary || ' ' || body FROM meeting_fts WHERE rowid = m.id) LIKE "
           "'%transit%'"_s;
}

void TestGeneratedTable::searchesCountWhatANaiveQueryCounts()
{
    QFETCH(QString, search);
    QFETCH(QString, reference);
    QSqlQuery q(CatalogueConnection::of(*m_catalogue));
    QVERIFY(q.exec(reference) && q.next());
    const qint64 expected = q.value(0).toLongLong();
    q.finish();
    QVERIFY2(expected > 0, qPrintable(search));
    SearchRequest request{search};
    request.facets = false;
    const SearchResult result = SearchService::run(*m_catalogue, request);
    QVERIFY(result.ok());
    QCOMPARE(result.count, expected);
    auto model = makeModel();
    model->setQuery(result.query, result.count, result.firstPage);
    QCOMPARE(model->rowCount(), expected);
}

QTEST_GUILESS_MAIN(TestGeneratedTable)
#include "tst_generatedtable.moc"

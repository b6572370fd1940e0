// A full-text term matching most of the catalogue: the meetings table checks the meetings near
// either end of the date order one by one instead of collecting every hit first. Its pages,
// seeks and count must be exactly those of the plain result, in every order, including when the
// word is missing from the newest and the oldest meetings.

#include "domain/searchkeys.h"
#include "query/searchparser.h"
#include "storage/catalogueconnection.h"
#include "storage/fulltextwalk.h"
#include "storage/meetingsearch.h"
#include "storage/meetingtablequery.h"
#include "storage/searchsql.h"
#include "testcatalogue.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace entente;

namespace {

SqlFilter compiled(const Catalogue &catalogue, const QString &text)
{
    const ParsedSearch parsed = SearchParser::parse(text);
    auto filter = SearchSql(catalogue).compile(parsed.query());
    return filter ? *filter : SqlFilter();
}

} // namespace

class TestSearchWalk : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void checksCommonWordsOneByOneOnly();
    void pagesAreThoseOfThePlainResult_data();
    void pagesAreThoseOfThePlainResult();
    void countsAndFacetsReadTheWholeResult();

private:
    QList<qint64> reference(const QString &match, const QString &order) const;

    test::TestCatalogue m_catalogue;
};

void TestSearchWalk::initTestCase()
{
    // A catalogue of 600 meetings: walked as if it held a million.
    FullTextWalk::setMinimumHits(0);
    QVERIFY(m_catalogue);
    QSqlQuery q(CatalogueConnection::of(*m_catalogue));
    QVERIFY(q.exec(u"PRAGMA synchronous = OFF"_s)); // test speed only
    QVERIFY(q.exec(u"BEGIN"_s));
    // 600 meetings on 600 different days, in an order unrelated to their ids; every tenth a
    // sub-event of the one before.
    QVERIFY2(q.exec(u"WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < "
                    "600) INSERT INTO meetings (id, title, title_folded, start_date, "
                    "start_precision, end_date, end_precision, place, place_folded, status, "
                    "created_at, updated_at) SELECT i, 'Talks ' || (i * 37 % 600), 'talks ' || "
                    "(i * 37 % 600), date('1990-01-01', '+' || ((i * 7 % 600) * 10) || ' days'), "
                    "'day', date('1990-01-01', '+' || ((i * 7 % 600) * 10) || ' days'), 'day', "
                    "'Paris', 'paris', 'held', '2020-01-01', '2020-01-01' FROM n"_s),
             qPrintable(q.lastError().text()));
    QVERIFY(q.exec(u"UPDATE meetings SET parent_id = id - 1 WHERE id % 10 = 3"_s));
    // Sort keys as MeetingSortKeys would make them, near enough for ordering by title.
    QVERIFY(q.exec(u"UPDATE meetings SET title_key = CAST(title_folded AS BLOB)"_s));
    // "common" in four meetings of five, but in none of the 20 newest nor the 100 oldest days;
    // "rare" in five meetings.
    // The index holds search keys (SearchKeys), the other columns the folded text.
    QVERIFY(q.prepare(u"INSERT INTO meeting_fts (rowid, title, summary, body, title_keys, "
                      "summary_keys, body_keys) SELECT id, title_folded, CASE WHEN id % 5 <> 0 AND "
                      "(id * 7 % 600) BETWEEN 100 AND 579 THEN 'common words' ELSE 'other words' "
                      "END, CASE WHEN id % 120 = 1 THEN 'rare' ELSE '' END, title_folded, CASE "
                      "WHEN id % 5 <> 0 AND (id * 7 % 600) BETWEEN 100 AND 579 THEN ?1 ELSE ?2 "
                      "END, CASE WHEN id % 120 = 1 THEN ?3 ELSE '' END FROM meetings"_s));
    q.addBindValue(SearchKeys::of(u"common words"));
    q.addBindValue(SearchKeys::of(u"other words"));
    q.addBindValue(SearchKeys::of(u"rare"));
    QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    QVERIFY(q.exec(u"COMMIT"_s));
}

QList<qint64> TestSearchWalk::reference(const QString &match, const QString &order) const
{
    // Test-only SQL: the match and the order are constants of this test.
    QSqlQuery q(CatalogueConnection::of(*m_catalogue));
    QList<qint64> ids;
    if (!q.exec(u"SELECT id FROM meetings WHERE parent_id IS NULL AND id IN (SELECT rowid FROM "
                "meeting_fts WHERE meeting_fts MATCH '"_s +
                SearchKeys::of(match) + u"') ORDER BY "_s + order)) {
        qWarning() << q.lastError().text();
        return ids;
    }
    while (q.next())
        ids.append(q.value(0).toLongLong());
    return ids;
}

void TestSearchWalk::checksCommonWordsOneByOneOnly()
{
    // 480 hits are cheaper to collect than to check one by one.
    FullTextWalk::setMinimumHits(50000);
    QVERIFY(compiled(*m_catalogue, u"common"_s).whole.isEmpty());
    FullTextWalk::setMinimumHits(0);

    // The table's form differs from the whole result's only for the common word.
    const SqlFilter common = compiled(*m_catalogue, u"common"_s);
    QVERIFY(!common.whole.isEmpty());
    QVERIFY(common.where.contains(u"EXISTS"_s));
    QVERIFY(!common.whole.contains(u"EXISTS"_s));
    QVERIFY(common.source);
    const SqlFilter rare = compiled(*m_catalogue, u"rare"_s);
    QVERIFY(rare.whole.isEmpty());
    QVERIFY(!rare.where.contains(u"EXISTS"_s));
    // Other terms come first in the table's form: they may turn a meeting down before it is
    // checked against the full-text index.
    const SqlFilter both = compiled(*m_catalogue, u"common place:paris"_s);
    QVERIFY(both.where.indexOf(u"place_folded"_s) < both.where.indexOf(u"EXISTS"_s));
    QVERIFY(both.source);
    QVERIFY(both.source->rest.contains(u"place_folded"_s));
}

void TestSearchWalk::pagesAreThoseOfThePlainResult_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("match");
    QTest::addColumn<int>("sort");
    QTest::addColumn<int>("order");
    const int date = int(MeetingSort::Date);
    const int title = int(MeetingSort::Title);
    QTest::newRow("common, newest first")
        << u"common"_s << u"common"_s << date << int(Qt::DescendingOrder);
    QTest::newRow("common, oldest first")
        << u"common"_s << u"common"_s << date << int(Qt::AscendingOrder);
    QTest::newRow("common, by title")
        << u"common"_s << u"common"_s << title << int(Qt::AscendingOrder);
    QTest::newRow("two words, newest first")
        << u"common words"_s << u"common words"_s << date << int(Qt::DescendingOrder);
    QTest::newRow("rare, newest first")
        << u"rare"_s << u"rare"_s << date << int(Qt::DescendingOrder);
}

void TestSearchWalk::pagesAreThoseOfThePlainResult()
{
    QFETCH(QString, query);
    QFETCH(QString, match);
    QFETCH(int, sort);
    QFETCH(int, order);
    const bool descending = order == int(Qt::DescendingOrder);
    const QString direction = descending ? u" DESC"_s : u" ASC"_s;
    const QString column = sort == int(MeetingSort::Date) ? u"start_date"_s : u"title_key"_s;
    const QList<qint64> expected = reference(match, column + direction + u", id"_s + direction);
    QVERIFY(!expected.isEmpty());

    MeetingTableQuery table(*m_catalogue);
    table.setSort(MeetingSort(sort), Qt::SortOrder(order));
    table.setFilter(SearchParser::parse(query).query());
    QCOMPARE(table.count(), qint64(expected.size()));
    // Every page after the one before, 37 rows at a time (a page boundary inside each end).
    QList<qint64> paged;
    std::optional<SortKey> after;
    for (;;) {
        const QList<MeetingRow> rows = table.rowsAfter(after, 37);
        if (rows.isEmpty())
            break;
        for (const MeetingRow &row : rows)
            paged.append(row.id);
        after = rows.constLast().key;
    }
    QCOMPARE(paged, expected);
    // Seeks to a position, and hops from a key.
    for (const qsizetype position : {qsizetype(0), expected.size() / 2, expected.size() - 1}) {
        const auto key = table.keyAt(position);
        QVERIFY(key);
        QCOMPARE(key->id, expected.at(position));
    }
    const auto first = table.keyAt(0);
    const auto hop = table.keyAfter(first, 10);
    if (expected.size() > 11) {
        QVERIFY(hop);
        QCOMPARE(hop->id, expected.at(11));
    }
}

void TestSearchWalk::countsAndFacetsReadTheWholeResult()
{
    const SqlFilter filter = compiled(*m_catalogue, u"common"_s);
    const MeetingSearch search(*m_catalogue);
    const QList<qint64> expected = reference(u"common"_s, u"start_date, id"_s);
    auto ids = search.ids(filter, MeetingSearch::Scope::TopLevel);
    QVERIFY(ids);
    QCOMPARE(*ids, expected);
    auto count = search.count(filter, MeetingSearch::Scope::TopLevel);
    QVERIFY(count);
    QCOMPARE(*count, qint64(expected.size()));
    // Sub-events included.
    QSqlQuery q(CatalogueConnection::of(*m_catalogue));
    QVERIFY(q.exec(u"SELECT count(*) FROM meeting_fts WHERE meeting_fts MATCH '"_s +
                   SearchKeys::of(u"common") + u'\''));
    QVERIFY(q.next());
    auto all = search.count(filter, MeetingSearch::Scope::All);
    QVERIFY(all);
    QCOMPARE(*all, q.value(0).toLongLong());
    QVERIFY(*all > *count);
    auto years = search.facet(Facet::Kind::Years, filter, MeetingSearch::Scope::TopLevel, 100);
    QVERIFY(years);
    qint64 total = 0;
    for (const FacetValue &value : years->values)
        total += value.count;
    QCOMPARE(total, qint64(expected.size()));
}

QTEST_GUILESS_MAIN(TestSearchWalk)
#include "tst_searchwalk.moc"

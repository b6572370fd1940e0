// MeetingQueries: one compiled query answers count, ids, pages, facets and the meetings
// themselves, in both scopes, and they agree with one another.

#include "query/searchparser.h"
#include "search/meetingqueries.h"
#include "testcatalogue.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace entente;

class TestMeetingQueries : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void answersInBothScopes_data();
    void answersInBothScopes();
    void streamsTheMeetingsItCounts();
    void streamStopsAtTheVisitorsError();
    void notesWhatMatchesNothing();
    void answersQueriesAtTheParsersLimits_data();
    void answersQueriesAtTheParsersLimits();

private:
    PreparedQuery prepared(const QString &text) const;

    test::TestCatalogue m_catalogue;
    SampleCatalogue::Ids m_sample;
};

void TestMeetingQueries::initTestCase()
{
    QVERIFY(m_catalogue);
    m_sample = m_catalogue.addSample();
    QVERIFY(m_sample.meeting > 0);
    QVERIFY(m_sample.oneToOne > 0);
}

PreparedQuery TestMeetingQueries::prepared(const QString &text) const
{
    const ParsedSearch parsed = SearchParser::parse(text);
    if (!parsed)
        qFatal("unreadable test query %s", qPrintable(text));
    auto query = MeetingQueries(*m_catalogue).prepare(parsed.query());
    if (!query)
        qFatal("cannot compile %s: %s", qPrintable(text), qPrintable(query.error().message));
    return *query;
}

void TestMeetingQueries::answersInBothScopes_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<int>("topLevel");
    QTest::addColumn<int>("all");

    // The sample: the joint collegium meeting and, inside it, the ministers' one-to-one talk.
    QTest::newRow("everything") << QString() << 1 << 2;
    QTest::newRow("minister, Latin") << u"minister:Lavrov"_s << 1 << 2;
    QTest::newRow("minister, Cyrillic") << u"minister:Лавров"_s << 1 << 2;
    QTest::newRow("city") << u"place:Moscow"_s << 1 << 2;
    QTest::newRow("another year") << u"date:2015"_s << 0 << 0;
}

void TestMeetingQueries::answersInBothScopes()
{
    QFETCH(QString, query);
    QFETCH(int, topLevel);
    QFETCH(int, all);

    const MeetingQueries queries(*m_catalogue);
    const PreparedQuery q = prepared(query);
    QCOMPARE(*queries.count(q, MeetingQueries::Scope::TopLevel), qint64(topLevel));
    QCOMPARE(*queries.count(q, MeetingQueries::Scope::All), qint64(all));
    const auto ids = queries.ids(q, MeetingQueries::Scope::All);
    QVERIFY(ids);
    QCOMPARE(ids->size(), all);
    if (all > 0)
        QCOMPARE(ids->first(), m_sample.meeting);

    const QList<MeetingRow> page = queries.firstPage(q, MeetingSort::Date, Qt::DescendingOrder, 10);
    QCOMPARE(page.size(), topLevel);
    if (topLevel > 0)
        QCOMPARE(page.first().id, m_sample.meeting);

    const auto years = queries.facet(q, Facet::Kind::Years, MeetingQueries::Scope::TopLevel, 5);
    QVERIFY(years);
    QCOMPARE(years->values.size(), topLevel > 0 ? 1 : 0);
    if (topLevel > 0) {
        QCOMPARE(years->values.first().count, qint64(topLevel));
        QVERIFY(years->values.first().value == u"2009"_s);
    }
}

void TestMeetingQueries::streamsTheMeetingsItCounts()
{
    const MeetingQueries queries(*m_catalogue);
    const PreparedQuery q = prepared(u"minister:Martynov"_s);
    QList<qint64> seen;
    QStringList titles;
    const Status s = queries.stream(q, MeetingQueries::Scope::All, [&](const Meeting &meeting) {
        seen.append(meeting.id);
        titles.append(meeting.title);
        return Status();
    });
    QVERIFY(s);
    QCOMPARE(seen, *queries.ids(q, MeetingQueries::Scope::All));
    QCOMPARE(seen, (QList<qint64>{m_sample.meeting, m_sample.oneToOne}));
    QVERIFY2(titles.first().contains(u"collegium"_s, Qt::CaseInsensitive),
             qPrintable(titles.first()));
}

void TestMeetingQueries::streamStopsAtTheVisitorsError()
{
    const MeetingQueries queries(*m_catalogue);
    int visited = 0;
    const Status s = queries.stream(prepared(QString()), MeetingQueries::Scope::All,
                                    [&](const Meeting &) -> Status {
                                        ++visited;
                                        return Error{Error::Kind::Output, u"disk full"_s, {}};
                                    });
    QVERIFY(!s);
    QCOMPARE(s.error().message, u"disk full"_s);
    QCOMPARE(visited, 1);
}

void TestMeetingQueries::answersQueriesAtTheParsersLimits_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<int>("all");

    // 256 different terms of every kind, one of which finds the sample.
    QStringList terms{u"minister:Lavrov"_s};
    const QStringList fields{u""_s,       u"minister:"_s, u"country:"_s, u"topic:"_s,
                             u"place:"_s, u"document:"_s, u"\""_s};
    for (int i = 1; i < SearchParser::maxDistinctTerms; ++i) {
        const QString field = fields.at(i % fields.size());
        terms.append(field == u"\""_s ? u"\"nothing like %1\""_s.arg(i)
                                      : field + u"absent%1"_s.arg(i));
    }
    QTest::newRow("256 terms OR") << terms.join(u" OR "_s) << 2;
    QTest::newRow("256 terms AND") << terms.join(u' ') << 0;
    QTest::newRow("100 parentheses")
        << u"("_s.repeated(100) + u"minister:Lavrov"_s + u")"_s.repeated(100) << 2;
    QTest::newRow("50 exclusions of exclusions")
        << u"-("_s.repeated(50) + u"Belarus"_s + u")"_s.repeated(50) << 2;
    QTest::newRow("a common word up to the length limit")
        << u"cooperation "_s.repeated(SearchParser::maxLength / 12).trimmed() << 1;
    // Groups of both kinds inside one another, deeper than SQLite's parser would take inline.
    QString alternating = u"minister:Lavrov"_s;
    for (int i = 1; i < SearchParser::maxDepth; ++i)
        alternating = (i % 2 ? u"(absent%1 OR %2)"_s : u"(-absent%1 %2)"_s).arg(i).arg(alternating);
    QTest::newRow("100 levels of OR, AND and NOT") << alternating << 2;
}

void TestMeetingQueries::answersQueriesAtTheParsersLimits()
{
    QFETCH(QString, query);
    QFETCH(int, all);
    const ParsedSearch parsed = SearchParser::parse(query);
    QVERIFY2(parsed, qPrintable(parsed ? QString() : parsed.error().describe()));
    const MeetingQueries queries(*m_catalogue);
    const auto prepared = queries.prepare(parsed.query());
    QVERIFY2(prepared, qPrintable(prepared ? QString() : prepared.error().message));
    const auto count = queries.count(*prepared, MeetingQueries::Scope::All);
    QVERIFY2(count, qPrintable(count ? QString() : count.error().message));
    QCOMPARE(*count, qint64(all));
    const auto ids = queries.ids(*prepared, MeetingQueries::Scope::All);
    QVERIFY(ids);
    QCOMPARE(ids->size(), all);
    const auto facets = queries.facets(*prepared, {Facet::Kind::Years, Facet::Kind::Countries},
                                       MeetingQueries::Scope::TopLevel, 10);
    QVERIFY2(facets, qPrintable(facets ? QString() : facets.error().message));
    const qint64 topLevel = *queries.count(*prepared, MeetingQueries::Scope::TopLevel);
    QCOMPARE(facets->first().values.isEmpty() ? 0 : facets->first().values.first().count, topLevel);
    // The meetings table's own form of the query, read a page at a time.
    QCOMPARE(queries.firstPage(*prepared, MeetingSort::Date, Qt::DescendingOrder, 10).size(),
             topLevel);
}

void TestMeetingQueries::notesWhatMatchesNothing()
{
    const PreparedQuery q = prepared(u"country:Atlantis"_s);
    QVERIFY(!q.notes().isEmpty());
    QVERIFY2(q.notes().first().contains(u"Atlantis"_s), qPrintable(q.notes().join(u'\n')));
    QCOMPARE(*MeetingQueries(*m_catalogue).count(q, MeetingQueries::Scope::All), 0);
}

QTEST_GUILESS_MAIN(TestMeetingQueries)
#include "tst_meetingqueries.moc"

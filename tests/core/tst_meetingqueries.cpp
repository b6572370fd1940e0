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

void TestMeetingQueries::notesWhatMatchesNothing()
{
    const PreparedQuery q = prepared(u"country:Atlantis"_s);
    QVERIFY(!q.notes().isEmpty());
    QVERIFY2(q.notes().first().contains(u"Atlantis"_s), qPrintable(q.notes().join(u'\n')));
    QCOMPARE(*MeetingQueries(*m_catalogue).count(q, MeetingQueries::Scope::All), 0);
}

QTEST_GUILESS_MAIN(TestMeetingQueries)
#include "tst_meetingqueries.moc"

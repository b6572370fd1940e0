// Searching a catalogue: each field of the query language against a fixture with names in both
// scripts and dates at each precision; negation, OR, injection attempts; facet counts against
// plain reference SQL; the search tables kept in step with the meetings.

#include "query/searchfields.h"
#include "query/searchparser.h"
#include "searchfixture.h"
#include "storage/catalogueconnection.h"
#include "storage/meetingrepository.h"
#include "storage/meetingsearch.h"
#include "storage/searchsql.h"
#include "testcatalogue.h"

#include <QSqlQuery>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace entente;

class TestSearch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void findsByEachField_data();
    void findsByEachField();
    void listsSubEventsInTheWholeCatalogueScope();
    void explainsTermsThatMatchNothing_data();
    void explainsTermsThatMatchNothing();
    void withstandsInjection_data();
    void withstandsInjection();
    void countsFacetsLikePlainSql_data();
    void countsFacetsLikePlainSql();
    void facetTermsNarrowToTheirValue();
    void keepsMeetingPeopleInStep();

private:
    QStringList find(const QString &query,
                     MeetingSearch::Scope scope = MeetingSearch::Scope::TopLevel);
    QStringList names(const QList<qint64> &ids) const;
    QMap<QString, qint64> reference(const QString &sql, const QList<qint64> &ids);

    test::TestCatalogue m_catalogue;
    test::SearchFixture m_f;
    QHash<qint64, QString> m_names; // meeting id -> fixture name
};

void TestSearch::initTestCase()
{
    QVERIFY(m_catalogue);
    auto fixture = test::SearchFixture::build(*m_catalogue);
    QVERIFY2(fixture, fixture ? "" : qPrintable(fixture.error().message + fixture.error().detail));
    m_f = *fixture;
    m_names = {{m_f.talksMinsk, u"talksMinsk"_s},
               {m_f.visitAstana, u"visitAstana"_s},
               {m_f.oneToOne, u"oneToOne"_s},
               {m_f.dushanbe, u"dushanbe"_s},
               {m_f.phone, u"phone"_s},
               {m_f.vienna, u"vienna"_s},
               {m_f.consultations, u"consultations"_s},
               {m_f.boards, u"boards"_s},
               {m_f.messages, u"messages"_s}};
}

QStringList TestSearch::names(const QList<qint64> &ids) const
{
    QStringList list;
    for (const qint64 id : ids)
        list.append(m_names.value(id, QString::number(id)));
    list.sort();
    return list;
}

QStringList TestSearch::find(const QString &query, MeetingSearch::Scope scope)
{
    const ParsedSearch parsed = SearchParser::parse(query);
    if (!parsed)
        return {u"parse error: "_s + parsed.error().describe()};
    auto filter = SearchSql(*m_catalogue).compile(parsed.query());
    if (!filter)
        return {u"compile error: "_s + filter.error().message + filter.error().detail};
    auto ids = MeetingSearch(*m_catalogue).ids(*filter, scope);
    if (!ids)
        return {u"SQL error: "_s + ids.error().message + ids.error().detail};
    auto count = MeetingSearch(*m_catalogue).count(*filter, scope);
    if (!count || *count != ids->size())
        return {u"count differs"_s};
    return names(*ids);
}

void TestSearch::findsByEachField_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QStringList>("expected");
    const QStringList all = {u"boards"_s, u"consultations"_s, u"dushanbe"_s, u"messages"_s,
                             u"phone"_s,  u"talksMinsk"_s,    u"vienna"_s,   u"visitAstana"_s};
    const QStringList ivanov = {u"dushanbe"_s, u"talksMinsk"_s, u"vienna"_s, u"visitAstana"_s};
    const QStringList fyodorovHead = {u"boards"_s, u"consultations"_s, u"messages"_s, u"phone"_s};
    const QStringList senko = {u"boards"_s, u"consultations"_s};
    const QStringList belarus = {u"boards"_s, u"consultations"_s, u"phone"_s, u"talksMinsk"_s};
    const QStringList november2009 = {u"boards"_s, u"consultations"_s};

    QTest::newRow("empty query: every top-level meeting") << u""_s << all;

    // People, in any script and spelling
    QTest::newRow("minister, Latin") << u"minister:Ivanov"_s << ivanov;
    QTest::newRow("minister, Cyrillic") << u"minister:Иванов"_s << ivanov;
    QTest::newRow("minister, press variant") << u"minister:Ivanoff"_s << ivanov;
    QTest::newRow("minister, full name") << u"minister:\"Igor Ivanov\""_s << ivanov;
    QTest::newRow("minister, alias with patronymic")
        << u"minister:\"Игорь Сергеевич Иванов\""_s << ivanov;
    QTest::newRow("person: is minister:") << u"person:IVANOV"_s << ivanov;
    QTest::newRow("member counts for minister:")
        << u"minister:Fyodorov"_s << QStringList{fyodorovHead + QStringList{u"talksMinsk"_s}};
    QTest::newRow("head: only heads") << u"head:Fyodorov"_s << fyodorovHead;
    QTest::newRow("Ё = Е") << u"head:Федоров"_s << fyodorovHead;
    QTest::newRow("yo spelt e") << u"head:Fedorov"_s << fyodorovHead;
    QTest::newRow("ё itself") << u"head:Фёдоров"_s << fyodorovHead;
    QTest::newRow("Belarusian alias") << u"minister:Сянько"_s << senko;
    QTest::newRow("Belarusian alias romanised") << u"minister:Syanko"_s << senko;
    QTest::newRow("Russian spelling") << u"minister:Сенько"_s << senko;
    QTest::newRow("apostrophe variant") << u"minister:Sen'ko"_s << senko;
    QTest::newRow("y/i variant") << u"minister:Tokaev"_s << QStringList{u"visitAstana"_s};
    QTest::newRow("hyphenated first name")
        << u"head:\"Касым-Жомарт Токаев\""_s << QStringList{u"visitAstana"_s};
    QTest::newRow("Latin only person") << u"person:Plassnik"_s << QStringList{u"vienna"_s};

    // Countries and places
    QTest::newRow("country, English") << u"country:Belarus"_s << belarus;
    QTest::newRow("country, Russian") << u"country:Беларусь"_s << belarus;
    QTest::newRow("country, code") << u"country:blr"_s << belarus;
    QTest::newRow("host") << u"host:Kazakhstan"_s << QStringList{u"visitAstana"_s};
    QTest::newRow("host is not guest") << u"host:RUS"_s << november2009;
    QTest::newRow("place") << u"place:Minsk"_s << QStringList{u"talksMinsk"_s};
    QTest::newRow("place, start of a word") << u"place:mos"_s << november2009;

    // Dates at each precision
    QTest::newRow("day: day-dated meeting") << u"date:2009-11-25"_s << QStringList{u"boards"_s};
    QTest::newRow("month: month-dated and day-dated") << u"date:2009-11"_s << november2009;
    QTest::newRow("year") << u"date:2009"_s << november2009;
    QTest::newRow("range containing the month") << u"date:2009-10..2009-12"_s << november2009;
    QTest::newRow("days of the whole month") << u"date:2009-11-01..2009-11-30"_s << november2009;
    QTest::newRow("part of the month: not the month-dated one")
        << u"date:2009-11-20..2009-11-30"_s << QStringList{u"boards"_s};
    QTest::newRow("multi-day visit, a day inside")
        << u"date:2003-05-22"_s << QStringList{u"visitAstana"_s};
    QTest::newRow("multi-day visit, overlapping the end")
        << u"date:2003-05-23..2003-06"_s << QStringList{u"visitAstana"_s};
    QTest::newRow("after the visit started")
        << u"after:2003-05-22 before:2004"_s << QStringList{u"visitAstana"_s};
    QTest::newRow("after its last day") << u"after:2003-05-23 before:2004"_s << QStringList{};
    QTest::newRow("before its first day")
        << u"before:2003-05-20 after:2001-01"_s << QStringList{u"talksMinsk"_s};
    QTest::newRow("year-dated: its year") << u"date:2010"_s << QStringList{u"messages"_s};
    QTest::newRow("year-dated: not a month of it") << u"date:2010-06"_s << QStringList{};
    QTest::newRow("year-dated: open range") << u"after:2009"_s << QStringList{u"messages"_s};
    QTest::newRow("open start") << u"date:..2003"_s
                                << QStringList{u"talksMinsk"_s, u"visitAstana"_s};

    // Topics, vocabularies, documents
    QTest::newRow("topic with its sub-topic")
        << u"topic:energy"_s << QStringList{u"talksMinsk"_s, u"visitAstana"_s};
    QTest::newRow("sub-topic alone") << u"topic:\"gas transit\""_s << QStringList{u"talksMinsk"_s};
    QTest::newRow("format code") << u"format:official_visit"_s << QStringList{u"visitAstana"_s};
    QTest::newRow("format label") << u"format:\"Official visit\""_s
                                  << QStringList{u"visitAstana"_s};
    QTest::newRow("status") << u"status:planned"_s << QStringList{u"dushanbe"_s};
    QTest::newRow("status cancelled") << u"status:CANCELLED"_s << QStringList{u"vienna"_s};
    QTest::newRow("document title word") << u"document:caspian"_s << QStringList{u"visitAstana"_s};
    QTest::newRow("document title start of word")
        << u"document:agree"_s << QStringList{u"talksMinsk"_s};
    QTest::newRow("kind") << u"kind:programme"_s << QStringList{u"boards"_s};
    QTest::newRow("action") << u"action:signed"_s << QStringList{u"boards"_s, u"talksMinsk"_s};

    // Posts: overlapping and open-ended terms
    QTest::newRow("post: everyone but Vienna")
        << u"post:\"Minister of Foreign Affairs\""_s
        << QStringList{u"boards"_s, u"consultations"_s, u"dushanbe"_s,   u"messages"_s,
                       u"phone"_s,  u"talksMinsk"_s,    u"visitAstana"_s};
    QTest::newRow("post in any letter case")
        << u"post:\"minister of foreign affairs\" date:2010"_s << QStringList{u"messages"_s};
    QTest::newRow("post: two posts held in the same month")
        << u"post:\"Secretary of the Security Council\""_s
        << QStringList{u"dushanbe"_s, u"vienna"_s};
    QTest::newRow("post: handover month") << u"post:\"Minister of Foreign Affairs\" date:2004-03"_s
                                          << QStringList{u"dushanbe"_s, u"phone"_s};
    QTest::newRow("post with country")
        << u"post:\"Minister of Foreign Affairs\" country:BLR"_s << belarus;

    // Full text: titles, summaries, tone, names, topics, documents
    QTest::newRow("title word") << u"transit"_s << QStringList{u"talksMinsk"_s};
    QTest::newRow("Cyrillic summary word") << u"транзите"_s << QStringList{u"talksMinsk"_s};
    QTest::newRow("phrase") << u"\"gas transit\""_s << QStringList{u"talksMinsk"_s};
    QTest::newRow("words in any order, AND") << u"Caspian oil"_s << QStringList{u"visitAstana"_s};
    QTest::newRow("diacritics ignored") << u"geneve"_s << QStringList{u"vienna"_s};
    QTest::newRow("ё in the text") << u"обсужден"_s << QStringList{u"consultations"_s};
    QTest::newRow("tone") << u"BUSINESSLIKE"_s << QStringList{u"talksMinsk"_s};
    QTest::newRow("names in the text") << u"иванов"_s << ivanov;
    QTest::newRow("document title in the text")
        << u"Caspian statement"_s << QStringList{u"visitAstana"_s};
    QTest::newRow("prefix") << u"transi*"_s << QStringList{u"talksMinsk"_s};

    // Negation, OR, parentheses
    QTest::newRow("minus a country") << u"minister:Ivanov -country:TJK"_s
                                     << QStringList{u"talksMinsk"_s, u"vienna"_s, u"visitAstana"_s};
    QTest::newRow("minus a person") << u"-minister:Ivanov"_s << fyodorovHead;
    QTest::newRow("OR") << u"place:Minsk OR place:Astana"_s
                        << QStringList{u"talksMinsk"_s, u"visitAstana"_s};
    QTest::newRow("OR of text") << u"transit OR geneve"_s
                                << QStringList{u"talksMinsk"_s, u"vienna"_s};
    QTest::newRow("group minus") << u"(place:Minsk OR place:Astana) -format:talks"_s
                                 << QStringList{u"visitAstana"_s};
    QTest::newRow("minus a group") << u"-(minister:Ivanov OR minister:Fyodorov)"_s << QStringList{};
    QTest::newRow("minus text") << u"minister:Ivanov -transit"_s
                                << QStringList{u"dushanbe"_s, u"vienna"_s, u"visitAstana"_s};
}

void TestSearch::findsByEachField()
{
    QFETCH(QString, query);
    QFETCH(QStringList, expected);
    QStringList sorted = expected;
    sorted.sort();
    QCOMPARE(find(query), sorted);
}

void TestSearch::listsSubEventsInTheWholeCatalogueScope()
{
    QCOMPARE(find(u"date:2003-05"_s, MeetingSearch::Scope::All),
             (QStringList{u"oneToOne"_s, u"visitAstana"_s}));
    QCOMPARE(find(u"format:one_to_one"_s), QStringList());
    QCOMPARE(find(u"format:one_to_one"_s, MeetingSearch::Scope::All), QStringList{u"oneToOne"_s});
}

void TestSearch::explainsTermsThatMatchNothing_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("note");
    QTest::newRow("person") << u"minister:Nobody"_s << u"No one in the catalogue is called"_s;
    QTest::newRow("country") << u"country:Atlantis"_s << u"No country is called"_s;
    QTest::newRow("topic") << u"topic:astrology"_s << u"No topic is called"_s;
    QTest::newRow("format") << u"format:duel"_s << u"There is no format"_s;
    QTest::newRow("kind") << u"kind:poem"_s << u"There is no document kind"_s;
    QTest::newRow("status") << u"status:imagined"_s << u"There is no status"_s;
    QTest::newRow("post") << u"post:King"_s << u"held a post called"_s;
    QTest::newRow("punctuation") << u"%"_s << u"nothing searchable"_s;
}

void TestSearch::explainsTermsThatMatchNothing()
{
    QFETCH(QString, query);
    QFETCH(QString, note);
    const ParsedSearch parsed = SearchParser::parse(query);
    QVERIFY(parsed);
    auto filter = SearchSql(*m_catalogue).compile(parsed.query());
    QVERIFY(filter);
    QCOMPARE(filter->notes.size(), 1);
    QVERIFY2(filter->notes.first().contains(note), qPrintable(filter->notes.first()));
    QCOMPARE(find(query), QStringList());
}

void TestSearch::withstandsInjection_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<int>("count"); // -1: refused by the parser
    QTest::newRow("SQL") << u"'; DROP TABLE meetings; --x"_s << 0;
    QTest::newRow("SQL in a phrase") << u"\"'; DROP TABLE meetings; --\""_s << 0;
    QTest::newRow("SQL in a value") << u"minister:\"x'); DROP TABLE persons; --\""_s << 0;
    QTest::newRow("SQL in a country") << u"country:\"BLR' OR 1=1 --\""_s << 0;
    QTest::newRow("SQL in a post") << u"post:\"x' OR '1'='1\""_s << 0;
    QTest::newRow("percent") << u"%"_s << 0;
    QTest::newRow("underscore") << u"_"_s << 0;
    QTest::newRow("percent in place") << u"place:%"_s << 0;
    QTest::newRow("underscore in place") << u"place:_"_s << 0;
    QTest::newRow("percent in topic") << u"topic:%"_s << 0;
    QTest::newRow("percent in document") << u"document:%"_s << 0;
    QTest::newRow("wildcards in a name") << u"minister:%_"_s << 0;
    QTest::newRow("lone quote") << u"\""_s << -1;
    QTest::newRow("quote inside a word") << u"tran\"sit"_s << -1;
    QTest::newRow("doubled quotes in a phrase") << u"\"a\"\" OR \"\"b\""_s << 0;
    QTest::newRow("NEAR(") << u"NEAR("_s << -1;
    QTest::newRow("NEAR group") << u"NEAR(transit gas)"_s << 0;
    QTest::newRow("NEAR in a phrase") << u"\"NEAR(transit gas, 2)\""_s << 0;
    QTest::newRow("star") << u"*"_s << 0;
    QTest::newRow("star prefix") << u"transit*"_s << 1;
    QTest::newRow("FTS column filter") << u"{title}:transit"_s << 0;
    QTest::newRow("FTS initial token") << u"^transit"_s << 1;
    QTest::newRow("FTS operators as words") << u"transit AND NOT gas"_s << 0;
    QTest::newRow("excluding nothing") << u"-\"*\""_s << 8;
}

void TestSearch::withstandsInjection()
{
    QFETCH(QString, query);
    QFETCH(int, count);
    const ParsedSearch parsed = SearchParser::parse(query);
    if (count < 0) {
        QVERIFY(!parsed);
        QVERIFY(parsed.error().position >= 0 && parsed.error().position < query.size());
        return;
    }
    QVERIFY2(parsed, parsed ? "" : qPrintable(parsed.error().describe()));
    auto filter = SearchSql(*m_catalogue).compile(parsed.query());
    QVERIFY(filter);
    for (const auto &[name, value] : std::as_const(filter->values))
        QVERIFY2(!filter->where.contains(value.toString()) || value.toString().size() < 3,
                 qPrintable(u"user text in SQL: "_s + filter->where));
    auto n = MeetingSearch(*m_catalogue).count(*filter, MeetingSearch::Scope::TopLevel);
    QVERIFY2(n, n ? "" : qPrintable(n.error().detail));
    QCOMPARE(*n, qint64(count));
    QCOMPARE(test::rowCount(m_catalogue.path(), u"meetings"_s), qint64(9));
    QCOMPARE(test::rowCount(m_catalogue.path(), u"persons"_s), qint64(7));
}

QMap<QString, qint64> TestSearch::reference(const QString &sql, const QList<qint64> &ids)
{
    // Test-only SQL: the ids are numbers this test produced.
    QStringList list;
    for (const qint64 id : ids)
        list.append(QString::number(id));
    QSqlQuery q(CatalogueConnection::of(*m_catalogue));
    QMap<QString, qint64> counts;
    if (!q.exec(QString(sql).replace(u"IDS"_s, list.join(u',')))) {
        qWarning() << "reference SQL failed:" << sql;
        return counts;
    }
    while (q.next())
        counts.insert(q.value(0).toString(), q.value(1).toLongLong());
    return counts;
}

void TestSearch::countsFacetsLikePlainSql_data()
{
    QTest::addColumn<QString>("query");
    QTest::newRow("everything") << u""_s;
    QTest::newRow("a minister") << u"minister:Ivanov"_s;
    QTest::newRow("a country") << u"country:RUS -status:planned"_s;
    QTest::newRow("a period") << u"date:2003..2009"_s;
    QTest::newRow("nothing") << u"minister:Nobody"_s;
    // Read from one term's ids (ResultSource): several topics list a meeting more than once, as
    // documents do; words come from the full-text index.
    QTest::newRow("a topic and its sub-topic") << u"topic:energy"_s;
    QTest::newRow("a document kind") << u"kind:agreement"_s;
    QTest::newRow("a word") << u"transit"_s;
    QTest::newRow("a head with a place") << u"head:Fyodorov place:moscow"_s;
}

void TestSearch::countsFacetsLikePlainSql()
{
    QFETCH(QString, query);
    const ParsedSearch parsed = SearchParser::parse(query);
    QVERIFY(parsed);
    auto filter = SearchSql(*m_catalogue).compile(parsed.query());
    QVERIFY(filter);
    const MeetingSearch search(*m_catalogue);
    auto ids = search.ids(*filter, MeetingSearch::Scope::TopLevel);
    QVERIFY(ids);

    const QHash<Facet::Kind, QString> plainSql = {
        {Facet::Kind::Countries, u"SELECT country_code, count(*) FROM meeting_parties "
                                 "WHERE meeting_id IN (IDS) GROUP BY country_code"_s},
        {Facet::Kind::Ministers,
         u"SELECT dm.person_id, count(DISTINCT d.meeting_id) FROM delegations d JOIN "
         "delegation_members dm ON dm.delegation_id = d.id WHERE dm.is_head = 1 AND "
         "d.meeting_id IN (IDS) GROUP BY dm.person_id"_s},
        {Facet::Kind::Years, u"SELECT substr(start_date, 1, 4), count(*) FROM meetings "
                             "WHERE id IN (IDS) GROUP BY 1"_s},
        {Facet::Kind::Formats, u"SELECT format, count(*) FROM meetings WHERE id IN (IDS) "
                               "GROUP BY format"_s},
        {Facet::Kind::Topics, u"SELECT topic_id, count(*) FROM meeting_topics "
                              "WHERE meeting_id IN (IDS) GROUP BY topic_id"_s},
        {Facet::Kind::DocumentKinds, u"SELECT kind, count(DISTINCT meeting_id) FROM documents "
                                     "WHERE meeting_id IN (IDS) GROUP BY kind"_s},
    };
    for (const Facet::Kind kind : Facet::allKinds()) {
        auto facet = search.facet(kind, *filter, MeetingSearch::Scope::TopLevel, 1000);
        QVERIFY2(facet, facet ? "" : qPrintable(facet.error().detail));
        QMap<QString, qint64> counted;
        for (const FacetValue &value : facet->values) {
            QVERIFY(!value.label.isEmpty());
            counted.insert(value.value, value.count);
        }
        QCOMPARE(counted, reference(plainSql.value(kind), *ids));
        // Most frequent first; years newest first.
        for (qsizetype i = 1; i < facet->values.size(); ++i) {
            if (kind == Facet::Kind::Years)
                QVERIFY(facet->values[i - 1].value > facet->values[i].value);
            else
                QVERIFY(facet->values[i - 1].count >= facet->values[i].count);
        }
    }
}

void TestSearch::facetTermsNarrowToTheirValue()
{
    const QString query = u"minister:Ivanov OR minister:Fyodorov"_s;
    const ParsedSearch parsed = SearchParser::parse(query);
    QVERIFY(parsed);
    auto filter = SearchSql(*m_catalogue).compile(parsed.query());
    QVERIFY(filter);
    const MeetingSearch search(*m_catalogue);
    for (const Facet::Kind kind : Facet::allKinds()) {
        auto facet = search.facet(kind, *filter, MeetingSearch::Scope::TopLevel, 1000);
        QVERIFY(facet);
        QVERIFY(!facet->values.isEmpty());
        for (const FacetValue &value : facet->values) {
            const QStringList narrowed = find(SearchFields::narrow(query, value.term));
            // Topics also take in sub-topics; everything else narrows to exactly its count.
            if (kind == Facet::Kind::Topics)
                QVERIFY2(narrowed.size() >= value.count, qPrintable(value.term));
            else
                QVERIFY2(narrowed.size() == value.count, qPrintable(value.term));
        }
    }
}

void TestSearch::keepsMeetingPeopleInStep()
{
    const auto rows = [&](qint64 meeting) {
        QSqlQuery q(CatalogueConnection::of(*m_catalogue));
        q.prepare(u"SELECT person_id, start_date, is_head FROM meeting_people WHERE meeting_id = "
                  ":id ORDER BY person_id"_s);
        q.bindValue(u":id"_s, meeting);
        q.exec();
        QStringList list;
        while (q.next())
            list.append(u"%1 %2 %3"_s.arg(q.value(0).toString(), q.value(1).toString(),
                                          q.value(2).toString()));
        return list;
    };
    MeetingRepository meetings(*m_catalogue);
    QCOMPARE(rows(m_f.talksMinsk), (QStringList{u"%1 2001-06-14 1"_s.arg(m_f.ivanov),
                                                u"%1 2001-06-14 0"_s.arg(m_f.fyodorov),
                                                u"%1 2001-06-14 1"_s.arg(m_f.antonovich)}));

    // A new date and a new head: the rows follow, in the same transaction.
    auto meeting = meetings.get(m_f.talksMinsk);
    QVERIFY(meeting);
    meeting->start = PartialDate::day(2001, 7, 1);
    meeting->end = {};
    meeting->delegations[1].members = {{m_f.fyodorov, {}, true, {}, {}}};
    meeting->documents.first().title = u"Соглашение о транзите"_s;
    const Status updated = meetings.update(*meeting);
    QVERIFY2(updated, updated ? "" : qPrintable(updated.error().message + updated.error().detail));
    QCOMPARE(rows(m_f.talksMinsk), (QStringList{u"%1 2001-07-01 1"_s.arg(m_f.fyodorov),
                                                u"%1 2001-07-01 1"_s.arg(m_f.antonovich)}));
    QCOMPARE(find(u"document:СОГЛАШЕНИЕ"_s), QStringList{u"talksMinsk"_s});
    QVERIFY(!find(u"minister:Ivanov"_s).contains(u"talksMinsk"_s));

    // Whether each meeting is a top-level one, beside its people (migration 5), follows the
    // meeting's parent.
    const auto topLevel = [&](qint64 id) {
        QSqlQuery q(CatalogueConnection::of(*m_catalogue));
        q.prepare(u"SELECT DISTINCT top_level FROM meeting_people WHERE meeting_id = :id"_s);
        q.bindValue(u":id"_s, id);
        q.exec();
        QStringList list;
        while (q.next())
            list.append(q.value(0).toString());
        return list;
    };
    QCOMPARE(topLevel(m_f.oneToOne), QStringList{u"0"_s});
    QCOMPARE(topLevel(m_f.talksMinsk), QStringList{u"1"_s});
    meeting = meetings.get(m_f.talksMinsk);
    QVERIFY(meeting);
    meeting->parentId = m_f.boards;
    QVERIFY(meetings.update(*meeting));
    QCOMPARE(topLevel(m_f.talksMinsk), QStringList{u"0"_s});
    QVERIFY(!find(u"head:Fyodorov"_s).contains(u"talksMinsk"_s));
    QVERIFY(find(u"head:Fyodorov"_s, MeetingSearch::Scope::All).contains(u"talksMinsk"_s));
    meeting = meetings.get(m_f.talksMinsk);
    QVERIFY(meeting);
    meeting->parentId = 0;
    QVERIFY(meetings.update(*meeting));
    QCOMPARE(topLevel(m_f.talksMinsk), QStringList{u"1"_s});
    QVERIFY(find(u"head:Fyodorov"_s).contains(u"talksMinsk"_s));

    // Deleting a meeting takes its rows with it (and those of its sub-events).
    QVERIFY(meetings.remove(m_f.visitAstana));
    QCOMPARE(rows(m_f.visitAstana), QStringList());
    QCOMPARE(rows(m_f.oneToOne), QStringList());
    // This test changes the fixture: it runs last.
}

QTEST_GUILESS_MAIN(TestSearch)
#include "tst_search.moc"

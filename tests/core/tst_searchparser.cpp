// The query language: every construct read into the expected tree, every mistake reported with
// its position. describe() prints the tree fully parenthesised, so one string states the whole
// expected shape.

#include "query/searchfields.h"
#include "query/searchparser.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace entente;

namespace {

// One data row of two strings (a query and its tree, a value and its quoted form, …).
void row(const char *name, const QString &first, const QString &second)
{
    QTest::newRow(name) << first << second;
}

// One data row of reportsMistakesWithTheirPosition().
void mistake(const char *name, const QString &query, int position, int length,
             const QString &message)
{
    QTest::newRow(name) << query << position << length << message;
}

} // namespace

class TestSearchParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsEveryConstruct_data();
    void readsEveryConstruct();
    void reportsMistakesWithTheirPosition_data();
    void reportsMistakesWithTheirPosition();
    void remembersWhereEachTermIs();
    void keepsPrefixAndPhraseFlags();
    void caretPointsAtTheCulprit();
    void quotesValuesSoTheyReadBack_data();
    void quotesValuesSoTheyReadBack();
    void narrowsKeepingTheMeaning_data();
    void narrowsKeepingTheMeaning();
    void refusesQueriesBeyondItsLimits_data();
    void refusesQueriesBeyondItsLimits();
    void acceptsQueriesAtItsLimits();
    void searchesARepeatedTermOnce();
};

void TestSearchParser::readsEveryConstruct_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("tree");

    row("empty", u""_s, u"(ALL)"_s);
    row("only spaces", u"  \t "_s, u"(ALL)"_s);
    row("one word", u"transit"_s, u"text:\"transit\""_s);
    row("words are ANDed", u"gas transit"_s, u"(AND text:\"gas\" text:\"transit\")"_s);
    row("explicit AND", u"gas AND transit"_s, u"(AND text:\"gas\" text:\"transit\")"_s);
    row("phrase", u"\"gas transit\""_s, u"text:\"gas transit\""_s);
    row("doubled quote in a phrase", u"\"the \"\"Caspian\"\" file\""_s,
        u"text:\"the \"\"Caspian\"\" file\""_s);
    row("Cyrillic words", u"переговоры Минск"_s, u"(AND text:\"переговоры\" text:\"Минск\")"_s);
    row("prefix", u"transi*"_s, u"text:\"transi\"*"_s);
    row("hyphen inside a word", u"Rimsky-Korsakov"_s, u"text:\"Rimsky-Korsakov\""_s);
    row("lowercase or is a word", u"gas or oil"_s,
        u"(AND text:\"gas\" text:\"or\" text:\"oil\")"_s);
    row("digits and a colon are a word", u"10:30"_s, u"text:\"10:30\""_s);
    row("OR", u"gas OR oil"_s, u"(OR text:\"gas\" text:\"oil\")"_s);
    row("AND binds tighter than OR", u"a b OR c"_s,
        u"(OR (AND text:\"a\" text:\"b\") text:\"c\")"_s);
    row("three alternatives", u"a OR b OR c"_s, u"(OR text:\"a\" text:\"b\" text:\"c\")"_s);
    row("parentheses", u"(a OR b) c"_s, u"(AND (OR text:\"a\" text:\"b\") text:\"c\")"_s);
    row("nested parentheses", u"((a))"_s, u"text:\"a\""_s);
    row("exclusion", u"gas -oil"_s, u"(AND text:\"gas\" (NOT text:\"oil\"))"_s);
    row("excluded field", u"-country:BLR"_s, u"(NOT country:\"BLR\")"_s);
    row("excluded group", u"-(a OR b)"_s, u"(NOT (OR text:\"a\" text:\"b\"))"_s);
    row("excluded phrase", u"-\"gas transit\""_s, u"(NOT text:\"gas transit\")"_s);
    row("excluded OR is a word", u"-OR"_s, u"(NOT text:\"OR\")"_s);
    row("minister", u"minister:Ivanov"_s, u"minister:\"Ivanov\""_s);
    row("person is minister", u"person:Иванов"_s, u"minister:\"Иванов\""_s);
    row("field names in any case", u"Minister:Ivanov"_s, u"minister:\"Ivanov\""_s);
    row("quoted value", u"minister:\"Igor Ivanov\""_s, u"minister:\"Igor Ivanov\""_s);
    row("head", u"head:Tokayev"_s, u"head:\"Tokayev\""_s);
    row("country", u"country:Беларусь"_s, u"country:\"Беларусь\""_s);
    row("host", u"host:KAZ"_s, u"host:\"KAZ\""_s);
    row("place", u"place:Minsk"_s, u"place:\"Minsk\""_s);
    row("topic", u"topic:\"gas transit\""_s, u"topic:\"gas transit\""_s);
    row("format", u"format:official_visit"_s, u"format:\"official_visit\""_s);
    row("status", u"status:planned"_s, u"status:\"planned\""_s);
    row("document", u"document:Caspian"_s, u"document:\"Caspian\""_s);
    row("kind", u"kind:agreement"_s, u"kind:\"agreement\""_s);
    row("action", u"action:signed"_s, u"action:\"signed\""_s);
    row("post", u"post:\"Minister of Foreign Affairs\""_s,
        u"post:\"Minister of Foreign Affairs\""_s);
    row("a value may hold a colon", u"place:a:b"_s, u"place:\"a:b\""_s);
    row("day", u"date:2009-11-25"_s, u"date:2009-11-25..2009-11-25"_s);
    row("month", u"date:2009-11"_s, u"date:2009-11-01..2009-11-30"_s);
    row("leap february", u"date:2008-02"_s, u"date:2008-02-01..2008-02-29"_s);
    row("year", u"date:2009"_s, u"date:2009-01-01..2009-12-31"_s);
    row("range of months", u"date:2009-11..2010-03"_s, u"date:2009-11-01..2010-03-31"_s);
    row("range of mixed precision", u"date:2009..2010-02-03"_s, u"date:2009-01-01..2010-02-03"_s);
    row("open end", u"date:2009-11.."_s, u"date:2009-11-01.."_s);
    row("open start", u"date:..2009"_s, u"date:..2009-12-31"_s);
    row("quoted date", u"date:\"2009\""_s, u"date:2009-01-01..2009-12-31"_s);
    row("after a month", u"after:2009-11"_s, u"date:2009-12-01.."_s);
    row("after a day", u"after:2009-12-31"_s, u"date:2010-01-01.."_s);
    row("before a year", u"before:2010"_s, u"date:..2009-12-31"_s);
    row("before a day", u"before:2009-03-01"_s, u"date:..2009-02-28"_s);
    row("everything together",
        u"minister:Ivanov (country:BLR OR host:KAZ) date:2001..2004 -format:talks \"gas\""_s,
        u"(AND minister:\"Ivanov\" (OR country:\"BLR\" host:\"KAZ\") "
        "date:2001-01-01..2004-12-31 (NOT format:\"talks\") text:\"gas\")"_s);
    // What an injection attempt reads as: plain words, nothing more.
    row("SQL in words", u"'; DROP TABLE meetings; --x"_s,
        u"(AND text:\"';\" text:\"DROP\" text:\"TABLE\" "
        "text:\"meetings;\" (NOT text:\"-x\"))"_s);
    row("LIKE wildcards", u"% _"_s, u"(AND text:\"%\" text:\"_\")"_s);
    row("star alone", u"*"_s, u"text:\"\"*"_s);
    row("FTS5 operator words", u"NEAR NOT"_s, u"(AND text:\"NEAR\" text:\"NOT\")"_s);
}

void TestSearchParser::readsEveryConstruct()
{
    QFETCH(QString, query);
    QFETCH(QString, tree);
    const ParsedSearch parsed = SearchParser::parse(query);
    QVERIFY2(parsed.ok(), parsed.ok() ? "" : qPrintable(parsed.error().describe()));
    QCOMPARE(parsed.query().describe(), tree);
    QCOMPARE(parsed.query().text, query);
}

void TestSearchParser::reportsMistakesWithTheirPosition_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<int>("position");
    QTest::addColumn<int>("length");
    QTest::addColumn<QString>("message");

    mistake("unclosed quote", u"gas \"transit"_s, 4, 8, u"unclosed quote"_s);
    mistake("lone quote", u"\""_s, 0, 1, u"unclosed quote"_s);
    mistake("unclosed quoted value", u"post:\"Minister"_s, 5, 9, u"unclosed quote"_s);
    mistake("empty quotes", u"a \"\""_s, 2, 2, u"empty quotes"_s);
    mistake("unclosed parenthesis", u"a (b OR c"_s, 2, 1, u"unclosed parenthesis"_s);
    mistake("NEAR(", u"NEAR("_s, 4, 1, u"unclosed parenthesis"_s);
    mistake("stray closing parenthesis", u"a b)"_s, 3, 1, u"closes no parenthesis"_s);
    mistake("empty parentheses", u"a ()"_s, 2, 2, u"empty parentheses"_s);
    mistake("unknown field", u"gas minster:Ivanov"_s, 4, 7, u"unknown field “minster”"_s);
    mistake("URL-like text", u"http://example.org"_s, 0, 4, u"unknown field “http”"_s);
    mistake("empty value", u"country: BLR"_s, 0, 8, u"country: needs a value"_s);
    mistake("empty value at the end", u"a minister:"_s, 2, 9, u"minister: needs a value"_s);
    mistake("empty quoted value", u"topic:\"\""_s, 0, 8, u"topic: needs a value"_s);
    mistake("impossible day", u"date:2009-02-30"_s, 5, 10, u"February 2009 has 28"_s);
    mistake("impossible month", u"after:2009-13"_s, 6, 7, u"no month 13"_s);
    mistake("not a date", u"date:November"_s, 5, 8, u"is not a date"_s);
    mistake("two-digit year", u"date:09-11"_s, 5, 5, u"is not a date"_s);
    mistake("year zero", u"date:0000"_s, 5, 4, u"is not a date"_s);
    mistake("bad end of a range", u"date:2009..2010-02-30"_s, 11, 10, u"February 2010 has 28"_s);
    mistake("range backwards", u"date:2010..2009"_s, 5, 10, u"ends before it starts"_s);
    mistake("empty range", u"date:.."_s, 5, 2, u"at least one side"_s);
    mistake("range after after:", u"after:2009..2010"_s, 6, 10, u"one date, not a range"_s);
    mistake("lone minus", u"gas - oil"_s, 4, 1, u"must be followed"_s);
    mistake("minus at the end", u"gas -"_s, 4, 1, u"must be followed"_s);
    mistake("minus before a parenthesis", u"(gas -)"_s, 5, 1, u"must be followed"_s);
    mistake("OR first", u"OR gas"_s, 0, 2, u"OR needs a term before"_s);
    mistake("OR last", u"gas OR"_s, 4, 2, u"OR needs a term after"_s);
    mistake("OR OR", u"gas OR OR oil"_s, 4, 2, u"OR needs a term after"_s);
    mistake("OR before a parenthesis", u"(gas OR) oil"_s, 5, 2, u"OR needs a term after"_s);
    mistake("AND first", u"AND gas"_s, 0, 3, u"AND needs a term before"_s);
    mistake("AND last", u"gas AND"_s, 4, 3, u"AND needs a term after"_s);
}

void TestSearchParser::reportsMistakesWithTheirPosition()
{
    QFETCH(QString, query);
    QFETCH(int, position);
    QFETCH(int, length);
    QFETCH(QString, message);
    const ParsedSearch parsed = SearchParser::parse(query);
    QVERIFY2(!parsed.ok(), qPrintable(parsed.ok() ? parsed.query().describe() : QString()));
    QVERIFY2(parsed.error().message.contains(message), qPrintable(parsed.error().message));
    QCOMPARE(parsed.error().position, position);
    QCOMPARE(parsed.error().length, length);
    QVERIFY(parsed.error().describe().endsWith(u"(at character %1)"_s.arg(position + 1)));
}

void TestSearchParser::remembersWhereEachTermIs()
{
    const QString query = u"gas  -country:BLR \"oil pipe\" date:2009"_s;
    const ParsedSearch parsed = SearchParser::parse(query);
    QVERIFY(parsed);
    const SearchNode &root = parsed.query().root;
    QCOMPARE(root.children.size(), std::size_t(4));
    const auto located = [&](const SearchTerm &term) {
        return query.mid(term.position, term.length);
    };
    QCOMPARE(located(root.children[0].term), u"gas"_s);
    QCOMPARE(located(root.children[1].children[0].term), u"country:BLR"_s);
    QCOMPARE(located(root.children[2].term), u"\"oil pipe\""_s);
    QCOMPARE(located(root.children[3].term), u"date:2009"_s);
}

void TestSearchParser::keepsPrefixAndPhraseFlags()
{
    const ParsedSearch parsed = SearchParser::parse(u"Ivan** \"Igor\""_s);
    QVERIFY(parsed);
    const SearchTerm &prefix = parsed.query().root.children[0].term;
    QVERIFY(prefix.prefix);
    QVERIFY(!prefix.phrase);
    QCOMPARE(prefix.value, u"Ivan"_s);
    const SearchTerm &phrase = parsed.query().root.children[1].term;
    QVERIFY(phrase.phrase);
    QVERIFY(!phrase.prefix);
}

void TestSearchParser::caretPointsAtTheCulprit()
{
    const QString query = u"gas minster:Ivanov"_s;
    const ParsedSearch parsed = SearchParser::parse(query);
    QVERIFY(!parsed);
    QCOMPARE(parsed.error().caretLines(query), u"  gas minster:Ivanov\n      ^^^^^^^"_s);
}

void TestSearchParser::quotesValuesSoTheyReadBack_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("written");
    row("plain", u"BLR"_s, u"BLR"_s);
    row("spaces", u"Igor Ivanov"_s, u"\"Igor Ivanov\""_s);
    row("quote", u"the \"Caspian\" file"_s, u"\"the \"\"Caspian\"\" file\""_s);
    row("parenthesis", u"Energy (gas)"_s, u"\"Energy (gas)\""_s);
    row("keyword", u"OR"_s, u"\"OR\""_s);
    row("leading minus", u"-5"_s, u"\"-5\""_s);
    row("colon", u"a:b"_s, u"\"a:b\""_s);
}

void TestSearchParser::quotesValuesSoTheyReadBack()
{
    QFETCH(QString, value);
    QFETCH(QString, written);
    QCOMPARE(SearchFields::quote(value), written);
    const ParsedSearch parsed = SearchParser::parse(SearchFields::term(SearchField::Topic, value));
    QVERIFY(parsed);
    QCOMPARE(parsed.query().root.term.value, value);
    QCOMPARE(parsed.query().root.term.field, SearchField::Topic);
}

void TestSearchParser::narrowsKeepingTheMeaning_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("narrowed");
    row("empty", u""_s, u"country:BLR"_s);
    row("a word", u"gas"_s, u"gas country:BLR"_s);
    row("an OR", u"gas OR oil"_s, u"(gas OR oil) country:BLR"_s);
    row("unreadable", u"gas \"oil"_s, u"country:BLR"_s);
}

void TestSearchParser::narrowsKeepingTheMeaning()
{
    QFETCH(QString, text);
    QFETCH(QString, narrowed);
    QCOMPARE(SearchFields::narrow(text, u"country:BLR"_s), narrowed);
}

namespace {

QString nested(int depth, const QString &open, const QString &inner, const QString &close)
{
    return open.repeated(depth) + inner + close.repeated(depth);
}

QString distinctWords(int count)
{
    QStringList words;
    for (int i = 0; i < count; ++i)
        words.append(u"word%1"_s.arg(i));
    return words.join(u" OR "_s);
}

} // namespace

void TestSearchParser::refusesQueriesBeyondItsLimits_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("limit");
    QTest::addColumn<int>("position");

    QTest::newRow("101 parentheses") << nested(101, u"("_s, u"Lavrov"_s, u")"_s) << u"100"_s << 100;
    QTest::newRow("4,000 parentheses")
        << nested(4000, u"("_s, u"Lavrov"_s, u")"_s) << u"100"_s << 100;
    QTest::newRow("7,000 parentheses: too long before too deep")
        << nested(7000, u"("_s, u"Lavrov"_s, u")"_s) << u"10000"_s << 10'000;
    QTest::newRow("4,000 parentheses, never closed") << u"("_s.repeated(4000) << u"100"_s << 100;
    QTest::newRow("3,000 exclusions of groups")
        << nested(3000, u"-("_s, u"Lavrov"_s, u")"_s) << u"100"_s << 100;
    QTest::newRow("exclusions inside parentheses")
        << nested(60, u"(-"_s, u"Lavrov"_s, u")"_s) << u"100"_s << 100;
    QTest::newRow("257 different terms")
        << distinctWords(257) << u"256"_s << int(distinctWords(257).lastIndexOf(u"word256"_s));
    QTest::newRow("10,001 characters") << (u"a"_s.repeated(10'001)) << u"10000"_s << 10'000;
}

void TestSearchParser::refusesQueriesBeyondItsLimits()
{
    QFETCH(QString, query);
    QFETCH(QString, limit);
    QFETCH(int, position);
    const ParsedSearch parsed = SearchParser::parse(query);
    QVERIFY(!parsed);
    QVERIFY2(parsed.error().message.contains(u"the limit is "_s + limit),
             qPrintable(parsed.error().message));
    QCOMPARE(parsed.error().position, qsizetype(position));
}

void TestSearchParser::acceptsQueriesAtItsLimits()
{
    const ParsedSearch deep = SearchParser::parse(nested(100, u"("_s, u"Lavrov"_s, u")"_s));
    QVERIFY(deep);
    QCOMPARE(deep.query().describe(), u"text:\"Lavrov\""_s);

    const ParsedSearch negations = SearchParser::parse(nested(50, u"-("_s, u"Lavrov"_s, u")"_s));
    QVERIFY(negations);
    QCOMPARE(negations.query().describe(), nested(50, u"(NOT "_s, u"text:\"Lavrov\""_s, u")"_s));

    const ParsedSearch many = SearchParser::parse(distinctWords(256));
    QVERIFY(many);
    QCOMPARE(many.query().root.kind, SearchNode::Kind::Or);
    QCOMPARE(many.query().root.children.size(), size_t(256));

    const ParsedSearch longest = SearchParser::parse(u"b"_s.repeated(SearchParser::maxLength));
    QVERIFY(longest);
}

void TestSearchParser::searchesARepeatedTermOnce()
{
    // A common word typed thousands of times is one term, not thousands of searches.
    const QString repeated = u"cooperation "_s.repeated(800).trimmed();
    const ParsedSearch parsed = SearchParser::parse(repeated);
    QVERIFY(parsed);
    QCOMPARE(parsed.query().describe(), u"text:\"cooperation\""_s);

    const ParsedSearch alternatives = SearchParser::parse(u"(a OR b) (b OR a) (a OR b) a OR a"_s);
    QVERIFY(alternatives);
    QCOMPARE(alternatives.query().describe(),
             u"(OR (AND (OR text:\"a\" text:\"b\") (OR text:\"b\" text:\"a\") text:\"a\") "
             u"text:\"a\")"_s);
}

QTEST_GUILESS_MAIN(TestSearchParser)
#include "tst_searchparser.moc"

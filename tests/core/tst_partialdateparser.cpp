#include "domain/partialdateparser.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace entente;

class TestPartialDateParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsWhatPeopleType_data();
    void readsWhatPeopleType();
    void saysWhatIsWrong_data();
    void saysWhatIsWrong();
    void formatReadsBack_data();
    void formatReadsBack();
};

void TestPartialDateParser::readsWhatPeopleType_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("iso");
    const QString gb = u"en_GB"_s;
    QTest::newRow("dotted") << u"25.11.2009"_s << gb << u"2009-11-25"_s;
    QTest::newRow("iso day") << u"2009-11-25"_s << gb << u"2009-11-25"_s;
    QTest::newRow("short month") << u"Nov 2009"_s << gb << u"2009-11"_s;
    QTest::newRow("long month") << u"November 2009"_s << gb << u"2009-11"_s;
    QTest::newRow("russian month") << u"ноябрь 2009"_s << gb << u"2009-11"_s;
    QTest::newRow("russian genitive day") << u"25 ноября 2009"_s << gb << u"2009-11-25"_s;
    QTest::newRow("russian capital") << u"Ноябрь 2009"_s << gb << u"2009-11"_s;
    QTest::newRow("year") << u"2009"_s << gb << u"2009"_s;
    QTest::newRow("spaces around") << u"  2009 "_s << gb << u"2009"_s;
    QTest::newRow("iso month") << u"2009-11"_s << gb << u"2009-11"_s;
    QTest::newRow("dotted month") << u"11.2009"_s << gb << u"2009-11"_s;
    QTest::newRow("day month name") << u"25 November 2009"_s << gb << u"2009-11-25"_s;
    QTest::newRow("american words") << u"November 25, 2009"_s << gb << u"2009-11-25"_s;
    QTest::newRow("abbreviation with dot") << u"Sept. 2010"_s << gb << u"2010-09"_s;
    QTest::newRow("british slashes") << u"25/11/2009"_s << gb << u"2009-11-25"_s;
    QTest::newRow("american slashes") << u"11/25/2009"_s << u"en_US"_s << u"2009-11-25"_s;
    QTest::newRow("two-digit year") << u"25.11.09"_s << gb << u"2009-11-25"_s;
    QTest::newRow("single digits") << u"5.3.2004"_s << gb << u"2004-03-05"_s;
    QTest::newRow("german month") << u"März 2004"_s << u"de_DE"_s << u"2004-03"_s;
}

void TestPartialDateParser::readsWhatPeopleType()
{
    QFETCH(QString, text);
    QFETCH(QString, locale);
    QFETCH(QString, iso);
    QString problem;
    const PartialDate date = PartialDateParser(QLocale(locale)).parse(text, &problem);
    QCOMPARE(problem, QString());
    QCOMPARE(date.toIso(), iso);
}

void TestPartialDateParser::saysWhatIsWrong_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("problem");
    QTest::newRow("no such day") << u"30.02.2009"_s
                                 << u"2009-02-30 is not a date: February 2009 has 28 days"_s;
    QTest::newRow("no such month")
        << u"2009-13"_s << u"2009-13 is not a date: there is no month 13"_s;
    QTest::newRow("words") << u"next Tuesday"_s
                           << u"“next Tuesday” is not a date: write it like 25.11.2009, "
                              "2009-11-25, November 2009 or 2009"_s;
    QTest::newRow("ambiguous abbreviation") << u"Ma 2009"_s
                                            << u"“Ma 2009” is not a date: write it like "
                                               "25.11.2009, 2009-11-25, November 2009 or 2009"_s;
}

void TestPartialDateParser::saysWhatIsWrong()
{
    QFETCH(QString, text);
    QFETCH(QString, problem);
    QString why;
    PartialDateParser(QLocale(QLocale::English, QLocale::UnitedKingdom)).parse(text, &why);
    QCOMPARE(why, problem);
}

void TestPartialDateParser::formatReadsBack_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<PartialDate>("date");
    QTest::addColumn<QString>("text");
    QTest::newRow("day") << u"en_GB"_s << PartialDate::day(2009, 11, 25) << u"25 November 2009"_s;
    QTest::newRow("month") << u"en_GB"_s << PartialDate::month(2009, 11) << u"November 2009"_s;
    QTest::newRow("year") << u"en_GB"_s << PartialDate::year(2009) << u"2009"_s;
    QTest::newRow("russian day") << u"ru_RU"_s << PartialDate::day(2009, 11, 25)
                                 << u"25 ноября 2009"_s;
    QTest::newRow("russian month")
        << u"ru_RU"_s << PartialDate::month(2009, 11) << u"ноябрь 2009"_s;
}

void TestPartialDateParser::formatReadsBack()
{
    QFETCH(QString, locale);
    QFETCH(PartialDate, date);
    QFETCH(QString, text);
    const PartialDateParser parser{QLocale(locale)};
    QCOMPARE(parser.format(date), text);
    QCOMPARE(parser.parse(parser.format(date)), date);
    QCOMPARE(parser.parse(parser.formatShort(date)), date);
}

QTEST_GUILESS_MAIN(TestPartialDateParser)
#include "tst_partialdateparser.moc"

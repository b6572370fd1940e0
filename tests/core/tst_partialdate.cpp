#include "domain/partialdate.h"

#include <QLocale>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace entente;

class TestPartialDate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesIsoAtEachPrecision_data();
    void parsesIsoAtEachPrecision();
    void refusesMalformedOrImpossibleDates_data();
    void refusesMalformedOrImpossibleDates();
    void storageFormRoundTrips();
    void displaysInTheLocale();
    void displaysSpans();
};

void TestPartialDate::parsesIsoAtEachPrecision_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("precision");
    QTest::addColumn<QDate>("first");
    QTest::addColumn<QDate>("last");
    QTest::newRow("day") << u"2009-11-25"_s << int(DatePrecision::Day) << QDate(2009, 11, 25)
                         << QDate(2009, 11, 25);
    QTest::newRow("month") << u"2009-11"_s << int(DatePrecision::Month) << QDate(2009, 11, 1)
                           << QDate(2009, 11, 30);
    QTest::newRow("february of a leap year")
        << u"2008-02"_s << int(DatePrecision::Month) << QDate(2008, 2, 1) << QDate(2008, 2, 29);
    QTest::newRow("year") << u"2010"_s << int(DatePrecision::Year) << QDate(2010, 1, 1)
                          << QDate(2010, 12, 31);
    QTest::newRow("leap day") << u"2008-02-29"_s << int(DatePrecision::Day) << QDate(2008, 2, 29)
                              << QDate(2008, 2, 29);
    QTest::newRow("surrounding spaces") << u" 2009-11-25 "_s << int(DatePrecision::Day)
                                        << QDate(2009, 11, 25) << QDate(2009, 11, 25);
}

void TestPartialDate::parsesIsoAtEachPrecision()
{
    QFETCH(QString, text);
    QFETCH(int, precision);
    QFETCH(QDate, first);
    QFETCH(QDate, last);
    QString problem;
    const auto date = PartialDate::parseIso(text, &problem);
    QVERIFY2(date, qPrintable(problem));
    QCOMPARE(int(date->precision()), precision);
    QCOMPARE(date->firstDay(), first);
    QCOMPARE(date->lastDay(), last);
    QCOMPARE(date->toIso(), text.trimmed());
}

void TestPartialDate::refusesMalformedOrImpossibleDates_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("problem");
    QTest::newRow("30 February") << u"2009-02-30"_s
                                 << u"2009-02-30 is not a date: February 2009 has 28 days"_s;
    QTest::newRow("29 February, common year") << u"2009-02-29"_s << u"February 2009 has 28 days"_s;
    QTest::newRow("31 November") << u"2009-11-31"_s << u"November 2009 has 30 days"_s;
    QTest::newRow("month 13") << u"2009-13"_s << u"there is no month 13"_s;
    QTest::newRow("day 0") << u"2009-11-00"_s << u"has 30 days"_s;
    QTest::newRow("words") << u"November 2009"_s << u"write YYYY-MM-DD"_s;
    QTest::newRow("empty") << QString() << u"write YYYY-MM-DD"_s;
    QTest::newRow("two-digit year") << u"09-11-25"_s << u"write YYYY-MM-DD"_s;
    QTest::newRow("slashes") << u"2009/11/25"_s << u"write YYYY-MM-DD"_s;
    QTest::newRow("year zero") << u"0000"_s << u"write YYYY-MM-DD"_s;
}

void TestPartialDate::refusesMalformedOrImpossibleDates()
{
    QFETCH(QString, text);
    QFETCH(QString, problem);
    QString why;
    QVERIFY(!PartialDate::parseIso(text, &why));
    QVERIFY2(why.contains(problem), qPrintable(why));
    QVERIFY(PartialDate::fromIso(text).isNull());
}

void TestPartialDate::storageFormRoundTrips()
{
    for (const PartialDate &d :
         {PartialDate::day(2009, 11, 25), PartialDate::month(2009, 11), PartialDate::year(2010)}) {
        QCOMPARE(PartialDate::fromStorage(d.firstDay().toString(Qt::ISODate),
                                          precisionCode(d.precision())),
                 d);
        QCOMPARE(PartialDate::fromStorage(d.lastDay().toString(Qt::ISODate),
                                          precisionCode(d.precision())),
                 d);
    }
    QVERIFY(PartialDate::fromStorage(u"garbage"_s, u"day"_s).isNull());
    QVERIFY(PartialDate::fromStorage(u"2009-11-25"_s, u"week"_s).isNull());
}

void TestPartialDate::displaysInTheLocale()
{
    const QLocale english(QLocale::English, QLocale::UnitedKingdom);
    const QLocale russian(QLocale::Russian, QLocale::Russia);
    QCOMPARE(PartialDate::day(2009, 11, 25).toDisplayString(english), u"25 November 2009"_s);
    QCOMPARE(PartialDate::month(2009, 11).toDisplayString(english), u"November 2009"_s);
    QCOMPARE(PartialDate::year(2009).toDisplayString(english), u"2009"_s);
    QVERIFY(
        PartialDate::day(2009, 11, 25).toDisplayString(russian).startsWith(u"25 ноября 2009"_s));
    QCOMPARE(PartialDate::month(2009, 11).toDisplayString(russian).toLower(), u"ноябрь 2009"_s);
}

void TestPartialDate::displaysSpans()
{
    const QLocale english(QLocale::English, QLocale::UnitedKingdom);
    QCOMPARE(displaySpan(PartialDate::day(2009, 11, 25), PartialDate::day(2009, 11, 27), english),
             u"25–27 November 2009"_s);
    QCOMPARE(displaySpan(PartialDate::day(2009, 11, 25), {}, english), u"25 November 2009"_s);
    QCOMPARE(displaySpan(PartialDate::month(2009, 11), PartialDate::month(2010, 3), english),
             u"November 2009 – March 2010"_s);
}

QTEST_GUILESS_MAIN(TestPartialDate)
#include "tst_partialdate.moc"

#include "partialdateedit.h"
#include "uitest.h"

#include <QCalendarWidget>
#include <QLineEdit>
#include <QMenu>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <QToolButton>

using namespace Qt::StringLiterals;
using namespace entente;

class TestPartialDateEdit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void readsTypedDates_data();
    void readsTypedDates();
    void keepsWhatIsNotADate();
    void commitsOnlyChanges();
    void picksADayInTheCalendar();
};

void TestPartialDateEdit::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
}

void TestPartialDateEdit::readsTypedDates_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("iso");
    QTest::newRow("dotted") << u"25.11.2009"_s << u"2009-11-25"_s;
    QTest::newRow("iso") << u"2009-11-25"_s << u"2009-11-25"_s;
    QTest::newRow("short month") << u"Nov 2009"_s << u"2009-11"_s;
    QTest::newRow("month") << u"November 2009"_s << u"2009-11"_s;
    QTest::newRow("russian month") << u"ноябрь 2009"_s << u"2009-11"_s;
    QTest::newRow("year") << u"2009"_s << u"2009"_s;
}

void TestPartialDateEdit::readsTypedDates()
{
    QFETCH(QString, typed);
    QFETCH(QString, iso);
    PartialDateEdit edit;
    edit.show();
    QSignalSpy committed(&edit, &PartialDateEdit::committed);
    edit.lineEdit()->setFocus();
    uitest::keyClicks(edit.lineEdit(), typed);
    QTest::keyClick(edit.lineEdit(), Qt::Key_Return);
    QCOMPARE(committed.count(), 1);
    QCOMPARE(edit.date().toIso(), iso);
    QCOMPARE(edit.problem(), QString());
}

void TestPartialDateEdit::keepsWhatIsNotADate()
{
    PartialDateEdit edit;
    edit.show();
    QTest::keyClicks(edit.lineEdit(), u"30.02.2009"_s);
    QCOMPARE(edit.problem(), u"2009-02-30 is not a date: February 2009 has 28 days"_s);
    QCOMPARE(edit.text(), u"30.02.2009"_s);
    edit.lineEdit()->clear();
    QTest::keyClicks(edit.lineEdit(), u"soon"_s);
    QVERIFY(edit.date().isNull());
    QVERIFY(edit.problem().startsWith(u"“soon” is not a date"_s));
    QCOMPARE(edit.text(), u"soon"_s);
}

void TestPartialDateEdit::commitsOnlyChanges()
{
    PartialDateEdit edit;
    edit.show();
    edit.setDate(PartialDate::month(2009, 11));
    QCOMPARE(edit.text(), u"November 2009"_s);
    QSignalSpy committed(&edit, &PartialDateEdit::committed);
    QTest::keyClick(edit.lineEdit(), Qt::Key_Return);
    QCOMPARE(committed.count(), 0);
    QTest::keyClick(edit.lineEdit(), Qt::Key_Backspace);
    QTest::keyClick(edit.lineEdit(), u'8');
    QTest::keyClick(edit.lineEdit(), Qt::Key_Return);
    QCOMPARE(committed.count(), 1);
    QCOMPARE(edit.date(), PartialDate::month(2008, 11));
}

void TestPartialDateEdit::picksADayInTheCalendar()
{
    PartialDateEdit edit;
    edit.show();
    QVERIFY(QTest::qWaitForWindowExposed(&edit));
    edit.setDate(PartialDate::day(2009, 11, 20));
    QSignalSpy committed(&edit, &PartialDateEdit::committed);
    auto *calendar =
        edit.findChild<QToolButton *>(u"calendarButton"_s)->menu()->findChild<QCalendarWidget *>();
    QVERIFY(calendar);
    // Alt+Down opens the calendar on the date in the field; Return picks the selected day.
    QTimer::singleShot(0, calendar, [calendar] {
        QCOMPARE(calendar->selectedDate(), QDate(2009, 11, 20));
        calendar->setSelectedDate(QDate(2009, 11, 25));
        Q_EMIT calendar->activated(calendar->selectedDate());
    });
    edit.lineEdit()->setFocus();
    QTest::keyClick(edit.lineEdit(), Qt::Key_Down, Qt::AltModifier);
    QTRY_COMPARE(committed.count(), 1);
    QCOMPARE(edit.date(), PartialDate::day(2009, 11, 25));
    QCOMPARE(edit.text(), u"25 November 2009"_s);
}

QTEST_MAIN(TestPartialDateEdit)
#include "tst_partialdateedit.moc"

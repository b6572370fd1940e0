#include "cataloguedump.h"
#include "countrycombo.h"
#include "delegationseditor.h"
#include "editorfixture.h"
#include "fieldmarks.h"
#include "messagestrip.h"
#include "partialdateedit.h"
#include "uitest.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QToolButton>

using namespace Qt::StringLiterals;
using namespace entente;
using uitest::EditorFixture;

// The meeting editor's own fields: each finished entry is one undoable step, and what the
// catalogue would refuse is marked, explained and kept as typed.
class TestMeetingEditor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void eachFieldSavesAndUndoes_data();
    void eachFieldSavesAndUndoes();
    void refusedEntriesAreMarkedAndKept_data();
    void refusedEntriesAreMarkedAndKept();
    void aColleaguesChangeIsAConflictWithReload();
    void undoShowsTheOldValueInTheEditor();
    void anOrganisationJoinsAsAPartyButIsNoPlace();
};

void TestMeetingEditor::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
}

void TestMeetingEditor::eachFieldSavesAndUndoes_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("undoText");
    const QString title = u"“Joint meeting of the collegiums of the…”"_s;
    for (const char *field :
         {"title", "start", "end", "place", "country", "format", "status", "tone", "summary"}) {
        const QString name = QString::fromLatin1(field);
        const QString what = name == u"start" || name == u"end" ? u"dates"_s
                             : name == u"country"               ? u"place"_s
                                                                : name;
        QTest::newRow(field) << name << u"change %1 of %2"_s.arg(what, title);
    }
}

void TestMeetingEditor::eachFieldSavesAndUndoes()
{
    QFETCH(QString, field);
    QFETCH(QString, undoText);
    EditorFixture f;
    QVERIFY(f.ready());
    const QStringList before = test::dumpCatalogue(*f.catalogue);

    if (field == u"title") {
        uitest::retype(f.field<QLineEdit>(u"title"_s), u"Joint collegium of the ministries"_s);
    } else if (field == u"start") {
        uitest::retype(f.field<PartialDateEdit>(u"startDate"_s)->lineEdit(), u"Nov 2009"_s);
    } else if (field == u"end") {
        uitest::retype(f.field<PartialDateEdit>(u"endDate"_s)->lineEdit(), u"26.11.2009"_s);
    } else if (field == u"place") {
        uitest::retype(f.field<QLineEdit>(u"place"_s), u"Moscow Region"_s);
    } else if (field == u"country") {
        uitest::retype(f.field<CountryCombo>(u"placeCountry"_s)->lineEdit(), u"Belarus"_s);
    } else if (field == u"format") {
        QVERIFY(uitest::choose(f.field<QComboBox>(u"format"_s), u"Consultations"_s));
    } else if (field == u"status") {
        QVERIFY(uitest::choose(f.field<QComboBox>(u"status"_s), u"Postponed"_s));
    } else if (field == u"tone") {
        uitest::retype(f.field<QLineEdit>(u"tone"_s), u"businesslike"_s);
    } else if (field == u"summary") {
        f.editor->sections()->setCurrentIndex(3);
        uitest::typeText(f.field<QPlainTextEdit>(u"summary"_s), u"A short summary."_s,
                         f.field<QLineEdit>(u"tone"_s));
    }

    const Meeting saved = f.stored();
    QCOMPARE(f.session->stack()->count(), 1);
    QCOMPARE(f.session->stack()->undoText(), undoText);
    if (field == u"title")
        QCOMPARE(saved.title, u"Joint collegium of the ministries"_s);
    else if (field == u"start")
        QCOMPARE(saved.start, PartialDate::month(2009, 11));
    else if (field == u"end")
        QCOMPARE(saved.effectiveEnd(), PartialDate::day(2009, 11, 26));
    else if (field == u"place")
        QCOMPARE(saved.place, u"Moscow Region"_s);
    else if (field == u"country")
        QCOMPARE(saved.placeCountry, u"BLR"_s);
    else if (field == u"format")
        QCOMPARE(saved.format, u"consultations"_s);
    else if (field == u"status")
        QCOMPARE(saved.status, MeetingStatus::Postponed);
    else if (field == u"tone")
        QCOMPARE(saved.tone, u"businesslike"_s);
    else if (field == u"summary")
        QCOMPARE(saved.summary, u"A short summary."_s);
    const QStringList after = test::dumpCatalogue(*f.catalogue);

    f.session->stack()->undo();
    QCOMPARE(test::dumpCatalogue(*f.catalogue), before);
    f.session->stack()->redo();
    QCOMPARE(test::dumpCatalogue(*f.catalogue), after);
}

void TestMeetingEditor::refusedEntriesAreMarkedAndKept_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("message");
    QTest::newRow("empty title") << u"title"_s << QString() << u"Title: a meeting needs a title"_s;
    QTest::newRow("no such day")
        << u"startDate"_s << u"30.02.2009"_s
        << u"Start date: 2009-02-30 is not a date: February 2009 has 28 days"_s;
    QTest::newRow("not a date") << u"endDate"_s << u"next week"_s
                                << u"End date: “next week” is not a date: write it like "
                                   "25.11.2009, 2009-11-25, November 2009 or 2009"_s;
    QTest::newRow("end before start")
        << u"endDate"_s << u"24.11.2009"_s
        << u"End date: the meeting ends (2009-11-24) before it starts (2009-11-25)"_s;
    QTest::newRow("no such country")
        << u"placeCountry"_s << u"Atlantis"_s
        << u"Country of the place: there is no country called “Atlantis”"_s;
    QTest::newRow("an organisation is no place")
        << u"placeCountry"_s << u"European Union"_s
        << u"Country of the place: there is no country called “European Union”"_s;
}

void TestMeetingEditor::refusedEntriesAreMarkedAndKept()
{
    QFETCH(QString, field);
    QFETCH(QString, typed);
    QFETCH(QString, message);
    EditorFixture f;
    QVERIFY(f.ready());
    const QStringList before = test::dumpCatalogue(*f.catalogue);
    QWidget *widget = f.field<QWidget>(field);
    QVERIFY(widget);
    QLineEdit *edit = qobject_cast<QLineEdit *>(widget);
    if (auto *date = qobject_cast<PartialDateEdit *>(widget))
        edit = date->lineEdit();
    if (auto *combo = qobject_cast<QComboBox *>(widget))
        edit = combo->lineEdit();
    uitest::retype(edit, typed);

    MessageStrip *strip = f.editor->messageStrip();
    QVERIFY(strip->isVisible());
    QCOMPARE(strip->text(), message);
    QVERIFY(FieldMarks::isMarked(widget));
    QCOMPARE(FieldMarks::problem(widget), message);
    QCOMPARE(edit->text(), typed); // nothing typed is thrown away
    QCOMPARE(f.session->stack()->count(), 0);
    QCOMPARE(test::dumpCatalogue(*f.catalogue), before);

    // Corrected, it is saved and the mark goes.
    const QString valid = field == u"title"          ? u"Joint collegium"_s
                          : field == u"placeCountry" ? u"Russia"_s
                          : field == u"startDate"    ? u"24.11.2009"_s
                                                     : u"27.11.2009"_s;
    uitest::retype(edit, valid);
    QVERIFY(!FieldMarks::isMarked(widget));
    QVERIFY(!strip->isVisible());
    if (field != u"placeCountry") // the country was Russia already: nothing to save
        QCOMPARE(f.session->stack()->count(), 1);
}

void TestMeetingEditor::aColleaguesChangeIsAConflictWithReload()
{
    EditorFixture f;
    QVERIFY(f.ready());
    // A colleague's window: a second connection to the same file, saving first.
    auto colleague = Catalogue::open(f.catalogue.path());
    QVERIFY(colleague);
    Meeting theirs = *MeetingRepository(**colleague).get(f.ids.meeting);
    theirs.tone = u"cordial"_s;
    QVERIFY(MeetingRepository(**colleague).update(theirs).ok());

    auto *title = f.field<QLineEdit>(u"title"_s);
    uitest::retype(title, u"My title"_s);
    MessageStrip *strip = f.editor->messageStrip();
    QVERIFY(strip->isVisible());
    QVERIFY2(strip->text().contains(u"was changed or deleted by someone else since it was opened; "
                                    "reload it to see their changes"_s),
             qPrintable(strip->text()));
    QCOMPARE(title->text(), u"My title"_s);
    QCOMPARE(f.stored().tone, u"cordial"_s);
    QVERIFY(f.stored().title.startsWith(u"Joint meeting"_s));
    QCOMPARE(f.session->stack()->count(), 0);

    auto *reload = strip->findChild<QToolButton *>(u"messageAction"_s);
    QVERIFY(reload->isVisible());
    QTest::mouseClick(reload, Qt::LeftButton);
    QCOMPARE(f.field<QLineEdit>(u"tone"_s)->text(), u"cordial"_s);
    QVERIFY(title->text().startsWith(u"Joint meeting"_s));
    // Now working from their version, the edit goes through.
    uitest::retype(title, u"My title"_s);
    QCOMPARE(f.stored().title, u"My title"_s);
    QCOMPARE(f.stored().tone, u"cordial"_s);
}

void TestMeetingEditor::undoShowsTheOldValueInTheEditor()
{
    EditorFixture f;
    QVERIFY(f.ready());
    auto *tone = f.field<QLineEdit>(u"tone"_s);
    const QString old = tone->text();
    uitest::retype(tone, u"tense"_s);
    QCOMPARE(f.stored().tone, u"tense"_s);
    f.session->stack()->undo();
    QCOMPARE(tone->text(), old);
    f.session->stack()->redo();
    QCOMPARE(tone->text(), u"tense"_s);
}

void TestMeetingEditor::anOrganisationJoinsAsAPartyButIsNoPlace()
{
    EditorFixture f;
    QVERIFY(f.ready());
    // The party field offers organisations among the countries and reads their other names.
    DelegationsEditor *delegations = f.editor->delegationsEditor();
    CountryCombo *party = delegations->countryField();
    QVERIFY(party->findText(u"European Union"_s) >= 0);
    QVERIFY(party->findText(u"Belarus"_s) >= 0);
    QCOMPARE(party->lineEdit()->placeholderText(), u"Country or organisation"_s);
    uitest::retype(party->lineEdit(), u"ЕС"_s, false);
    QCOMPARE(party->country(), u"EU"_s);
    QTest::mouseClick(delegations->findChild<QToolButton *>(u"addCountry"_s), Qt::LeftButton);
    const Meeting saved = f.stored();
    QCOMPARE(saved.parties.size(), 3);
    QCOMPARE(saved.parties.at(2), (Party{u"EU"_s, PartyRole::Guest}));
    QCOMPARE(f.session->stack()->count(), 1);
    f.session->stack()->undo();
    QCOMPARE(f.stored().parties.size(), 2);

    // The place's field offers countries alone.
    auto *place = f.field<CountryCombo>(u"placeCountry"_s);
    QCOMPARE(place->findText(u"European Union"_s), -1);
    QVERIFY(place->findText(u"Belarus"_s) >= 0);
    QCOMPARE(place->lineEdit()->placeholderText(), u"Country"_s);
}

QTEST_MAIN(TestMeetingEditor)
#include "tst_meetingeditor.moc"

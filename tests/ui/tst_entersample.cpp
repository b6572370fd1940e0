#include "countrycombo.h"
#include "delegationseditor.h"
#include "documentlinkedit.h"
#include "documentseditor.h"
#include "editingcontroller.h"
#include "mainwindow.h"
#include "meetingeditor.h"
#include "meetingpane.h"
#include "models/delegationsmodel.h"
#include "models/documentsmodel.h"
#include "models/roles.h"
#include "models/sourcesmodel.h"
#include "partialdateedit.h"
#include "peoplemanager.h"
#include "personeditor.h"
#include "personlineedit.h"
#include "sample/samplecatalogue.h"
#include "searchcontroller.h"
#include "sourceseditor.h"
#include "storage/meetingrepository.h"
#include "storage/personrepository.h"
#include "testcatalogue.h"
#include "topicseditor.h"
#include "uitest.h"

#include <QAction>
#include <QCompleter>
#include <QDialog>
#include <QInputDialog>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QTreeView>

using namespace Qt::StringLiterals;
using namespace entente;

// The whole sample meeting, entered through the window into an empty catalogue the way an analyst
// would from the press release (people, meeting, delegations, topics, documents with their link,
// sources, the ministers' one-to-one), then compared field by field with the fixture.
class TestEnterSample : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void entersTheSampleMeeting();

private:
    qint64 enterPerson(const Person &p, const QString &country);
    void enterMeeting(const Meeting &m);
    void addMember(int party, const QString &typed, const QString &position);
    void editCell(QAbstractItemView *view, const QModelIndex &index, const QString &text);
    void chooseCell(QAbstractItemView *view, const QModelIndex &index, const QString &choice);
    void enterDocument(const OutcomeDocument &d, const QString &kind, const QString &action);
    MeetingEditor *editor() const { return m_window->meetingPane()->editor(); }

    std::unique_ptr<MainWindow> m_window;
};

void TestEnterSample::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"EntenteTest"_s);
    QCoreApplication::setApplicationName(u"tst_entersample"_s);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    QSettings().clear();
}

qint64 TestEnterSample::enterPerson(const Person &p, const QString &country)
{
    PeopleManager *people = m_window->editing()->peopleManager();
    uitest::onNextModal([&](QWidget *dialog) {
        uitest::retype(dialog->findChild<QLineEdit *>(u"nameLatin"_s), p.nameLatin, false);
        uitest::retype(dialog->findChild<QLineEdit *>(u"nameNative"_s), p.nameNative, false);
        uitest::retype(dialog->findChild<CountryCombo *>(u"country"_s)->lineEdit(), country, false);
        const Position &post = p.positions.at(0);
        uitest::retype(dialog->findChild<QLineEdit *>(u"position"_s), post.title, false);
        uitest::retype(dialog->findChild<QLineEdit *>(u"organisation"_s), post.organisation, false);
        uitest::retype(dialog->findChild<PartialDateEdit *>(u"positionSince"_s)->lineEdit(),
                       post.from.toDisplayString(QLocale()), false);
        static_cast<QDialog *>(dialog)->accept();
    });
    QTest::mouseClick(people->findChild<QToolButton *>(u"newPerson"_s), Qt::LeftButton);
    const qint64 id = people->currentPersonId();
    PersonEditor *personEditor = people->editor();
    uitest::typeText(personEditor->findChild<QPlainTextEdit *>(u"aliases"_s), p.aliases.join(u'\n'),
                     personEditor->findChild<QLineEdit *>(u"nameLatin"_s));
    if (!p.positions.at(0).to.isNull()) {
        QTableView *positions = personEditor->positionsView();
        uitest::refocus(positions);
        editCell(positions, positions->model()->index(0, PositionColumn::To),
                 p.positions.at(0).to.toDisplayString(QLocale()));
    }
    return id;
}

void TestEnterSample::editCell(QAbstractItemView *view, const QModelIndex &index,
                               const QString &text)
{
    uitest::refocus(view);
    view->setCurrentIndex(index);
    QTest::keyClick(view, Qt::Key_F2);
    auto *edit = qobject_cast<QLineEdit *>(uitest::cellEditor(view));
    QVERIFY2(edit, qPrintable(u"no editor for column %1"_s.arg(index.column())));
    edit->selectAll();
    uitest::keyClicks(edit, text);
    uitest::commitCell(edit);
}

void TestEnterSample::chooseCell(QAbstractItemView *view, const QModelIndex &index,
                                 const QString &choice)
{
    uitest::refocus(view);
    view->setCurrentIndex(index);
    QTest::keyClick(view, Qt::Key_F2);
    auto *combo = qobject_cast<QComboBox *>(uitest::cellEditor(view));
    QVERIFY(combo);
    QVERIFY(uitest::choose(combo, choice));
    uitest::commitCell(combo);
}

void TestEnterSample::enterMeeting(const Meeting &m)
{
    uitest::onNextModal([&](QWidget *dialog) {
        uitest::retype(dialog->findChild<QLineEdit *>(u"title"_s), m.title, false);
        uitest::retype(dialog->findChild<PartialDateEdit *>(u"startDate"_s)->lineEdit(),
                       u"25.11.2009"_s, false);
        uitest::retype(dialog->findChild<QLineEdit *>(u"place"_s), m.place, false);
        uitest::retype(dialog->findChild<CountryCombo *>(u"placeCountry"_s)->lineEdit(),
                       u"Russia"_s, false);
        QVERIFY(uitest::choose(dialog->findChild<QComboBox *>(u"format"_s),
                               u"Joint meeting of collegiums"_s));
        uitest::retype(dialog->findChild<CountryCombo *>(u"host"_s)->lineEdit(), u"Russia"_s,
                       false);
        uitest::retype(dialog->findChild<CountryCombo *>(u"guest"_s)->lineEdit(), u"Belarus"_s,
                       false);
        static_cast<QDialog *>(dialog)->accept();
    });
    uitest::refocus(m_window.get());
    m_window->editing()->newMeetingAction()->trigger();
}

void TestEnterSample::addMember(int party, const QString &typed, const QString &position)
{
    DelegationsEditor *delegations = editor()->delegationsEditor();
    QTreeView *tree = delegations->view();
    uitest::refocus(tree);
    tree->setCurrentIndex(delegations->model()->index(party, 0));
    QTest::mouseClick(delegations->findChild<QToolButton *>(u"addMember"_s), Qt::LeftButton);
    auto *edit = qobject_cast<PersonLineEdit *>(uitest::cellEditor(tree));
    QVERIFY(edit);
    uitest::keyClicks(edit, typed);
    QTest::keyClick(edit->findChild<QCompleter *>()->popup(), Qt::Key_Return);
    const QModelIndex partyIndex = delegations->model()->index(party, 0);
    const QModelIndex member = delegations->model()->index(
        delegations->model()->rowCount(partyIndex) - 1, DelegationColumn::Position, partyIndex);
    // The post from the person's history is there already; the press release names it in full.
    QCOMPARE(member.data().toString(), u"Minister of Foreign Affairs"_s);
    editCell(tree, member, position);
}

void TestEnterSample::enterDocument(const OutcomeDocument &d, const QString &kind,
                                    const QString &action)
{
    DocumentsEditor *documents = editor()->documentsEditor();
    QTableView *table = documents->view();
    uitest::refocus(table);
    QTest::mouseClick(documents->findChild<QToolButton *>(u"addDocument"_s), Qt::LeftButton);
    auto *title = qobject_cast<QLineEdit *>(uitest::cellEditor(table));
    QVERIFY(title);
    uitest::keyClicks(title, d.title);
    uitest::commitCell(title);
    const int row = documents->model()->rowCount() - 1;
    chooseCell(table, documents->model()->index(row, DocumentColumn::Kind), kind);
    chooseCell(table, documents->model()->index(row, DocumentColumn::Action), action);
    editCell(table, documents->model()->index(row, DocumentColumn::PeriodStart),
             d.periodStart.toIso());
    editCell(table, documents->model()->index(row, DocumentColumn::PeriodEnd), d.periodEnd.toIso());
}

void TestEnterSample::entersTheSampleMeeting()
{
    test::TestCatalogue catalogue; // empty: no sample
    const QString path = catalogue.path();
    catalogue.close();
    m_window = std::make_unique<MainWindow>();
    QSignalSpy searched(m_window->searchController(), &SearchController::resultChanged);
    QVERIFY(m_window->openCatalogue(path).ok());
    QTRY_COMPARE(searched.count(), 1);
    m_window->show();
    uitest::refocus(m_window.get());
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));

    // The two ministers, through the people manager.
    m_window->editing()->peopleAction()->trigger();
    const Person lavrov = SampleCatalogue::lavrov();
    const Person martynov = SampleCatalogue::martynov();
    const qint64 lavrovId = enterPerson(lavrov, u"Russia"_s);
    const qint64 martynovId = enterPerson(martynov, u"Belarus"_s);
    m_window->editing()->peopleManager()->close();
    for (const auto &[id, expected] :
         {std::pair{lavrovId, lavrov}, std::pair{martynovId, martynov}}) {
        const Person stored = *PersonRepository(*m_window->catalogue()).get(id);
        QCOMPARE(stored.nameLatin, expected.nameLatin);
        QCOMPARE(stored.nameNative, expected.nameNative);
        QCOMPARE(stored.aliases, expected.aliases);
        QCOMPARE(stored.country, expected.country);
        QCOMPARE(stored.positions.size(), 1);
        Position post = stored.positions.at(0);
        post.id = 0;
        QCOMPARE(post, expected.positions.at(0));
    }

    // The meeting: the essentials first, then the editor.
    const Meeting expected = SampleCatalogue::jointCollegium(lavrovId, martynovId);
    enterMeeting(expected);
    QCOMPARE(editor()->meeting().title, expected.title);
    const qint64 meetingId = editor()->meeting().id;
    uitest::retype(editor()->findChild<QLineEdit *>(u"tone"_s), expected.tone);
    editor()->sections()->setCurrentIndex(0);
    addMember(0, u"Lavrov"_s, expected.delegations.at(0).members.at(0).position);
    addMember(1, u"Мартынов"_s, expected.delegations.at(1).members.at(0).position);
    editor()->sections()->setCurrentIndex(1);
    for (const TopicRef &t : expected.topics)
        uitest::retype(editor()->topicsEditor()->field(), t.name);
    editor()->sections()->setCurrentIndex(2);
    enterDocument(expected.documents.at(0), u"Programme"_s, u"Adopted"_s);
    enterDocument(expected.documents.at(1), u"Plan"_s, u"Signed"_s);
    {
        // The plan develops the programme.
        QTableView *table = editor()->documentsEditor()->view();
        uitest::refocus(table);
        table->setCurrentIndex(table->model()->index(1, DocumentColumn::Link));
        QTest::keyClick(table, Qt::Key_F2);
        auto *link = table->findChild<DocumentLinkEdit *>();
        QVERIFY(link);
        const auto combos = link->findChildren<QComboBox *>();
        QVERIFY(uitest::choose(combos.at(0), u"develops"_s));
        QVERIFY(uitest::choose(combos.at(1), expected.documents.at(0).title));
        uitest::commitCell(combos.at(1));
    }
    editor()->sections()->setCurrentIndex(3);
    uitest::typeText(editor()->findChild<QPlainTextEdit *>(u"summary"_s), expected.summary,
                     editor()->findChild<QLineEdit *>(u"tone"_s));
    editor()->sections()->setCurrentIndex(4);
    {
        SourcesEditor *sources = editor()->sourcesEditor();
        const Source &s = expected.sources.at(0);
        uitest::refocus(sources->view());
        QTest::mouseClick(sources->findChild<QToolButton *>(u"addSource"_s), Qt::LeftButton);
        auto *publisher = qobject_cast<QLineEdit *>(uitest::cellEditor(sources->view()));
        QVERIFY(publisher);
        uitest::keyClicks(publisher, s.publisher);
        uitest::commitCell(publisher);
        editCell(sources->view(), sources->model()->index(0, SourceColumn::Title), s.title);
        editCell(sources->view(), sources->model()->index(0, SourceColumn::Published),
                 u"25.11.2009"_s);
        uitest::typeText(sources->textField(), s.text, editor()->findChild<QLineEdit *>(u"tone"_s));
    }

    // Every stored field against the fixture.
    const Meeting stored = *MeetingRepository(*m_window->catalogue()).get(meetingId);
    QCOMPARE(stored.title, expected.title);
    QCOMPARE(stored.parentId, 0);
    QCOMPARE(stored.start, expected.start);
    QCOMPARE(stored.effectiveEnd(), expected.effectiveEnd());
    QCOMPARE(stored.place, expected.place);
    QCOMPARE(stored.placeCountry, expected.placeCountry);
    QCOMPARE(stored.format, expected.format);
    QCOMPARE(stored.status, expected.status);
    QCOMPARE(stored.parties, expected.parties);
    QCOMPARE(stored.delegations, expected.delegations);
    QCOMPARE(stored.topics, expected.topics);
    QCOMPARE(stored.tone, expected.tone);
    QCOMPARE(stored.summary, expected.summary);
    QCOMPARE(stored.sources, expected.sources);
    QCOMPARE(stored.documents.size(), 2);
    for (int i = 0; i < 2; ++i) {
        OutcomeDocument d = stored.documents.at(i);
        QCOMPARE(d.title, expected.documents.at(i).title);
        QCOMPARE(d.kind, expected.documents.at(i).kind);
        QCOMPARE(d.action, expected.documents.at(i).action);
        QCOMPARE(d.date, expected.documents.at(i).date);
        QCOMPARE(d.periodStart, expected.documents.at(i).periodStart);
        QCOMPARE(d.periodEnd, expected.documents.at(i).periodEnd);
        QCOMPARE(d.parties, expected.documents.at(i).parties);
    }
    QCOMPARE(stored.documents.at(0).links.size(), 0);
    QCOMPARE(stored.documents.at(1).links.size(), 1);
    QCOMPARE(stored.documents.at(1).links.at(0).relation, DocumentRelation::Develops);
    QCOMPARE(stored.documents.at(1).links.at(0).targetId, stored.documents.at(0).id);

    // The ministers' one-to-one, as a sub-event: it inherits date, place and parties.
    const Meeting expectedSub = SampleCatalogue::oneToOne(meetingId, lavrovId, martynovId);
    uitest::onNextModal([&](QWidget *dialog) {
        static_cast<QInputDialog *>(dialog)->setTextValue(expectedSub.title);
        static_cast<QInputDialog *>(dialog)->accept();
    });
    m_window->editing()->subEventAction()->trigger();
    QCOMPARE(editor()->meeting().parentId, meetingId);
    const qint64 subId = editor()->meeting().id;
    editor()->sections()->setCurrentIndex(0);
    addMember(0, u"Sergey Lavrov"_s, expectedSub.delegations.at(0).members.at(0).position);
    addMember(1, u"Martynov"_s, expectedSub.delegations.at(1).members.at(0).position);
    editor()->sections()->setCurrentIndex(3);
    uitest::typeText(editor()->findChild<QPlainTextEdit *>(u"summary"_s), expectedSub.summary,
                     editor()->findChild<QLineEdit *>(u"tone"_s));
    const Meeting sub = *MeetingRepository(*m_window->catalogue()).get(subId);
    QCOMPARE(sub.title, expectedSub.title);
    QCOMPARE(sub.parentId, meetingId);
    QCOMPARE(sub.start, expectedSub.start);
    QCOMPARE(sub.effectiveEnd(), expectedSub.effectiveEnd());
    QCOMPARE(sub.place, expectedSub.place);
    QCOMPARE(sub.placeCountry, expectedSub.placeCountry);
    QCOMPARE(sub.format, expectedSub.format);
    QCOMPARE(sub.status, expectedSub.status);
    QCOMPARE(sub.parties, expectedSub.parties);
    QCOMPARE(sub.delegations, expectedSub.delegations);
    QCOMPARE(sub.summary, expectedSub.summary);
    QCOMPARE(uitest::cancelModalWatchers(), 0);
    m_window.reset();
}

QTEST_MAIN(TestEnterSample)
#include "tst_entersample.moc"

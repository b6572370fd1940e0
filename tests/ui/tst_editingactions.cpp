#include "cataloguedump.h"
#include "commands/undosession.h"
#include "countrycombo.h"
#include "duplicatewarningdialog.h"
#include "editingcontroller.h"
#include "mainwindow.h"
#include "meetingeditor.h"
#include "meetingpane.h"
#include "meetingspanel.h"
#include "models/roles.h"
#include "partialdateedit.h"
#include "searchcontroller.h"
#include "storage/meetingrepository.h"
#include "testcatalogue.h"
#include "uitest.h"
#include "vocabularydialog.h"

#include <QAction>
#include <QClipboard>
#include <QDialog>
#include <QHeaderView>
#include <QInputDialog>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTimer>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace entente;

// The Edit menu of the main window: new (with the duplicate warning), delete (confirmed, undone
// as one step), sub-events, copying rows, and the undo actions' texts.
class TestEditingActions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void undoActionsNameTheStep();
    void deleteAsksAndUndoesAsOneStep();
    void duplicateWarningOffersTheExistingMeeting();
    void duplicateWarningLetsTheUserGoOn();
    void subEventInheritsFromItsMeeting();
    void copiesRowsAsTextAndCsv();
    void headerMenuChoosesColumns();
    void bulkEditChangesSelectedMeetingsInOneStep();
    void vocabularyDialogAddsAndRenames();

private:
    // Selects the first row and waits until the selection holds: the table may still be settling
    // from the search that opening the catalogue started.
    void selectFirstRow()
    {
        QTableView *table = m_window->meetingsPanel()->view();
        table->selectionModel()->clear();
        const QModelIndex first = table->model()->index(0, MeetingColumn::Title);
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(first).center());
        QVERIFY(m_window->editing()->deleteAction()->isEnabled());
    }
    void fillNewMeeting(QWidget *dialog, const QString &start);

    std::unique_ptr<test::TestCatalogue> m_catalogue;
    SampleCatalogue::Ids m_ids;
    std::unique_ptr<MainWindow> m_window;
};

void TestEditingActions::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"EntenteTest"_s);
    QCoreApplication::setApplicationName(u"tst_editingactions"_s);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
}

void TestEditingActions::init()
{
    QSettings().clear();
    m_catalogue = std::make_unique<test::TestCatalogue>();
    m_ids = m_catalogue->addSample();
    m_catalogue->close();
    m_window = std::make_unique<MainWindow>();
    // Opening runs a first search off the UI thread, which resets the table when it ends.
    QSignalSpy searched(m_window->searchController(), &SearchController::resultChanged);
    QVERIFY(m_window->openCatalogue(m_catalogue->path()).ok());
    QTRY_COMPARE(searched.count(), 1);
    m_window->show();
    QApplication::setActiveWindow(m_window.get());
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void TestEditingActions::cleanup()
{
    QCOMPARE(uitest::cancelModalWatchers(), 0); // every dialog expected came
    m_window.reset();
    m_catalogue.reset();
}

void TestEditingActions::undoActionsNameTheStep()
{
    EditingController *editing = m_window->editing();
    QVERIFY(!editing->undoAction()->isEnabled());
    QCOMPARE(editing->undoAction()->text(), u"&Undo"_s);
    QCOMPARE(editing->undoAction()->shortcut(), QKeySequence(QKeySequence::Undo));
    QCOMPARE(editing->redoAction()->shortcut(), QKeySequence(QKeySequence::Redo));
    MeetingEditor *editor = m_window->meetingPane()->editor();
    QCOMPARE(editor->meeting().id, m_ids.meeting);
    uitest::retype(editor->findChild<QLineEdit *>(u"title"_s), u"Joint collegium"_s);
    QVERIFY(editing->undoAction()->isEnabled());
    QCOMPARE(editing->undoAction()->text(),
             u"&Undo: change title of “Joint meeting of the collegiums of the…”"_s);
    // The table shows the new title, and Ctrl+Z takes it back.
    QTableView *table = m_window->meetingsPanel()->view();
    QCOMPARE(table->model()->index(0, MeetingColumn::Title).data().toString(),
             u"Joint collegium"_s);
    table->setFocus();
    QTest::keySequence(m_window.get(), QKeySequence::Undo);
    QVERIFY(table->model()
                ->index(0, MeetingColumn::Title)
                .data()
                .toString()
                .startsWith(u"Joint meeting"_s));
    QVERIFY(editor->findChild<QLineEdit *>(u"title"_s)->text().startsWith(u"Joint meeting"_s));
    QCOMPARE(editing->redoAction()->text(),
             u"&Redo: change title of “Joint meeting of the collegiums of the…”"_s);
}

void TestEditingActions::deleteAsksAndUndoesAsOneStep()
{
    const QString path = m_catalogue->path();
    const QStringList before = test::dumpCatalogue(*m_window->catalogue());
    QTableView *table = m_window->meetingsPanel()->view();
    table->setFocus();
    selectFirstRow();

    // Cancel first: nothing happens.
    uitest::onNextModal([](QWidget *box) {
        QVERIFY(static_cast<QMessageBox *>(box)->text().startsWith(u"Delete “Joint meeting"_s));
        QVERIFY(static_cast<QMessageBox *>(box)->informativeText().contains(u"1 sub-event"_s));
        static_cast<QMessageBox *>(box)->button(QMessageBox::Cancel)->click();
    });
    QTest::keyClick(table, Qt::Key_Delete);
    QCOMPARE(test::dumpCatalogue(*m_window->catalogue()), before);

    uitest::refocus(table);
    uitest::onNextModal([](QWidget *box) {
        for (QAbstractButton *b : static_cast<QMessageBox *>(box)->buttons()) {
            if (b->text() == u"&Delete")
                b->click();
        }
    });
    QTest::keyClick(table, Qt::Key_Delete);
    QTRY_COMPARE(table->model()->rowCount(), 0);
    QCOMPARE(test::rowCount(path, u"meetings"_s), 0);
    QCOMPARE(m_window->editing()->session()->stack()->count(), 1);
    QVERIFY(!m_window->meetingPane()->editor()->hasMeeting());

    m_window->editing()->undoAction()->trigger();
    QCOMPARE(test::dumpCatalogue(*m_window->catalogue()), before);
    QCOMPARE(table->model()->rowCount(), 1);
}

void TestEditingActions::fillNewMeeting(QWidget *dialog, const QString &start)
{
    uitest::retype(dialog->findChild<QLineEdit *>(u"title"_s), u"Talks of the ministers"_s, false);
    uitest::retype(dialog->findChild<PartialDateEdit *>(u"startDate"_s)->lineEdit(), start, false);
    uitest::retype(dialog->findChild<CountryCombo *>(u"host"_s)->lineEdit(), u"Belarus"_s, false);
    uitest::retype(dialog->findChild<CountryCombo *>(u"guest"_s)->lineEdit(), u"Russia"_s, false);
}

void TestEditingActions::duplicateWarningOffersTheExistingMeeting()
{
    bool warned = false;
    uitest::onNextModal([&](QWidget *dialog) {
        fillNewMeeting(dialog, u"26.11.2009"_s); // a day after the sample, the same countries
        // ... in the same format, under a title much like the sample's.
        uitest::retype(dialog->findChild<QLineEdit *>(u"title"_s),
                       u"Joint meeting of the ministries' collegiums"_s, false);
        auto *format = dialog->findChild<QComboBox *>(u"format"_s);
        format->setCurrentIndex(format->findData(u"joint_collegium"_s));
        uitest::onNextModal([&](QWidget *warning) {
            auto *list = warning->findChild<QListWidget *>(u"existingMeetings"_s);
            QCOMPARE(list->count(), 1);
            QVERIFY(list->item(0)->text().startsWith(u"Joint meeting of the collegiums"_s));
            QVERIFY(list->item(0)->text().contains(u"25 November 2009 · Moscow"_s));
            QVERIFY2(list->item(0)->text().contains(
                         u"same parties, within a day, similar title, same format"_s),
                     qPrintable(list->item(0)->text()));
            warned = true;
            warning->findChild<QPushButton *>(u"openExisting"_s)->click();
        });
        static_cast<QDialog *>(dialog)->accept();
    });
    m_window->meetingsPanel()->selectRow(-1);
    m_window->editing()->newMeetingAction()->trigger();
    QVERIFY(warned);
    QCOMPARE(*MeetingRepository(*m_window->catalogue()).count(), 2); // nothing created
    QCOMPARE(m_window->meetingPane()->editor()->meeting().id, m_ids.meeting);
    QCOMPARE(m_window->editing()->session()->stack()->count(), 0);
}

void TestEditingActions::duplicateWarningLetsTheUserGoOn()
{
    uitest::onNextModal([&](QWidget *dialog) {
        fillNewMeeting(dialog, u"25.11.2009"_s);
        // The sample's day and format: probably the same meeting.
        auto *format = dialog->findChild<QComboBox *>(u"format"_s);
        format->setCurrentIndex(format->findData(u"joint_collegium"_s));
        uitest::onNextModal([](QWidget *warning) {
            warning->findChild<QPushButton *>(u"createAnyway"_s)->click();
        });
        static_cast<QDialog *>(dialog)->accept();
    });
    m_window->editing()->newMeetingAction()->trigger();
    QCOMPARE(*MeetingRepository(*m_window->catalogue()).count(), 3);
    const Meeting created = m_window->meetingPane()->editor()->meeting();
    QCOMPARE(created.title, u"Talks of the ministers"_s);
    QCOMPARE(created.parties,
             (QList<Party>{{u"BLR"_s, PartyRole::Host}, {u"RUS"_s, PartyRole::Guest}}));
    QCOMPARE(m_window->editing()->undoAction()->text(),
             u"&Undo: create meeting “Talks of the ministers”"_s);
    // No warning for a meeting of other countries.
    uitest::onNextModal([&](QWidget *dialog) {
        fillNewMeeting(dialog, u"25.11.2009"_s);
        uitest::retype(dialog->findChild<CountryCombo *>(u"guest"_s)->lineEdit(), u"Kazakhstan"_s,
                       false);
        static_cast<QDialog *>(dialog)->accept();
    });
    m_window->editing()->newMeetingAction()->trigger();
    QCOMPARE(*MeetingRepository(*m_window->catalogue()).count(), 4);
}

void TestEditingActions::subEventInheritsFromItsMeeting()
{
    QCOMPARE(m_window->meetingPane()->editor()->meeting().id, m_ids.meeting);
    uitest::onNextModal([](QWidget *dialog) {
        auto *input = static_cast<QInputDialog *>(dialog);
        input->setTextValue(u"Press conference"_s);
        input->accept();
    });
    m_window->editing()->subEventAction()->trigger();
    const Meeting sub = m_window->meetingPane()->editor()->meeting();
    QCOMPARE(sub.title, u"Press conference"_s);
    QCOMPARE(sub.parentId, m_ids.meeting);
    QCOMPARE(sub.start, PartialDate::day(2009, 11, 25));
    QCOMPARE(sub.place, u"Moscow"_s);
    QCOMPARE(sub.parties.size(), 2);
    QCOMPARE(MeetingRepository(*m_window->catalogue()).get(m_ids.meeting)->subEvents.size(), 2);
    m_window->editing()->undoAction()->trigger();
    QCOMPARE(MeetingRepository(*m_window->catalogue()).get(m_ids.meeting)->subEvents.size(), 1);
}

void TestEditingActions::copiesRowsAsTextAndCsv()
{
    QTableView *table = m_window->meetingsPanel()->view();
    table->setFocus();
    selectFirstRow();
    QTest::keySequence(table, QKeySequence::Copy);
    const QMimeData *data = QApplication::clipboard()->mimeData();
    QVERIFY(data);
    const QStringList lines = data->text().split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QVERIFY(lines.at(0).startsWith(u"Date\tTitle\tPlace"_s));
    QVERIFY(lines.at(1).startsWith(u"25 November 2009\tJoint meeting of the collegiums"_s));
    const QString csv = QString::fromUtf8(data->data(u"text/csv"_s));
    QVERIFY(csv.startsWith(u"Date,Title,Place"_s));
    QVERIFY(csv.contains(u"\r\n25 November 2009,Joint meeting of the collegiums"_s));
    QVERIFY(csv.contains(u",\"Russia, Belarus\","_s)); // a cell with a comma is quoted
}

void TestEditingActions::headerMenuChoosesColumns()
{
    QHeaderView *header = m_window->meetingsPanel()->view()->horizontalHeader();
    QVERIFY(!header->isSectionHidden(MeetingColumn::Place));
    bool shown = false;
    QTimer::singleShot(50, header, [&shown] {
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        QVERIFY(menu);
        for (QAction *a : menu->actions()) {
            if (a->text() == u"Place")
                a->trigger();
        }
        shown = true;
        menu->close();
    });
    Q_EMIT header->customContextMenuRequested(QPoint(10, 5));
    QVERIFY(shown);
    QVERIFY(header->isSectionHidden(MeetingColumn::Place));
}

void TestEditingActions::bulkEditChangesSelectedMeetingsInOneStep()
{
    const QStringList before = test::dumpCatalogue(*m_window->catalogue());
    selectFirstRow();
    uitest::onNextModal([](QWidget *dialog) {
        QVERIFY(uitest::choose(dialog->findChild<QComboBox *>(u"status"_s), u"Postponed"_s));
        uitest::retype(dialog->findChild<QLineEdit *>(u"addTopic"_s), u"Arctic"_s, false);
        static_cast<QDialog *>(dialog)->accept();
    });
    m_window->editing()->bulkEditAction()->trigger();
    const Meeting m = *MeetingRepository(*m_window->catalogue()).get(m_ids.meeting);
    QCOMPARE(m.status, MeetingStatus::Postponed);
    QCOMPARE(m.topics.constLast().name, u"Arctic"_s);
    QCOMPARE(m_window->editing()->session()->stack()->undoText(),
             u"set status to Postponed, add topic “Arctic” of one meeting"_s);
    m_window->editing()->undoAction()->trigger();
    QCOMPARE(test::dumpCatalogue(*m_window->catalogue()), before);
}

void TestEditingActions::vocabularyDialogAddsAndRenames()
{
    uitest::onNextModal([this](QWidget *widget) {
        auto *dialog = static_cast<VocabularyDialog *>(widget);
        QVERIFY(dialog->addEntry(VocabularyRepository::Kind::Format, u"Round table"_s).ok());
        auto *formats = dialog->findChild<QListWidget *>(u"vocabulary0"_s);
        QVERIFY(!formats->findItems(u"Round table"_s, Qt::MatchExactly).isEmpty());
        const auto refused = dialog->addEntry(VocabularyRepository::Kind::Format, u"Talks"_s);
        QVERIFY(refused.error().message.contains(u"already in the vocabulary"_s));
        QVERIFY(dialog->addTopic(u"Arctic"_s, 0).ok());
        QVERIFY(!dialog->findChild<QTreeWidget *>(u"topicTree"_s)
                     ->findItems(u"Arctic"_s, Qt::MatchExactly)
                     .isEmpty());
        dialog->accept();
    });
    m_window->editing()->vocabularyAction()->trigger();
    // The new format is offered by the editor at once.
    auto *format = m_window->meetingPane()->editor()->findChild<QComboBox *>(u"format"_s);
    QVERIFY(format->findData(u"round_table"_s) >= 0);
    QCOMPARE(m_window->editing()->session()->stack()->count(), 2);
    m_window->editing()->undoAction()->trigger();
    m_window->editing()->undoAction()->trigger();
    QVERIFY(format->findData(u"round_table"_s) < 0);
}

QTEST_MAIN(TestEditingActions)
#include "tst_editingactions.moc"

#include "backupscheduler.h"
#include "commands/deletemeetingcommand.h"
#include "commands/undosession.h"
#include "editingcontroller.h"
#include "mainwindow.h"
#include "meetingdetailpane.h"
#include "meetingeditor.h"
#include "meetingfixture.h"
#include "meetingpane.h"
#include "meetingspanel.h"
#include "models/roles.h"
#include "readonlymedia.h"
#include "salvage/cataloguesalvage.h"
#include "sectionlist.h"
#include "storage/cataloguebackups.h"
#include "storage/meetingrepository.h"
#include "testcatalogue.h"
#include "uitest.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace entente;

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void listsTheSampleMeetingAndShowsItsDetails();
    void refusesAFileThatIsNotACatalogue();
    void remembersTheLastCatalogue();
    void opensACatalogueOnReadOnlyMediaForReading();
    void backsUpByItselfWhenDue();
    void restoresFromABackupThroughTheFileMenu();
    void offersToSalvageADamagedCatalogue();
    void cleanup() { uitest::cancelModalWatchers(); }
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"EntenteTest"_s);
    QCoreApplication::setApplicationName(u"tst_mainwindow"_s);
    // Dates below are checked as an English reader sees them.
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    QSettings().clear();
}

void TestMainWindow::listsTheSampleMeetingAndShowsItsDetails()
{
    test::TestCatalogue catalogue;
    const auto ids = catalogue.addSample();
    const QString path = catalogue.path();
    catalogue.close();

    MainWindow window;
    const Status opened = window.openCatalogue(path);
    QVERIFY2(opened.ok(), opened.ok() ? "" : qPrintable(opened.error().message));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    QTableView *table = window.meetingsPanel()->view();
    QCOMPARE(table->model()->rowCount(), 1); // the sub-event is not a row of its own
    const QModelIndex title = table->model()->index(0, MeetingColumn::Title);
    QVERIFY(title.data().toString().startsWith(u"Joint meeting of the collegiums"_s));
    QCOMPARE(title.data(Role::Id).toLongLong(), ids.meeting);

    // Select the row with the mouse, as a user would.
    table->selectionModel()->clear();
    const QRect cell = table->visualRect(title);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    QCOMPARE(window.meetingsPanel()->currentMeetingId(), ids.meeting);

    auto *pane = window.detailPane();
    QCOMPARE(pane->findChild<QLabel *>(u"meetingTitle"_s)->text(), title.data().toString());
    QVERIFY(pane->findChild<QLabel *>(u"meetingHeadline"_s)->text().contains(u"Moscow"_s));

    auto *delegations = pane->findChild<SectionList *>(u"delegations"_s);
    QCOMPARE(delegations->headings(), (QStringList{u"Russia (host)"_s, u"Belarus (guest)"_s}));
    const QStringList members = delegations->entries();
    QCOMPARE(members.size(), 2);
    QCOMPARE(members.at(0), u"Sergey Lavrov (Сергей Лавров) — head of delegation\n"
                            "Minister of Foreign Affairs of the Russian Federation"_s);
    QCOMPARE(members.at(1), u"Sergey Martynov (Сергей Мартынов) — head of delegation\n"
                            "Minister of Foreign Affairs of the Republic of Belarus"_s);

    const QStringList documents = pane->findChild<SectionList *>(u"documents"_s)->entries();
    QCOMPARE(documents.size(), 2);
    QVERIFY(documents.at(0).startsWith(u"Program for Concerted Action"_s));
    QVERIFY(documents.at(0).contains(
        u"\nProgramme  ·  Adopted  ·  25 November 2009  ·  period 2010–2011"_s));
    QVERIFY(documents.at(1).startsWith(u"Plan of Consultations"_s));
    QVERIFY(documents.at(1).contains(u"\nPlan  ·  Signed"_s));
    QVERIFY(documents.at(1).contains(u"\ndevelops “Program for Concerted Action"_s));

    auto *subEvents = pane->findChild<QListWidget *>(u"subEvents"_s);
    QCOMPARE(subEvents->count(), 1);
    QVERIFY(subEvents->item(0)->text().contains(u"Separate conversation"_s));
    QVERIFY(pane->findChild<QLabel *>(u"topics"_s)->text().contains(u"Customs Union"_s));
    QVERIFY(pane->findChild<QLabel *>(u"tone"_s)->text().contains(u"friendly and constructive"_s));

    // Opening the sub-event shows it, with the way back to its meeting.
    QSignalSpy activated(pane, &MeetingDetailPane::meetingActivated);
    Q_EMIT subEvents->itemActivated(subEvents->item(0));
    QCOMPARE(activated.count(), 1);
    QVERIFY(pane->findChild<QLabel *>(u"meetingTitle"_s)
                ->text()
                .startsWith(u"Separate conversation"_s));
}

void TestMainWindow::refusesAFileThatIsNotACatalogue()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"notes.entente"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("not a catalogue");
    file.close();
    MainWindow window;
    const Status opened = window.openCatalogue(path);
    QVERIFY(!opened);
    QVERIFY(opened.error().message.contains(u"not an Entente catalogue"_s));
    QVERIFY(!window.catalogue());
}

void TestMainWindow::remembersTheLastCatalogue()
{
    test::TestCatalogue catalogue;
    const QString path = catalogue.path();
    catalogue.close();
    MainWindow window;
    QVERIFY(window.openCatalogue(path).ok());
    QCOMPARE(QSettings().value(u"catalogue/last"_s).toString(), path);
    QVERIFY(QSettings().value(u"catalogue/recent"_s).toStringList().contains(path));
}

void TestMainWindow::opensACatalogueOnReadOnlyMediaForReading()
{
    QTemporaryDir dir;
    test::TestCatalogue catalogue;
    catalogue.addSample();
    const QString path = catalogue.path();
    catalogue.close();
    test::ReadOnlyMedia media(dir.filePath(u"stick"_s), {path});
    if (!media.isReady())
        QSKIP("cannot mount read-only media here (needs root and mount rights)");

    MainWindow window;
    const Status opened = window.openCatalogue(media.pathOf(path));
    QVERIFY2(opened.ok(), opened.ok() ? "" : qPrintable(opened.error().message));
    QVERIFY2(window.windowTitle().contains(u"(read-only)"_s), qPrintable(window.windowTitle()));
    QVERIFY(window.findChild<QLabel *>(u"readOnlyLabel"_s)->isVisibleTo(&window));
    QCOMPARE(window.meetingsPanel()->view()->model()->rowCount(), 1);
    QVERIFY(!window.editing()->newMeetingAction()->isEnabled());
    // The meeting is read in the overview; the editor's fields are out of reach.
    QCOMPARE(window.meetingPane()->currentWidget(), window.meetingPane()->overview());
    QVERIFY(!window.meetingPane()->isTabEnabled(
        window.meetingPane()->indexOf(window.meetingPane()->editor())));
}

void TestMainWindow::backsUpByItselfWhenDue()
{
    test::TestCatalogue catalogue;
    catalogue.addSample();
    const QString path = catalogue.path();
    catalogue.close();
    MainWindow window;
    QVERIFY(window.openCatalogue(path).ok());
    auto *scheduler = window.findChild<BackupScheduler *>();
    QVERIFY(scheduler);
    QSignalSpy backedUp(scheduler, &BackupScheduler::backedUp);
    scheduler->backUpIfDue(); // what its timer does, half a minute after the window opens
    QVERIFY(backedUp.wait(10000));
    const QList<CatalogueBackups::Backup> backups = CatalogueBackups(path).list();
    QCOMPARE(backups.size(), 1);
    QCOMPARE(backedUp.at(0).at(0).toString(), backups.at(0).path);
    QTRY_VERIFY(window.statusBar()->currentMessage().startsWith(u"Backed up the catalogue to"_s));
    // Not due again until the interval has passed.
    scheduler->backUpIfDue();
    QVERIFY(!scheduler->isRunning());
    QCOMPARE(CatalogueBackups(path).list().size(), 1);
    // Asked for, it is made all the same, in the background.
    window.statusBar()->clearMessage();
    window.findChild<QAction *>(u"backUpNow"_s)->trigger();
    QVERIFY(backedUp.wait(10000));
    QCOMPARE(backedUp.size(), 2);
    QTRY_VERIFY(window.statusBar()->currentMessage().startsWith(u"Backed up the catalogue to"_s));
}

void TestMainWindow::restoresFromABackupThroughTheFileMenu()
{
    test::TestCatalogue catalogue;
    const auto ids = catalogue.addSample();
    const QString path = catalogue.path();
    catalogue.close();
    MainWindow window;
    QVERIFY(window.openCatalogue(path).ok());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const auto made = CatalogueBackups(path).make(*window.catalogue(),
                                                  QDateTime::currentDateTimeUtc().addSecs(-60));
    QVERIFY(made);
    // The meeting deleted after the backup, as an analyst's mistake.
    UndoSession *session = window.editing()->session();
    QVERIFY(session->execute(std::make_unique<DeleteMeetingCommand>(
        *session, ids.meeting, MeetingRepository(*window.catalogue()).get(ids.meeting)->title)));
    QTRY_COMPARE(window.meetingsPanel()->view()->model()->rowCount(), 0);

    // File ▸ Restore from Backup…, the newest backup, Restore, then OK to the question.
    const auto answer = [](QWidget *modal) {
        if (auto *box = qobject_cast<QMessageBox *>(modal))
            box->button(QMessageBox::Ok)->click();
        else if (auto *restore = modal->findChild<QPushButton *>(u"restore"_s))
            restore->click();
    };
    uitest::onNextModal(answer);
    uitest::onNextModal(answer);
    window.findChild<QAction *>(u"restoreFromBackup"_s)->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(window.catalogue() != nullptr &&
                                 window.meetingsPanel()->view()->model()->rowCount() == 1,
                             10000);
    QTRY_VERIFY(window.statusBar()->currentMessage().startsWith(u"Restored."_s));
    const QStringList aside =
        QDir(QFileInfo(path).absolutePath())
            .entryList({QFileInfo(path).fileName() + u".before-restore-*"_s}, QDir::Files);
    QCOMPARE(aside.size(), 1);
}

void TestMainWindow::offersToSalvageADamagedCatalogue()
{
    test::TestCatalogue catalogue;
    catalogue.addSample();
    test::MeetingFixture::build(*catalogue, 60);
    const QString path = catalogue.path();
    catalogue.close();
    // A page in the middle overwritten, as a failing disk does.
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QVERIFY(file.seek(file.size() / 2 / 4096 * 4096));
    QCOMPARE(file.write(QByteArray(4096, '\x5a')), 4096);
    file.close();
    QVERIFY(CatalogueSalvage::looksDamaged(path));
    const QByteArray damaged = [&] {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }();

    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    // The name offered beside the damaged file.
    const QString target = catalogue.dir() + u"/test salvaged.entente"_s;
    // Salvage…, the new file's name as offered, then OK to the account of what was recovered.
    uitest::onNextModal([](QWidget *modal) {
        auto *box = qobject_cast<QMessageBox *>(modal);
        QVERIFY(box);
        QVERIFY(box->informativeText().contains(u"The damaged file is not changed"_s));
        for (QAbstractButton *b : box->buttons()) {
            if (b->text().contains(u"Salvage"_s))
                b->click();
        }
    });
    uitest::onNextModal([](QWidget *modal) {
        auto *dialog = qobject_cast<QFileDialog *>(modal);
        QVERIFY(dialog);
        QMetaObject::invokeMethod(dialog, "accept");
    });
    QString account;
    // The account, not the progress of the salvage that a slow machine shows first.
    uitest::onNextModal(
        [&account](QWidget *modal) {
            auto *box = qobject_cast<QMessageBox *>(modal);
            account = box->text();
            box->button(QMessageBox::Ok)->click();
        },
        [](QWidget *modal) { return qobject_cast<QMessageBox *>(modal) != nullptr; });
    window.offerSalvage(path, Error{Error::Kind::CatalogueUnusable, u"damaged"_s, {}});
    QTRY_VERIFY_WITH_TIMEOUT(!account.isEmpty(), 20000);
    QVERIFY2(account.startsWith(u"Recovered "_s), qPrintable(account));
    QVERIFY(window.catalogue());
    QCOMPARE(window.catalogue()->path(), target);
    QVERIFY(window.meetingsPanel()->view()->model()->rowCount() > 30);
    QFile again(path);
    QVERIFY(again.open(QIODevice::ReadOnly));
    QCOMPARE(again.readAll(), damaged); // never changed
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"

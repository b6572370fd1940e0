// Finding one's way: the handbook at the right page (F1), the search cheat sheet, the toolbar
// (the menus' own actions), column widths kept between runs, and the welcome shown once.

#include "appearance.h"
#include "handbookwindow.h"
#include "headermemory.h"
#include "mainwindow.h"
#include "meetingeditor.h"
#include "meetingspanel.h"
#include "search/searchservice.h"
#include "searchbar.h"
#include "searchcheatsheet.h"
#include "searchcontroller.h"
#include "storage/meetingrepository.h"
#include "testcatalogue.h"
#include "welcomepanel.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QStyle>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>
#include <QToolBar>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace entente;

class TestHelpAndToolbar : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void f1OpensTheHandbookAtThePageOfTheFocus();
    void everyFieldIsInTheHandbook();
    void theCheatSheetInsertsAField();
    void theToolbarHoldsTheMenusActions();
    void columnWidthsSurviveARestart();
    void everyRememberedTableKeepsItsColumns();
    void theWelcomeAppearsOnce();
    void theAppearanceIsLightOrDarkOnRequest();

private:
    void openWindow();
    QAction *menuAction(const QString &objectName) const;

    test::TestCatalogue m_catalogue;
    QString m_path;
    std::unique_ptr<MainWindow> m_window;
};

void TestHelpAndToolbar::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"EntenteTest"_s);
    QCoreApplication::setApplicationName(u"tst_helpandtoolbar"_s);
    QSettings().clear();
    QVERIFY(m_catalogue.addSample().meeting > 0);
    m_path = m_catalogue.path();
    m_catalogue.close();
}

void TestHelpAndToolbar::openWindow()
{
    m_window = std::make_unique<MainWindow>();
    const Status opened = m_window->openCatalogue(m_path);
    QVERIFY2(opened, opened ? "" : qPrintable(opened.error().message));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QTRY_VERIFY(!m_window->searchController()->service()->isBusy());
}

void TestHelpAndToolbar::init()
{
    openWindow();
}

void TestHelpAndToolbar::cleanup()
{
    m_window.reset();
}

QAction *TestHelpAndToolbar::menuAction(const QString &objectName) const
{
    return m_window->findChild<QAction *>(objectName);
}

void TestHelpAndToolbar::f1OpensTheHandbookAtThePageOfTheFocus()
{
    m_window->activateWindow();
    QLineEdit *bar = m_window->searchBar()->lineEdit();
    bar->setFocus();
    QTRY_VERIFY(bar->hasFocus());
    QTest::keyClick(bar, Qt::Key_F1);
    auto *handbook = m_window->findChild<HandbookWindow *>();
    QVERIFY(handbook);
    QTRY_VERIFY(handbook->isVisible());
    QCOMPARE(handbook->currentPage(), u"searching.md"_s);
    // The page was read: its heading and a field of the language are on it.
    QCOMPARE(handbook->pageTitle(), u"Searching"_s);
    QVERIFY(handbook->browser()->toPlainText().contains(u"minister:"_s));

    m_window->activateWindow();
    QWidget *title = m_window->findChild<MeetingEditor *>()->findChild<QLineEdit *>();
    QVERIFY(title);
    m_window->findChild<MeetingEditor *>()->parentWidget()->show();
    title->setFocus();
    QCOMPARE(HandbookWindow::pageFor(title), u"editing.md"_s);
    QTest::keyClick(title, Qt::Key_F1);
    QTRY_COMPARE(handbook->currentPage(), u"editing.md"_s);
    QCOMPARE(handbook->pageTitle(), u"Editing meetings"_s);

    // A link from the contents leads to its page.
    handbook->showPage(u"index.md"_s);
    handbook->browser()->setSource(QUrl(u"reports.md"_s), QTextDocument::MarkdownResource);
    QCOMPARE(handbook->pageTitle(), u"Reports and exports"_s);
}

void TestHelpAndToolbar::everyFieldIsInTheHandbook()
{
    QTextBrowser browser;
    browser.setSource(QUrl(u"qrc:/handbook/searching.md"_s), QTextDocument::MarkdownResource);
    const QString text = browser.toPlainText();
    for (const QString &field :
         {u"minister:"_s, u"person:"_s, u"head:"_s, u"country:"_s, u"host:"_s, u"party:"_s,
          u"place:"_s, u"date:"_s, u"after:"_s, u"before:"_s, u"topic:"_s, u"format:"_s,
          u"status:"_s, u"document:"_s, u"kind:"_s, u"action:"_s, u"post:"_s})
        QVERIFY2(text.contains(field), qPrintable(field));
    // And the cheat sheet lists the same fields.
    SearchCheatSheet sheet;
    QStringList rows;
    for (int i = 0; i < sheet.tree()->topLevelItemCount(); ++i)
        rows.append(sheet.tree()->topLevelItem(i)->text(0));
    for (const QString &row : rows) {
        if (row.endsWith(u':'))
            QVERIFY2(text.contains(row), qPrintable(row));
    }
}

void TestHelpAndToolbar::theCheatSheetInsertsAField()
{
    SearchBar *bar = m_window->searchBar();
    bar->lineEdit()->setText(u"Lavrov"_s);
    bar->lineEdit()->setCursorPosition(6);
    QAction *button = bar->lineEdit()->findChild<QAction *>(u"showCheatSheet"_s);
    QVERIFY(button);
    button->trigger();
    SearchCheatSheet *sheet = bar->cheatSheet();
    QTRY_VERIFY(sheet->isVisible());
    const QList<QTreeWidgetItem *> rows =
        sheet->tree()->findItems(u"country:"_s, Qt::MatchExactly, 0);
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.front()->text(2), u"country:Belarus"_s);
    sheet->tree()->setCurrentItem(rows.front());
    QTest::keyClick(sheet->tree(), Qt::Key_Return);
    QVERIFY(!sheet->isVisible());
    QCOMPARE(bar->lineEdit()->text(), u"Lavrov country:"_s);
    QCOMPARE(bar->lineEdit()->cursorPosition(), 15);
}

void TestHelpAndToolbar::theToolbarHoldsTheMenusActions()
{
    auto *toolBar = m_window->findChild<QToolBar *>(u"mainToolBar"_s);
    QVERIFY(toolBar);
    QList<QAction *> inMenus;
    const std::function<void(const QList<QAction *> &)> collect =
        [&](const QList<QAction *> &actions) {
            for (QAction *a : actions) {
                if (a->menu())
                    collect(a->menu()->actions());
                else
                    inMenus.append(a);
            }
        };
    collect(m_window->menuBar()->actions());
    QStringList texts;
    for (QAction *a : toolBar->actions()) {
        if (a->isSeparator())
            continue;
        // The very action of a menu: one enabled state, one shortcut.
        QVERIFY2(inMenus.contains(a), qPrintable(a->text()));
        QVERIFY2(!a->icon().isNull(), qPrintable(a->text()));
        texts.append(a->text().remove(u'&'));
    }
    QCOMPARE(texts, (QStringList{u"New Meeting…"_s, u"Delete Meeting…"_s, u"Undo"_s, u"Redo"_s,
                                 u"Import…"_s, u"Import Press Release…"_s, u"Export Report…"_s,
                                 u"Find Meetings"_s}));
    QCOMPARE(menuAction(u"findMeetings"_s)->shortcut(), QKeySequence(QKeySequence::Find));
    // The table's context menu holds menu actions too.
    auto *rows = m_window->findChild<QMenu *>(u"meetingsContextMenu"_s);
    QVERIFY(rows);
    int shown = 0;
    for (QAction *a : rows->actions()) {
        if (a->isSeparator())
            continue;
        QVERIFY2(inMenus.contains(a), qPrintable(a->text()));
        ++shown;
    }
    QCOMPARE(shown, 7);
    // View ▸ Toolbar hides it.
    QAction *toggle = toolBar->toggleViewAction();
    QVERIFY(inMenus.contains(toggle));
    toggle->trigger();
    QVERIFY(toolBar->isHidden());
    toggle->trigger();
    QVERIFY(!toolBar->isHidden());
}

void TestHelpAndToolbar::columnWidthsSurviveARestart()
{
    QHeaderView *header = m_window->meetingsPanel()->view()->horizontalHeader();
    const int column = 2; // place
    header->resizeSection(column, 211);
    header->moveSection(header->visualIndex(4), 1);
    const int visual = header->visualIndex(4);
    m_window->close(); // saves the window's state
    m_window.reset();
    openWindow();
    header = m_window->meetingsPanel()->view()->horizontalHeader();
    QCOMPARE(header->sectionSize(column), 211);
    QCOMPARE(header->visualIndex(4), visual);
    QCOMPARE(header->sectionResizeMode(1), QHeaderView::Stretch); // the title still fills
}

void TestHelpAndToolbar::everyRememberedTableKeepsItsColumns()
{
    QStandardItemModel model(3, 4);
    {
        QTableView view;
        view.setModel(&model);
        rememberHeader(view.horizontalHeader(), u"test"_s);
        view.horizontalHeader()->resizeSection(1, 123);
        view.horizontalHeader()->moveSection(3, 0);
    }
    // A view whose model comes after it is restored when the columns appear.
    QTableView again;
    rememberHeader(again.horizontalHeader(), u"test"_s);
    again.setModel(&model);
    QCOMPARE(again.horizontalHeader()->sectionSize(1), 123);
    QCOMPARE(again.horizontalHeader()->logicalIndex(0), 3);
}

void TestHelpAndToolbar::theWelcomeAppearsOnce()
{
    QSettings().remove(u"welcome"_s);
    m_window.reset();
    openWindow();
    auto *welcome = m_window->findChild<WelcomePanel *>();
    QVERIFY(welcome);
    QVERIFY(welcome->isVisible()); // the sample only
    auto *dismiss = welcome->findChild<QAbstractButton *>(u"dismissWelcome"_s);
    QVERIFY(dismiss);
    dismiss->click();
    QVERIFY(!welcome->isVisible());
    m_window.reset();
    openWindow();
    QVERIFY(!m_window->findChild<WelcomePanel *>()->isVisible());
}

void TestHelpAndToolbar::theAppearanceIsLightOrDarkOnRequest()
{
    const QString desktop = QApplication::style()->name();
    Appearance::apply(Appearance::Mode::Dark);
    QCOMPARE(QApplication::style()->name(), u"fusion"_s);
    const QPalette dark = QApplication::palette();
    QVERIFY(dark.color(QPalette::Window).lightness() < 80);
    QVERIFY(dark.color(QPalette::WindowText).lightness() > 200);
    // The window follows at once: the table's base is dark too.
    QTRY_VERIFY(m_window->meetingsPanel()->view()->palette().color(QPalette::Base).lightness() <
                80);
    Appearance::save(Appearance::Mode::Dark);
    QCOMPARE(Appearance::load(), Appearance::Mode::Dark);

    Appearance::apply(Appearance::Mode::Desktop);
    Appearance::save(Appearance::Mode::Desktop);
    QCOMPARE(QApplication::style()->name(), desktop);
    QVERIFY(QApplication::palette().color(QPalette::Window).lightness() > 150);
}

QTEST_MAIN(TestHelpAndToolbar)
#include "tst_helpandtoolbar.moc"

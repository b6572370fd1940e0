// The search in the window: typing runs it off the UI thread and updates the table, the count
// and the facets; a malformed query shows where it is wrong and runs nothing; facets narrow the
// query; saved searches are saved, renamed, run and deleted; Ctrl+F focuses the bar.

#include "facetpanel.h"
#include "mainwindow.h"
#include "meetingspanel.h"
#include "savedsearchespanel.h"
#include "search/searchservice.h"
#include "searchbar.h"
#include "searchcontroller.h"
#include "storage/meetingrepository.h"
#include "testcatalogue.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTest>
#include <QTreeWidget>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace entente;

namespace {

QTreeWidgetItem *facetValue(QTreeWidget *tree, const QString &group, const QString &label)
{
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *top = tree->topLevelItem(i);
        if (top->text(0) != group)
            continue;
        for (int j = 0; j < top->childCount(); ++j) {
            if (top->child(j)->text(0) == label)
                return top->child(j);
        }
    }
    return nullptr;
}

} // namespace

class TestSearchUi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void typingSearchesAndUpdatesTableCountAndFacets();
    void aMalformedQueryShowsWhereAndRunsNothing();
    void clickingAFacetNarrowsTheQuery();
    void savedSearchesAreSavedRenamedRunAndDeleted();
    void ctrlFFocusesTheSearchBar();
    void completesFieldNamesAndValues();
    void theOverviewMarksTheSpellingThatMatched();

private:
    QString rowsText() const;

    test::TestCatalogue m_catalogue;
    QString m_path;
    std::unique_ptr<MainWindow> m_window;
};

void TestSearchUi::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"EntenteTest"_s);
    QCoreApplication::setApplicationName(u"tst_searchui"_s);
    QSettings().clear();
    QVERIFY(m_catalogue.addSample().meeting > 0);
    MeetingRepository meetings(*m_catalogue);
    for (int i = 0; i < 3; ++i) {
        Meeting m;
        m.title = u"Franco-German talks, round %1"_s.arg(i + 1);
        m.start = PartialDate::day(2011, 3 + i, 10);
        m.place = u"Paris"_s;
        m.placeCountry = u"FRA"_s;
        m.parties = {{u"FRA"_s, PartyRole::Host}, {u"DEU"_s, PartyRole::Guest}};
        QVERIFY(meetings.create(m));
    }
    m_path = m_catalogue.path();
    m_catalogue.close();
}

void TestSearchUi::init()
{
    m_window = std::make_unique<MainWindow>();
    const Status opened = m_window->openCatalogue(m_path);
    QVERIFY2(opened, opened ? "" : qPrintable(opened.error().message));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    // The first search (the whole catalogue, for the facets) has come back.
    QTRY_VERIFY(!m_window->searchController()->service()->isBusy());
    QTRY_VERIFY(m_window->facetPanel()->tree()->topLevelItemCount() > 0);
}

void TestSearchUi::cleanup()
{
    m_window.reset();
}

QString TestSearchUi::rowsText() const
{
    const QAbstractItemModel *model = m_window->meetingsPanel()->view()->model();
    QStringList titles;
    for (int row = 0; row < model->rowCount(); ++row)
        titles.append(model->index(row, 1).data().toString());
    return titles.join(u" | "_s);
}

void TestSearchUi::typingSearchesAndUpdatesTableCountAndFacets()
{
    QTableView *table = m_window->meetingsPanel()->view();
    QCOMPARE(table->model()->rowCount(), 4);
    auto *status = m_window->searchBar()->findChild<QLabel *>(u"searchStatus"_s);
    // The texts as the UI language words them.
    const auto meetings = [](int n) {
        return SearchBar::tr("%n meeting(s)", nullptr, n);
    };
    QTRY_COMPARE(status->text(), meetings(4));

    QSignalSpy requested(m_window->searchBar(), &SearchBar::searchRequested);
    QTest::keyClicks(m_window->searchBar()->lineEdit(), u"country:germany"_s);
    // Debounced: one search for the whole word, not one per key.
    QTRY_COMPARE(requested.size(), 1);
    QCOMPARE(requested.at(0).at(0).toString(), u"country:germany"_s);
    QTRY_COMPARE(table->model()->rowCount(), 3);
    QVERIFY(rowsText().startsWith(u"Franco-German talks, round 3"_s)); // newest first, as before
    QTRY_COMPARE(status->text(), meetings(3));
    const auto countShown = [this](const QString &text) {
        const QList<QLabel *> labels = m_window->statusBar()->findChildren<QLabel *>();
        return std::any_of(labels.cbegin(), labels.cend(),
                           [&](const QLabel *label) { return label->text() == text; });
    };
    QTRY_VERIFY(countShown(MainWindow::tr("%n meeting(s) found", nullptr, 3)));

    QTreeWidget *facets = m_window->facetPanel()->tree();
    QTreeWidgetItem *year = facetValue(facets, u"Years"_s, u"2011"_s);
    QVERIFY(year);
    QCOMPARE(year->text(1), u"3"_s);
    QVERIFY(!facetValue(facets, u"Years"_s, u"2009"_s));

    // Clearing the bar shows every meeting again.
    m_window->searchBar()->lineEdit()->clear();
    QTRY_COMPARE(table->model()->rowCount(), 4);
}

void TestSearchUi::aMalformedQueryShowsWhereAndRunsNothing()
{
    QTableView *table = m_window->meetingsPanel()->view();
    QSignalSpy requested(m_window->searchBar(), &SearchBar::searchRequested);
    QTest::keyClicks(m_window->searchBar()->lineEdit(), u"talks minster:x"_s);
    QTRY_VERIFY(!m_window->searchBar()->errorText().isEmpty());
    QVERIFY(m_window->searchBar()->errorText().contains(u"unknown field “minster”"_s));
    QVERIFY(m_window->searchBar()->errorText().contains(u"(at character 7)"_s));
    QTest::qWait(2 * SearchBar::debounceMs);
    QCOMPARE(requested.size(), 0);
    QCOMPARE(table->model()->rowCount(), 4);

    // Fixed, it runs.
    m_window->searchBar()->lineEdit()->clear();
    QTest::keyClicks(m_window->searchBar()->lineEdit(), u"talks minister:Lavrov"_s);
    QTRY_COMPARE(table->model()->rowCount(), 0);
    QCOMPARE(m_window->searchBar()->errorText(), QString());
    QTRY_VERIFY(rowsText().isEmpty());
}

void TestSearchUi::clickingAFacetNarrowsTheQuery()
{
    QTableView *table = m_window->meetingsPanel()->view();
    m_window->searchBar()->setText(u"country:FRA OR country:RUS"_s);
    QTRY_COMPARE(table->model()->rowCount(), 4);
    QTreeWidget *facets = m_window->facetPanel()->tree();
    QTreeWidgetItem *year = nullptr;
    QTRY_VERIFY((year = facetValue(facets, u"Years"_s, u"2009"_s)) != nullptr);
    const QRect rect = facets->visualItemRect(year);
    QVERIFY(rect.isValid());
    QTest::mouseClick(facets->viewport(), Qt::LeftButton, {}, rect.center());
    QTRY_COMPARE(m_window->searchBar()->text(), u"(country:FRA OR country:RUS) date:2009"_s);
    QTRY_COMPARE(table->model()->rowCount(), 1);
    QVERIFY(rowsText().startsWith(u"Joint meeting of the collegiums"_s));
}

void TestSearchUi::savedSearchesAreSavedRenamedRunAndDeleted()
{
    SavedSearchesPanel *panel = m_window->savedSearchesPanel();
    QListWidget *list = panel->list();
    QCOMPARE(list->count(), 0);
    m_window->searchBar()->setText(u"place:Paris date:2011-04"_s);
    QTRY_COMPARE(m_window->meetingsPanel()->view()->model()->rowCount(), 1);
    QVERIFY(panel->findChild<QPushButton *>(u"saveSearch"_s)->isEnabled());
    QVERIFY(panel->saveCurrent(u"Paris in April"_s));
    QCOMPARE(list->count(), 1);
    QCOMPARE(list->item(0)->text(), u"Paris in April"_s);
    QVERIFY(!panel->saveCurrent(u"Paris in April"_s)); // the name is taken

    QVERIFY(panel->renameSelected(u"Paris, April 2011"_s));
    QCOMPARE(list->item(0)->text(), u"Paris, April 2011"_s);

    // Run it from an empty bar.
    m_window->searchBar()->setText(QString());
    QTRY_COMPARE(m_window->meetingsPanel()->view()->model()->rowCount(), 4);
    Q_EMIT list->itemActivated(list->item(0));
    QCOMPARE(m_window->searchBar()->text(), u"place:Paris date:2011-04"_s);
    QTRY_COMPARE(m_window->meetingsPanel()->view()->model()->rowCount(), 1);

    QVERIFY(panel->deleteSelected());
    QCOMPARE(list->count(), 0);
}

void TestSearchUi::ctrlFFocusesTheSearchBar()
{
    m_window->activateWindow();
    m_window->meetingsPanel()->view()->setFocus();
    QTRY_VERIFY(m_window->meetingsPanel()->view()->hasFocus());
    QTest::keySequence(m_window.get(), QKeySequence::Find);
    QTRY_VERIFY(m_window->searchBar()->lineEdit()->hasFocus());
}

void TestSearchUi::completesFieldNamesAndValues()
{
    QLineEdit *edit = m_window->searchBar()->lineEdit();
    auto *completer = m_window->searchBar()->findChild<QCompleter *>();
    QVERIFY(completer);
    edit->setFocus();
    QTest::keyClicks(edit, u"minis"_s);
    QTRY_VERIFY(completer->popup()->isVisible());
    QCOMPARE(completer->currentCompletion(), u"minister:"_s);
    Q_EMIT completer->activated(u"minister:"_s);
    QCOMPARE(edit->text(), u"minister:"_s);

    QTest::keyClicks(edit, u"Lavr"_s);
    QTRY_VERIFY(completer->popup()->isVisible());
    QStringList offered;
    for (int row = 0; row < completer->completionCount(); ++row) {
        completer->setCurrentRow(row);
        offered.append(completer->currentCompletion());
    }
    QVERIFY2(offered.contains(u"Sergey Lavrov"_s), qPrintable(offered.join(u", "_s)));
    QVERIFY(!offered.contains(u"Sergey Martynov"_s));
    Q_EMIT completer->activated(u"Sergey Lavrov"_s);
    QCOMPARE(edit->text(), u"minister:\"Sergey Lavrov\" "_s);
    QTRY_COMPARE(m_window->meetingsPanel()->view()->model()->rowCount(), 1);

    // Places and years are offered too, from the catalogue.
    const auto offers = [&](const QString &typed) {
        edit->clear();
        QTest::keyClicks(edit, typed);
        QStringList all;
        if (!QTest::qWaitFor([&] { return completer->popup()->isVisible(); }))
            return all;
        for (int row = 0; row < completer->completionCount(); ++row) {
            completer->setCurrentRow(row);
            all.append(completer->currentCompletion());
        }
        return all;
    };
    QCOMPARE(offers(u"place:Pa"_s), QStringList{u"Paris"_s});
    QCOMPARE(offers(u"date:"_s),
             (QStringList{u"2011"_s, u"2010"_s, u"2009"_s})); // the newest year first
    QCOMPARE(offers(u"after:20"_s), (QStringList{u"2011"_s, u"2010"_s, u"2009"_s}));
}

void TestSearchUi::theOverviewMarksTheSpellingThatMatched()
{
    // A Cyrillic search finds the English summary of the sample and marks its Latin spelling.
    m_window->searchBar()->lineEdit()->setText(u"Лавров"_s);
    QTest::keyClick(m_window->searchBar()->lineEdit(), Qt::Key_Return);
    QTRY_COMPARE(m_window->meetingsPanel()->view()->model()->rowCount(), 1);
    auto *summary = m_window->findChild<QLabel *>(u"summary"_s);
    QVERIFY(summary);
    QTRY_COMPARE(summary->textFormat(), Qt::RichText);
    const QString open = u"<span style=\"background-color: %1; color: %2;\">"_s.arg(
        summary->palette().color(QPalette::Highlight).name(),
        summary->palette().color(QPalette::HighlightedText).name());
    QVERIFY2(summary->text().contains(open + u"Lavrov</span>"_s), qPrintable(summary->text()));
    QCOMPARE(summary->text().count(open), 1); // Martynov and the rest stay plain
    // The head of delegation, in both spellings.
    const auto *delegations = m_window->findChild<QWidget *>(u"delegations"_s);
    QVERIFY(delegations);
    const QList<QLabel *> lines = delegations->findChildren<QLabel *>();
    const auto marked = [&](const QString &word) {
        return std::any_of(lines.cbegin(), lines.cend(), [&](const QLabel *label) {
            return label->text().contains(open + word + u"</span>"_s);
        });
    };
    QVERIFY(marked(u"Lavrov"_s));
    QVERIFY(marked(u"Лавров"_s));
    QVERIFY(!marked(u"Martynov"_s));
    auto *title = m_window->findChild<QLabel *>(u"meetingTitle"_s);
    QCOMPARE(title->textFormat(), Qt::PlainText); // nothing matched there

    // Clearing the search leaves the text plain.
    m_window->searchBar()->lineEdit()->clear();
    QTRY_COMPARE(m_window->meetingsPanel()->view()->model()->rowCount(), 4);
    QTRY_COMPARE(summary->textFormat(), Qt::PlainText);
}

QTEST_MAIN(TestSearchUi)
#include "tst_searchui.moc"

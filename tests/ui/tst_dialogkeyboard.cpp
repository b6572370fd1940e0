#include "bulkeditdialog.h"
#include "commands/undosession.h"
#include "dataexportdialog.h"
#include "documentsview.h"
#include "duplicatewarningdialog.h"
#include "keyboardaudit.h"
#include "labels/displaylabels.h"
#include "mergepeopledialog.h"
#include "newmeetingdialog.h"
#include "peoplemanager.h"
#include "persondialog.h"
#include "reportdialog.h"
#include "testcatalogue.h"
#include "uitest.h"
#include "vocabularydialog.h"

#include <QApplication>
#include <QCoreApplication>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace entente;

// Every secondary dialog, walked with the Tab key as a keyboard user walks it: each field it
// shows is reached (no widget keeps Tab for itself), in reading order where that is given, and
// has a name a screen reader can say; mnemonics are not used twice; Escape closes the dialog and
// Return does what its default button does.
class TestDialogKeyboard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void tabReachesAndNamesEveryField_data();
    void tabReachesAndNamesEveryField();
    void mnemonicsAreDistinct_data() { tabReachesAndNamesEveryField_data(); }
    void mnemonicsAreDistinct();
    void escapeClosesAndReturnHasADefault_data() { tabReachesAndNamesEveryField_data(); }
    void escapeClosesAndReturnHasADefault();
    void returnOnAVocabularyEntryRenamesItOnly();
    void returnOnADocumentOpensItsMeetingOnce();

private:
    std::unique_ptr<QDialog> make(const QString &dialog, int tab);

    std::unique_ptr<test::TestCatalogue> m_catalogue;
    std::unique_ptr<UndoSession> m_session;
    SampleCatalogue::Ids m_sample;
    DisplayLabels m_labels;
};

void TestDialogKeyboard::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"EntenteTest"_s);
    QCoreApplication::setApplicationName(u"tst_dialogkeyboard"_s);
    QSettings().clear();
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    m_catalogue = std::make_unique<test::TestCatalogue>();
    QVERIFY(*m_catalogue);
    m_sample = m_catalogue->addSample();
    m_session = std::make_unique<UndoSession>(**m_catalogue);
    auto labels = DisplayLabels::load(**m_catalogue, QLocale());
    QVERIFY(labels);
    m_labels = *labels;
}

void TestDialogKeyboard::cleanupTestCase()
{
    m_session.reset();
    m_catalogue.reset();
}

std::unique_ptr<QDialog> TestDialogKeyboard::make(const QString &dialog, int tab)
{
    const Catalogue &catalogue = **m_catalogue;
    // "…-all": no search and no selection, as when the whole catalogue is exported.
    const ExportScope scope = dialog.endsWith(u"-all"_s)
                                  ? ExportScope{}
                                  : ExportScope{u"Lavrov"_s, {m_sample.meeting, m_sample.oneToOne}};
    std::unique_ptr<QDialog> made;
    if (dialog == u"people")
        made = std::make_unique<PeopleManager>(*m_session, m_labels);
    else if (dialog == u"vocabulary") {
        auto vocabulary = std::make_unique<VocabularyDialog>(*m_session);
        vocabulary->tabs()->setCurrentIndex(tab);
        made = std::move(vocabulary);
    } else if (dialog == u"documents")
        made = std::make_unique<DocumentsView>(*m_session, m_labels);
    else if (dialog.startsWith(u"report"_s))
        made = std::make_unique<ReportDialog>(catalogue, scope);
    else if (dialog.startsWith(u"export"_s))
        made = std::make_unique<DataExportDialog>(catalogue, scope);
    else if (dialog == u"duplicate") {
        const Meeting sample = SampleCatalogue::jointCollegium(m_sample.lavrov, m_sample.martynov);
        made = std::make_unique<DuplicateWarningDialog>(QList<MeetingSummary>{{m_sample.meeting,
                                                                               0,
                                                                               sample.title,
                                                                               sample.start,
                                                                               sample.end,
                                                                               sample.place,
                                                                               {},
                                                                               false}});
    } else if (dialog == u"bulk")
        made = std::make_unique<BulkEditDialog>(m_labels, catalogue, 3);
    else if (dialog == u"merge")
        made =
            std::make_unique<MergePeopleDialog>(catalogue, m_sample.martynov, m_labels.countries);
    else if (dialog == u"person")
        made = std::make_unique<PersonDialog>(m_labels.countries);
    else if (dialog == u"meeting")
        made = std::make_unique<NewMeetingDialog>(m_labels, NewMeetingDialog::DuplicateCheck());
    return made;
}

void TestDialogKeyboard::tabReachesAndNamesEveryField_data()
{
    QTest::addColumn<QString>("dialog");
    QTest::addColumn<int>("tab");
    // Object names in the order Tab must visit them (others may come between).
    QTest::addColumn<QStringList>("order");
    QTest::addColumn<bool>("acceptsWithReturn");
    QTest::newRow("people manager")
        << u"people"_s << 0
        << QStringList{u"peopleFilter"_s,  u"peopleList"_s, u"newPerson"_s,   u"deletePerson"_s,
                       u"mergePerson"_s,   u"nameLatin"_s,  u"nameNative"_s,  u"aliases"_s,
                       u"country"_s,       u"positions"_s,  u"addPosition"_s, u"removePosition"_s,
                       u"personMeetings"_s}
        << false;
    const QStringList tabs = {u"formats"_s, u"document kinds"_s, u"document actions"_s,
                              u"topics"_s};
    for (int i = 0; i < tabs.size(); ++i)
        QTest::addRow("vocabularies: %s", qPrintable(tabs.at(i)))
            << u"vocabulary"_s << i << QStringList() << false;
    QTest::newRow("documents view")
        << u"documents"_s << 0
        << QStringList{u"documentsList"_s, u"documentChain"_s, u"openMeeting"_s} << false;
    QTest::newRow("export report")
        << u"report"_s << 0 << QStringList{u"searchReport"_s, u"withDossiers"_s, u"title"_s,
                                           u"paper"_s,        u"orientation"_s,  u"savePdf"_s}
        << true;
    QTest::newRow("export report, everything")
        << u"report-all"_s << 0 << QStringList{u"searchReport"_s, u"currentSearch"_s, u"savePdf"_s}
        << true;
    QTest::newRow("export data, everything")
        << u"export-all"_s << 0 << QStringList{u"csv"_s, u"currentSearch"_s, u"export"_s} << true;
    QTest::newRow("export data") << u"export"_s << 0
                                 << QStringList{u"csv"_s, u"bom"_s, u"safeFormulas"_s, u"export"_s}
                                 << true;
    QTest::newRow("duplicate warning")
        << u"duplicate"_s << 0 << QStringList{u"existingMeetings"_s, u"openExisting"_s} << true;
    QTest::newRow("bulk edit") << u"bulk"_s << 0
                               << QStringList{u"status"_s, u"format"_s, u"addTopic"_s,
                                              u"removeTopic"_s}
                               << true;
    QTest::newRow("merge people") << u"merge"_s << 0 << QStringList{u"keepPerson"_s} << true;
    QTest::newRow("new person") << u"person"_s << 0
                                << QStringList{u"nameLatin"_s, u"nameNative"_s,   u"country"_s,
                                               u"position"_s,  u"organisation"_s, u"dateText"_s}
                                << true;
    QTest::newRow("new meeting") << u"meeting"_s << 0
                                 << QStringList{u"title"_s, u"dateText"_s,     u"dateText"_s,
                                                u"place"_s, u"placeCountry"_s, u"format"_s,
                                                u"host"_s,  u"guest"_s}
                                 << true;
}

void TestDialogKeyboard::tabReachesAndNamesEveryField()
{
    QFETCH(QString, dialog);
    QFETCH(int, tab);
    QFETCH(QStringList, order);
    auto window = make(dialog, tab);
    QVERIFY(window);
    QString problem;
    const QList<QWidget *> chain = uitest::walkTabChain(window.get(), &problem);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    const QList<QWidget *> inputs = uitest::inputWidgets(window.get());
    QVERIFY(inputs.size() >= 2);
    for (QWidget *field : inputs) {
        QVERIFY2(chain.contains(field),
                 qPrintable(u"Tab never reaches "_s + uitest::describe(field)));
        QVERIFY2(!uitest::spokenName(field).isEmpty(),
                 qPrintable(u"no label or accessible name: "_s + uitest::describe(field)));
    }
    // The order given, as a subsequence of the walk (which starts wherever the focus is, so it
    // is read round from the first name).
    QStringList names;
    for (QWidget *w : chain)
        names.append(w->objectName());
    const qsizetype first = order.isEmpty() ? 0 : std::max<qsizetype>(0, names.indexOf(order[0]));
    names = names.mid(first) + names.mid(0, first);
    qsizetype at = 0;
    for (const QString &name : std::as_const(order)) {
        at = names.indexOf(name, at);
        QVERIFY2(at >= 0, qPrintable(u"“%1” out of order in: %2"_s.arg(name, names.join(u", "_s))));
        ++at;
    }
}

void TestDialogKeyboard::mnemonicsAreDistinct()
{
    QFETCH(QString, dialog);
    QFETCH(int, tab);
    auto window = make(dialog, tab);
    window->show();
    const QStringList problems = uitest::mnemonicProblems(window.get());
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u"; "_s)));
}

void TestDialogKeyboard::escapeClosesAndReturnHasADefault()
{
    QFETCH(QString, dialog);
    QFETCH(int, tab);
    QFETCH(bool, acceptsWithReturn);
    auto window = make(dialog, tab);
    window->show();
    QApplication::setActiveWindow(window.get());
    QVERIFY(QTest::qWaitForWindowActive(window.get()));
    if (acceptsWithReturn) {
        const QList<QPushButton *> buttons = window->findChildren<QPushButton *>();
        QVERIFY2(std::any_of(buttons.cbegin(), buttons.cend(),
                             [](const QPushButton *b) { return b->isDefault(); }),
                 "no default button for Return");
    }
    QWidget *focus = QApplication::focusWidget();
    QVERIFY(focus);
    QTest::keyClick(focus, Qt::Key_Escape);
    QTRY_VERIFY(!window->isVisible());
    QCOMPARE(window->result(), int(QDialog::Rejected));
}

// Return on an entry renames it. The list passes the key on to the dialog, which must not then
// press a default button too (it was "Add…", then "Close").
void TestDialogKeyboard::returnOnAVocabularyEntryRenamesItOnly()
{
    VocabularyDialog dialog(*m_session);
    dialog.show();
    QApplication::setActiveWindow(&dialog);
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    auto *list = dialog.findChild<QListWidget *>(u"vocabulary0"_s);
    QVERIFY(list && list->count() > 0);
    list->setFocus();
    list->setCurrentRow(0);
    QStringList asked;
    const auto answer = [&asked](QWidget *modal) {
        asked.append(modal->windowTitle());
        static_cast<QDialog *>(modal)->reject();
    };
    uitest::onNextModal(answer);
    uitest::onNextModal(answer);
    QTest::keyClick(list, Qt::Key_Return);
    QCOMPARE(asked, QStringList{u"Rename"_s});
    QCOMPARE(uitest::cancelModalWatchers(), 1); // the second watcher found nothing to answer
    QVERIFY(dialog.isVisible());
}

void TestDialogKeyboard::returnOnADocumentOpensItsMeetingOnce()
{
    DocumentsView view(*m_session, m_labels);
    view.show();
    QApplication::setActiveWindow(&view);
    QVERIFY(QTest::qWaitForWindowActive(&view));
    auto *table = view.findChild<QTableView *>(u"documentsList"_s);
    QVERIFY(table && table->model()->rowCount() > 0);
    table->setFocus();
    table->setCurrentIndex(table->model()->index(0, 0));
    QSignalSpy opened(&view, &DocumentsView::meetingActivated);
    QTest::keyClick(table, Qt::Key_Return);
    QCOMPARE(opened.count(), 1);
    QCOMPARE(opened.at(0).at(0).toLongLong(), m_sample.meeting);
    QVERIFY(view.isVisible());
}

QTEST_MAIN(TestDialogKeyboard)
#include "tst_dialogkeyboard.moc"

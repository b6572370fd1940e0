#include "cataloguedump.h"
#include "delegationseditor.h"
#include "documentlinkedit.h"
#include "documentseditor.h"
#include "editorfixture.h"
#include "messagestrip.h"
#include "models/delegationsmodel.h"
#include "models/documentsmodel.h"
#include "models/roles.h"
#include "models/topicsmodel.h"
#include "partialdateedit.h"
#include "personlineedit.h"
#include "sourceseditor.h"
#include "storage/personrepository.h"
#include "storage/topicrepository.h"
#include "topicseditor.h"
#include "uitest.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QCompleter>
#include <QDialog>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QTreeView>

using namespace Qt::StringLiterals;
using namespace entente;
using uitest::EditorFixture;

// The tables of the meeting editor driven by keyboard and mouse: delegations, documents, topics
// and sources, each edit one undo step that undo takes back exactly.
class TestMeetingSections : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void pickAPersonWithTheirPost();
    void createAPersonInline();
    void reorderAndRemoveMembers();
    void addAndEditADocument();
    void refusedPeriodIsMarkedAndKept();
    void linkDocuments();
    void addANewTopic();
    void addASourceWithItsText();

private:
    static qint64 addMakei(EditorFixture &f);
    static void pickPerson(QTreeView *tree, const QString &typed);
};

void TestMeetingSections::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
}

qint64 TestMeetingSections::addMakei(EditorFixture &f)
{
    Person makei;
    makei.nameLatin = u"Vladimir Makei"_s;
    makei.nameNative = u"Уладзімір Макей"_s;
    makei.country = u"BLR"_s;
    makei.positions = {{0,
                        u"Head of the Presidential Administration"_s,
                        {},
                        u"BLR"_s,
                        PartialDate::month(2008, 7),
                        PartialDate::month(2012, 8)}};
    return *PersonRepository(*f.catalogue).create(makei);
}

// Types into the person cell being edited and takes the first match from the completion list.
void TestMeetingSections::pickPerson(QTreeView *tree, const QString &typed)
{
    auto *edit = qobject_cast<PersonLineEdit *>(uitest::cellEditor(tree));
    QVERIFY(edit);
    uitest::keyClicks(edit, typed);
    auto *completer = edit->findChild<QCompleter *>();
    QVERIFY(completer->popup()->isVisible());
    QTest::keyClick(completer->popup(), Qt::Key_Return);
}

void TestMeetingSections::pickAPersonWithTheirPost()
{
    EditorFixture f;
    QVERIFY(f.ready());
    const qint64 makei = addMakei(f);
    const QStringList before = test::dumpCatalogue(*f.catalogue);
    DelegationsEditor *delegations = f.editor->delegationsEditor();
    QTreeView *tree = delegations->view();
    tree->setCurrentIndex(delegations->model()->index(1, 0)); // Belarus
    QTest::mouseClick(delegations->findChild<QToolButton *>(u"addMember"_s), Qt::LeftButton);
    pickPerson(tree, u"Макей"_s); // the native spelling finds him too

    const Meeting saved = f.stored();
    QCOMPARE(saved.delegations.at(1).members.size(), 2);
    const DelegationMember &member = saved.delegations.at(1).members.at(1);
    QCOMPARE(member.personId, makei);
    QCOMPARE(member.position, u"Head of the Presidential Administration"_s); // from his history
    QVERIFY(!member.head);
    QCOMPARE(f.session->stack()->undoText(),
             u"change delegations of “Joint meeting of the collegiums of the…”"_s);
    f.session->stack()->undo();
    QCOMPARE(test::dumpCatalogue(*f.catalogue), before);
    QCOMPARE(delegations->model()->rowCount(delegations->model()->index(1, 0)), 1);
}

void TestMeetingSections::createAPersonInline()
{
    EditorFixture f;
    QVERIFY(f.ready());
    const QStringList before = test::dumpCatalogue(*f.catalogue);
    DelegationsEditor *delegations = f.editor->delegationsEditor();
    QTreeView *tree = delegations->view();
    tree->setCurrentIndex(delegations->model()->index(0, 0)); // Russia
    QTest::mouseClick(delegations->findChild<QToolButton *>(u"addMember"_s), Qt::LeftButton);
    bool answered = false;
    uitest::onNextModal([&answered](QWidget *dialog) {
        // The name typed is already in its field; the post is typed here.
        QCOMPARE(dialog->findChild<QLineEdit *>(u"nameLatin"_s)->text(), u"Grigory Karasin"_s);
        uitest::retype(dialog->findChild<QLineEdit *>(u"position"_s),
                       u"Deputy Minister of Foreign Affairs"_s, false);
        static_cast<QDialog *>(dialog)->accept();
        answered = true;
    });
    pickPerson(tree, u"Grigory Karasin"_s); // no one: the list offers a new person
    QTRY_VERIFY(answered);

    auto found = PersonRepository(*f.catalogue).findByName(u"Karasin"_s);
    QCOMPARE(found->size(), 1);
    const Meeting saved = f.stored();
    QCOMPARE(saved.delegations.at(0).members.at(1).personId, found->at(0));
    QCOMPARE(saved.delegations.at(0).members.at(1).position,
             u"Deputy Minister of Foreign Affairs"_s);
    // The new person and their place in the delegation are one step.
    QCOMPARE(f.session->stack()->count(), 1);
    QCOMPARE(f.session->stack()->undoText(),
             u"add “Grigory Karasin” to the delegation of Russia"_s);
    f.session->stack()->undo();
    QCOMPARE(test::dumpCatalogue(*f.catalogue), before);
}

void TestMeetingSections::reorderAndRemoveMembers()
{
    EditorFixture f;
    QVERIFY(f.ready());
    addMakei(f);
    DelegationsEditor *delegations = f.editor->delegationsEditor();
    QTreeView *tree = delegations->view();
    tree->setCurrentIndex(delegations->model()->index(1, 0));
    QTest::mouseClick(delegations->findChild<QToolButton *>(u"addMember"_s), Qt::LeftButton);
    pickPerson(tree, u"Makei"_s);
    const QStringList withMakei = test::dumpCatalogue(*f.catalogue);

    // Protocol order: Ctrl+Up moves him before the minister.
    const QModelIndex belarus = delegations->model()->index(1, 0);
    tree->setFocus();
    tree->setCurrentIndex(delegations->model()->index(1, 0, belarus));
    QTest::keyClick(tree, Qt::Key_Up, Qt::ControlModifier);
    QCOMPARE(f.stored().delegations.at(1).members.at(0).nameLatin, u"Vladimir Makei"_s);
    QCOMPARE(f.stored().delegations.at(1).members.at(1).nameLatin, u"Sergey Martynov"_s);
    // The head stays the head wherever he stands.
    QVERIFY(f.stored().delegations.at(1).members.at(1).head);

    tree->setCurrentIndex(delegations->model()->index(0, 0, belarus));
    QTest::keyClick(tree, Qt::Key_Delete);
    QCOMPARE(f.stored().delegations.at(1).members.size(), 1);
    f.session->stack()->undo();
    f.session->stack()->undo();
    QCOMPARE(test::dumpCatalogue(*f.catalogue), withMakei);
}

void TestMeetingSections::addAndEditADocument()
{
    EditorFixture f;
    QVERIFY(f.ready());
    f.editor->sections()->setCurrentIndex(2);
    const QStringList before = test::dumpCatalogue(*f.catalogue);
    DocumentsEditor *documents = f.editor->documentsEditor();
    QTableView *table = documents->view();
    QTest::mouseClick(documents->findChild<QToolButton *>(u"addDocument"_s), Qt::LeftButton);
    auto *title = qobject_cast<QLineEdit *>(uitest::cellEditor(table));
    QVERIFY(title);
    uitest::keyClicks(title, u"Joint statement on European security"_s);
    uitest::commitCell(title);
    QVERIFY2(!f.editor->messageStrip()->isVisible(), qPrintable(f.editor->messageStrip()->text()));
    QCOMPARE(f.stored().documents.size(), 3);
    const OutcomeDocument added = f.stored().documents.at(2);
    QCOMPARE(added.title, u"Joint statement on European security"_s);
    QCOMPARE(added.date, PartialDate::day(2009, 11, 25)); // the meeting's date and parties
    QCOMPARE(added.parties, (QStringList{u"RUS"_s, u"BLR"_s}));

    // Kind from its combo box, then the date typed in another form.
    table->setFocus();
    table->setCurrentIndex(documents->model()->index(2, DocumentColumn::Kind));
    QTest::keyClick(table, Qt::Key_F2);
    auto *kind = qobject_cast<QComboBox *>(uitest::cellEditor(table));
    QVERIFY(kind);
    QVERIFY(uitest::choose(kind, u"Joint statement"_s));
    uitest::commitCell(kind);
    QCOMPARE(f.stored().documents.at(2).kind, u"joint_statement"_s);

    QApplication::setActiveWindow(f.editor.get()); // a closing popup leaves none active
    table->setFocus();
    table->setCurrentIndex(documents->model()->index(2, DocumentColumn::Date));
    QTest::keyClick(table, Qt::Key_F2);
    auto *date = qobject_cast<QLineEdit *>(uitest::cellEditor(table));
    QVERIFY(date);
    date->selectAll();
    uitest::keyClicks(date, u"26 Nov 2009"_s);
    uitest::commitCell(date);
    QCOMPARE(f.stored().documents.at(2).date, PartialDate::day(2009, 11, 26));
    QCOMPARE(f.session->stack()->count(), 3);
    for (int i = 0; i < 3; ++i)
        f.session->stack()->undo();
    QCOMPARE(test::dumpCatalogue(*f.catalogue), before);
    QCOMPARE(documents->model()->rowCount(), 2);
}

void TestMeetingSections::refusedPeriodIsMarkedAndKept()
{
    EditorFixture f;
    QVERIFY(f.ready());
    f.editor->sections()->setCurrentIndex(2);
    const QStringList before = test::dumpCatalogue(*f.catalogue);
    QTableView *table = f.editor->documentsEditor()->view();
    DocumentsModel *model = f.editor->documentsEditor()->model();
    table->setFocus();
    table->setCurrentIndex(model->index(0, DocumentColumn::PeriodEnd));
    QTest::keyClick(table, Qt::Key_F2);
    auto *end = qobject_cast<QLineEdit *>(uitest::cellEditor(table));
    QVERIFY(end);
    end->selectAll();
    uitest::keyClicks(end, u"2009"_s);
    uitest::commitCell(end);

    const QString message = f.editor->messageStrip()->text();
    QVERIFY2(message.startsWith(u"Document period end: the period of “Program for Concerted "
                                "Action"_s),
             qPrintable(message));
    QVERIFY(message.endsWith(u"ends (2009) before it starts (2010)"_s));
    QVERIFY(model->index(0, 0).data(Role::Problem).toString().contains(u"before it starts"_s));
    QCOMPARE(model->document(0).periodEnd, PartialDate::year(2009)); // kept as typed
    QCOMPARE(test::dumpCatalogue(*f.catalogue), before);

    // Text that is no date at all does not leave the cell.
    table->setCurrentIndex(model->index(0, DocumentColumn::PeriodStart));
    QTest::keyClick(table, Qt::Key_F2);
    auto *start = qobject_cast<QLineEdit *>(uitest::cellEditor(table));
    start->selectAll();
    uitest::keyClicks(start, u"soon"_s);
    uitest::commitCell(start);
    QCOMPARE(uitest::cellEditor(table), start);
    QCOMPARE(start->text(), u"soon"_s);
    QVERIFY(start->parentWidget()->toolTip().startsWith(u"“soon” is not a date"_s));
    start->selectAll();
    uitest::keyClicks(start, u"2008"_s);
    uitest::commitCell(start);
    QCOMPARE(f.stored().documents.at(0).periodStart, PartialDate::year(2008));
    QCOMPARE(f.stored().documents.at(0).periodEnd, PartialDate::year(2009));
    QVERIFY(!f.editor->messageStrip()->isVisible());
}

void TestMeetingSections::linkDocuments()
{
    EditorFixture f;
    QVERIFY(f.ready());
    f.editor->sections()->setCurrentIndex(2);
    QTableView *table = f.editor->documentsEditor()->view();
    DocumentsModel *model = f.editor->documentsEditor()->model();
    const QStringList before = test::dumpCatalogue(*f.catalogue);
    // The programme renews… the plan (a made-up link, to set one through the editor).
    table->setFocus();
    table->setCurrentIndex(model->index(0, DocumentColumn::Link));
    QTest::keyClick(table, Qt::Key_F2);
    auto *edit = table->findChild<DocumentLinkEdit *>();
    QVERIFY(edit);
    auto combos = edit->findChildren<QComboBox *>();
    QVERIFY(uitest::choose(combos.at(0), u"renews"_s));
    QVERIFY(uitest::choose(combos.at(1), model->document(1).title));
    uitest::commitCell(combos.at(1));
    const auto links = f.stored().documents.at(0).links;
    QCOMPARE(links.size(), 1);
    QCOMPARE(links.at(0).relation, DocumentRelation::Renews);
    QCOMPARE(links.at(0).targetId, f.stored().documents.at(1).id);
    f.session->stack()->undo();
    QCOMPARE(test::dumpCatalogue(*f.catalogue), before);
}

void TestMeetingSections::addANewTopic()
{
    EditorFixture f;
    QVERIFY(f.ready());
    f.editor->sections()->setCurrentIndex(1);
    const QStringList before = test::dumpCatalogue(*f.catalogue);
    QLineEdit *field = f.editor->topicsEditor()->field();
    uitest::retype(field, u"Arctic cooperation"_s);
    QCOMPARE(f.stored().topics.size(), 8);
    QCOMPARE(f.stored().topics.constLast().name, u"Arctic cooperation"_s);
    QVERIFY(f.stored().topics.constLast().id > 0);
    QVERIFY(field->text().isEmpty());
    // An existing topic typed in another case is the same topic: nothing to add.
    uitest::retype(field, u"disarmament"_s);
    QCOMPARE(f.session->stack()->count(), 1);
    f.session->stack()->undo();
    QCOMPARE(test::dumpCatalogue(*f.catalogue), before); // the new topic left the vocabulary too
    QCOMPARE(f.editor->topicsEditor()->model()->rowCount(), 7);
}

void TestMeetingSections::addASourceWithItsText()
{
    EditorFixture f;
    QVERIFY(f.ready());
    f.editor->sections()->setCurrentIndex(4);
    const QStringList before = test::dumpCatalogue(*f.catalogue);
    SourcesEditor *sources = f.editor->sourcesEditor();
    QTest::mouseClick(sources->findChild<QToolButton *>(u"addSource"_s), Qt::LeftButton);
    auto *publisher = qobject_cast<QLineEdit *>(uitest::cellEditor(sources->view()));
    QVERIFY(publisher);
    uitest::keyClicks(publisher, u"BelTA"_s);
    uitest::commitCell(publisher);
    uitest::typeText(sources->textField(), u"Minsk, 25 November (BelTA)."_s,
                     f.field<QLineEdit>(u"tone"_s));
    const Meeting saved = f.stored();
    QCOMPARE(saved.sources.size(), 2);
    QCOMPARE(saved.sources.at(1).publisher, u"BelTA"_s);
    QCOMPARE(saved.sources.at(1).text, u"Minsk, 25 November (BelTA)."_s);
    f.session->stack()->undo();
    f.session->stack()->undo();
    f.session->stack()->undo();
    QCOMPARE(test::dumpCatalogue(*f.catalogue), before);
}

QTEST_MAIN(TestMeetingSections)
#include "tst_meetingsections.moc"

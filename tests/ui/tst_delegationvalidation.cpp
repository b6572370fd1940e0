#include "cataloguedump.h"
#include "countrycombo.h"
#include "delegationseditor.h"
#include "editorfixture.h"
#include "fieldmarks.h"
#include "messagestrip.h"
#include "models/delegationsmodel.h"
#include "models/roles.h"
#include "uitest.h"

#include <QLineEdit>
#include <QTest>
#include <QToolButton>
#include <QTreeView>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace entente;
using uitest::EditorFixture;

// "A delegation for a country not taking part", in the meeting editor: removing a country that
// still has people in its delegation keeps them, marks the delegations and says why the meeting
// is not saved; giving the country back or removing its delegation too settles it.
class TestDelegationValidation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void removingAPartyKeepsItsDelegationAndSaysWhy();
    void addingTheCountryBackSettlesIt();
    void removingTheDelegationTooSavesOneStep();

private:
    static QString expectedMessage()
    {
        return u"Delegations: a delegation of BLR, which is not taking part in the meeting"_s;
    }
    // Selects Belarus (the guest, with Martynov in its delegation) and presses Delete.
    static void withdrawBelarus(EditorFixture &f);
};

void TestDelegationValidation::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
}

void TestDelegationValidation::cleanup()
{
    QCOMPARE(uitest::cancelModalWatchers(), 0); // no dialog was expected, none waited in vain
}

void TestDelegationValidation::withdrawBelarus(EditorFixture &f)
{
    DelegationsEditor *delegations = f.editor->delegationsEditor();
    QTreeView *tree = delegations->view();
    QCOMPARE(delegations->model()->index(1, 0).data().toString(), u"Belarus"_s);
    uitest::refocus(tree);
    tree->setCurrentIndex(delegations->model()->index(1, 0));
    QTest::keyClick(tree, Qt::Key_Delete);
}

void TestDelegationValidation::removingAPartyKeepsItsDelegationAndSaysWhy()
{
    EditorFixture f;
    QVERIFY(f.ready());
    const QStringList before = test::dumpCatalogue(*f.catalogue);
    withdrawBelarus(f);

    DelegationsEditor *delegations = f.editor->delegationsEditor();
    DelegationsModel *model = delegations->model();
    // Refused: the catalogue is as it was, nothing went on the undo stack.
    QCOMPARE(f.editor->messageStrip()->text(), expectedMessage());
    QVERIFY(f.editor->messageStrip()->isVisible());
    QVERIFY(FieldMarks::isMarked(delegations->view()));
    QCOMPARE(FieldMarks::problem(delegations->view()), expectedMessage());
    QCOMPARE(test::dumpCatalogue(*f.catalogue), before);
    QCOMPARE(f.session->stack()->count(), 0);
    // Kept: Belarus and Martynov are still there, shown as not taking part, with the reason.
    QCOMPARE(model->rowCount(), 2);
    QVERIFY(!model->takesPart(1));
    const QModelIndex belarus = model->index(1, DelegationColumn::Name);
    QCOMPARE(model->rowCount(belarus), 1);
    QCOMPARE(model->index(0, DelegationColumn::Name, belarus).data(Role::Id).toLongLong(),
             f.ids.martynov);
    QCOMPARE(model->index(1, DelegationColumn::Position).data().toString(), u"not taking part"_s);
    QCOMPARE(belarus.data(Role::Problem).toString(),
             u"Belarus does not take part in the meeting: give it a role again, or remove its "
             "delegation"_s);
    QCOMPARE(model->parties().size(), 1);
    QCOMPARE(model->delegations().size(), 2);

    // Another edit of the delegations is refused for the same reason, and keeps what it changed.
    const QModelIndex russia = model->index(0, DelegationColumn::Name);
    const QModelIndex lavrovHead = model->index(0, DelegationColumn::Head, russia);
    QVERIFY(model->setData(lavrovHead, Qt::Unchecked, Qt::CheckStateRole));
    QCOMPARE(f.editor->messageStrip()->text(), expectedMessage());
    QCOMPARE(test::dumpCatalogue(*f.catalogue), before);
    QCOMPARE(lavrovHead.data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Unchecked);
}

void TestDelegationValidation::addingTheCountryBackSettlesIt()
{
    EditorFixture f;
    QVERIFY(f.ready());
    const QStringList before = test::dumpCatalogue(*f.catalogue);
    withdrawBelarus(f);
    QCOMPARE(f.editor->messageStrip()->text(), expectedMessage());

    // Typed into "Add a country…" as a guest (the field's default role), then Add.
    DelegationsEditor *delegations = f.editor->delegationsEditor();
    uitest::retype(delegations->countryField()->lineEdit(), u"Belarus"_s, false);
    QTest::mouseClick(delegations->findChild<QToolButton *>(u"addCountry"_s), Qt::LeftButton);

    DelegationsModel *model = delegations->model();
    QVERIFY(model->takesPart(1));
    QCOMPARE(model->index(1, DelegationColumn::Position).data().toString(), u"Guest"_s);
    QVERIFY(model->index(1, DelegationColumn::Name).data(Role::Problem).toString().isEmpty());
    QCOMPARE(f.editor->messageStrip()->text(), QString());
    QVERIFY(!FieldMarks::isMarked(delegations->view()));
    // Back where it started: nothing to save, nothing to undo.
    QCOMPARE(test::dumpCatalogue(*f.catalogue), before);
    QCOMPARE(f.session->stack()->count(), 0);
}

void TestDelegationValidation::removingTheDelegationTooSavesOneStep()
{
    EditorFixture f;
    QVERIFY(f.ready());
    const QStringList before = test::dumpCatalogue(*f.catalogue);
    withdrawBelarus(f);
    QCOMPARE(f.editor->messageStrip()->text(), expectedMessage());

    // Delete again, on the row left without its party: the delegation goes too, and the
    // meeting is valid and saved.
    QTreeView *tree = f.editor->delegationsEditor()->view();
    QCOMPARE(tree->currentIndex().row(), 1);
    QTest::keyClick(tree, Qt::Key_Delete);
    QCOMPARE(f.editor->messageStrip()->text(), QString());
    QVERIFY(!FieldMarks::isMarked(tree));
    const Meeting stored = f.stored();
    QCOMPARE(stored.parties.size(), 1);
    QCOMPARE(stored.parties.at(0).country, u"RUS"_s);
    QCOMPARE(stored.delegations.size(), 1);
    QCOMPARE(f.session->stack()->count(), 1);
    f.session->stack()->undo();
    QCOMPARE(test::dumpCatalogue(*f.catalogue), before);
    QCOMPARE(f.editor->delegationsEditor()->model()->rowCount(), 2);
}

QTEST_MAIN(TestDelegationValidation)
#include "tst_delegationvalidation.moc"

#include "cataloguedump.h"
#include "commands/undosession.h"
#include "fieldmarks.h"
#include "labels/displaylabels.h"
#include "mergepeopledialog.h"
#include "messagestrip.h"
#include "models/positionsmodel.h"
#include "models/roles.h"
#include "peoplemanager.h"
#include "personeditor.h"
#include "personlineedit.h"
#include "storage/meetingrepository.h"
#include "storage/personrepository.h"
#include "testcatalogue.h"
#include "uitest.h"

#include <QCompleter>
#include <QDialog>
#include <QDialogButtonBox>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QToolButton>

using namespace Qt::StringLiterals;
using namespace entente;

// The people manager: list and editor, the refusal to delete a delegate, position history
// checked as it is typed, and the merge of two records of one person.
class TestPeopleManager : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void mergesTwoRecordsOfOnePerson();
    void refusesToDeleteADelegateNamingTheMeetings();
    void positionEndingBeforeItStartsIsRefused();
    void editsAliasesAndOpensMeetings();

private:
    void select(const QString &filter, qint64 id);

    std::unique_ptr<test::TestCatalogue> m_catalogue;
    SampleCatalogue::Ids m_ids;
    qint64 m_twin = 0;
    qint64 m_later = 0;
    std::unique_ptr<UndoSession> m_session;
    std::unique_ptr<PeopleManager> m_manager;
};

void TestPeopleManager::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
}

void TestPeopleManager::init()
{
    m_catalogue = std::make_unique<test::TestCatalogue>();
    m_ids = m_catalogue->addSample();
    // A second record of Lavrov, from another press release, heading a later meeting.
    Person twin;
    twin.nameLatin = u"Sergei Lavroff"_s;
    twin.country = u"RUS"_s;
    m_twin = *PersonRepository(**m_catalogue).create(twin);
    Meeting later;
    later.title = u"Talks in Minsk"_s;
    later.start = PartialDate::day(2010, 6, 2);
    later.parties = {{u"BLR"_s, PartyRole::Host}, {u"RUS"_s, PartyRole::Guest}};
    later.delegations = {{u"RUS"_s, {{m_twin, u"Minister"_s, true, {}, {}}}}};
    m_later = *MeetingRepository(**m_catalogue).create(later);

    m_session = std::make_unique<UndoSession>(**m_catalogue);
    m_manager = std::make_unique<PeopleManager>(
        *m_session, *DisplayLabels::load(**m_catalogue, QLocale()), nullptr);
    m_manager->show();
    uitest::refocus(m_manager->filter());
    QVERIFY(QTest::qWaitForWindowActive(m_manager.get()));
}

void TestPeopleManager::cleanup()
{
    QCOMPARE(uitest::cancelModalWatchers(), 0);
    m_manager.reset();
    m_session.reset();
    m_catalogue.reset();
}

void TestPeopleManager::select(const QString &filter, qint64 id)
{
    uitest::retype(m_manager->filter(), filter, false);
    const QAbstractItemModel *model = m_manager->list()->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, 0);
        if (index.data(Role::Id).toLongLong() == id)
            QTest::mouseClick(m_manager->list()->viewport(), Qt::LeftButton, {},
                              m_manager->list()->visualRect(index).center());
    }
    QCOMPARE(m_manager->currentPersonId(), id);
}

void TestPeopleManager::mergesTwoRecordsOfOnePerson()
{
    const QStringList before = test::dumpCatalogue(**m_catalogue);
    select(u"Lavroff"_s, m_twin);
    QCOMPARE(m_manager->currentPersonId(), m_twin);
    bool merged = false;
    uitest::onNextModal([&merged](QWidget *dialog) {
        auto *keep = dialog->findChild<PersonLineEdit *>(u"keepPerson"_s);
        uitest::refocus(keep);
        uitest::keyClicks(keep, u"Лавров"_s);
        auto *completer = keep->findChild<QCompleter *>();
        QVERIFY(completer->popup()->isVisible());
        // The record being merged away is not offered: only the one to keep.
        QCOMPARE(completer->completionModel()->rowCount(), 1);
        QTest::keyClick(completer->popup(), Qt::Key_Return);
        auto *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QVERIFY(ok->isEnabled());
        ok->click();
        merged = true;
    });
    QTest::mouseClick(m_manager->findChild<QToolButton *>(u"mergePerson"_s), Qt::LeftButton);
    QVERIFY(merged);

    QCOMPARE(PersonRepository(**m_catalogue).get(m_twin).error().kind, Error::Kind::NotFound);
    const Person lavrov = *PersonRepository(**m_catalogue).get(m_ids.lavrov);
    QVERIFY(lavrov.aliases.contains(u"Sergei Lavroff"_s));
    QCOMPARE(
        MeetingRepository(**m_catalogue).get(m_later)->delegations.at(0).members.at(0).personId,
        m_ids.lavrov);
    QCOMPARE(m_manager->currentPersonId(), m_ids.lavrov);
    QCOMPARE(m_manager->editor()->meetingsList()->count(), 3);
    QCOMPARE(m_session->stack()->count(), 1);
    QCOMPARE(m_session->stack()->undoText(), u"merge “Sergei Lavroff” into “Sergey Lavrov”"_s);
    m_session->stack()->undo();
    QCOMPARE(test::dumpCatalogue(**m_catalogue), before);
}

void TestPeopleManager::refusesToDeleteADelegateNamingTheMeetings()
{
    const QStringList before = test::dumpCatalogue(**m_catalogue);
    select(u"Martynov"_s, m_ids.martynov);
    QString message;
    uitest::onNextModal([&message](QWidget *box) {
        message = static_cast<QMessageBox *>(box)->text();
        static_cast<QMessageBox *>(box)->button(QMessageBox::Cancel)->click();
    });
    QTest::mouseClick(m_manager->findChild<QToolButton *>(u"deletePerson"_s), Qt::LeftButton);
    QVERIFY2(message.startsWith(u"Cannot delete “Sergey Martynov”: they are in the delegations of "
                                "“Joint meeting of the collegiums of the foreign ministries of "
                                "Russia and Belarus” (2009-11-25), “Separate conversation"_s),
             qPrintable(message));
    QCOMPARE(test::dumpCatalogue(**m_catalogue), before);
    QCOMPARE(m_session->stack()->count(), 0);
}

void TestPeopleManager::positionEndingBeforeItStartsIsRefused()
{
    select(u"Lavrov"_s, m_ids.lavrov);
    const QStringList before = test::dumpCatalogue(**m_catalogue);
    QTableView *positions = m_manager->editor()->positionsView();
    uitest::refocus(positions);
    positions->setCurrentIndex(positions->model()->index(0, PositionColumn::To));
    QTest::keyClick(positions, Qt::Key_F2);
    auto *to = qobject_cast<QLineEdit *>(uitest::cellEditor(positions));
    QVERIFY(to);
    uitest::keyClicks(to, u"2000"_s);
    uitest::commitCell(to);
    const QString expected = u"Position end: the term ends (2000) before it starts (2004-03)"_s;
    QCOMPARE(m_manager->editor()->messageStrip()->text(), expected);
    QVERIFY(FieldMarks::isMarked(positions));
    QCOMPARE(m_manager->editor()->positions()->positions().at(0).to, PartialDate::year(2000));
    QCOMPARE(test::dumpCatalogue(**m_catalogue), before);

    uitest::refocus(positions);
    QTest::keyClick(positions, Qt::Key_F2);
    to = qobject_cast<QLineEdit *>(uitest::cellEditor(positions));
    to->selectAll();
    uitest::keyClicks(to, u"2012"_s);
    uitest::commitCell(to);
    QVERIFY(!m_manager->editor()->messageStrip()->isVisible());
    QCOMPARE(PersonRepository(**m_catalogue).get(m_ids.lavrov)->positions.at(0).to,
             PartialDate::year(2012));
    QCOMPARE(m_session->stack()->undoText(), u"change positions of “Sergey Lavrov”"_s);
}

void TestPeopleManager::editsAliasesAndOpensMeetings()
{
    select(u"Martynov"_s, m_ids.martynov);
    PersonEditor *editor = m_manager->editor();
    auto *aliases = editor->findChild<QPlainTextEdit *>(u"aliases"_s);
    uitest::typeText(aliases, u"Sergei Martynov\nSiarhei Martynau\n"_s,
                     editor->findChild<QLineEdit *>(u"nameLatin"_s));
    QCOMPARE(PersonRepository(**m_catalogue).get(m_ids.martynov)->aliases,
             (QStringList{u"Sergei Martynov"_s, u"Siarhei Martynau"_s}));
    QCOMPARE(*PersonRepository(**m_catalogue).findByName(u"Martynau"_s),
             QList<qint64>{m_ids.martynov});

    QListWidget *meetings = editor->meetingsList();
    QCOMPARE(meetings->count(), 2);
    QVERIFY(meetings->item(0)->text().contains(u"Joint meeting of the collegiums"_s));
    QVERIFY(meetings->item(0)->text().contains(u"head of delegation"_s));
    QSignalSpy opened(m_manager.get(), &PeopleManager::meetingActivated);
    uitest::refocus(meetings);
    meetings->setCurrentRow(0);
    QTest::keyClick(meetings, Qt::Key_Return);
    QCOMPARE(opened.count(), 1);
    QCOMPARE(opened.at(0).at(0).toLongLong(), m_ids.meeting);
}

QTEST_MAIN(TestPeopleManager)
#include "tst_peoplemanager.moc"

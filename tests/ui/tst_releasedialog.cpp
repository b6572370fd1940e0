// Import Press Release…: the review of what a release says, with each field's sentence shown in
// the text, the new people, the refusal of a text that is no meeting or has no date, the
// duplicate warning, and the save as one undoable step.

#include "cataloguedump.h"
#include "commands/undosession.h"
#include "duplicatewarningdialog.h"
#include "releasedialog.h"
#include "releasetextedit.h"
#include "storage/meetingrepository.h"
#include "testcatalogue.h"

#include <QApplication>
#include <QCheckBox>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryFile>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace entente;

namespace {

QString release(const QString &name)
{
    QFile file(QStringLiteral(ENTENTE_RELEASES) + u'/' + name);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

} // namespace

class TestReleaseDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void reviewShowsFieldsSentencesAndNewPeople();
    void savingIsOneUndoableStep();
    void textThatIsNoMeetingCannotBeSaved();
    void undatedDraftWaitsForThePublicationDate();
    void probableDuplicateIsWarnedAbout();
    void droppedFileIsRead();
    void linkedDocumentsAreSavedInTheSameStep();

private:
    std::unique_ptr<test::TestCatalogue> m_catalogue;
    std::unique_ptr<UndoSession> m_session;
};

void TestReleaseDialog::init()
{
    m_session.reset();
    m_catalogue = std::make_unique<test::TestCatalogue>();
    QVERIFY(*m_catalogue);
    m_session = std::make_unique<UndoSession>(**m_catalogue);
}

void TestReleaseDialog::reviewShowsFieldsSentencesAndNewPeople()
{
    ReleaseDialog dialog(**m_catalogue, *m_session);
    dialog.setPublished(QDate(2009, 11, 25));
    dialog.setText(release(u"ref-collegium-en.txt"_s));
    dialog.readNow();
    QVERIFY(dialog.draft().has_value());
    const auto *evidence = dialog.findChild<QTableWidget *>(u"evidence"_s);
    QCOMPARE(evidence->rowCount(), dialog.draft()->evidence.size());
    QStringList fields;
    for (int row = 0; row < evidence->rowCount(); ++row)
        fields.append(evidence->item(row, 0)->text());
    QVERIFY2(fields.contains(u"Start date"_s), qPrintable(fields.join(u", "_s)));
    QVERIFY(fields.contains(u"Parties"_s));
    // Choosing a row selects its sentence in the text.
    const int place = int(fields.indexOf(u"Place"_s));
    QVERIFY(place >= 0);
    auto *table = dialog.findChild<QTableWidget *>(u"evidence"_s);
    table->setCurrentCell(place, 1);
    const auto *text = dialog.findChild<ReleaseTextEdit *>();
    const QString selected = text->textCursor().selectedText();
    QVERIFY2(selected.contains(u"Moscow"_s), qPrintable(selected));
    QCOMPARE(evidence->item(place, 1)->text(), u"Moscow"_s);
    QVERIFY(evidence->item(place, 2)->text().endsWith(u"%"_s));

    // An empty catalogue knows nobody: both ministers are proposed as new people.
    const auto *people = dialog.findChild<QTableWidget *>(u"newPeople"_s);
    QCOMPARE(people->rowCount(), 2);
    QStringList names = {people->item(0, 0)->text(), people->item(1, 0)->text()};
    QVERIFY2(names.join(u" "_s).contains(u"Lavrov"_s), qPrintable(names.join(u", "_s)));
    QVERIFY(dialog.findChild<QPushButton *>(u"saveDraft"_s)->isEnabled());
    QVERIFY(dialog.findChild<QLabel *>(u"draftStatus"_s)->text().startsWith(u"Ready: "_s));
}

void TestReleaseDialog::savingIsOneUndoableStep()
{
    const QStringList before = test::dumpCatalogue(**m_catalogue);
    ReleaseDialog dialog(**m_catalogue, *m_session);
    dialog.setPublished(QDate(2009, 11, 25));
    dialog.setText(release(u"ref-collegium-ru.txt"_s));
    dialog.readNow();
    QVERIFY(dialog.save());
    const qint64 id = dialog.savedMeeting();
    QVERIFY(id > 0);
    auto meeting = MeetingRepository(**m_catalogue).get(id);
    QVERIFY(meeting.ok());
    QCOMPARE(meeting->start, PartialDate::day(2009, 11, 25));
    QCOMPARE(meeting->format, u"joint_collegium"_s);
    QCOMPARE(meeting->subEvents.size(), 1);
    QCOMPARE(meeting->delegations.size(), 2);
    QVERIFY(meeting->delegations.at(0).members.value(0).personId > 0);
    QCOMPARE(m_session->stack()->count(), 1);
    QVERIFY2(m_session->stack()->undoText().startsWith(u"create meeting “"_s),
             qPrintable(m_session->stack()->undoText()));
    const QStringList after = test::dumpCatalogue(**m_catalogue);
    m_session->stack()->undo();
    QCOMPARE(test::dumpCatalogue(**m_catalogue), before);
    m_session->stack()->redo();
    QCOMPARE(test::dumpCatalogue(**m_catalogue), after);
}

void TestReleaseDialog::textThatIsNoMeetingCannotBeSaved()
{
    ReleaseDialog dialog(**m_catalogue, *m_session);
    dialog.setText(release(u"not-a-meeting-en.txt"_s));
    dialog.readNow();
    QVERIFY(!dialog.findChild<QPushButton *>(u"saveDraft"_s)->isEnabled());
    QCOMPARE(dialog.findChild<QLabel *>(u"draftStatus"_s)->text(),
             u"This text does not describe a meeting: no meeting format, party or person was "
             u"found."_s);
    QVERIFY(!dialog.save());
    QCOMPARE(m_session->stack()->count(), 0);
}

void TestReleaseDialog::undatedDraftWaitsForThePublicationDate()
{
    ReleaseDialog dialog(**m_catalogue, *m_session);
    dialog.setText(release(u"no-year-en.txt"_s));
    dialog.readNow();
    auto *save = dialog.findChild<QPushButton *>(u"saveDraft"_s);
    QVERIFY(!save->isEnabled());
    QVERIFY2(
        dialog.findChild<QLabel *>(u"draftStatus"_s)->text().startsWith(u"Cannot be saved yet"_s),
        qPrintable(dialog.findChild<QLabel *>(u"draftStatus"_s)->text()));
    dialog.setPublished(QDate(2011, 3, 15));
    dialog.readNow();
    QVERIFY(save->isEnabled());
}

void TestReleaseDialog::probableDuplicateIsWarnedAbout()
{
    m_catalogue->addSample();
    const QStringList before = test::dumpCatalogue(**m_catalogue);
    ReleaseDialog dialog(**m_catalogue, *m_session);
    dialog.setPublished(QDate(2009, 11, 25));
    dialog.setText(release(u"ref-collegium-en.txt"_s));
    dialog.readNow();
    bool warned = false;
    QTimer::singleShot(0, [&warned] {
        if (auto *box = qobject_cast<DuplicateWarningDialog *>(QApplication::activeModalWidget())) {
            warned = true;
            box->reject();
        }
    });
    QVERIFY(!dialog.save());
    QVERIFY(warned);
    QCOMPARE(test::dumpCatalogue(**m_catalogue), before);
}

void TestReleaseDialog::droppedFileIsRead()
{
    ReleaseTextEdit edit;
    QString problem;
    QVERIFY(edit.loadFile(QStringLiteral(ENTENTE_RELEASES) + u"/ref-collegium-ru.txt"_s, &problem));
    QVERIFY(edit.toPlainText().contains(u"Лавров"_s));
    QTemporaryFile binary;
    QVERIFY(binary.open());
    binary.write(QByteArray("\0\x01\x02garbage\0", 11));
    binary.close();
    QVERIFY(!edit.loadFile(binary.fileName(), &problem));
    QVERIFY2(problem.contains(u"binary"_s) || problem.contains(u"not"_s), qPrintable(problem));
    QVERIFY(edit.toPlainText().contains(u"Лавров"_s)); // the text before is kept
}

void TestReleaseDialog::linkedDocumentsAreSavedInTheSameStep()
{
    const QStringList before = test::dumpCatalogue(**m_catalogue);
    ReleaseDialog dialog(**m_catalogue, *m_session);
    dialog.setText(release(u"armenia-plans-en.txt"_s));
    dialog.readNow();
    QVERIFY(dialog.save());
    auto meeting = MeetingRepository(**m_catalogue).get(dialog.savedMeeting());
    QVERIFY(meeting.ok());
    QCOMPARE(meeting->documents.size(), 2);
    QCOMPARE(meeting->documents.at(1).links.size(), 1);
    QCOMPARE(meeting->documents.at(1).links.at(0).targetId, meeting->documents.at(0).id);
    QCOMPARE(meeting->documents.at(1).links.at(0).relation, DocumentRelation::Develops);
    QCOMPARE(m_session->stack()->count(), 1);
    const QStringList after = test::dumpCatalogue(**m_catalogue);
    m_session->stack()->undo();
    QCOMPARE(test::dumpCatalogue(**m_catalogue), before);
    m_session->stack()->redo();
    QCOMPARE(test::dumpCatalogue(**m_catalogue), after);
}

QTEST_MAIN(TestReleaseDialog)
#include "tst_releasedialog.moc"

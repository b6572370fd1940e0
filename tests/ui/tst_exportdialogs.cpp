// File ▸ Export Report… and Export Data…: the dialogs' choices and what they write.

#include "dataexportdialog.h"
#include "jobprogressdialog.h"
#include "jobs/backgroundjob.h"
#include "mainwindow.h"
#include "meetingfixture.h"
#include "pdftext.h"
#include "reportdialog.h"
#include "testcatalogue.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLineEdit>
#include <QMenuBar>
#include <QProgressDialog>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace entente;

class TestExportDialogs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void reportDialogOffersTheSearchAndTheSelection();
    void reportDialogWritesThePdfItDescribes();
    void reportDialogReportsAFailure();
    void dataDialogExportsTheSelection();
    void windowHasTheMenuActions();
    void cancelStopsTheWork();

private:
    QTemporaryDir m_out;
    std::unique_ptr<test::TestCatalogue> m_catalogue;
    SampleCatalogue::Ids m_sample;
    test::MeetingFixture m_fixture;
};

void TestExportDialogs::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"EntenteTest"_s);
    QCoreApplication::setApplicationName(u"tst_exportdialogs"_s);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    QVERIFY(m_out.isValid());
    m_catalogue = std::make_unique<test::TestCatalogue>();
    m_sample = m_catalogue->addSample();
    m_fixture = test::MeetingFixture::build(**m_catalogue, 40);
    QCOMPARE(m_fixture.meetingIds.size(), 40);
}

void TestExportDialogs::init()
{
    QSettings().clear();
}

void TestExportDialogs::reportDialogOffersTheSearchAndTheSelection()
{
    ReportDialog none(**m_catalogue, {u"minister:Lavrov"_s, {}});
    auto *selected = none.findChild<QRadioButton *>(u"selectedMeetings"_s);
    auto *search = none.findChild<QRadioButton *>(u"currentSearch"_s);
    QVERIFY(!selected->isEnabled());
    QVERIFY(search->isChecked());
    QVERIFY(search->text().contains(u"minister:Lavrov"_s));
    const auto found = none.selection();
    QVERIFY(found.ok());
    QCOMPARE(found->query, u"minister:Lavrov"_s);
    QVERIFY(found->ids.contains(m_sample.meeting));

    const QList<qint64> picked = m_fixture.meetingIds.mid(3, 4);
    ReportDialog dialog(**m_catalogue, {QString(), picked});
    selected = dialog.findChild<QRadioButton *>(u"selectedMeetings"_s);
    QVERIFY(selected->isEnabled());
    QVERIFY(selected->isChecked()); // several rows selected: they are what is meant
    QVERIFY(selected->text().contains(u"(4)"_s));
    QCOMPARE(dialog.selection()->ids, picked);

    // Dossiers only: the "followed by dossiers" choice no longer applies.
    auto *withDossiers = dialog.findChild<QCheckBox *>(u"withDossiers"_s);
    QVERIFY(withDossiers->isEnabled());
    dialog.findChild<QRadioButton *>(u"dossiers"_s)->setChecked(true);
    QVERIFY(!withDossiers->isEnabled());
    dialog.findChild<QComboBox *>(u"paper"_s)->setCurrentIndex(1);
    dialog.findChild<QComboBox *>(u"orientation"_s)->setCurrentIndex(1);
    dialog.findChild<QLineEdit *>(u"title"_s)->setText(u"  Four meetings  "_s);
    const ReportOptions options = dialog.reportOptions();
    QCOMPARE(options.kind, ReportOptions::Kind::Dossiers);
    QCOMPARE(options.page.paper, PageSetup::Paper::Letter);
    QCOMPARE(options.page.orientation, QPageLayout::Landscape);
    QCOMPARE(options.title, u"Four meetings"_s);
}

void TestExportDialogs::reportDialogWritesThePdfItDescribes()
{
    ReportDialog dialog(**m_catalogue, {QString(), m_fixture.meetingIds.mid(0, 2)});
    dialog.findChild<QRadioButton *>(u"currentSearch"_s)->setChecked(true);
    dialog.findChild<QCheckBox *>(u"withDossiers"_s)->setChecked(true);
    dialog.findChild<QLineEdit *>(u"title"_s)->setText(u"Everything"_s);
    const QString path = m_out.filePath(u"dialog.pdf"_s);
    QSignalSpy written(&dialog, &ReportDialog::reportFinished);
    dialog.savePdf(path); // on a worker thread, behind a progress dialog
    QVERIFY(written.wait(60000));
    QCOMPARE(written.at(0).at(0).toBool(), true);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    const QString text = test::PdfText::flattened(test::PdfText::pages(path).join(u' '));
    QVERIFY(text.contains(u"SEARCH REPORT Everything"_s));
    QVERIFY(text.contains(test::MeetingFixture::title(39)));
    QVERIFY(text.contains(u"MEETING DOSSIER"_s));
    QCOMPARE(test::PdfText::info(path).value(u"Title"_s), u"Everything"_s);

    // The choices are remembered for next time.
    ReportDialog again(**m_catalogue, {});
    QVERIFY(again.findChild<QCheckBox *>(u"withDossiers"_s)->isChecked());
}

void TestExportDialogs::reportDialogReportsAFailure()
{
    ReportDialog dialog(**m_catalogue, {u"(unclosed"_s, {}});
    const auto selection = dialog.selection();
    QVERIFY(!selection.ok());
    QCOMPARE(selection.error().kind, Error::Kind::Invalid);
}

void TestExportDialogs::dataDialogExportsTheSelection()
{
    DataExportDialog dialog(**m_catalogue,
                            {QString(), {m_sample.oneToOne, m_fixture.meetingIds.at(0)}});
    QVERIFY(dialog.findChild<QRadioButton *>(u"selectedMeetings"_s)->isChecked());
    auto *bom = dialog.findChild<QCheckBox *>(u"bom"_s);
    QVERIFY(bom->isEnabled()); // CSV by default
    QVERIFY(dialog.findChild<QCheckBox *>(u"safeFormulas"_s)->isChecked());
    dialog.findChild<QRadioButton *>(u"json"_s)->setChecked(true);
    QVERIFY(!bom->isEnabled());
    QCOMPARE(dialog.exportOptions().format, MeetingExporter::Format::Json);

    const QString path = m_out.filePath(u"dialog.json"_s);
    QSignalSpy written(&dialog, &DataExportDialog::exportFinished);
    dialog.exportTo(path);
    QVERIFY(written.wait(60000));
    QCOMPARE(written.at(0).at(0).toBool(), true);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonArray array = QJsonDocument::fromJson(file.readAll()).array();
    // The sub-event brings its meeting; the fixture's first meeting brings its sub-event.
    QCOMPARE(array.size(), 4);
    QCOMPARE(array.at(0)[u"id"_s].toInteger(), m_sample.meeting);
    QCOMPARE(array.at(1)[u"id"_s].toInteger(), m_sample.oneToOne);
    QCOMPARE(array.at(2)[u"id"_s].toInteger(), m_fixture.meetingIds.at(0));
}

void TestExportDialogs::windowHasTheMenuActions()
{
    MainWindow window;
    QStringList texts;
    for (QAction *menu : window.menuBar()->actions()) {
        if (menu->menu()) {
            for (QAction *action : menu->menu()->actions())
                texts.append(action->text());
        }
    }
    QVERIFY(texts.contains(u"Export Re&port…"_s));
    QVERIFY(texts.contains(u"&Export Data…"_s));
}

void TestExportDialogs::cancelStopsTheWork()
{
    std::atomic<int> steps = 0;
    BackgroundJob job({u"entente-test"_s, nullptr, false}, [&steps](JobControl &control) -> Status {
        for (int i = 0; i < 2000; ++i) {
            if (!control.report(i, 2000))
                return Error{Error::Kind::Output, u"stopped"_s, {}};
            ++steps;
            QThread::msleep(2);
        }
        return {};
    });
    new JobProgressDialog(&job, u"Work"_s, u"Working…"_s, nullptr);
    // The user presses Cancel in the progress dialog while the work runs on its thread.
    QTimer::singleShot(150, this, [] {
        for (QWidget *widget : QApplication::topLevelWidgets()) {
            if (auto *progress = qobject_cast<QProgressDialog *>(widget))
                progress->cancel();
        }
    });
    QSignalSpy finished(&job, &BackgroundJob::finished);
    QSignalSpy progressed(&job, &BackgroundJob::progressChanged);
    job.start();
    QVERIFY(job.isRunning());
    QVERIFY(finished.wait(60000));
    QCOMPARE(finished.at(0).at(1).toBool(), true); // cancelled
    QVERIFY(!finished.at(0).at(0).value<Status>().ok());
    QVERIFY(steps > 0 && steps < 2000);
    QVERIFY(!progressed.isEmpty());
    QCOMPARE(progressed.last().at(1).toLongLong(), 2000);
    QVERIFY(!job.isRunning());
}

QTEST_MAIN(TestExportDialogs)
#include "tst_exportdialogs.moc"

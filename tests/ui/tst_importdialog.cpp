// File ▸ Import…'s dialog on a real catalogue: the file summary, the guessed columns and a
// changed one, the preview with each record's problems, the check that writes nothing, the
// import on a worker thread as one undoable step, and undo and redo of it.

#include "cataloguedump.h"
#include "commands/undosession.h"
#include "countrycombo.h"
#include "importcolumnstable.h"
#include "importcountrymapping.h"
#include "importdialog.h"
#include "storage/meetingrepository.h"
#include "testcatalogue.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QGroupBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace entente;

namespace {

// A run of the whole file, on its worker thread, waited for with the event loop turning.
bool runAndWait(ImportDialog &dialog, bool dryRun)
{
    QSignalSpy finished(&dialog, &ImportDialog::runFinished);
    dialog.run(dryRun);
    return finished.wait(60000) && finished.at(0).at(0).toBool();
}

} // namespace

class TestImportDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void csvColumnsArePreviewedAndChosen();
    void checkWritesNothingAndListsProblems();
    void importIsOneUndoableStep();
    void chosenColumnsAreRememberedForTheSameHeader();
    void unknownCountryIsMappedOnceForTheFile();
    void jsonNeedsNoColumns();
    void unreadableFileIsRefusedAtLoad();

private:
    QString write(const QByteArray &bytes, const QString &name);
    QString cell(const ImportDialog &dialog, int row, int column) const;

    QTemporaryDir m_dir;
    std::unique_ptr<test::TestCatalogue> m_catalogue;
    std::unique_ptr<UndoSession> m_session;
};

void TestImportDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    QVERIFY(m_dir.isValid());
}

void TestImportDialog::init()
{
    m_session.reset();
    m_catalogue = std::make_unique<test::TestCatalogue>();
    QVERIFY(*m_catalogue);
    m_catalogue->addSample();
    m_session = std::make_unique<UndoSession>(**m_catalogue);
}

QString TestImportDialog::write(const QByteArray &bytes, const QString &name)
{
    QFile file(m_dir.filePath(name));
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return {};
    return file.fileName();
}

QString TestImportDialog::cell(const ImportDialog &dialog, int row, int column) const
{
    const auto *view = dialog.findChild<QTableView *>(u"importPreview"_s);
    return view->model()->index(row, column).data().toString();
}

void TestImportDialog::csvColumnsArePreviewedAndChosen()
{
    const QString path = write(u"Дата;Встреча;Город;Стороны;Заметки\n"
                               "12.03.2013;Переговоры в Минске;Минск;\"RUS; BLR\";первая\n"
                               "31.02.2013;Неверная дата;Минск;RUS;вторая\n"_s.toUtf8(),
                               u"ru.csv"_s);
    ImportDialog dialog(**m_catalogue, *m_session, path);
    QVERIFY(dialog.load());
    const auto *summary = dialog.findChild<QLabel *>(u"fileSummary"_s);
    QVERIFY2(summary->text().startsWith(u"ru.csv — CSV, UTF-8, values separated by semicolons"_s),
             qPrintable(summary->text()));
    QCOMPARE(dialog.columns().fields(),
             (QStringList{u"date"_s, u"title"_s, u"place"_s, u"parties"_s, QString()}));
    auto *table = dialog.findChild<ImportColumnsTable *>();
    QCOMPARE(table->item(0, 1)->text(), u"12.03.2013"_s);
    QCOMPARE(cell(dialog, 0, 0), u"2"_s);
    QCOMPARE(cell(dialog, 0, 2), u"Переговоры в Минске"_s);
    QCOMPARE(cell(dialog, 0, 4), u"RUS, BLR"_s);
    QVERIFY(cell(dialog, 0, 5).isEmpty());
    QVERIFY2(cell(dialog, 1, 5).startsWith(u"date: "_s), qPrintable(cell(dialog, 1, 5)));

    // "Заметки" read as the summary: chosen in the row's combo box.
    auto *combo = qobject_cast<QComboBox *>(table->cellWidget(4, 2));
    combo->setCurrentIndex(combo->findData(u"summary"_s));
    QCOMPARE(dialog.columns().field(4), u"summary"_s);
    // Taking the title for the place column leaves the title column out.
    auto *placeCombo = qobject_cast<QComboBox *>(table->cellWidget(2, 2));
    placeCombo->setCurrentIndex(placeCombo->findData(u"title"_s));
    QCOMPARE(dialog.columns().field(1), QString());
    QCOMPARE(cell(dialog, 0, 2), u"Минск"_s);
    auto *import = dialog.findChild<QPushButton *>(u"importButton"_s);
    QVERIFY(import->isEnabled());
    placeCombo->setCurrentIndex(0); // no title at all: nothing can be imported
    QVERIFY(!import->isEnabled());
    QCOMPARE(dialog.findChild<QLabel *>(u"previewNote"_s)->text(),
             u"Cannot read meetings yet: no column holds the title."_s);
}

void TestImportDialog::checkWritesNothingAndListsProblems()
{
    const QString path = write("title,date,parties\nGood talks,2013-04-04,RUS; ARM\n"
                               "Bad talks,2013-02-30,RUS; ARM\n",
                               u"check.csv"_s);
    const QStringList before = test::dumpCatalogue(**m_catalogue);
    ImportDialog dialog(**m_catalogue, *m_session, path);
    QVERIFY(dialog.load());
    QVERIFY(runAndWait(dialog, true));
    QCOMPARE(test::dumpCatalogue(**m_catalogue), before);
    const QString report = dialog.findChild<QPlainTextEdit *>(u"importReport"_s)->toPlainText();
    QVERIFY2(report.startsWith(u"1 of 2 meeting(s) can be imported; nothing was written."_s),
             qPrintable(report));
    QVERIFY(report.contains(u"line 3: "_s));
    QCOMPARE(m_session->stack()->count(), 0);

    // Without "valid meetings only" the import is refused as a whole.
    QVERIFY(runAndWait(dialog, false));
    QVERIFY(!dialog.lastReport().written);
    QCOMPARE(test::dumpCatalogue(**m_catalogue), before);
    QVERIFY(dialog.findChild<QPlainTextEdit *>(u"importReport"_s)
                ->toPlainText()
                .startsWith(u"Nothing was imported"_s));
    dialog.findChild<QCheckBox *>(u"skipInvalid"_s)->setChecked(true);
    QVERIFY(runAndWait(dialog, false));
    QVERIFY(dialog.lastReport().written);
    QCOMPARE(dialog.lastReport().meetingsImported, 1);
}

void TestImportDialog::importIsOneUndoableStep()
{
    const QString path =
        write("title,date,parties,heads_of_delegation\n"
              "Talks in Yerevan,2014-05-05,RUS; ARM,RUS: Sergei Lavrov; ARM: Edward Nalbandian\n"
              "Talks in Baku,2014-06-06,RUS; AZE,RUS: Лавров\n",
              u"undo.csv"_s);
    const QStringList before = test::dumpCatalogue(**m_catalogue);
    ImportDialog dialog(**m_catalogue, *m_session, path);
    QVERIFY(dialog.load());
    QVERIFY(runAndWait(dialog, false));
    QCOMPARE(dialog.lastReport().meetingsImported, 2);
    const QStringList after = test::dumpCatalogue(**m_catalogue);
    QVERIFY(after != before);
    QCOMPARE(m_session->stack()->count(), 1);
    QCOMPARE(m_session->stack()->undoText(), u"import 2 meeting(s) from undo.csv"_s);
    m_session->stack()->undo();
    QCOMPARE(test::dumpCatalogue(**m_catalogue), before);
    m_session->stack()->redo();
    QCOMPARE(test::dumpCatalogue(**m_catalogue), after);
    m_session->stack()->undo();
    QCOMPARE(test::dumpCatalogue(**m_catalogue), before);
}

void TestImportDialog::chosenColumnsAreRememberedForTheSameHeader()
{
    const QByteArray header = "When;What;Notes\n";
    const QString first = write(header + "2016-02-02;Talks;a\n", u"first.csv"_s);
    {
        ImportDialog dialog(**m_catalogue, *m_session, first);
        QVERIFY(dialog.load());
        QCOMPARE(dialog.columns().fields(), (QStringList{QString(), QString(), u"summary"_s}));
        dialog.setColumns(CsvColumns({u"date"_s, u"title"_s, u"summary"_s}));
        QVERIFY(runAndWait(dialog, true));
    }
    // Another file with the same header comes with the same choice; another header does not.
    const QString second = write(header + "2017-03-03;More talks;b\n", u"second.csv"_s);
    ImportDialog again(**m_catalogue, *m_session, second);
    QVERIFY(again.load());
    QCOMPARE(again.columns().fields(), (QStringList{u"date"_s, u"title"_s, u"summary"_s}));
    QCOMPARE(cell(again, 0, 2), u"More talks"_s);
    const QString other = write("When;What\n2017-03-03;Talks\n", u"other.csv"_s);
    ImportDialog different(**m_catalogue, *m_session, other);
    QVERIFY(different.load());
    QCOMPARE(different.columns().fields(), (QStringList{QString(), QString()}));
}

void TestImportDialog::unknownCountryIsMappedOnceForTheFile()
{
    const QString path =
        write("title,date,country,parties\n"
              "Talks in Moscow,2018-01-10,Rusia,\"Rusia (host); Belarus (guest)\"\n"
              "Talks in Sochi,2018-05-10,Rusia,\"Rusia (host); Armenia (guest)\"\n",
              u"misspelt.csv"_s);
    {
        ImportDialog dialog(**m_catalogue, *m_session, path);
        QVERIFY(dialog.load());
        auto *mapping = dialog.findChild<ImportCountryMapping *>(u"importCountries"_s);
        QVERIFY(mapping);
        QVERIFY(!mapping->isVisibleTo(&dialog));
        QCOMPARE(mapping->rowCount(), 0);

        QVERIFY(runAndWait(dialog, true));
        QCOMPARE(dialog.lastReport().invalidRecords, 2);
        QCOMPARE(mapping->rowCount(), 1);
        QCOMPARE(mapping->item(0, 0)->text(), u"Rusia"_s);
        QCOMPARE(mapping->item(0, 2)->text(), u"Russia (RUS)"_s);
        QVERIFY(mapping->isVisibleTo(&dialog));

        // The analyst says once what "Rusia" means; the whole file then reads.
        auto *combo = dialog.findChild<CountryCombo *>(u"countryFor:Rusia"_s);
        QVERIFY(combo);
        combo->setCountry(u"RUS"_s);
        Q_EMIT combo->committed();
        QVERIFY(runAndWait(dialog, false));
        QVERIFY(dialog.lastReport().written);
        QCOMPARE(dialog.lastReport().meetingsImported, 2);
        const auto meeting =
            MeetingRepository(**m_catalogue).get(dialog.lastReport().meetingIds.at(1));
        QCOMPARE(meeting->placeCountry, u"RUS"_s);
        QCOMPARE(meeting->parties.at(0).country, u"RUS"_s);
        QCOMPARE(meeting->parties.at(1).country, u"ARM"_s);
    }
    // Another file with the same misspelling needs nothing more.
    const QString again =
        write("title,date,country\nTalks in Kazan,2019-02-02,Rusia\n", u"again.csv"_s);
    ImportDialog dialog(**m_catalogue, *m_session, again);
    QVERIFY(dialog.load());
    QVERIFY(runAndWait(dialog, true));
    QCOMPARE(dialog.lastReport().invalidRecords, 0);
    QCOMPARE(dialog.lastReport().unknownCountries, QStringList());
}

void TestImportDialog::jsonNeedsNoColumns()
{
    const QString path = write(R"([{"id": 1, "title": "Talks", "start_date": "2015-01",
        "parties": [{"country": "RUS", "role": "host"}]}])",
                               u"one.json"_s);
    ImportDialog dialog(**m_catalogue, *m_session, path);
    QVERIFY(dialog.load());
    QVERIFY(dialog.findChild<QLabel *>(u"fileSummary"_s)
                ->text()
                .startsWith(u"one.json — a JSON export of meetings"_s));
    QCOMPARE(cell(dialog, 0, 2), u"Talks"_s);
    QCOMPARE(dialog.findChild<QLabel *>(u"previewNote"_s)->text(), u"1 meeting(s) in the file."_s);
    QVERIFY(runAndWait(dialog, false));
    QCOMPARE(dialog.lastReport().meetingsImported, 1);
}

void TestImportDialog::unreadableFileIsRefusedAtLoad()
{
    QWidget parent;
    ImportDialog dialog(**m_catalogue, *m_session, write(QByteArray("\0\0\0", 3), u"x.csv"_s),
                        &parent);
    // The message box is modal: close it as soon as it shows.
    QTimer::singleShot(0, [] {
        if (QWidget *box = QApplication::activeModalWidget())
            box->close();
    });
    QVERIFY(!dialog.load());
}

QTEST_MAIN(TestImportDialog)
#include "tst_importdialog.moc"

#pragma once

#include "import/csvcolumns.h"
#include "import/meetingimporter.h"

#include <QDialog>

class QCheckBox;
class QGroupBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QStandardItemModel;
class QTableView;

namespace entente {

class BackgroundJob;
class Catalogue;
class ImportColumnsTable;
class ImportCountryMapping;
class UndoSession;

// File ▸ Import…: a JSON export or a CSV file into the open catalogue. Shows what the file is
// (format, encoding, delimiter), lets the user choose what each CSV column holds (guessed from
// the header, remembered for files with the same header), previews the first meetings as they
// will be read with any problem of each, lets the user say which country each name that no rule
// reads means (remembered for later files), checks the whole file without writing, and imports it
// on a worker thread behind a progress dialog with Cancel. The import is one undoable step.
class ImportDialog : public QDialog
{
    Q_OBJECT

public:
    ImportDialog(const Catalogue &catalogue, UndoSession &session, QString path,
                 QWidget *parent = nullptr);

    // Reads the start of the file; false (after telling the user why) when it cannot be read.
    bool load();
    // Runs the whole file (a dry run or the import) on a worker thread behind a progress dialog;
    // runFinished() tells how it went. The report of the last run is kept.
    void run(bool dryRun);
    const ImportReport &lastReport() const { return m_report; }
    CsvColumns columns() const;
    void setColumns(const CsvColumns &columns);

    static constexpr int previewRecords = 100;

Q_SIGNALS:
    // False when the run was cancelled or failed.
    void runFinished(bool ok);

private:
    bool finishRun(const Status &status, bool cancelled, const std::optional<ImportReport> &report,
                   bool dryRun, const CsvColumns &columns);
    void refreshPreview();
    void showReport(const ImportReport &report, bool dryRun);
    void importFromDialog();
    ImportOptions options() const;
    QString settingsKey() const;

    const Catalogue &m_catalogue;
    UndoSession &m_session;
    QString m_path;
    bool m_csv = false;
    QStringList m_header;
    ImportReport m_report;
    BackgroundJob *m_job = nullptr;    // the run in progress, if any
    bool m_acceptWhenImported = false; // Import pressed: close once the import is in
    QStringList m_shownCountries;      // the names listed under "Countries not recognised"

    QLabel *m_fileLabel;
    QGroupBox *m_columnsBox;
    ImportColumnsTable *m_columns;
    QGroupBox *m_countriesBox;
    ImportCountryMapping *m_countries;
    QStandardItemModel *m_preview;
    QTableView *m_previewView;
    QLabel *m_previewNote;
    QCheckBox *m_skipInvalid;
    QCheckBox *m_allowDuplicates;
    QPlainTextEdit *m_reportText;
    QPushButton *m_check;
    QPushButton *m_import;
};

} // namespace entente

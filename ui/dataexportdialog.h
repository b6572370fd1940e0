#pragma once

#include "exportscope.h"
#include "exportscopechooser.h"
#include "io/meetingexporter.h"

#include <QDialog>

class QCheckBox;
class QRadioButton;

namespace entente {

class BackgroundJob;
class Catalogue;

// File ▸ Export Data…: the current search or the selected meetings to CSV (for spreadsheets) or
// JSON (the full records, for another catalogue), written off the UI thread with a progress
// dialog; a cancelled export leaves no file.
class DataExportDialog : public QDialog
{
    Q_OBJECT

public:
    DataExportDialog(const Catalogue &catalogue, ExportScope scope, QWidget *parent = nullptr);

    MeetingExporter::Options exportOptions() const;
    bool useSelection() const;
    // Writes the file on a worker thread behind a progress dialog; exportFinished() tells how it
    // went, and the dialog closes when the file is written.
    void exportTo(const QString &path);

Q_SIGNALS:
    // True when the file was written; false when it was cancelled or failed (the error shown).
    void exportFinished(bool written);

private:
    void exportFromDialog();
    void updateState();

    const Catalogue &m_catalogue;
    ExportScope m_scope;
    QRadioButton *m_csv;
    QRadioButton *m_json;
    QCheckBox *m_bom;
    QCheckBox *m_safeFormulas;
    ExportScopeChooser *m_scopeChooser;
    BackgroundJob *m_job = nullptr; // the export running, if any
};

} // namespace entente

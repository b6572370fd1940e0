#pragma once

#include "exportscope.h"
#include "exportscopechooser.h"
#include "io/meetingexporter.h"

#include <QDialog>

class QCheckBox;
class QRadioButton;

namespace entente {

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
    // Writes the export to `path` behind a progress dialog; true when it was written.
    bool exportTo(const QString &path);

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
};

} // namespace entente

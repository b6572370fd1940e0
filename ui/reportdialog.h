#pragma once

#include "domain/error.h"
#include "exportscope.h"
#include "exportscopechooser.h"
#include "reports/meetingselection.h"
#include "reports/reportoptions.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QPushButton;
class QRadioButton;

namespace entente {

class BackgroundJob;
class Catalogue;

// File ▸ Export Report…: which report (a search report, optionally followed by the dossiers, or
// the dossiers alone), of which meetings (the current search or the selection), on what paper,
// under what title; then a print preview, printing, or a PDF written off the UI thread.
class ReportDialog : public QDialog
{
    Q_OBJECT

public:
    ReportDialog(const Catalogue &catalogue, ExportScope scope, QWidget *parent = nullptr);

    ReportOptions reportOptions() const;
    // The meetings the report covers, as chosen; on the calling thread.
    Result<MeetingSelection> selection() const;

    // Writes the PDF on a worker thread behind a progress dialog; reportFinished() tells how it
    // went, and the dialog closes when the file is written.
    void savePdf(const QString &path);

Q_SIGNALS:
    // True when the PDF was written; false when it was cancelled or failed (the error shown).
    void reportFinished(bool written);

private:
    void saveFromDialog();
    void preview();
    void print();
    void updateState();
    void rememberChoices() const;
    void showError(const Error &error);

    const Catalogue &m_catalogue;
    ExportScope m_scope;
    QRadioButton *m_searchReport;
    QRadioButton *m_dossiers;
    QCheckBox *m_withDossiers;
    ExportScopeChooser *m_scopeChooser;
    QLineEdit *m_title;
    QComboBox *m_paper;
    QComboBox *m_orientation;
    QPushButton *m_save;
    BackgroundJob *m_job = nullptr; // the report being written, if any
};

} // namespace entente

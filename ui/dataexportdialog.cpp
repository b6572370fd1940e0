#include "dataexportdialog.h"

#include "errorbox.h"
#include "jobprogressdialog.h"
#include "jobs/backgroundjob.h"
#include "reports/meetingselection.h"
#include "storage/catalogue.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGroupBox>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace entente {

DataExportDialog::DataExportDialog(const Catalogue &catalogue, ExportScope scope, QWidget *parent)
    : QDialog(parent)
    , m_catalogue(catalogue)
    , m_scope(std::move(scope))
    , m_csv(new QRadioButton(tr("C&SV: one row per meeting, for spreadsheets"), this))
    , m_json(new QRadioButton(tr("&JSON: the full records, for another catalogue"), this))
    , m_bom(new QCheckBox(tr("Start with a &byte order mark (for Microsoft Excel)"), this))
    , m_safeFormulas(
          new QCheckBox(tr("Make cells that look like &formulas safe (recommended)"), this))
    , m_scopeChooser(new ExportScopeChooser(m_scope, tr("E&very meeting (no search)"), this))
{
    setWindowTitle(tr("Export Data"));
    setObjectName(u"dataExportDialog"_s);
    m_csv->setObjectName(u"csv"_s);
    m_json->setObjectName(u"json"_s);
    m_bom->setObjectName(u"bom"_s);
    m_safeFormulas->setObjectName(u"safeFormulas"_s);
    m_safeFormulas->setToolTip(
        tr("A cell that starts with =, +, -, @, a tab or a line break gets a leading ' so that "
           "a spreadsheet shows it as text instead of running it."));

    auto *format = new QGroupBox(tr("Format"), this);
    auto *formatLayout = new QVBoxLayout(format);
    formatLayout->addWidget(m_csv);
    for (QCheckBox *option : {m_bom, m_safeFormulas}) {
        auto *row = new QHBoxLayout;
        row->addSpacing(24);
        row->addWidget(option);
        formatLayout->addLayout(row);
    }
    formatLayout->addWidget(m_json);
    auto *note = new QLabel(tr("Meetings are exported with their sub-events, and sub-events with "
                               "their meeting."),
                            this);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);

    m_scopeChooser->layout()->addWidget(note);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *exportButton = buttons->addButton(tr("&Export…"), QDialogButtonBox::AcceptRole);
    exportButton->setObjectName(u"export"_s);
    exportButton->setDefault(true);
    connect(exportButton, &QPushButton::clicked, this, &DataExportDialog::exportFromDialog);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(format);
    layout->addWidget(m_scopeChooser);
    layout->addStretch();
    layout->addWidget(buttons);

    const QSettings settings;
    (settings.value(u"export/format"_s).toString() == u"json" ? m_json : m_csv)->setChecked(true);
    m_bom->setChecked(settings.value(u"export/bom"_s, false).toBool());
    m_safeFormulas->setChecked(settings.value(u"export/safeFormulas"_s, true).toBool());
    m_scopeChooser->setUseSelection(m_scope.selectedIds.size() > 1);
    connect(m_csv, &QRadioButton::toggled, this, &DataExportDialog::updateState);
    updateState();
}

void DataExportDialog::updateState()
{
    m_bom->setEnabled(m_csv->isChecked());
    m_safeFormulas->setEnabled(m_csv->isChecked());
}

MeetingExporter::Options DataExportDialog::exportOptions() const
{
    MeetingExporter::Options options;
    options.format =
        m_csv->isChecked() ? MeetingExporter::Format::Csv : MeetingExporter::Format::Json;
    options.csv.byteOrderMark = m_bom->isChecked();
    options.csv.neutraliseFormulas = m_safeFormulas->isChecked();
    return options;
}

bool DataExportDialog::useSelection() const
{
    return m_scopeChooser->useSelection();
}

void DataExportDialog::exportFromDialog()
{
    const bool csv = m_csv->isChecked();
    QSettings settings;
    const QString folder = settings.value(u"export/folder"_s, QDir::homePath()).toString();
    const QString suffix = csv ? u"csv"_s : u"json"_s;
    QString path = QFileDialog::getSaveFileName(
        this, tr("Export Data"), QDir(folder).filePath(u"meetings."_s + suffix),
        csv ? tr("CSV files (*.csv)") : tr("JSON files (*.json)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += u'.' + suffix;
    if (Status s = m_catalogue.checkOutputPath(path); !s)
        return ErrorBox::show(this, tr("Cannot export"), s.error());
    settings.setValue(u"export/folder"_s, QFileInfo(path).absolutePath());
    exportTo(path);
}

void DataExportDialog::exportTo(const QString &path)
{
    if (m_job)
        return;
    QSettings settings;
    settings.setValue(u"export/format"_s, m_csv->isChecked() ? u"csv"_s : u"json"_s);
    settings.setValue(u"export/bom"_s, m_bom->isChecked());
    settings.setValue(u"export/safeFormulas"_s, m_safeFormulas->isChecked());

    const MeetingExporter::Options options = exportOptions();
    const bool selected = useSelection();
    const ExportScope scope = m_scope;
    const Catalogue &catalogue = m_catalogue;
    // On the worker thread, through its own connection; a cancel stops the running statement.
    m_job = new BackgroundJob(
        {u"entente-export"_s, &catalogue, true},
        [&catalogue, options, selected, scope, path](JobControl &control) -> Status {
            auto selection =
                selected
                    ? Result<MeetingSelection>(MeetingSelection::fromIds(scope.selectedIds, {}))
                    : MeetingSelection::fromQuery(catalogue, scope.query);
            if (!selection)
                return selection.error();
            MeetingExporter exporter(catalogue, options);
            exporter.setProgress(
                [&control](qint64 done, qint64 total) { return control.report(done, total); });
            return exporter.write(*selection, path);
        },
        this);
    new JobProgressDialog(m_job, tr("Export Data"), tr("Exporting meetings…"), this);
    connect(m_job, &BackgroundJob::finished, this, [this](const Status &status, bool cancelled) {
        m_job->deleteLater();
        m_job = nullptr;
        if (!cancelled && !status)
            ErrorBox::show(this, tr("Cannot export"), status.error());
        const bool written = !cancelled && status.ok();
        Q_EMIT exportFinished(written);
        if (written)
            accept();
    });
    m_job->start();
}

} // namespace entente

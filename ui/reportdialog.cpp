#include "reportdialog.h"

#include "errorbox.h"
#include "jobprogressdialog.h"
#include "jobs/backgroundjob.h"
#include "reports/reportfonts.h"
#include "reports/reportrenderer.h"
#include "storage/catalogue.h"

#include <QApplication>
#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QLineEdit>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSettings>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace entente {

ReportDialog::ReportDialog(const Catalogue &catalogue, ExportScope scope, QWidget *parent)
    : QDialog(parent)
    , m_catalogue(catalogue)
    , m_scope(std::move(scope))
    , m_searchReport(new QRadioButton(tr("&Search report: summary, charts and a table"), this))
    , m_dossiers(new QRadioButton(tr("&Dossiers only, one meeting after another"), this))
    , m_withDossiers(new QCheckBox(tr("Follow the table &with each meeting's dossier"), this))
    , m_scopeChooser(new ExportScopeChooser(m_scope, tr("&Every meeting (no search)"), this))
    , m_title(new QLineEdit(this))
    , m_paper(new QComboBox(this))
    , m_orientation(new QComboBox(this))
{
    setWindowTitle(tr("Export Report"));
    setObjectName(u"reportDialog"_s);
    m_searchReport->setObjectName(u"searchReport"_s);
    m_dossiers->setObjectName(u"dossiers"_s);
    m_withDossiers->setObjectName(u"withDossiers"_s);
    m_title->setObjectName(u"title"_s);
    m_paper->setObjectName(u"paper"_s);
    m_orientation->setObjectName(u"orientation"_s);

    auto *kind = new QGroupBox(tr("Report"), this);
    auto *kindLayout = new QVBoxLayout(kind);
    kindLayout->addWidget(m_searchReport);
    auto *indented = new QHBoxLayout;
    indented->addSpacing(24);
    indented->addWidget(m_withDossiers);
    kindLayout->addLayout(indented);
    kindLayout->addWidget(m_dossiers);

    m_title->setPlaceholderText(ReportOptions().effectiveTitle());
    m_title->setClearButtonEnabled(true);
    m_paper->addItem(tr("A4"), PageSetup::paperCode(PageSetup::Paper::A4));
    m_paper->addItem(tr("US Letter"), PageSetup::paperCode(PageSetup::Paper::Letter));
    m_orientation->addItem(tr("Portrait"), int(QPageLayout::Portrait));
    m_orientation->addItem(tr("Landscape"), int(QPageLayout::Landscape));
    auto *page = new QFormLayout;
    page->addRow(tr("&Title:"), m_title);
    page->addRow(tr("P&aper:"), m_paper);
    page->addRow(tr("&Orientation:"), m_orientation);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *previewButton = buttons->addButton(tr("Pre&view…"), QDialogButtonBox::ActionRole);
    QPushButton *printButton = buttons->addButton(tr("P&rint…"), QDialogButtonBox::ActionRole);
    m_save = buttons->addButton(tr("Save &PDF…"), QDialogButtonBox::AcceptRole);
    m_save->setDefault(true);
    previewButton->setObjectName(u"preview"_s);
    printButton->setObjectName(u"print"_s);
    m_save->setObjectName(u"savePdf"_s);
    connect(previewButton, &QPushButton::clicked, this, &ReportDialog::preview);
    connect(printButton, &QPushButton::clicked, this, &ReportDialog::print);
    connect(m_save, &QPushButton::clicked, this, &ReportDialog::saveFromDialog);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(kind);
    layout->addWidget(m_scopeChooser);
    layout->addLayout(page);
    layout->addStretch();
    layout->addWidget(buttons);

    // The last choices, but never a selection that is not there.
    const QSettings settings;
    const bool dossiersOnly = settings.value(u"reports/kind"_s).toString() == u"dossiers";
    (dossiersOnly ? m_dossiers : m_searchReport)->setChecked(true);
    m_withDossiers->setChecked(settings.value(u"reports/withDossiers"_s, false).toBool());
    m_scopeChooser->setUseSelection(m_scope.selectedIds.size() > 1 ||
                                    (dossiersOnly && !m_scope.selectedIds.isEmpty()));
    m_paper->setCurrentIndex(
        std::max(0, m_paper->findData(settings.value(u"reports/paper"_s, u"a4"_s).toString())));
    m_orientation->setCurrentIndex(
        settings.value(u"reports/orientation"_s).toString() == u"landscape" ? 1 : 0);
    connect(m_searchReport, &QRadioButton::toggled, this, &ReportDialog::updateState);
    updateState();
    // Fonts are registered once, on the UI thread, before any worker draws with them.
    ReportFonts::ensureLoaded();
}

void ReportDialog::updateState()
{
    m_withDossiers->setEnabled(m_searchReport->isChecked());
}

ReportOptions ReportDialog::reportOptions() const
{
    ReportOptions options;
    options.kind =
        m_dossiers->isChecked() ? ReportOptions::Kind::Dossiers : ReportOptions::Kind::Search;
    options.includeDossiers = m_withDossiers->isChecked();
    options.title = m_title->text().trimmed();
    options.page.paper =
        PageSetup::paperFromCode(m_paper->currentData().toString()).value_or(PageSetup::Paper::A4);
    options.page.orientation = QPageLayout::Orientation(m_orientation->currentData().toInt());
    options.locale = locale();
    options.catalogueName = QDir::toNativeSeparators(m_catalogue.path());
    if (options.kind == ReportOptions::Kind::Dossiers && options.title.isEmpty())
        options.title = options.effectiveTitle();
    return options;
}

Result<MeetingSelection> ReportDialog::selection() const
{
    if (m_scopeChooser->useSelection()) {
        return MeetingSelection::fromIds(
            m_scope.selectedIds,
            tr("The %1 meetings selected in the catalogue.")
                .arg(locale().toString(qlonglong(m_scope.selectedIds.size()))));
    }
    return MeetingSelection::fromQuery(m_catalogue, m_scope.query, locale());
}

void ReportDialog::rememberChoices() const
{
    QSettings settings;
    settings.setValue(u"reports/kind"_s, m_dossiers->isChecked() ? u"dossiers"_s : u"search"_s);
    settings.setValue(u"reports/withDossiers"_s, m_withDossiers->isChecked());
    settings.setValue(u"reports/paper"_s, m_paper->currentData().toString());
    settings.setValue(u"reports/orientation"_s,
                      m_orientation->currentIndex() == 1 ? u"landscape"_s : u"portrait"_s);
}

void ReportDialog::showError(const Error &error)
{
    ErrorBox::show(this, tr("Cannot make the report"), error);
}

void ReportDialog::saveFromDialog()
{
    QSettings settings;
    const QString folder = settings.value(u"reports/folder"_s, QDir::homePath()).toString();
    QString name = reportOptions().effectiveTitle();
    // A file name from the title: nothing a file system would refuse.
    name.replace(QRegularExpression(u"[\\\\/:*?\"<>|]+"_s), u"-"_s);
    QString path = QFileDialog::getSaveFileName(this, tr("Save Report"),
                                                QDir(folder).filePath(name + u".pdf"_s),
                                                tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += u".pdf"_s;
    if (Status s = m_catalogue.checkOutputPath(path); !s)
        return showError(s.error());
    settings.setValue(u"reports/folder"_s, QFileInfo(path).absolutePath());
    savePdf(path);
}

void ReportDialog::savePdf(const QString &path)
{
    if (m_job)
        return;
    rememberChoices();
    const ReportOptions options = reportOptions();
    const bool useSelection = m_scopeChooser->useSelection();
    const ExportScope scope = m_scope;
    const Catalogue &catalogue = m_catalogue;
    const QLocale uiLocale = locale();
    const QString selectionWords = tr("The %1 meetings selected in the catalogue.")
                                       .arg(uiLocale.toString(qlonglong(scope.selectedIds.size())));
    // On the worker thread, through its own connection; a cancel stops the running statement.
    m_job = new BackgroundJob(
        {u"entente-report"_s, &catalogue, true},
        [&catalogue, options, useSelection, scope, uiLocale, selectionWords,
         path](JobControl &control) -> Status {
            auto selection = useSelection
                                 ? Result<MeetingSelection>(
                                       MeetingSelection::fromIds(scope.selectedIds, selectionWords))
                                 : MeetingSelection::fromQuery(catalogue, scope.query, uiLocale);
            if (!selection)
                return selection.error();
            ReportRenderer renderer(catalogue, options, std::move(selection).value());
            renderer.setProgress(
                [&control](qint64 done, qint64 total) { return control.report(done, total); });
            return renderer.writePdf(path);
        },
        this);
    new JobProgressDialog(m_job, tr("Export Report"), tr("Making the report…"), this);
    connect(m_job, &BackgroundJob::finished, this, [this](const Status &status, bool cancelled) {
        m_job->deleteLater();
        m_job = nullptr;
        if (!cancelled && !status)
            showError(status.error());
        const bool written = !cancelled && status.ok();
        Q_EMIT reportFinished(written);
        if (written)
            accept();
    });
    m_job->start();
}

void ReportDialog::preview()
{
    rememberChoices();
    auto chosen = selection();
    if (!chosen) {
        showError(chosen.error());
        return;
    }
    const ReportOptions options = reportOptions();
    ReportRenderer renderer(m_catalogue, options, std::move(chosen).value());
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(options.page.pageLayout());
    printer.setDocName(options.effectiveTitle());
    QPrintPreviewDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Report Preview"));
    Status failure;
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this, [&](QPrinter *target) {
        QApplication::setOverrideCursor(Qt::WaitCursor);
        if (Status s = renderer.paint(*target); !s)
            failure = s;
        QApplication::restoreOverrideCursor();
    });
    dialog.resize(900, 1000);
    dialog.exec();
    if (!failure)
        showError(failure.error());
}

void ReportDialog::print()
{
    rememberChoices();
    auto chosen = selection();
    if (!chosen) {
        showError(chosen.error());
        return;
    }
    const ReportOptions options = reportOptions();
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(options.page.pageLayout());
    printer.setDocName(options.effectiveTitle());
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    ReportRenderer renderer(m_catalogue, options, std::move(chosen).value());
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Status s = renderer.paint(printer);
    QApplication::restoreOverrideCursor();
    if (!s)
        showError(s.error());
}

} // namespace entente

#include "importdialog.h"

#include "commands/importcommand.h"
#include "commands/undosession.h"
#include "domain/duplicaterule.h"
#include "errorbox.h"
#include "import/importfile.h"
#include "importcolumnstable.h"
#include "importcountrymapping.h"
#include "jobprogressdialog.h"
#include "jobs/backgroundjob.h"
#include "labels/displaylabels.h"

#include <QCheckBox>
#include <QCryptographicHash>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

#include <atomic>

using namespace Qt::StringLiterals;

namespace entente {

namespace {

QString problemsText(const QList<ImportProblem> &problems)
{
    QStringList parts;
    for (const ImportProblem &p : problems)
        parts.append(p.field.isEmpty() ? p.reason : p.field + u": "_s + p.reason);
    return parts.join(u"; "_s);
}

} // namespace

ImportDialog::ImportDialog(const Catalogue &catalogue, UndoSession &session, QString path,
                           QWidget *parent)
    : QDialog(parent)
    , m_catalogue(catalogue)
    , m_session(session)
    , m_path(std::move(path))
    , m_fileLabel(new QLabel(this))
    , m_columnsBox(new QGroupBox(tr("Columns"), this))
    , m_columns(new ImportColumnsTable(this))
    , m_countriesBox(new QGroupBox(tr("Countries not recognised"), this))
    , m_countries(new ImportCountryMapping(this))
    , m_preview(new QStandardItemModel(0, 6, this))
    , m_previewView(new QTableView(this))
    , m_previewNote(new QLabel(this))
    , m_skipInvalid(new QCheckBox(tr("Import the &valid meetings, leaving out invalid ones"), this))
    , m_allowDuplicates(new QCheckBox(
          tr("Also import probable &duplicates of meetings already in the catalogue"), this))
    , m_reportText(new QPlainTextEdit(this))
{
    setObjectName(u"importDialog"_s);
    setWindowTitle(tr("Import Meetings"));
    m_fileLabel->setObjectName(u"fileSummary"_s);
    m_fileLabel->setTextFormat(Qt::PlainText);
    m_fileLabel->setWordWrap(true);
    m_skipInvalid->setObjectName(u"skipInvalid"_s);
    m_allowDuplicates->setObjectName(u"allowDuplicates"_s);
    m_reportText->setObjectName(u"importReport"_s);
    m_reportText->setReadOnly(true);
    m_reportText->setAccessibleName(tr("What the import found"));
    m_reportText->setPlaceholderText(
        tr("Check reads the whole file and lists invalid meetings, probable duplicates and the "
           "people it will add, without writing anything."));

    auto *columnsLayout = new QVBoxLayout(m_columnsBox);
    columnsLayout->addWidget(new QLabel(tr("Choose what each column of the file holds. A title "
                                           "and a date are needed."),
                                        m_columnsBox));
    columnsLayout->addWidget(m_columns);
    connect(m_columns, &ImportColumnsTable::columnsChanged, this, &ImportDialog::refreshPreview);

    auto *countriesLayout = new QVBoxLayout(m_countriesBox);
    auto *countriesNote = new QLabel(tr("Choose the country each name means, then check again. "
                                        "The choice is remembered for every file."),
                                     m_countriesBox);
    countriesNote->setWordWrap(true);
    countriesLayout->addWidget(countriesNote);
    countriesLayout->addWidget(m_countries);
    m_countriesBox->hide();
    if (auto labels = DisplayLabels::load(m_catalogue, locale()))
        m_countries->setCountries(labels->countries);

    m_preview->setHorizontalHeaderLabels(
        {tr("Line"), tr("Date"), tr("Title"), tr("Place"), tr("Parties"), tr("Problems")});
    m_previewView->setObjectName(u"importPreview"_s);
    m_previewView->setModel(m_preview);
    m_previewView->setAccessibleName(tr("Preview of the meetings in the file"));
    m_previewView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_previewView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_previewView->verticalHeader()->hide();
    m_previewView->setWordWrap(false);
    m_previewView->horizontalHeader()->setStretchLastSection(true);
    m_previewNote->setObjectName(u"previewNote"_s);
    auto *previewBox = new QGroupBox(tr("Preview"), this);
    auto *previewLayout = new QVBoxLayout(previewBox);
    previewLayout->addWidget(m_previewView);
    previewLayout->addWidget(m_previewNote);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_check = buttons->addButton(tr("C&heck"), QDialogButtonBox::ActionRole);
    m_check->setObjectName(u"checkButton"_s);
    m_import = buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_import->setObjectName(u"importButton"_s);
    m_import->setDefault(true);
    connect(m_check, &QPushButton::clicked, this, [this] { run(true); });
    connect(m_import, &QPushButton::clicked, this, &ImportDialog::importFromDialog);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_columnsBox);
    splitter->addWidget(m_countriesBox);
    splitter->addWidget(previewBox);
    splitter->addWidget(m_reportText);
    splitter->setStretchFactor(2, 3);
    splitter->setStretchFactor(3, 1);
    splitter->setSizes({190, 150, 360, 110});
    splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_fileLabel);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_skipInvalid);
    layout->addWidget(m_allowDuplicates);
    layout->addWidget(buttons);
    resize(960, 720);
}

QString ImportDialog::settingsKey() const
{
    // Files with the same header get the same choice of columns next time.
    const QByteArray header = m_header.join(QChar(0x1f)).toUtf8();
    return u"import/columns/"_s +
           QString::fromLatin1(QCryptographicHash::hash(header, QCryptographicHash::Sha1).toHex());
}

bool ImportDialog::load()
{
    auto file = ImportFile::open(m_path);
    if (!file) {
        QMessageBox::warning(parentWidget(), tr("Cannot import"), file.error().message);
        return false;
    }
    ImportFile &f = **file;
    const QString size = QLocale().formattedDataSize(f.size());
    m_csv = f.format() == ImportFile::Format::Csv;
    if (!m_csv) {
        m_fileLabel->setText(tr("%1 — a JSON export of meetings, %2").arg(f.displayName(), size));
        m_columnsBox->hide();
        refreshPreview();
        return true;
    }
    const QChar delimiter = f.delimiter();
    const QString separator = delimiter == u'\t'  ? tr("tabs")
                              : delimiter == u';' ? tr("semicolons")
                                                  : tr("commas");
    m_header = f.header();
    m_fileLabel->setText(tr("%1 — CSV, %2, values separated by %3, %4")
                             .arg(f.displayName(), f.encodingName(), separator, size));
    CsvColumns columns = f.columns();
    const QStringList saved = QSettings().value(settingsKey()).toStringList();
    if (f.needsMapping() && saved.size() == m_header.size())
        columns = CsvColumns(saved);
    m_columns->setColumns(m_header, f.firstRecordCells(), columns);
    if (!f.needsMapping())
        m_columnsBox->setTitle(tr("Columns (an Entente export: nothing to choose)"));
    refreshPreview();
    return true;
}

CsvColumns ImportDialog::columns() const
{
    return m_columns->columns();
}

void ImportDialog::setColumns(const CsvColumns &columns)
{
    m_columns->setColumns(m_header, {}, columns);
    refreshPreview();
}

void ImportDialog::refreshPreview()
{
    m_preview->removeRows(0, m_preview->rowCount());
    auto file = ImportFile::open(m_path);
    if (!file) {
        m_previewNote->setText(file.error().message);
        return;
    }
    if (m_csv)
        (*file)->setColumns(columns());
    const QLocale locale;
    int shown = 0;
    QString stop;
    for (; shown < previewRecords; ++shown) {
        auto record = (*file)->next();
        if (!record) {
            stop = record.error().message;
            break;
        }
        if (!*record)
            break;
        const Meeting &m = (*record)->meeting;
        QStringList parties;
        for (const Party &p : m.parties)
            parties.append(p.country);
        QList<QStandardItem *> row;
        row.append(new QStandardItem(locale.toString((*record)->line)));
        row.append(new QStandardItem(displaySpan(m.start, m.end, locale)));
        row.append(new QStandardItem(m.title));
        row.append(new QStandardItem(m.place));
        row.append(new QStandardItem(parties.join(u", "_s)));
        auto *problems = new QStandardItem(problemsText((*record)->problems));
        if (!(*record)->problems.isEmpty()) {
            problems->setForeground(QColor(0xb0, 0x1c, 0x1c));
            problems->setToolTip(problems->text());
        }
        row.append(problems);
        m_preview->appendRow(row);
    }
    m_previewView->resizeColumnsToContents();
    m_previewView->setColumnWidth(2, std::min(m_previewView->columnWidth(2), 360));
    const bool usable = !m_csv || columns().isUsable();
    m_import->setEnabled(usable && stop.isEmpty());
    m_check->setEnabled(usable && stop.isEmpty());
    if (!usable)
        m_previewNote->setText(tr("Cannot read meetings yet: %1.").arg(columns().missing()));
    else if (!stop.isEmpty())
        m_previewNote->setText(stop);
    else if (shown == previewRecords)
        m_previewNote->setText(tr("The first %1 meetings; Check reads the whole file.")
                                   .arg(QLocale().toString(previewRecords)));
    else
        m_previewNote->setText(tr("%n meeting(s) in the file.", nullptr, shown));
}

ImportOptions ImportDialog::options() const
{
    ImportOptions options;
    options.skipInvalid = m_skipInvalid->isChecked();
    options.allowDuplicates = m_allowDuplicates->isChecked();
    options.countryNames = ImportCountryMapping::remembered();
    return options;
}

void ImportDialog::run(bool dryRun)
{
    if (m_job)
        return;
    ImportOptions options = this->options();
    options.dryRun = dryRun;
    const CsvColumns columns = m_csv ? this->columns() : CsvColumns();
    if (m_csv)
        QSettings().setValue(settingsKey(), columns.fields());
    const QString path = m_path;
    const Catalogue &catalogue = m_catalogue;
    auto report = std::make_shared<std::optional<ImportReport>>();
    // On the worker thread, through its own connection. Statements are not interrupted: a
    // cancelled import removes what it wrote, and that must run to its end.
    m_job = new BackgroundJob(
        {u"entente-import"_s, &catalogue, false},
        [&catalogue, path, columns, options, report](JobControl &control) -> Status {
            auto file = ImportFile::open(path);
            if (!file)
                return file.error();
            if ((*file)->format() == ImportFile::Format::Csv)
                (*file)->setColumns(columns);
            ImportOptions workerOptions = options;
            const qint64 total = std::max<qint64>(1, (*file)->size());
            workerOptions.progress = [&control, total](qint64, qint64 bytes) {
                control.report(bytes, total);
            };
            workerOptions.cancelled = [&control] {
                return control.isCancelled();
            };
            auto done = MeetingImporter(catalogue, workerOptions).run(**file);
            if (!done)
                return done.error();
            *report = std::move(*done);
            return {};
        },
        this);
    new JobProgressDialog(m_job, windowTitle(),
                          dryRun ? tr("Checking the file…") : tr("Importing meetings…"), this);
    connect(m_job, &BackgroundJob::finished, this,
            [this, report, dryRun, columns](const Status &status, bool cancelled) {
                m_job->deleteLater();
                m_job = nullptr;
                const bool ok = finishRun(status, cancelled || (*report && (*report)->cancelled),
                                          *report, dryRun, columns);
                Q_EMIT runFinished(ok);
                if (ok && !dryRun && m_report.written && m_acceptWhenImported) {
                    QMessageBox::information(
                        this, windowTitle(),
                        tr("Imported %n meeting(s). Edit ▸ Undo takes the import back.", nullptr,
                           int(m_report.meetingsImported)));
                    accept();
                }
                m_acceptWhenImported = false;
            });
    m_job->start();
}

bool ImportDialog::finishRun(const Status &status, bool cancelled,
                             const std::optional<ImportReport> &report, bool dryRun,
                             const CsvColumns &columns)
{
    if (cancelled) {
        m_reportText->setPlainText(tr("Cancelled: nothing was imported."));
        return false;
    }
    if (!status) {
        ErrorBox::show(this, tr("Cannot import"), status.error());
        m_reportText->setPlainText(status.error().message);
        return false;
    }
    m_report = *report;
    showReport(m_report, dryRun);
    // Names chosen before stay listed while the file is open, so a choice can be changed.
    QStringList names = m_shownCountries;
    for (const QString &name : std::as_const(m_report.unknownCountries)) {
        if (!names.contains(name))
            names.append(name);
    }
    if (names != m_shownCountries) {
        m_shownCountries = names;
        m_countries->setNames(names);
    }
    m_countriesBox->setVisible(!names.isEmpty());
    if (!dryRun && m_report.written) {
        auto command =
            std::make_unique<ImportCommand>(m_session, m_report, m_path, columns, this->options());
        if (Status s = m_session.execute(std::move(command)); !s)
            return false;
    }
    return true;
}

void ImportDialog::showReport(const ImportReport &r, bool dryRun)
{
    const QLocale locale;
    QStringList lines;
    if (dryRun)
        lines.append(tr("%1 of %n meeting(s) can be imported; nothing was written.", nullptr,
                        int(r.recordsRead))
                         .arg(locale.toString(r.meetingsImported)));
    else if (r.written)
        lines.append(tr("Imported %1 of %n meeting(s).", nullptr, int(r.recordsRead))
                         .arg(locale.toString(r.meetingsImported)));
    else
        lines.append(tr("Nothing was imported: %n meeting(s) of the file are invalid. Correct "
                        "the file, or choose to import the valid meetings only.",
                        nullptr, int(r.invalidRecords)));
    if (!r.problems.isEmpty()) {
        lines.append(QString());
        lines.append(tr("Problems:"));
        for (const ImportProblem &p : r.problems)
            lines.append(tr("  line %1: %2").arg(locale.toString(p.line), problemsText({p})));
    }
    if (!r.duplicates.isEmpty()) {
        lines.append(QString());
        lines.append(m_allowDuplicates->isChecked() ? tr("Probable duplicates, imported too:")
                                                    : tr("Probable duplicates, left out:"));
        for (const ImportReport::Duplicate &d : r.duplicates) {
            const MeetingSummary existing = d.existing.value(0);
            lines.append(tr("  line %1: “%2” (%3) repeats “%4” (%5): %6")
                             .arg(locale.toString(d.line), d.title, d.start.toDisplayString(locale),
                                  existing.title, existing.start.toDisplayString(locale),
                                  DuplicateRule::describe(existing.duplicateReasons)));
        }
    }
    if (!r.newPeople.isEmpty()) {
        QStringList names;
        for (const ImportReport::PersonNote &p : r.newPeople)
            names.append(p.name);
        lines.append(QString());
        lines.append(
            tr("New people (%1): %2").arg(locale.toString(names.size()), names.join(u", "_s)));
    }
    QStringList matched;
    for (const ImportReport::PersonNote &p : r.matchedPeople) {
        if (p.name != p.storedName)
            matched.append(tr("%1 as %2").arg(p.name, p.storedName));
    }
    if (!matched.isEmpty()) {
        lines.append(QString());
        lines.append(tr("Found in the catalogue: %1").arg(matched.join(u", "_s)));
    }
    if (!r.newVocabulary.isEmpty()) {
        lines.append(QString());
        lines.append(tr("New vocabulary entries: %1").arg(r.newVocabulary.join(u", "_s)));
    }
    m_reportText->setPlainText(lines.join(u'\n'));
}

void ImportDialog::importFromDialog()
{
    m_acceptWhenImported = true;
    run(false);
}

} // namespace entente

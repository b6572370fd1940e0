#include "mainwindow.h"

#include "appearance.h"
#include "backupscheduler.h"
#include "dataexportdialog.h"
#include "editingcontroller.h"
#include "errorbox.h"
#include "facetpanel.h"
#include "handbookwindow.h"
#include "importdialog.h"
#include "jobprogressdialog.h"
#include "jobs/backgroundjob.h"
#include "labels/displaylabels.h"
#include "meetingdetailpane.h"
#include "meetingeditor.h"
#include "meetingpane.h"
#include "meetingspanel.h"
#include "models/meetingtablemodel.h"
#include "preferencesdialog.h"
#include "query/matchedwords.h"
#include "recentcatalogues.h"
#include "releasedialog.h"
#include "releasetextedit.h"
#include "reportdialog.h"
#include "restorebackupdialog.h"
#include "salvage/cataloguesalvage.h"
#include "sample/defaultcatalogue.h"
#include "savedsearchespanel.h"
#include "searchbar.h"
#include "searchcontroller.h"
#include "shortcutsdialog.h"
#include "storage/catalogue.h"
#include "storage/cataloguebackups.h"
#include "storage/meetingrepository.h"
#include "storage/meetingtablequery.h"
#include "welcomepanel.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QStyle>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

#include <limits>
#include <utility>

using namespace Qt::StringLiterals;

namespace entente {

namespace {
const QString fileFilter()
{
    return MainWindow::tr("Entente catalogues (*.entente);;All files (*)");
}
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_meetings(new MeetingsPanel(this))
    , m_detail(new MeetingDetailPane(this))
    , m_readOnlyLabel(new QLabel(tr("Read-only"), this))
    , m_countLabel(new QLabel(this))
    , m_searchBar(new SearchBar(this))
    , m_facets(new FacetPanel(this))
    , m_savedSearches(new SavedSearchesPanel(this))
    , m_search(new SearchController(m_searchBar, m_facets, m_savedSearches, this))
{
    m_backups = new BackupScheduler(this);
    connect(m_backups, &BackupScheduler::backedUp, this, [this](const QString &path) {
        m_backUpAsked = false;
        statusBar()->showMessage(
            tr("Backed up the catalogue to %1").arg(QDir::toNativeSeparators(path)), 8000);
    });
    // Unasked, in the background: a failure is said where it does not stop the work; asked for
    // (Back Up Now), it is said as any failed command is.
    connect(m_backups, &BackupScheduler::failed, this, [this](const Error &error) {
        statusBar()->clearMessage();
        if (std::exchange(m_backUpAsked, false))
            return showError(tr("Cannot Back Up the Catalogue"), error);
        statusBar()->showMessage(tr("The automatic backup failed: %1").arg(error.message), 15000);
    });
    m_pane = new MeetingPane(m_detail, this);
    m_editing = new EditingController(this, m_meetings, m_pane);
    setAcceptDrops(true);
    // Saved searches and facets on the left, the search bar over the table, details on the right.
    auto *sidebar = new QSplitter(Qt::Vertical, this);
    sidebar->setObjectName(u"searchSidebar"_s);
    sidebar->addWidget(m_savedSearches);
    sidebar->addWidget(m_facets);
    sidebar->setStretchFactor(1, 3);
    auto *centre = new QWidget(this);
    auto *centreLayout = new QVBoxLayout(centre);
    centreLayout->setContentsMargins(0, 0, 0, 0);
    centreLayout->addWidget(m_searchBar);
    centreLayout->addWidget(m_meetings, 1);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(u"mainSplitter"_s);
    splitter->addWidget(sidebar);
    splitter->addWidget(centre);
    // The welcome sits above the meeting while the catalogue holds only the sample.
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    m_welcome = new WelcomePanel(right);
    m_welcome->hide();
    rightLayout->addWidget(m_welcome);
    rightLayout->addWidget(m_pane, 1);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 4);
    splitter->setStretchFactor(2, 3); // the meeting editor needs room for its tables
    splitter->setChildrenCollapsible(false);
    setCentralWidget(splitter);
    m_readOnlyLabel->setObjectName(u"readOnlyLabel"_s);
    m_readOnlyLabel->hide();
    statusBar()->addPermanentWidget(m_readOnlyLabel);
    statusBar()->addPermanentWidget(m_countLabel);

    createActions();
    // What F1 opens, by the part of the window that has the focus.
    m_searchBar->setProperty("handbookPage", u"searching.md"_s);
    m_facets->setProperty("handbookPage", u"facets.md"_s);
    m_savedSearches->setProperty("handbookPage", u"facets.md"_s);
    m_meetings->setProperty("handbookPage", u"browsing.md"_s);
    m_detail->setProperty("handbookPage", u"browsing.md"_s);
    m_pane->editor()->setProperty("handbookPage", u"editing.md"_s);
    connect(m_welcome, &WelcomePanel::importFileRequested, this, &MainWindow::importData);
    connect(m_welcome, &WelcomePanel::releaseRequested, this, [this] { newFromRelease(); });
    connect(m_welcome, &WelcomePanel::newMeetingRequested, m_editing->newMeetingAction(),
            &QAction::trigger);
    connect(m_welcome, &WelcomePanel::openCatalogueRequested, this,
            &MainWindow::openCatalogueFromDialog);
    connect(m_welcome, &WelcomePanel::dismissed, this, &MainWindow::dismissWelcome);
    // Acting on the catalogue in any of these ways ends the welcome for good.
    for (QAction *act : {m_editing->newMeetingAction(), m_editing->duplicateAction(),
                         m_editing->subEventAction(), m_importAction, m_releaseAction}) {
        connect(act, &QAction::triggered, this, &MainWindow::dismissWelcome);
    }
    connect(m_meetings, &MeetingsPanel::currentMeetingChanged, this, &MainWindow::showMeeting);
    connect(m_detail, &MeetingDetailPane::meetingActivated, this, &MainWindow::openMeeting);
    connect(m_pane->editor(), &MeetingEditor::meetingActivated, this, &MainWindow::openMeeting);
    connect(m_editing, &EditingController::openMeetingRequested, this, &MainWindow::openMeeting);
    connect(m_search, &SearchController::countChanged, this, &MainWindow::showCount);
    connect(m_search, &SearchController::queryApplied, this,
            [this](const SearchQuery &query) { m_detail->setMatchedWords(MatchedWords(query)); });
    connect(m_search, &SearchController::resultChanged, this, [this](qint64 count, bool filtered) {
        showCount(count, filtered);
        // The table was reset: show the first meeting found, or nothing.
        if (count > 0)
            m_meetings->selectRow(0);
        else
            m_detail->clear();
    });

    QSettings settings;
    if (!restoreGeometry(settings.value(u"window/geometry"_s).toByteArray()))
        resize(1280, 800);
    if (!splitter->restoreState(settings.value(u"window/splitter"_s).toByteArray())) {
        // First run: the table gets the most room, the facets enough for their names.
        const int w = width();
        splitter->setSizes({w * 20 / 100, w * 44 / 100, w * 36 / 100});
    }
    updateTitle();
}

MainWindow::~MainWindow()
{
    // A backup still copying reads the catalogue: it ends first.
    m_backups->setCatalogue(nullptr);
    // The search and the model read through the catalogue: they must go first.
    m_search->setCatalogue(nullptr, nullptr);
    m_editing->setCatalogue(nullptr, nullptr, {});
    m_meetings->setModel(nullptr);
    m_model.reset();
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *newAction = file->addAction(tr("&New Catalogue…"), this, &MainWindow::newCatalogue);
    // Ctrl+N is New Meeting (Edit menu): the everyday "new" of an analyst.
    newAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    QAction *open =
        file->addAction(tr("&Open Catalogue…"), this, &MainWindow::openCatalogueFromDialog);
    open->setShortcut(QKeySequence::Open);
    m_recent = new RecentCatalogues(file->addMenu(tr("Open &Recent")), this);
    connect(m_recent, &RecentCatalogues::openRequested, this, &MainWindow::openRecent);
    file->addAction(tr("Open &Default Catalogue"), this, [this] { openRecent(QString()); });
    file->addAction(m_editing->saveCopyAction());
    m_backUpAction = file->addAction(tr("&Back Up Now"), this, &MainWindow::backUpNow);
    m_restoreAction =
        file->addAction(tr("Res&tore from Backup…"), this, &MainWindow::restoreFromBackup);
    m_backUpAction->setObjectName(u"backUpNow"_s);
    m_restoreAction->setObjectName(u"restoreFromBackup"_s);
    file->addSeparator();
    m_reportAction = file->addAction(tr("Export Re&port…"), this, &MainWindow::exportReport);
    m_reportAction->setShortcut(QKeySequence::Print);
    m_importAction = file->addAction(tr("&Import…"), this, &MainWindow::importData);
    m_importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    m_releaseAction =
        file->addAction(tr("Import Press Re&lease…"), this, [this] { newFromRelease(); });
    m_releaseAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    m_reportAction->setObjectName(u"exportReport"_s);
    m_importAction->setObjectName(u"importData"_s);
    m_releaseAction->setObjectName(u"importRelease"_s);
    file->addAction(tr("&Export Data…"), this, &MainWindow::exportData);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *edit = m_editing->createEditMenu(menuBar());
    edit->addSeparator();
    edit->addAction(tr("Pre&ferences…"), this, &MainWindow::editPreferences)
        ->setMenuRole(QAction::PreferencesRole);
    QMenu *search = menuBar()->addMenu(tr("&Search"));
    m_findAction = search->addAction(tr("&Find Meetings"), m_searchBar, &SearchBar::focusSearch);
    m_findAction->setShortcut(QKeySequence::Find);
    m_findAction->setObjectName(u"findMeetings"_s);
    search->addAction(tr("Fields and &Operators…"), m_searchBar, &SearchBar::showCheatSheet);
    m_editing->createCatalogueMenu(menuBar());
    createToolBar();
    createViewMenu();
    createHelpMenu();
}

void MainWindow::createToolBar()
{
    // The everyday actions, the very QActions of the menus: same state, same shortcuts. Icons
    // from the desktop's theme, else the style's own, so the bar looks right anywhere.
    const auto themed = [this](QAction *action, const QString &name, QStyle::StandardPixmap own) {
        action->setIcon(QIcon::fromTheme(name, style()->standardIcon(own)));
    };
    themed(m_editing->newMeetingAction(), u"document-new"_s, QStyle::SP_FileIcon);
    themed(m_editing->deleteAction(), u"edit-delete"_s, QStyle::SP_TrashIcon);
    themed(m_editing->undoAction(), u"edit-undo"_s, QStyle::SP_ArrowBack);
    themed(m_editing->redoAction(), u"edit-redo"_s, QStyle::SP_ArrowForward);
    themed(m_importAction, u"document-import"_s, QStyle::SP_DialogOpenButton);
    themed(m_releaseAction, u"edit-paste"_s, QStyle::SP_FileDialogInfoView);
    themed(m_reportAction, u"document-print"_s, QStyle::SP_FileDialogDetailedView);
    themed(m_findAction, u"edit-find"_s, QStyle::SP_FileDialogContentsView);

    m_toolBar = addToolBar(tr("Main Toolbar"));
    m_toolBar->setObjectName(u"mainToolBar"_s);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->setIconSize(QSize(20, 20));
    m_toolBar->addAction(m_editing->newMeetingAction());
    m_toolBar->addAction(m_editing->deleteAction());
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_editing->undoAction());
    m_toolBar->addAction(m_editing->redoAction());
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_importAction);
    m_toolBar->addAction(m_releaseAction);
    m_toolBar->addAction(m_reportAction);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_findAction);

    // The table's context menu: the same actions again, for the rows under the pointer.
    auto *rows = new QMenu(this);
    rows->setObjectName(u"meetingsContextMenu"_s);
    rows->addAction(m_editing->newMeetingAction());
    rows->addAction(m_editing->duplicateAction());
    rows->addAction(m_editing->subEventAction());
    rows->addAction(m_editing->bulkEditAction());
    rows->addSeparator();
    rows->addAction(m_editing->copyAction());
    rows->addAction(m_reportAction);
    rows->addSeparator();
    rows->addAction(m_editing->deleteAction());
    QTableView *table = m_meetings->view();
    table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(table, &QWidget::customContextMenuRequested, this, [table, rows](QPoint at) {
        // A click outside the selection selects the row clicked, as file managers do.
        const QModelIndex index = table->indexAt(at);
        if (index.isValid() && !table->selectionModel()->isRowSelected(index.row(), {}))
            table->selectRow(index.row());
        rows->popup(table->viewport()->mapToGlobal(at));
    });
}

void MainWindow::createViewMenu()
{
    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *toolBar = m_toolBar->toggleViewAction();
    toolBar->setText(tr("&Toolbar"));
    view->addAction(toolBar);
    view->addSeparator();
    // The panels, shown or hidden; remembered with the window.
    const auto panel = [this, view](const QString &text, QWidget *widget, const QString &key) {
        QAction *a = view->addAction(text);
        a->setCheckable(true);
        a->setObjectName(key);
        a->setChecked(QSettings().value(u"view/"_s + key, true).toBool());
        widget->setVisible(a->isChecked());
        connect(a, &QAction::toggled, widget, [widget, key](bool on) {
            widget->setVisible(on);
            QSettings().setValue(u"view/"_s + key, on);
        });
    };
    panel(tr("&Saved Searches"), m_savedSearches, u"savedSearches"_s);
    panel(tr("&Refine Panel"), m_facets, u"facets"_s);
    panel(tr("&Meeting Pane"), m_pane, u"meetingPane"_s);
}

void MainWindow::createHelpMenu()
{
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *handbook = help->addAction(tr("Entente &Handbook"), this, [this] { showHandbook(); });
    handbook->setObjectName(u"showHandbook"_s);
    handbook->setShortcut(QKeySequence::HelpContents);
    handbook->setShortcutContext(Qt::ApplicationShortcut);
    handbook->setIcon(QIcon::fromTheme(u"help-contents"_s));
    help->addAction(tr("&Keyboard Shortcuts"), this, &MainWindow::showShortcuts)
        ->setObjectName(u"showShortcuts"_s);
    help->addSeparator();
    help->addAction(tr("&About Entente"), this, &MainWindow::about)
        ->setMenuRole(QAction::AboutRole);
}

void MainWindow::showHandbook(const QString &page)
{
    if (!m_handbook)
        m_handbook = new HandbookWindow(this);
    // The focus may be in the handbook itself (F1 there): keep its page then.
    QWidget *focus = QApplication::focusWidget();
    if (page.isEmpty() && focus && focus->window() == m_handbook)
        return m_handbook->showPage(m_handbook->currentPage());
    m_handbook->showPage(page.isEmpty() ? HandbookWindow::pageFor(focus) : page);
}

void MainWindow::showShortcuts()
{
    ShortcutsDialog dialog(menuBar(), this);
    dialog.exec();
}

void MainWindow::updateWelcome()
{
    const bool onlySample = m_catalogue && m_model && m_model->rowCount() <= 1 &&
                            !QSettings().value(u"welcome/dismissed"_s).toBool();
    m_welcome->setVisible(onlySample);
}

void MainWindow::dismissWelcome()
{
    QSettings().setValue(u"welcome/dismissed"_s, true);
    m_welcome->hide();
}

Status MainWindow::openCatalogue(const QString &path, bool createIfMissing)
{
    // The indexes a killed bulk load left out are built, or an upgrade rebuilds the full-text
    // index, before the catalogue is read: minutes at a million meetings, shown as they go.
    std::unique_ptr<QProgressDialog> building;
    const auto progress = [this, &building](Catalogue::OpeningStep step, qint64 done,
                                            qint64 total) {
        if (!building) {
            const QString label =
                step == Catalogue::OpeningStep::BuildingIndexes
                    ? tr("Building the indexes an interrupted load left out…")
                    : tr("Upgrading the catalogue's full-text index for searches across "
                         "scripts and spellings…");
            building = std::make_unique<QProgressDialog>(label, QString(), 0, 1000, this);
            building->setWindowModality(Qt::WindowModal);
            building->setMinimumDuration(0);
        }
        building->setValue(total > 0 ? int(done * 1000 / total) : 1000);
    };
    auto opened =
        DefaultCatalogue::open(path, createIfMissing, Catalogue::Mode::ReadWrite, progress);
    building.reset();
    // A file that cannot be written (or on read-only media) is still read: browse and search.
    if (!opened && opened.error().kind == Error::Kind::ReadOnly)
        opened = DefaultCatalogue::open(path, false, Catalogue::Mode::ReadOnly);
    if (!opened)
        return opened.error();
    auto labels = DisplayLabels::load(**opened, locale());
    if (!labels)
        return labels.error();

    closeCatalogue();
    m_catalogue = std::move(opened).value();

    auto model =
        std::make_unique<MeetingTableModel>(std::make_unique<MeetingTableQuery>(*m_catalogue));
    model->setCountryNames(labels->countries);
    model->setLocale(locale());
    m_model = std::move(model);
    m_detail->setLabels(*labels);
    m_detail->clear();
    m_meetings->setModel(m_model.get());
    m_meetings->restoreState(QSettings().value(u"window/meetingsHeader"_s).toByteArray());
    m_meetings->selectRow(0);
    m_facets->setCountryNames(labels->countries);
    m_search->setCatalogue(m_catalogue.get(), m_model.get());
    m_editing->setCatalogue(m_catalogue.get(), m_model.get(), *labels);

    m_backups->setCatalogue(m_catalogue.get());
    m_recent->add(m_catalogue->path());
    updateWelcome();
    QSettings().setValue(u"catalogue/last"_s, m_catalogue->path());
    showCount(m_model->rowCount(), false);
    updateTitle();
    return {};
}

void MainWindow::closeCatalogue()
{
    m_backups->setCatalogue(nullptr);
    m_search->setCatalogue(nullptr, nullptr);
    m_editing->setCatalogue(nullptr, nullptr, {});
    m_meetings->setModel(nullptr);
    m_model.reset();
    m_catalogue.reset();
    updateTitle();
}

void MainWindow::backUpNow()
{
    if (!m_catalogue)
        return;
    statusBar()->showMessage(tr("Backing up the catalogue…"));
    m_backUpAsked = true;
    m_backups->backUpNow();
}

void MainWindow::restoreFromBackup()
{
    if (!m_catalogue)
        return;
    const QString path = m_catalogue->path();
    RestoreBackupDialog dialog(path, CatalogueBackups(path).list(), this);
    if (dialog.exec() != QDialog::Accepted || dialog.chosen().isEmpty())
        return;
    const QString backup = dialog.chosen();
    const auto answer = QMessageBox::question(
        this, tr("Restore from Backup"),
        tr("Put %1 in the place of the catalogue? The catalogue as it is now is kept beside it.")
            .arg(QDir::toNativeSeparators(backup)),
        QMessageBox::Cancel | QMessageBox::Ok, QMessageBox::Cancel);
    if (answer != QMessageBox::Ok)
        return;

    // The catalogue is let go while the backup takes its place, then opened again, whatever
    // the restore's outcome: a refused backup leaves the catalogue as it was.
    closeCatalogue();
    auto aside = std::make_shared<QString>();
    auto *job = new BackgroundJob(
        {u"restore"_s, nullptr, false},
        [path, backup, aside](JobControl &) -> Status {
            auto kept = CatalogueBackups(path).restore(backup, QDateTime::currentDateTimeUtc());
            if (!kept)
                return kept.error();
            *aside = *kept;
            return {};
        },
        this);
    new JobProgressDialog(job, tr("Restore from Backup"), tr("Checking and restoring the backup…"),
                          this);
    connect(job, &BackgroundJob::finished, this,
            [this, job, path, aside](const Status &status, bool) {
                job->deleteLater();
                if (!status)
                    showError(tr("Cannot Restore from Backup"), status.error());
                if (Status s = openCatalogue(path); !s)
                    return showError(tr("Cannot open the catalogue"), s.error());
                if (status && !aside->isEmpty())
                    statusBar()->showMessage(tr("Restored. The catalogue as it was is kept as %1")
                                                 .arg(QDir::toNativeSeparators(*aside)),
                                             15000);
            });
    job->start();
}

void MainWindow::editPreferences()
{
    const QString folder = m_catalogue ? CatalogueBackups(m_catalogue->path()).folder() : QString();
    PreferencesDialog dialog(folder, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    dialog.backups().save();
    if (dialog.appearance() != Appearance::load()) {
        Appearance::save(dialog.appearance());
        Appearance::apply(dialog.appearance());
    }
}

void MainWindow::showCount(qint64 count, bool filtered)
{
    const int n = int(std::min<qint64>(count, std::numeric_limits<int>::max()));
    m_countLabel->setText(filtered ? tr("%n meeting(s) found", nullptr, n)
                                   : tr("%n meeting(s)", nullptr, n));
}

void MainWindow::newCatalogue()
{
    dismissWelcome();
    QString path =
        QFileDialog::getSaveFileName(this, tr("New Catalogue"), QDir::homePath(), fileFilter());
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += u".entente"_s;
    if (QFileInfo::exists(path)) {
        QMessageBox::warning(this, tr("New Catalogue"),
                             tr("%1 already exists. Open it instead, or choose another name.")
                                 .arg(QDir::toNativeSeparators(path)));
        return;
    }
    if (Status s = openCatalogue(path, true); !s)
        showError(tr("Cannot create the catalogue"), s.error());
}

void MainWindow::openCatalogueFromDialog()
{
    dismissWelcome();
    const QString start =
        m_catalogue ? QFileInfo(m_catalogue->path()).absolutePath() : QDir::homePath();
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Open Catalogue"), start, fileFilter());
    if (!path.isEmpty())
        openRecent(path);
}

void MainWindow::openRecent(const QString &path)
{
    Status s = openCatalogue(path);
    if (s)
        return;
    if (s.error().kind == Error::Kind::CatalogueUnusable && !path.isEmpty() &&
        CatalogueSalvage::looksDamaged(path))
        return offerSalvage(path, s.error());
    showError(tr("Cannot open the catalogue"), s.error());
}

void MainWindow::offerSalvage(const QString &path, const Error &error)
{
    QMessageBox box(QMessageBox::Warning, tr("The Catalogue Is Damaged"), error.message,
                    QMessageBox::Cancel, this);
    box.setInformativeText(tr("Entente can read every meeting and person that can still be read "
                              "into a new catalogue, and say what was lost. The damaged file is "
                              "not changed."));
    QPushButton *salvage = box.addButton(tr("&Salvage…"), QMessageBox::AcceptRole);
    box.setDefaultButton(salvage);
    box.exec();
    if (box.clickedButton() != salvage)
        return;
    const QFileInfo damaged(path);
    QString target = QFileDialog::getSaveFileName(
        this, tr("Salvage into a New Catalogue"),
        damaged.dir().filePath(tr("%1 salvaged.entente").arg(damaged.completeBaseName())),
        fileFilter(), nullptr, QFileDialog::DontConfirmOverwrite);
    if (target.isEmpty())
        return;
    if (QFileInfo(target).suffix().isEmpty())
        target += u".entente"_s;

    auto report = std::make_shared<CatalogueSalvage::Report>();
    auto *job = new BackgroundJob(
        {u"salvage"_s, nullptr, false},
        [path, target, report](JobControl &) -> Status {
            auto done = CatalogueSalvage::run(path, target);
            if (!done)
                return done.error();
            *report = *done;
            return {};
        },
        this);
    new JobProgressDialog(job, tr("Salvage"), tr("Reading what can be read…"), this);
    connect(job, &BackgroundJob::finished, this,
            [this, job, target, report](const Status &status, bool) {
                job->deleteLater();
                if (!status)
                    return showError(tr("Cannot Salvage the Catalogue"), status.error());
                if (Status s = openCatalogue(target); !s)
                    return showError(tr("Cannot open the catalogue"), s.error());
                const QStringList lines = CatalogueSalvage::describe(*report, target);
                QMessageBox done(report->lostAnything() ? QMessageBox::Warning
                                                        : QMessageBox::Information,
                                 tr("Salvage"), lines.constFirst(), QMessageBox::Ok, this);
                if (lines.size() > 1)
                    done.setDetailedText(lines.mid(1).join(u'\n'));
                done.exec();
            });
    job->start();
}

void MainWindow::showMeeting(qint64 id)
{
    if (!m_catalogue || id <= 0) {
        m_detail->clear();
        m_pane->editor()->clear();
        return;
    }
    auto meeting = MeetingRepository(*m_catalogue).get(id);
    if (!meeting) {
        m_detail->clear();
        m_pane->editor()->clear();
        statusBar()->showMessage(meeting.error().message, 8000);
        return;
    }
    m_detail->showMeeting(*meeting);
    m_pane->editor()->showMeeting(*meeting);
}

void MainWindow::openMeeting(qint64 id)
{
    // Sub-events are not rows of the table: show them in the pane directly.
    const int row = m_model ? m_model->rowOfLoaded(id) : -1;
    if (row >= 0)
        m_meetings->selectRow(row);
    else
        showMeeting(id);
}

void MainWindow::exportReport()
{
    if (!m_catalogue)
        return;
    ReportDialog dialog(*m_catalogue, ExportScope::of(m_meetings->view(), m_searchBar->text()),
                        this);
    dialog.exec();
}

void MainWindow::exportData()
{
    if (!m_catalogue)
        return;
    DataExportDialog dialog(*m_catalogue, ExportScope::of(m_meetings->view(), m_searchBar->text()),
                            this);
    dialog.exec();
}

void MainWindow::importData()
{
    if (!m_catalogue || !m_editing->session())
        return;
    QSettings settings;
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import Meetings"),
        settings.value(u"import/folder"_s, QDir::homePath()).toString(),
        tr("Meetings (*.json *.csv *.tsv *.txt);;JSON export (*.json);;CSV (*.csv *.tsv *.txt);;"
           "All files (*)"));
    if (path.isEmpty())
        return;
    settings.setValue(u"import/folder"_s, QFileInfo(path).absolutePath());
    importFile(path);
}

void MainWindow::importFile(const QString &path)
{
    if (!m_catalogue || !m_editing->session())
        return;
    ImportDialog dialog(*m_catalogue, *m_editing->session(), path, this);
    if (dialog.load())
        dialog.exec();
}

void MainWindow::newFromRelease(const QString &text)
{
    if (!m_catalogue || !m_editing->session())
        return;
    ReleaseDialog dialog(*m_catalogue, *m_editing->session(), this);
    connect(&dialog, &ReleaseDialog::openMeetingRequested, this, &MainWindow::showMeeting);
    if (!text.isEmpty()) {
        dialog.setText(text);
        dialog.readNow();
    }
    if (dialog.exec() == QDialog::Accepted && dialog.savedMeeting())
        showMeeting(dialog.savedMeeting());
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const QMimeData *mime = event->mimeData();
    if (m_catalogue &&
        ((mime->hasUrls() && mime->urls().value(0).isLocalFile()) || mime->hasText()))
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QMimeData *mime = event->mimeData();
    event->acceptProposedAction();
    if (mime->hasUrls() && mime->urls().value(0).isLocalFile()) {
        const QString path = mime->urls().first().toLocalFile();
        const QString suffix = QFileInfo(path).suffix().toLower();
        if (suffix == u"json"_s || suffix == u"csv"_s || suffix == u"tsv"_s) {
            importFile(path);
            return;
        }
        ReleaseTextEdit reader;
        QString problem;
        if (!reader.loadFile(path, &problem))
            return showError(tr("Cannot Read the Release"), Error::invalid(problem));
        newFromRelease(reader.toPlainText());
        return;
    }
    newFromRelease(mime->text());
}

void MainWindow::showError(const QString &title, const Error &error)
{
    ErrorBox::show(this, title, error);
}

void MainWindow::updateTitle()
{
    setWindowFilePath(m_catalogue ? m_catalogue->path() : QString());
    const QString name = m_catalogue ? QFileInfo(m_catalogue->path()).fileName() : QString();
    if (!m_catalogue)
        setWindowTitle(tr("Entente"));
    else if (m_catalogue->isReadOnly())
        setWindowTitle(tr("%1 (read-only) — Entente").arg(name));
    else
        setWindowTitle(tr("%1 — Entente").arg(name));
    m_readOnlyLabel->setVisible(m_catalogue && m_catalogue->isReadOnly());
    if (m_backUpAction) {
        m_backUpAction->setEnabled(m_catalogue != nullptr);
        m_restoreAction->setEnabled(m_catalogue && !m_catalogue->isOnReadOnlyMedia());
    }
    m_readOnlyLabel->setToolTip(
        m_catalogue && m_catalogue->isOnReadOnlyMedia()
            ? tr("The catalogue is on read-only media: it can be browsed, searched and exported, "
                 "not changed.")
            : tr("The catalogue's file cannot be written: it can be browsed, searched and "
                 "exported, not changed."));
}

void MainWindow::about()
{
    QMessageBox::about(this, tr("About Entente"),
                       tr("Entente %1\n\nA catalogue of bilateral diplomatic meetings: who met "
                          "whom, where and when, and what they agreed.")
                           .arg(QApplication::applicationVersion()));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(u"window/geometry"_s, saveGeometry());
    if (auto *splitter = findChild<QSplitter *>(u"mainSplitter"_s))
        settings.setValue(u"window/splitter"_s, splitter->saveState());
    settings.setValue(u"window/meetingsHeader"_s, m_meetings->saveState());
    event->accept();
}

} // namespace entente

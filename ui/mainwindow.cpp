#include "mainwindow.h"

#include "meetingdetailpane.h"
#include "meetingspanel.h"
#include "models/meetingtablemodel.h"
#include "recentcatalogues.h"
#include "storage/catalogue.h"
#include "storage/defaultcatalogue.h"
#include "storage/displaylabels.h"
#include "storage/meetingrepository.h"
#include "storage/meetingtablequery.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>

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
    , m_countLabel(new QLabel(this))
{
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(u"mainSplitter"_s);
    splitter->addWidget(m_meetings);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);
    setCentralWidget(splitter);
    statusBar()->addPermanentWidget(m_countLabel);

    createActions();
    connect(m_meetings, &MeetingsPanel::currentMeetingChanged, this, &MainWindow::showMeeting);
    connect(m_detail, &MeetingDetailPane::meetingActivated, this, &MainWindow::openMeeting);

    QSettings settings;
    if (!restoreGeometry(settings.value(u"window/geometry"_s).toByteArray()))
        resize(1280, 800);
    splitter->restoreState(settings.value(u"window/splitter"_s).toByteArray());
    updateTitle();
}

MainWindow::~MainWindow()
{
    // The model reads through the catalogue: it must go first.
    m_meetings->setModel(nullptr);
    m_model.reset();
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *newAction = file->addAction(tr("&New Catalogue…"), this, &MainWindow::newCatalogue);
    newAction->setShortcut(QKeySequence::New);
    QAction *open =
        file->addAction(tr("&Open Catalogue…"), this, &MainWindow::openCatalogueFromDialog);
    open->setShortcut(QKeySequence::Open);
    m_recent = new RecentCatalogues(file->addMenu(tr("Open &Recent")), this);
    connect(m_recent, &RecentCatalogues::openRequested, this, &MainWindow::openRecent);
    file->addAction(tr("Open &Default Catalogue"), this, [this] { openRecent(QString()); });
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Entente"), this, &MainWindow::about)
        ->setMenuRole(QAction::AboutRole);
}

Status MainWindow::openCatalogue(const QString &path, bool createIfMissing)
{
    auto opened = DefaultCatalogue::open(path, createIfMissing);
    if (!opened)
        return opened.error();
    auto labels = DisplayLabels::load(**opened, locale());
    if (!labels)
        return labels.error();

    m_meetings->setModel(nullptr);
    m_model.reset();
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

    m_recent->add(m_catalogue->path());
    QSettings().setValue(u"catalogue/last"_s, m_catalogue->path());
    m_countLabel->setText(tr("%n meeting(s)", nullptr, m_model->rowCount()));
    updateTitle();
    return {};
}

void MainWindow::newCatalogue()
{
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
    const QString start =
        m_catalogue ? QFileInfo(m_catalogue->path()).absolutePath() : QDir::homePath();
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Open Catalogue"), start, fileFilter());
    if (!path.isEmpty())
        openRecent(path);
}

void MainWindow::openRecent(const QString &path)
{
    if (Status s = openCatalogue(path); !s)
        showError(tr("Cannot open the catalogue"), s.error());
}

void MainWindow::showMeeting(qint64 id)
{
    if (!m_catalogue || id <= 0) {
        m_detail->clear();
        return;
    }
    auto meeting = MeetingRepository(*m_catalogue).get(id);
    if (!meeting) {
        m_detail->clear();
        statusBar()->showMessage(meeting.error().message, 8000);
        return;
    }
    m_detail->showMeeting(*meeting);
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

void MainWindow::showError(const QString &title, const Error &error)
{
    QMessageBox box(QMessageBox::Warning, title, error.message, QMessageBox::Ok, this);
    if (!error.detail.isEmpty())
        box.setDetailedText(error.detail);
    box.exec();
}

void MainWindow::updateTitle()
{
    setWindowFilePath(m_catalogue ? m_catalogue->path() : QString());
    setWindowTitle(m_catalogue ? tr("%1 — Entente").arg(QFileInfo(m_catalogue->path()).fileName())
                               : tr("Entente"));
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

#pragma once

#include "domain/error.h"

#include <QMainWindow>

#include <memory>

class QLabel;
class QToolBar;

namespace entente {

class BackupScheduler;

class Catalogue;
class FacetPanel;
class EditingController;
class MeetingDetailPane;
class MeetingPane;
class MeetingTableModel;
class MeetingsPanel;
class RecentCatalogues;
class SavedSearchesPanel;
class SearchBar;
class SearchController;

// Composes the panels and the actions; owns the open catalogue. The work itself is done by the
// panels and by core.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens a catalogue file (the default one when `path` is empty) in place of the current one.
    Status openCatalogue(const QString &path, bool createIfMissing = false);
    // A catalogue that could not be opened because it is damaged (CatalogueSalvage::looksDamaged):
    // offers to read what can be read into a new one, and opens that.
    void offerSalvage(const QString &path, const Error &error);
    const Catalogue *catalogue() const { return m_catalogue.get(); }
    MeetingsPanel *meetingsPanel() const { return m_meetings; }
    MeetingDetailPane *detailPane() const { return m_detail; }
    MeetingPane *meetingPane() const { return m_pane; }
    EditingController *editing() const { return m_editing; }
    SearchBar *searchBar() const { return m_searchBar; }
    FacetPanel *facetPanel() const { return m_facets; }
    SavedSearchesPanel *savedSearchesPanel() const { return m_savedSearches; }
    SearchController *searchController() const { return m_search; }

protected:
    void closeEvent(QCloseEvent *event) override;
    // A text file dropped on the window is a press release; a JSON or CSV file, meetings to import.
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void showCount(qint64 count, bool filtered);
    void createActions();
    void newCatalogue();
    void openCatalogueFromDialog();
    void openRecent(const QString &path);
    void showMeeting(qint64 id);
    void openMeeting(qint64 id);
    void exportReport();
    void exportData();
    void importData();
    void importFile(const QString &path);
    // `text` (a dropped release) or empty: the analyst pastes it.
    void newFromRelease(const QString &text = {});
    void showError(const QString &title, const Error &error);
    void updateTitle();
    void about();
    void closeCatalogue();
    void backUpNow();
    void restoreFromBackup();
    void editPreferences();
    void createToolBar();
    void createViewMenu();
    void createHelpMenu();
    // The handbook at `page`, or at the page of the part of the window with the focus.
    void showHandbook(const QString &page = {});
    void showShortcuts();
    // The welcome shows while the catalogue holds only the sample, until the analyst acts.
    void updateWelcome();
    void dismissWelcome();

    std::unique_ptr<Catalogue> m_catalogue;
    BackupScheduler *m_backups;
    QAction *m_backUpAction = nullptr;
    QAction *m_restoreAction = nullptr;
    QAction *m_importAction = nullptr;
    QAction *m_releaseAction = nullptr;
    QAction *m_reportAction = nullptr;
    QAction *m_findAction = nullptr;
    QToolBar *m_toolBar = nullptr;
    class WelcomePanel *m_welcome = nullptr;
    class HandbookWindow *m_handbook = nullptr;
    bool m_backUpAsked = false; // the running backup was asked for: a failure gets a box
    std::unique_ptr<MeetingTableModel> m_model;
    MeetingsPanel *m_meetings;
    MeetingDetailPane *m_detail;
    MeetingPane *m_pane = nullptr;          // the editor, with m_detail as its overview
    EditingController *m_editing = nullptr; // Edit and Catalogue menus, undo
    RecentCatalogues *m_recent = nullptr;
    QLabel *m_readOnlyLabel; // in the status bar while the catalogue cannot be written
    QLabel *m_countLabel;
    SearchBar *m_searchBar;
    FacetPanel *m_facets;
    SavedSearchesPanel *m_savedSearches;
    SearchController *m_search;
};

} // namespace entente

#pragma once

#include "domain/error.h"
#include "labels/displaylabels.h"

#include <QObject>
#include <QPointer>

#include <memory>

class QAction;
class QMainWindow;
class QMenu;
class QMenuBar;

namespace entente {

class Catalogue;
class DocumentsView;
class MeetingTableModel;
class MeetingPane;
class MeetingsPanel;
class PeopleManager;
class UndoSession;
class VocabularyDialog;
struct ChangeSet;

// Everything the window offers for changing the catalogue: the Edit and Catalogue menus, the
// undo stack of the open catalogue, and the dialogs (new meeting, bulk edit, people, documents,
// vocabularies). It keeps the table and the editor in step with every change, undo and redo.
class EditingController : public QObject
{
    Q_OBJECT

public:
    EditingController(QMainWindow *window, MeetingsPanel *meetings, MeetingPane *pane);
    ~EditingController() override;

    // A catalogue was opened (or closed: nullptr). The undo history belongs to the catalogue.
    void setCatalogue(const Catalogue *catalogue, MeetingTableModel *model,
                      const DisplayLabels &labels);
    UndoSession *session() const { return m_session.get(); }

    QMenu *createEditMenu(QMenuBar *bar);
    QMenu *createCatalogueMenu(QMenuBar *bar);
    QAction *saveCopyAction() const { return m_saveCopy; }

    QAction *undoAction() const { return m_undo; }
    QAction *redoAction() const { return m_redo; }
    QAction *newMeetingAction() const { return m_new; }
    QAction *duplicateAction() const { return m_duplicate; }
    QAction *deleteAction() const { return m_delete; }
    QAction *subEventAction() const { return m_subEvent; }
    QAction *bulkEditAction() const { return m_bulkEdit; }
    QAction *copyAction() const { return m_copy; }
    QAction *peopleAction() const { return m_people; }
    QAction *documentsAction() const { return m_documents; }
    QAction *vocabularyAction() const { return m_vocabulary; }
    PeopleManager *peopleManager() const;

    void newMeeting();
    void duplicateMeeting();
    void deleteMeetings();
    void addSubEvent();
    void bulkEdit();
    void copyRows();
    void showPeople();
    void showDocuments();
    void showVocabularies();
    void saveCopy();

Q_SIGNALS:
    void openMeetingRequested(qint64 id);

private:
    void createActions();
    void onChanged(const ChangeSet &changes);
    void onFailed(const QString &action, const Error &error);
    void updateActions();
    void updateUndoTexts();
    void createMeeting(const class NewMeetingDialog &dialog);
    // After the table started over: selects `select` if it is a row, else row `row`.
    void reselect(qint64 select, int row);
    QList<qint64> selectedIds() const;
    qint64 currentId() const;
    void showError(const QString &title, const Error &error);

    QMainWindow *m_window;
    MeetingsPanel *m_meetings;
    MeetingPane *m_pane;
    const Catalogue *m_catalogue = nullptr;
    MeetingTableModel *m_model = nullptr;
    DisplayLabels m_labels;
    std::unique_ptr<UndoSession> m_session;
    QPointer<PeopleManager> m_peopleManager;
    QPointer<DocumentsView> m_documentsView;

    QAction *m_undo = nullptr;
    QAction *m_redo = nullptr;
    QAction *m_new = nullptr;
    QAction *m_duplicate = nullptr;
    QAction *m_delete = nullptr;
    QAction *m_subEvent = nullptr;
    QAction *m_bulkEdit = nullptr;
    QAction *m_copy = nullptr;
    QAction *m_people = nullptr;
    QAction *m_documents = nullptr;
    QAction *m_vocabulary = nullptr;
    QAction *m_saveCopy = nullptr;
};

} // namespace entente

#include "editingcontroller.h"

#include "bulkeditdialog.h"
#include "commands/addsubeventcommand.h"
#include "commands/bulkeditmeetingscommand.h"
#include "commands/createmeetingcommand.h"
#include "commands/deletemeetingcommand.h"
#include "commands/undosession.h"
#include "documentsview.h"
#include "errorbox.h"
#include "meetingeditor.h"
#include "meetingpane.h"
#include "meetingspanel.h"
#include "models/meetingtablemodel.h"
#include "models/roles.h"
#include "models/rowsmimedata.h"
#include "newmeetingdialog.h"
#include "peoplemanager.h"
#include "storage/catalogue.h"
#include "storage/duplicatefinder.h"
#include "storage/meetingrepository.h"
#include "vocabularydialog.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QInputDialog>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>
#include <QTableView>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace entente {

EditingController::EditingController(QMainWindow *window, MeetingsPanel *meetings,
                                     MeetingPane *pane)
    : QObject(window)
    , m_window(window)
    , m_meetings(meetings)
    , m_pane(pane)
{
    createActions();
    connect(m_pane->editor(), &MeetingEditor::addSubEventRequested, this,
            &EditingController::addSubEvent);
    connect(m_meetings, &MeetingsPanel::currentMeetingChanged, this,
            &EditingController::updateActions);
    updateActions();
}

EditingController::~EditingController() = default;

PeopleManager *EditingController::peopleManager() const
{
    return m_peopleManager;
}

void EditingController::createActions()
{
    const auto action = [this](const QString &text, const QString &icon, auto slot) {
        auto *a = new QAction(QIcon::fromTheme(icon), text, this);
        connect(a, &QAction::triggered, this, slot);
        return a;
    };
    m_undo = action(tr("&Undo"), u"edit-undo"_s, [this] { m_session->stack()->undo(); });
    m_undo->setShortcut(QKeySequence::Undo);
    m_redo = action(tr("&Redo"), u"edit-redo"_s, [this] { m_session->stack()->redo(); });
    m_redo->setShortcut(QKeySequence::Redo);
    m_new = action(tr("&New Meeting…"), u"document-new"_s, &EditingController::newMeeting);
    // A meeting is the everyday "new" (a new catalogue is Ctrl+Shift+N).
    m_new->setShortcuts({QKeySequence(QKeySequence::New), QKeySequence(Qt::Key_Insert)});
    m_duplicate =
        action(tr("D&uplicate Meeting…"), u"edit-copy"_s, &EditingController::duplicateMeeting);
    m_duplicate->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    m_subEvent = action(tr("Add &Sub-event…"), u"list-add"_s, &EditingController::addSubEvent);
    m_subEvent->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_delete = action(tr("&Delete Meeting…"), u"edit-delete"_s, &EditingController::deleteMeetings);
    m_delete->setShortcut(QKeySequence::Delete);
    // Delete in a text field deletes text: the shortcut only applies to the meetings table.
    m_delete->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_meetings->view()->addAction(m_delete);
    m_bulkEdit =
        action(tr("&Change Selected Meetings…"), u"document-edit"_s, &EditingController::bulkEdit);
    m_bulkEdit->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));
    m_copy = action(tr("&Copy Rows"), u"edit-copy"_s, &EditingController::copyRows);
    m_copy->setShortcut(QKeySequence::Copy);
    m_copy->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_meetings->view()->addAction(m_copy);
    m_people = action(tr("&People…"), u"system-users"_s, &EditingController::showPeople);
    m_people->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    m_documents =
        action(tr("&Documents…"), u"folder-documents"_s, &EditingController::showDocuments);
    m_documents->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    m_vocabulary = action(tr("&Vocabularies…"), u"format-list-unordered"_s,
                          &EditingController::showVocabularies);
    m_saveCopy = action(tr("Save a &Copy…"), u"document-save-as"_s, &EditingController::saveCopy);
    m_saveCopy->setShortcut(QKeySequence::SaveAs);
    if (auto *selection = m_meetings->view()->selectionModel())
        connect(selection, &QItemSelectionModel::selectionChanged, this,
                &EditingController::updateActions);

    // The column chooser: the table header's context menu shows and hides columns.
    QHeaderView *header = m_meetings->view()->horizontalHeader();
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QHeaderView::customContextMenuRequested, this, [this, header](QPoint at) {
        QMenu menu(header);
        menu.setObjectName(u"columnChooser"_s);
        const QAbstractItemModel *model = header->model();
        int visible = 0;
        for (int c = 0; model && c < header->count(); ++c)
            visible += header->isSectionHidden(c) ? 0 : 1;
        for (int c = 0; model && c < header->count(); ++c) {
            QAction *a = menu.addAction(model->headerData(c, Qt::Horizontal).toString());
            a->setCheckable(true);
            a->setChecked(!header->isSectionHidden(c));
            a->setEnabled(header->isSectionHidden(c) || visible > 1); // never hide the last one
            connect(a, &QAction::toggled, header,
                    [header, c](bool shown) { header->setSectionHidden(c, !shown); });
        }
        menu.exec(header->mapToGlobal(at));
    });
}

QMenu *EditingController::createEditMenu(QMenuBar *bar)
{
    QMenu *edit = bar->addMenu(tr("&Edit"));
    edit->addAction(m_undo);
    edit->addAction(m_redo);
    edit->addSeparator();
    edit->addAction(m_copy);
    edit->addSeparator();
    edit->addAction(m_new);
    edit->addAction(m_duplicate);
    edit->addAction(m_subEvent);
    edit->addAction(m_bulkEdit);
    edit->addSeparator();
    edit->addAction(m_delete);
    return edit;
}

QMenu *EditingController::createCatalogueMenu(QMenuBar *bar)
{
    QMenu *menu = bar->addMenu(tr("&Catalogue"));
    menu->addAction(m_people);
    menu->addAction(m_documents);
    menu->addAction(m_vocabulary);
    return menu;
}

void EditingController::setCatalogue(const Catalogue *catalogue, MeetingTableModel *model,
                                     const DisplayLabels &labels)
{
    delete m_peopleManager;
    delete m_documentsView;
    m_pane->editor()->setSession(nullptr);
    m_session.reset();
    m_catalogue = catalogue;
    m_model = model;
    m_labels = labels;
    if (catalogue) {
        m_session = std::make_unique<UndoSession>(*catalogue);
        connect(m_session.get(), &UndoSession::changed, this, &EditingController::onChanged);
        connect(m_session.get(), &UndoSession::failed, this, &EditingController::onFailed);
        QUndoStack *stack = m_session->stack();
        connect(stack, &QUndoStack::indexChanged, this, &EditingController::updateUndoTexts);
        connect(stack, &QUndoStack::cleanChanged, this, &EditingController::updateUndoTexts);
    }
    m_pane->editor()->setSession(m_session.get());
    m_pane->editor()->setLabels(labels);
    if (auto *selection = m_meetings->view()->selectionModel())
        connect(selection, &QItemSelectionModel::selectionChanged, this,
                &EditingController::updateActions, Qt::UniqueConnection);
    // A search resets the table, and the selection with it, without a selectionChanged.
    if (model)
        connect(model, &QAbstractItemModel::modelReset, this, &EditingController::updateActions,
                Qt::UniqueConnection);
    updateUndoTexts();
    updateActions();
}

void EditingController::updateUndoTexts()
{
    QUndoStack *stack = m_session ? m_session->stack() : nullptr;
    const bool undo = stack && stack->canUndo();
    const bool redo = stack && stack->canRedo();
    m_undo->setEnabled(undo);
    m_redo->setEnabled(redo);
    m_undo->setText(undo ? tr("&Undo: %1").arg(stack->undoText()) : tr("&Undo"));
    m_redo->setText(redo ? tr("&Redo: %1").arg(stack->redoText()) : tr("&Redo"));
}

void EditingController::updateActions()
{
    const bool open = m_session != nullptr;
    // A catalogue opened read-only (its file or its media cannot be written) is browsed only.
    const bool writable = open && m_catalogue && !m_catalogue->isReadOnly();
    const int selected = int(selectedIds().size());
    m_new->setEnabled(writable);
    m_duplicate->setEnabled(writable && selected == 1);
    m_subEvent->setEnabled(writable && m_pane->editor()->hasMeeting());
    m_delete->setEnabled(writable && selected > 0);
    m_delete->setText(selected > 1 ? tr("&Delete %1 Meetings…").arg(selected)
                                   : tr("&Delete Meeting…"));
    m_bulkEdit->setEnabled(writable && selected > 0);
    m_copy->setEnabled(selected > 0);
    m_vocabulary->setEnabled(writable);
    for (QAction *a : {m_people, m_documents, m_saveCopy})
        a->setEnabled(open);
    m_pane->setEditable(!open || writable);
}

QList<qint64> EditingController::selectedIds() const
{
    QList<qint64> ids;
    const QItemSelectionModel *selection = m_meetings->view()->selectionModel();
    if (!selection || !m_model)
        return ids;
    for (const QModelIndex &row : selection->selectedRows(MeetingColumn::Title)) {
        if (const qint64 id = row.data(Role::Id).toLongLong(); id > 0)
            ids.append(id);
    }
    return ids;
}

qint64 EditingController::currentId() const
{
    return m_pane->editor()->hasMeeting() ? m_pane->editor()->meeting().id
                                          : m_meetings->currentMeetingId();
}

void EditingController::newMeeting()
{
    if (!m_session)
        return;
    NewMeetingDialog dialog(
        m_labels,
        [this](const Meeting &m) {
            auto found = DuplicateFinder(m_session->catalogue()).probableDuplicates(m);
            return found ? *found : QList<MeetingSummary>();
        },
        m_window);
    if (dialog.exec() == QDialog::Accepted)
        createMeeting(dialog);
    else if (dialog.meetingToOpen() > 0)
        Q_EMIT openMeetingRequested(dialog.meetingToOpen());
}

void EditingController::duplicateMeeting()
{
    if (!m_session || selectedIds().size() != 1)
        return;
    auto original = MeetingRepository(m_session->catalogue()).get(selectedIds().constFirst());
    if (!original)
        return showError(tr("Cannot Duplicate the Meeting"), original.error());
    NewMeetingDialog dialog(
        m_labels,
        [this](const Meeting &m) {
            auto found = DuplicateFinder(m_session->catalogue()).probableDuplicates(m);
            return found ? *found : QList<MeetingSummary>();
        },
        m_window);
    dialog.setTemplate(*original);
    if (dialog.exec() == QDialog::Accepted)
        createMeeting(dialog);
    else if (dialog.meetingToOpen() > 0)
        Q_EMIT openMeetingRequested(dialog.meetingToOpen());
}

void EditingController::createMeeting(const NewMeetingDialog &dialog)
{
    auto command = std::make_unique<CreateMeetingCommand>(*m_session, dialog.meeting());
    CreateMeetingCommand *create = command.get();
    if (Status s = m_session->execute(std::move(command)); !s)
        return showError(tr("Cannot Create the Meeting"), s.error());
    Q_EMIT openMeetingRequested(create->meetingId());
    m_pane->setCurrentWidget(m_pane->editor());
}

void EditingController::deleteMeetings()
{
    const QList<qint64> ids = selectedIds();
    if (!m_session || ids.isEmpty())
        return;
    MeetingRepository repository(m_session->catalogue());
    QList<Meeting> meetings;
    int subEvents = 0;
    for (qint64 id : ids) {
        auto m = repository.get(id);
        if (!m)
            return showError(tr("Cannot Delete"), m.error());
        subEvents += int(m->subEvents.size());
        meetings.append(*m);
    }
    const QString what = meetings.size() == 1 ? tr("Delete “%1”?").arg(meetings.first().title)
                                              : tr("Delete %1 meetings?").arg(meetings.size());
    QString detail = tr("Their delegations and outcome documents are deleted with them.");
    if (meetings.size() == 1)
        detail = subEvents > 0 ? tr("Its delegations, outcome documents and %n sub-event(s) are "
                                    "deleted with it.",
                                    nullptr, subEvents)
                               : tr("Its delegations and outcome documents are deleted with it.");
    QMessageBox box(QMessageBox::Question, tr("Delete Meeting"), what, QMessageBox::Cancel,
                    m_window);
    box.setObjectName(u"confirmDelete"_s);
    box.setInformativeText(detail % u"\n"_s % tr("Edit ▸ Undo brings everything back."));
    QPushButton *remove = box.addButton(tr("&Delete"), QMessageBox::DestructiveRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() != static_cast<QAbstractButton *>(remove))
        return;
    QList<DeleteMeetingCommand::Target> targets;
    for (const Meeting &m : std::as_const(meetings))
        targets.append({m.id, m.title});
    const Status status =
        m_session->execute(std::make_unique<DeleteMeetingCommand>(*m_session, std::move(targets)));
    if (!status)
        showError(tr("Cannot Delete"), status.error());
}

void EditingController::addSubEvent()
{
    MeetingEditor *editor = m_pane->editor();
    if (!m_session || !editor->hasMeeting())
        return;
    const Meeting parent = editor->meeting();
    bool ok = false;
    const QString title = QInputDialog::getText(
        m_window, tr("Add Sub-event"),
        tr("A part of “%1” held separately, such as the ministers' one-to-one conversation. "
           "It takes the meeting's date, place and parties.\n\nTitle:")
            .arg(parent.title),
        QLineEdit::Normal, tr("One-to-one conversation"), &ok);
    if (!ok || title.trimmed().isEmpty())
        return;
    auto command =
        std::make_unique<AddSubEventCommand>(*m_session, parent, title.trimmed(), u"one_to_one"_s);
    AddSubEventCommand *add = command.get();
    if (Status s = m_session->execute(std::move(command)); !s)
        return showError(tr("Cannot Add the Sub-event"), s.error());
    Q_EMIT openMeetingRequested(add->meetingId());
}

void EditingController::bulkEdit()
{
    const QList<qint64> ids = selectedIds();
    if (!m_session || ids.isEmpty())
        return;
    BulkEditDialog dialog(m_labels, m_session->catalogue(), int(ids.size()), m_window);
    if (dialog.exec() != QDialog::Accepted || dialog.change().isEmpty())
        return;
    if (Status s = m_session->execute(std::make_unique<BulkEditMeetingsCommand>(
            *m_session, ids, dialog.change(), dialog.changeLabel()));
        !s)
        showError(tr("Cannot Change the Meetings"), s.error());
}

void EditingController::copyRows()
{
    const QTableView *view = m_meetings->view();
    if (!view->model() || !view->selectionModel())
        return;
    QList<int> rows;
    for (const QModelIndex &i : view->selectionModel()->selectedRows())
        rows.append(i.row());
    std::sort(rows.begin(), rows.end());
    QList<int> columns;
    const QHeaderView *header = view->horizontalHeader();
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (!header->isSectionHidden(logical))
            columns.append(logical);
    }
    QApplication::clipboard()->setMimeData(rowsAsMimeData(*view->model(), rows, columns));
    m_window->statusBar()->showMessage(tr("Copied %n row(s)", nullptr, int(rows.size())), 4000);
}

void EditingController::showPeople()
{
    if (!m_session)
        return;
    if (!m_peopleManager) {
        m_peopleManager = new PeopleManager(*m_session, m_labels, m_window);
        connect(m_peopleManager, &PeopleManager::meetingActivated, this,
                &EditingController::openMeetingRequested);
    }
    m_peopleManager->show();
    m_peopleManager->raise();
    m_peopleManager->activateWindow();
}

void EditingController::showDocuments()
{
    if (!m_session)
        return;
    if (!m_documentsView) {
        m_documentsView = new DocumentsView(*m_session, m_labels, m_window);
        connect(m_documentsView, &DocumentsView::meetingActivated, this,
                &EditingController::openMeetingRequested);
    }
    m_documentsView->show();
    m_documentsView->raise();
    m_documentsView->activateWindow();
}

void EditingController::showVocabularies()
{
    if (!m_session)
        return;
    VocabularyDialog dialog(*m_session, m_window);
    dialog.exec();
}

void EditingController::saveCopy()
{
    if (!m_catalogue)
        return;
    const QFileInfo current(m_catalogue->path());
    QString path = QFileDialog::getSaveFileName(
        m_window, tr("Save a Copy of the Catalogue"),
        current.dir().filePath(tr("%1 copy.entente").arg(current.completeBaseName())),
        tr("Entente catalogues (*.entente)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += u".entente"_s;
    if (Status s = m_catalogue->saveCopy(path); !s)
        return showError(tr("Cannot Save a Copy"), s.error());
    m_window->statusBar()->showMessage(tr("Saved a copy as %1").arg(QDir::toNativeSeparators(path)),
                                       6000);
}

void EditingController::onChanged(const ChangeSet &changes)
{
    if (!m_model)
        return;
    if (changes.vocabulary) {
        if (auto labels = DisplayLabels::load(*m_catalogue, m_window->locale())) {
            m_labels = *labels;
            m_pane->editor()->setLabels(m_labels);
        }
    }
    if (changes.meetings.isEmpty() && changes.removedMeetings.isEmpty() && changes.people.isEmpty())
        return;
    const qint64 current = currentId();
    const int row = std::max(0, m_meetings->view()->currentIndex().row());
    // Where the selection began: after a delete, the meeting that moves up into that place.
    int top = row;
    if (const QItemSelectionModel *selection = m_meetings->view()->selectionModel()) {
        for (const QModelIndex &index : selection->selectedRows())
            top = std::min(top, index.row());
    }
    // Row by row: the selection and the scroll position follow the edited meetings.
    const bool followed = m_model->applyChanges(changes.meetings, changes.removedMeetings);
    if (!changes.people.isEmpty())
        m_model->rereadRows(); // heads of delegation are shown by name
    if (!followed)
        reselect(changes.removedMeetings.contains(current) ? 0 : current, row);
    else if (changes.removedMeetings.contains(current) && m_model->rowCount() > 0)
        m_meetings->selectRow(std::min(top, m_model->rowCount() - 1));
    updateActions();
}

void EditingController::reselect(qint64 select, int row)
{
    if (m_model->rowCount() == 0)
        return;
    // Rows load a page at a time: read the page the current row was on, then find the meeting.
    (void)m_model->index(std::min(row, m_model->rowCount() - 1), 0).data();
    const int found = select > 0 ? m_model->rowOfLoaded(select) : -1;
    if (found >= 0)
        m_meetings->selectRow(found);
    else if (select > 0)
        Q_EMIT openMeetingRequested(select); // a sub-event, or a row not read yet
    else
        m_meetings->selectRow(std::min(row, m_model->rowCount() - 1));
}

void EditingController::onFailed(const QString &action, const Error &error)
{
    QMessageBox box(
        QMessageBox::Warning, tr("Cannot Undo or Redo"),
        tr("“%1” could not be undone or redone, and was taken off the list of steps.").arg(action),
        QMessageBox::Ok, m_window);
    box.setObjectName(u"undoFailed"_s);
    box.setInformativeText(error.message);
    if (!error.detail.isEmpty())
        box.setDetailedText(error.detail);
    box.exec();
    m_pane->editor()->reload();
}

void EditingController::showError(const QString &title, const Error &error)
{
    ErrorBox::show(m_window, title, error);
}

} // namespace entente

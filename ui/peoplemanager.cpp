#include "peoplemanager.h"

#include "commands/createpersoncommand.h"
#include "commands/deletepersoncommand.h"
#include "commands/mergepeoplecommand.h"
#include "commands/undosession.h"
#include "mergepeopledialog.h"
#include "models/personlistmodel.h"
#include "models/roles.h"
#include "persondialog.h"
#include "personeditor.h"
#include "storage/persondirectory.h"
#include "toolbutton.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace entente {

PeopleManager::PeopleManager(UndoSession &session, const DisplayLabels &labels, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_labels(labels)
    , m_model(new PersonListModel(this))
    , m_filter(new QLineEdit(this))
    , m_list(new QTableView(this))
    , m_editor(new PersonEditor(session, labels, this))
    , m_new(makeToolButton(tr("&New"), QIcon::fromTheme(u"contact-new"_s), this))
    , m_delete(makeToolButton(tr("&Delete"), QIcon::fromTheme(u"edit-delete"_s), this))
    , m_merge(makeToolButton(tr("&Merge Into…"), QIcon::fromTheme(u"merge"_s), this))
{
    setObjectName(u"peopleManager"_s);
    setWindowTitle(tr("People"));
    setWindowFlag(Qt::WindowMaximizeButtonHint);
    setModal(false);
    m_model->setLocale(locale());
    m_model->setCountryNames(labels.countries);
    m_filter->setObjectName(u"peopleFilter"_s);
    m_filter->setAccessibleName(tr("Find a person"));
    m_filter->setPlaceholderText(tr("Find by any name, in any script"));
    m_filter->setClearButtonEnabled(true);
    m_list->setObjectName(u"peopleList"_s);
    m_list->setAccessibleName(tr("People"));
    m_list->setModel(m_model);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setTabKeyNavigation(false); // arrows move in the list, Tab on to the editor
    m_list->setSortingEnabled(true);
    m_list->sortByColumn(0, Qt::AscendingOrder);
    m_list->setAlternatingRowColors(true);
    m_list->setWordWrap(false);
    m_list->verticalHeader()->hide();
    m_list->horizontalHeader()->setStretchLastSection(false);
    m_list->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_list->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_list->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_list->horizontalHeader()->setSectionResizeMode(3, QHeaderView::ResizeToContents);
    m_editor->setObjectName(u"personEditor"_s);
    m_new->setObjectName(u"newPerson"_s);
    m_delete->setObjectName(u"deletePerson"_s);
    m_merge->setObjectName(u"mergePerson"_s);
    m_new->setToolTip(tr("Add a person (Ctrl+N)"));
    m_merge->setToolTip(tr("This record and another are one person: keep the other, with this "
                           "one's names as other spellings"));

    auto *left = new QWidget(this);
    auto *tools = new QHBoxLayout;
    tools->addWidget(m_new);
    tools->addWidget(m_delete);
    tools->addWidget(m_merge);
    tools->addStretch();
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_filter);
    leftLayout->addWidget(m_list, 1);
    leftLayout->addLayout(tools);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(left);
    splitter->addWidget(m_editor);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);
    resize(1180, 700);
    splitter->setSizes({500, 680});
    // Reading order: the list and its buttons, then the editor beside them.
    setTabOrder(m_list, m_new);
    setTabOrder(m_new, m_delete);
    setTabOrder(m_delete, m_merge);
    setTabOrder(m_merge, m_editor);

    connect(m_filter, &QLineEdit::textChanged, this, &PeopleManager::reload);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &PeopleManager::showCurrent);
    connect(m_new, &QToolButton::clicked, this, &PeopleManager::newPerson);
    connect(m_delete, &QToolButton::clicked, this, &PeopleManager::deleteCurrent);
    connect(m_merge, &QToolButton::clicked, this, &PeopleManager::mergeCurrent);
    connect(m_editor, &PersonEditor::meetingActivated, this, &PeopleManager::meetingActivated);
    connect(&m_session, &UndoSession::changed, this, &PeopleManager::onChanged);
    auto *newShortcut = new QShortcut(QKeySequence::New, this, this, &PeopleManager::newPerson);
    newShortcut->setContext(Qt::WindowShortcut);
    new QShortcut(QKeySequence::Close, this, this, &QDialog::close);
    reload();
    if (m_model->rowCount() > 0)
        m_list->selectRow(0);
}

void PeopleManager::reload()
{
    const qint64 current = currentPersonId();
    const QString text = m_filter->text().trimmed();
    PersonDirectory directory(m_session.catalogue());
    auto people = text.isEmpty() ? directory.all() : directory.complete(text, 500);
    m_model->setPeople(people ? *people : QList<PersonSummary>());
    if (current > 0 && m_model->rowOf(current) >= 0)
        selectPerson(current);
}

void PeopleManager::selectPerson(qint64 id)
{
    const int row = m_model->rowOf(id);
    if (row < 0) {
        m_filter->clear();
        return m_list->selectRow(m_model->rowOf(id));
    }
    m_list->selectRow(row);
}

qint64 PeopleManager::currentPersonId() const
{
    const QModelIndex current = m_list->currentIndex();
    return current.isValid() ? current.data(Role::Id).toLongLong() : 0;
}

void PeopleManager::showCurrent()
{
    const qint64 id = currentPersonId();
    m_delete->setEnabled(id > 0);
    m_merge->setEnabled(id > 0 && m_model->rowCount() > 1);
    if (id <= 0)
        return m_editor->clear();
    if (id != m_editor->personId())
        m_editor->showPerson(id);
}

void PeopleManager::onChanged(const ChangeSet &changes)
{
    if (!changes.people.isEmpty() || !changes.removedPeople.isEmpty() ||
        !changes.meetings.isEmpty() || !changes.removedMeetings.isEmpty())
        reload();
    if (m_editor->personId() > 0 && m_model->rowOf(m_editor->personId()) < 0)
        m_editor->clear();
}

void PeopleManager::newPerson()
{
    PersonDialog dialog(m_labels.countries, this);
    dialog.setName(m_filter->text().trimmed());
    if (dialog.exec() != QDialog::Accepted)
        return;
    auto command = std::make_unique<CreatePersonCommand>(m_session, dialog.person());
    CreatePersonCommand *create = command.get();
    if (Status s = m_session.execute(std::move(command)); !s) {
        QMessageBox::warning(this, tr("Cannot Add the Person"), s.error().message);
        return;
    }
    m_filter->clear();
    selectPerson(create->personId());
}

void PeopleManager::deleteCurrent()
{
    const qint64 id = currentPersonId();
    if (id <= 0)
        return;
    const QString name = m_list->currentIndex().siblingAtColumn(0).data().toString();
    const Status s = m_session.execute(std::make_unique<DeletePersonCommand>(m_session, id, name));
    if (s)
        return;
    // Refused while the person is in a delegation: say where, and offer a merge instead.
    QMessageBox box(QMessageBox::Warning, tr("Cannot Delete"), s.error().message,
                    QMessageBox::Cancel, this);
    box.setObjectName(u"deleteRefused"_s);
    QPushButton *merge = box.addButton(tr("&Merge Into…"), QMessageBox::AcceptRole);
    box.exec();
    if (box.clickedButton() == static_cast<QAbstractButton *>(merge))
        mergeCurrent();
}

void PeopleManager::mergeCurrent()
{
    const qint64 id = currentPersonId();
    if (id <= 0)
        return;
    MergePeopleDialog dialog(m_session.catalogue(), id, m_labels.countries, this);
    if (dialog.exec() == QDialog::Accepted && dialog.keepId() > 0)
        mergeCurrentInto(dialog.keepId(), true);
}

void PeopleManager::mergeCurrentInto(qint64 keepId, bool confirmed)
{
    const qint64 dropId = currentPersonId();
    if (dropId <= 0 || keepId == dropId)
        return;
    const QString dropName = m_list->currentIndex().siblingAtColumn(0).data().toString();
    const int keepRow = m_model->rowOf(keepId);
    const QString keepName = keepRow >= 0 ? m_model->person(keepRow).displayName() : QString();
    if (!confirmed && QMessageBox::question(this, tr("Merge People"),
                                            tr("Merge “%1” into “%2”?").arg(dropName, keepName)) !=
                          QMessageBox::Yes)
        return;
    if (Status s = m_session.execute(
            std::make_unique<MergePeopleCommand>(m_session, keepId, dropId, keepName, dropName));
        !s) {
        QMessageBox::warning(this, tr("Cannot Merge"), s.error().message);
        return;
    }
    m_filter->clear();
    selectPerson(keepId);
}

} // namespace entente

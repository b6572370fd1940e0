#include "delegationseditor.h"

#include "choicedelegate.h"
#include "commands/createpersoncommand.h"
#include "commands/undosession.h"
#include "countrycombo.h"
#include "fieldmarks.h"
#include "models/delegationsmodel.h"
#include "models/roles.h"
#include "persondelegate.h"
#include "persondialog.h"
#include "storage/persondirectory.h"
#include "storage/personrepository.h"
#include "toolbutton.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QMessageBox>
#include <QShortcut>
#include <QStyle>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace entente {

DelegationsEditor::DelegationsEditor(QWidget *parent)
    : QWidget(parent)
    , m_model(new DelegationsModel(this))
    , m_view(new QTreeView(this))
    , m_personDelegate(new PersonDelegate(this))
    , m_roleDelegate(new ChoiceDelegate(this))
    , m_country(new CountryCombo(this))
    , m_role(new QComboBox(this))
{
    m_view->setObjectName(u"delegationsTree"_s);
    m_view->setAccessibleName(tr("Parties and delegations"));
    m_view->setModel(m_model);
    m_view->setItemDelegateForColumn(DelegationColumn::Name, m_personDelegate);
    m_view->setItemDelegateForColumn(DelegationColumn::Position, m_roleDelegate);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                            QAbstractItemView::AnyKeyPressed);
    m_view->setAlternatingRowColors(true);
    m_view->setUniformRowHeights(true);
    m_view->setMinimumHeight(150);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(DelegationColumn::Name, QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(DelegationColumn::Position, QHeaderView::Stretch);
    m_view->header()->setSectionResizeMode(DelegationColumn::Head, QHeaderView::ResizeToContents);
    m_roleDelegate->setChoices(
        {{roleCode(PartyRole::Host), roleLabel(PartyRole::Host)},
         {roleCode(PartyRole::Guest), roleLabel(PartyRole::Guest)},
         {roleCode(PartyRole::Participant), roleLabel(PartyRole::Participant)}});
    m_roleDelegate->setTopLevelOnly(true); // a member's row holds the post there: plain text
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &DelegationsEditor::updateButtons);

    m_personDelegate->setChoiceFor([this](qint64 id) { return choiceFor(id); });
    m_personDelegate->setLookup([this](const QString &text) {
        if (!m_session)
            return QList<PersonSummary>();
        auto found = PersonDirectory(m_session->catalogue()).complete(text);
        return found ? *found : QList<PersonSummary>();
    });
    // Queued: the dialog runs its own event loop, which must not delete the completion popup
    // (with the cell editor around it) while that is still handling the key press.
    connect(m_personDelegate, &PersonDelegate::createRequested, this,
            &DelegationsEditor::createPerson, Qt::QueuedConnection);

    m_country->setObjectName(u"addCountryField"_s);
    m_country->setAccessibleName(tr("Country or organisation to add"));
    m_country->lineEdit()->setPlaceholderText(tr("Add a country…"));
    m_role->setObjectName(u"addCountryRole"_s);
    m_role->setAccessibleName(tr("Role of the country to add"));
    for (PartyRole r : {PartyRole::Guest, PartyRole::Host, PartyRole::Participant})
        m_role->addItem(roleLabel(r), roleCode(r));

    const QStyle *s = style();
    m_addCountry = makeToolButton(tr("Add"), QIcon::fromTheme(u"list-add"_s), this);
    m_addCountry->setObjectName(u"addCountry"_s);
    m_addCountry->setToolTip(tr("Add the country or organisation to the meeting"));
    m_addMember = makeToolButton(tr("Add &Member"), QIcon::fromTheme(u"contact-new"_s), this);
    m_addMember->setObjectName(u"addMember"_s);
    m_addMember->setToolTip(tr("Add a member to the selected delegation (Ctrl+Shift+N)"));
    m_remove = makeToolButton(tr("Remove"), QIcon::fromTheme(u"list-remove"_s), this);
    m_remove->setObjectName(u"removeDelegationRow"_s);
    m_up = makeToolButton(QString(), s->standardIcon(QStyle::SP_ArrowUp), this);
    m_up->setToolTip(tr("Move up in protocol order (Ctrl+Up)"));
    m_up->setAccessibleName(tr("Move up"));
    m_down = makeToolButton(QString(), s->standardIcon(QStyle::SP_ArrowDown), this);
    m_down->setToolTip(tr("Move down in protocol order (Ctrl+Down)"));
    m_down->setAccessibleName(tr("Move down"));

    auto *adding = new QHBoxLayout;
    adding->addWidget(m_country, 2);
    adding->addWidget(m_role, 1);
    adding->addWidget(m_addCountry);
    auto *tools = new QHBoxLayout;
    tools->addWidget(m_addMember);
    tools->addWidget(m_remove);
    tools->addStretch();
    tools->addWidget(m_up);
    tools->addWidget(m_down);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view, 1);
    layout->addLayout(tools);
    layout->addLayout(adding);

    connect(m_addCountry, &QToolButton::clicked, this, [this] {
        const QString code = m_country->country();
        if (code.isEmpty()) {
            FieldMarks::mark(m_country, m_country->problem().isEmpty()
                                            ? tr("choose a country to add")
                                            : m_country->problem());
            return;
        }
        FieldMarks::clear(m_country);
        addCountry(code, roleFromCode(m_role->currentData().toString()).value_or(PartyRole::Guest));
        m_country->setCountry(QString());
    });
    connect(m_country->lineEdit(), &QLineEdit::returnPressed, m_addCountry, &QToolButton::click);
    connect(m_addMember, &QToolButton::clicked, this, [this] { addMember(); });
    connect(m_remove, &QToolButton::clicked, this, &DelegationsEditor::removeCurrent);
    connect(m_up, &QToolButton::clicked, this, [this] { moveCurrent(-1); });
    connect(m_down, &QToolButton::clicked, this, [this] { moveCurrent(1); });
    auto shortcut = [this](const QKeySequence &keys, auto slot) {
        auto *key = new QShortcut(keys, m_view, slot);
        key->setContext(Qt::WidgetWithChildrenShortcut);
    };
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_Up), [this] { moveCurrent(-1); });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_Down), [this] { moveCurrent(1); });
    shortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N), [this] { addMember(); });
    shortcut(QKeySequence::Delete, [this] { removeCurrent(); });
    connect(m_model, &DelegationsModel::edited, this, &DelegationsEditor::edited);
    connect(m_model, &QAbstractItemModel::rowsInserted, m_view, &QTreeView::expandAll);
    connect(m_model, &QAbstractItemModel::modelReset, m_view, &QTreeView::expandAll);
    updateButtons();
}

void DelegationsEditor::setCountryNames(const QHash<QString, QString> &names)
{
    m_names = names;
    m_model->setCountryNames(names);
    m_personDelegate->setCountryNames(names);
    m_country->setCountries(names);
    m_country->setCountry(QString());
}

void DelegationsEditor::setMeeting(const Meeting &meeting)
{
    m_date = meeting.start;
    m_model->setMeeting(meeting.parties, meeting.delegations);
    m_view->expandAll();
    updateButtons();
}

int DelegationsEditor::addCountry(const QString &code, PartyRole role)
{
    const int row = m_model->addParty(code, role);
    m_view->setCurrentIndex(m_model->index(row, 0));
    return row;
}

int DelegationsEditor::currentPartyRow() const
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return m_model->rowCount() > 0 ? 0 : -1;
    return m_model->isMember(current) ? current.parent().row() : current.row();
}

void DelegationsEditor::addMember(int partyRow)
{
    if (partyRow < 0)
        partyRow = currentPartyRow();
    const QModelIndex member = m_model->addMember(partyRow);
    if (!member.isValid())
        return;
    m_view->setCurrentIndex(member);
    m_view->edit(member);
}

void DelegationsEditor::moveCurrent(int delta)
{
    const QModelIndex current = m_view->currentIndex();
    const int row = current.row() + delta;
    const QModelIndex parent = current.parent();
    if (m_model->moveMember(current, delta))
        m_view->setCurrentIndex(m_model->index(row, current.column(), parent));
}

void DelegationsEditor::removeCurrent()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return;
    if (m_model->isMember(current)) {
        m_model->removeMember(current);
        return;
    }
    // A country with people in its delegation stops taking part but keeps them: the meeting
    // editor then refuses to save and says why, and Remove once more (or a role given back)
    // settles it. Nothing typed goes without a second, deliberate step.
    m_model->withdrawParty(current.row());
    updateButtons();
}

PersonChoice DelegationsEditor::choiceFor(qint64 personId) const
{
    PersonChoice choice;
    choice.id = personId;
    if (!m_session)
        return choice;
    auto person = PersonRepository(m_session->catalogue()).get(personId);
    if (!person)
        return choice;
    choice.nameLatin = person->nameLatin;
    choice.nameNative = person->nameNative;
    // The post held on the day the meeting began, from the person's history.
    if (m_date.isValid()) {
        if (const Position *p = person->positionOn(m_date.firstDay()))
            choice.position = p->title;
    }
    return choice;
}

void DelegationsEditor::createPerson(const QModelIndex &member, const QString &name)
{
    const QPersistentModelIndex index(member);
    PersonDialog dialog(m_names, this);
    dialog.setName(name);
    dialog.setCountry(m_model->countryOf(member));
    if (dialog.exec() != QDialog::Accepted || !m_session || !index.isValid()) {
        if (index.isValid())
            m_model->setData(index, name); // kept as typed
        return;
    }
    const Person person = dialog.person();
    // One step for the user: the new person and their place in the delegation.
    m_session->beginMacro(tr("add “%1” to the delegation of %2")
                              .arg(person.displayName(), m_names.value(m_model->countryOf(index))));
    auto command = std::make_unique<CreatePersonCommand>(*m_session, person);
    CreatePersonCommand *create = command.get();
    const Status created = m_session->execute(std::move(command));
    if (created)
        m_model->setData(index, QVariant::fromValue(choiceFor(create->personId())), Role::Id);
    m_session->endMacro();
    if (!created)
        QMessageBox::warning(this, tr("Cannot Add the Person"), created.error().message);
}

void DelegationsEditor::updateButtons()
{
    const QModelIndex current = m_view->currentIndex();
    m_addMember->setEnabled(m_model->rowCount() > 0);
    m_remove->setEnabled(current.isValid());
    const bool member = m_model->isMember(current);
    m_up->setEnabled(member && current.row() > 0);
    m_down->setEnabled(member && current.row() + 1 < m_model->rowCount(current.parent()));
}

} // namespace entente

#include "topicseditor.h"

#include "commands/undosession.h"
#include "domain/namefolding.h"
#include "models/topicsmodel.h"
#include "storage/topicrepository.h"

#include <QCompleter>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QListView>
#include <QShortcut>
#include <QStringListModel>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace entente {

TopicsEditor::TopicsEditor(QWidget *parent)
    : QWidget(parent)
    , m_model(new TopicsModel(this))
    , m_view(new QListView(this))
    , m_field(new QLineEdit(this))
    , m_add(new QToolButton(this))
    , m_remove(new QToolButton(this))
    , m_paths(new QStringListModel(this))
    , m_completer(new QCompleter(m_paths, this))
{
    m_view->setObjectName(u"topicsList"_s);
    m_view->setAccessibleName(tr("Topics of the meeting"));
    m_view->setModel(m_model);
    m_view->setAlternatingRowColors(true);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_field->setObjectName(u"topicField"_s);
    m_field->setAccessibleName(tr("Topic to add"));
    m_field->setPlaceholderText(tr("Add a topic: type any part of its name"));
    m_field->setClearButtonEnabled(true);
    m_completer->setFilterMode(Qt::MatchContains);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setMaxVisibleItems(12);
    m_field->setCompleter(m_completer);
    m_add->setObjectName(u"addTopic"_s);
    m_add->setText(tr("Add"));
    m_add->setIcon(QIcon::fromTheme(u"list-add"_s));
    m_add->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_add->setAutoRaise(false);
    m_remove->setObjectName(u"removeTopic"_s);
    m_remove->setText(tr("Remove"));
    m_remove->setIcon(QIcon::fromTheme(u"list-remove"_s));
    m_remove->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_remove->setAutoRaise(false);

    auto *adding = new QHBoxLayout;
    adding->addWidget(m_field, 1);
    adding->addWidget(m_add);
    adding->addWidget(m_remove);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view, 1);
    layout->addLayout(adding);

    connect(m_add, &QToolButton::clicked, this, &TopicsEditor::addTyped);
    connect(m_field, &QLineEdit::returnPressed, this, &TopicsEditor::addTyped);
    connect(m_remove, &QToolButton::clicked, this, &TopicsEditor::removeCurrent);
    auto *remove = new QShortcut(QKeySequence::Delete, m_view);
    remove->setContext(Qt::WidgetShortcut);
    connect(remove, &QShortcut::activated, this, &TopicsEditor::removeCurrent);
    connect(m_model, &TopicsModel::edited, this, &TopicsEditor::edited);
}

void TopicsEditor::reloadVocabulary()
{
    m_idsByPath.clear();
    QStringList paths;
    if (m_session) {
        if (auto topics = TopicRepository(m_session->catalogue()).all()) {
            for (const Topic &t : std::as_const(*topics)) {
                paths.append(t.path);
                m_idsByPath.insert(t.path, t.id);
            }
        }
    }
    m_paths->setStringList(paths);
}

void TopicsEditor::setMeeting(const Meeting &meeting)
{
    m_model->setTopics(meeting.topics);
}

void TopicsEditor::addTyped()
{
    const QString text = m_field->text().trimmed();
    if (text.isEmpty())
        return;
    // A path or a name of a known topic picks it; anything else is a new topic.
    qint64 id = m_idsByPath.value(text);
    QString name = text.section(u" › "_s, -1);
    if (id == 0) {
        const QString folded = NameFolding::fold(text);
        for (auto it = m_idsByPath.cbegin(); it != m_idsByPath.cend(); ++it) {
            if (NameFolding::fold(it.key().section(u" › "_s, -1)) == folded) {
                id = it.value();
                name = it.key().section(u" › "_s, -1);
                break;
            }
        }
    }
    m_model->addTopic({id, name});
    m_field->clear();
}

void TopicsEditor::removeCurrent()
{
    if (const QModelIndex current = m_view->currentIndex(); current.isValid())
        m_model->removeTopic(current.row());
}

} // namespace entente

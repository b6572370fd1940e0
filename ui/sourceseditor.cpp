#include "sourceseditor.h"

#include "models/roles.h"
#include "models/sourcesmodel.h"
#include "partialdatedelegate.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace entente {

SourcesEditor::SourcesEditor(QWidget *parent)
    : QWidget(parent)
    , m_model(new SourcesModel(this))
    , m_view(new QTableView(this))
    , m_text(new QPlainTextEdit(this))
    , m_add(new QToolButton(this))
    , m_remove(new QToolButton(this))
{
    m_model->setLocale(locale());
    m_view->setObjectName(u"sourcesTable"_s);
    m_view->setAccessibleName(tr("Sources"));
    m_view->setModel(m_model);
    m_view->setItemDelegate(new ProblemDelegate(this));
    m_view->setItemDelegateForColumn(SourceColumn::Published, new PartialDateDelegate(this));
    m_view->verticalHeader()->hide();
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->horizontalHeader()->setStretchLastSection(true);
    const int em = fontMetrics().horizontalAdvance(u'M');
    m_view->horizontalHeader()->resizeSection(SourceColumn::Publisher, 14 * em);
    m_view->horizontalHeader()->resizeSection(SourceColumn::Title, 18 * em);
    m_view->horizontalHeader()->resizeSection(SourceColumn::Url, 10 * em);
    m_view->setMaximumHeight(fontMetrics().height() * 7);
    m_text->setObjectName(u"sourceText"_s);
    m_text->setAccessibleName(tr("Text of the source"));
    m_text->setPlaceholderText(tr("The text of the selected source: the press release itself"));
    m_text->installEventFilter(this);
    m_text->setTabChangesFocus(true);

    m_add->setObjectName(u"addSource"_s);
    m_add->setText(tr("Add &Source"));
    m_add->setIcon(QIcon::fromTheme(u"list-add"_s));
    m_add->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_add->setAutoRaise(false);
    m_remove->setText(tr("Remove"));
    m_remove->setIcon(QIcon::fromTheme(u"list-remove"_s));
    m_remove->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_remove->setAutoRaise(false);

    auto *textLabel = new QLabel(tr("&Text:"), this);
    textLabel->setBuddy(m_text);
    auto *tools = new QHBoxLayout;
    tools->addWidget(m_add);
    tools->addWidget(m_remove);
    tools->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    layout->addLayout(tools);
    layout->addWidget(textLabel);
    layout->addWidget(m_text, 1);

    connect(m_add, &QToolButton::clicked, this, &SourcesEditor::addSource);
    connect(m_remove, &QToolButton::clicked, this, [this] {
        if (const QModelIndex current = m_view->currentIndex(); current.isValid())
            m_model->removeSource(current.row());
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &SourcesEditor::showText);
    connect(m_model, &SourcesModel::edited, this, &SourcesEditor::edited);
}

SourcesEditor::~SourcesEditor()
{
    // Children lose focus while the widget goes, and a field that loses focus finishes its
    // entry: its signals must not reach this half-destroyed object.
    for (QObject *child : findChildren<QObject *>())
        child->disconnect(this);
}

void SourcesEditor::setMeeting(const Meeting &meeting)
{
    m_model->setSources(meeting.sources);
    if (m_model->rowCount() > 0)
        m_view->setCurrentIndex(m_model->index(0, 0));
    showText();
}

void SourcesEditor::addSource()
{
    const QModelIndex added = m_model->addSource();
    m_view->setCurrentIndex(added);
    m_view->edit(added);
}

void SourcesEditor::showText()
{
    const int row = m_view->currentIndex().row();
    m_text->setEnabled(row >= 0);
    m_text->setPlainText(m_model->text(row));
}

bool SourcesEditor::eventFilter(QObject *watched, QEvent *event)
{
    // The text is saved when the user leaves it, like every other field.
    if (watched == m_text && event->type() == QEvent::FocusOut) {
        const int row = m_view->currentIndex().row();
        if (row >= 0)
            m_model->setText(row, m_text->toPlainText());
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace entente

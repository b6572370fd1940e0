#include "documentseditor.h"

#include "choicedelegate.h"
#include "commands/undosession.h"
#include "countrylistdelegate.h"
#include "documentlinkdelegate.h"
#include "headermemory.h"
#include "models/documentsmodel.h"
#include "models/roles.h"
#include "partialdatedelegate.h"
#include "storage/documentrepository.h"
#include "toolbutton.h"

#include <QCollator>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QShortcut>
#include <QStyle>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace entente {

namespace {

QList<ChoiceDelegate::Choice> sortedChoices(const QHash<QString, QString> &labels, QLocale locale)
{
    QList<ChoiceDelegate::Choice> choices;
    for (auto it = labels.cbegin(); it != labels.cend(); ++it)
        choices.append({it.key(), it.value()});
    QCollator collator(locale);
    std::sort(choices.begin(), choices.end(),
              [&](const auto &a, const auto &b) { return collator.compare(a.label, b.label) < 0; });
    return choices;
}

} // namespace

DocumentsEditor::DocumentsEditor(QWidget *parent)
    : QWidget(parent)
    , m_model(new DocumentsModel(this))
    , m_view(new QTableView(this))
    , m_kinds(new ChoiceDelegate(this))
    , m_actions(new ChoiceDelegate(this))
    , m_parties(new CountryListDelegate(this))
    , m_links(new DocumentLinkDelegate(this))
{
    m_view->setObjectName(u"documentsTable"_s);
    m_view->setAccessibleName(tr("Outcome documents"));
    m_view->setModel(m_model);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->setMinimumHeight(120);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                            QAbstractItemView::AnyKeyPressed);
    auto *dates = new PartialDateDelegate(this);
    m_view->setItemDelegate(new ProblemDelegate(this));
    m_view->setItemDelegateForColumn(DocumentColumn::Kind, m_kinds);
    m_view->setItemDelegateForColumn(DocumentColumn::Action, m_actions);
    m_view->setItemDelegateForColumn(DocumentColumn::Date, dates);
    m_view->setItemDelegateForColumn(DocumentColumn::PeriodStart, dates);
    m_view->setItemDelegateForColumn(DocumentColumn::PeriodEnd, dates);
    m_view->setItemDelegateForColumn(DocumentColumn::Parties, m_parties);
    m_view->setItemDelegateForColumn(DocumentColumn::Link, m_links);
    const int em = fontMetrics().horizontalAdvance(u'M');
    QHeaderView *header = m_view->horizontalHeader();
    header->setStretchLastSection(true);
    header->resizeSection(DocumentColumn::Title, 20 * em);
    header->resizeSection(DocumentColumn::Kind, 8 * em);
    header->resizeSection(DocumentColumn::Action, 7 * em);
    header->resizeSection(DocumentColumn::Date, 7 * em);
    header->resizeSection(DocumentColumn::PeriodStart, 7 * em);
    header->resizeSection(DocumentColumn::PeriodEnd, 7 * em);
    header->resizeSection(DocumentColumn::Parties, 10 * em);
    rememberHeader(header, u"meetingDocuments"_s);

    m_add = makeToolButton(tr("Add &Document"), QIcon::fromTheme(u"document-new"_s), this);
    m_add->setObjectName(u"addDocument"_s);
    m_add->setToolTip(tr("Add an outcome document of the meeting"));
    m_remove = makeToolButton(tr("Remove"), QIcon::fromTheme(u"list-remove"_s), this);
    m_remove->setObjectName(u"removeDocument"_s);
    m_up = makeToolButton(QString(), style()->standardIcon(QStyle::SP_ArrowUp), this);
    m_up->setAccessibleName(tr("Move up"));
    m_up->setToolTip(tr("Move up (Ctrl+Up)"));
    m_down = makeToolButton(QString(), style()->standardIcon(QStyle::SP_ArrowDown), this);
    m_down->setAccessibleName(tr("Move down"));
    m_down->setToolTip(tr("Move down (Ctrl+Down)"));
    auto *tools = new QHBoxLayout;
    tools->addWidget(m_add);
    tools->addWidget(m_remove);
    tools->addStretch();
    tools->addWidget(m_up);
    tools->addWidget(m_down);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view, 1);
    layout->addLayout(tools);

    connect(m_add, &QToolButton::clicked, this, &DocumentsEditor::addDocument);
    connect(m_remove, &QToolButton::clicked, this, &DocumentsEditor::removeCurrent);
    connect(m_up, &QToolButton::clicked, this, [this] { moveCurrent(-1); });
    connect(m_down, &QToolButton::clicked, this, [this] { moveCurrent(1); });
    for (const auto &[keys, delta] : {std::pair{Qt::Key_Up, -1}, std::pair{Qt::Key_Down, 1}}) {
        auto *shortcut = new QShortcut(QKeySequence(Qt::CTRL | keys), m_view);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, [this, d = delta] { moveCurrent(d); });
    }
    connect(m_model, &DocumentsModel::edited, this, &DocumentsEditor::edited);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &DocumentsEditor::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &DocumentsEditor::updateButtons);
    updateButtons();
}

void DocumentsEditor::setSession(UndoSession *session)
{
    m_session = session;
    m_links->setFinder([this](const QString &words) {
        if (!m_session)
            return QList<DocumentRow>();
        auto found = DocumentRepository(m_session->catalogue()).findByTitle(words);
        return found ? *found : QList<DocumentRow>();
    });
}

void DocumentsEditor::setLabels(const QHash<QString, QString> &kinds,
                                const QHash<QString, QString> &actions,
                                const QHash<QString, QString> &countries)
{
    m_model->setLabels(kinds, actions, countries);
    m_model->setLocale(locale());
    m_kinds->setChoices(sortedChoices(kinds, locale()));
    m_actions->setChoices(sortedChoices(actions, locale()));
    m_parties->setCountries(countries);
}

void DocumentsEditor::setMeeting(const Meeting &meeting)
{
    m_meetingParties.clear();
    for (const Party &p : meeting.parties)
        m_meetingParties.append(p.country);
    m_meetingDate = meeting.start;
    m_model->setDocuments(meeting.documents);
}

void DocumentsEditor::addDocument()
{
    const QModelIndex title =
        m_model->addDocument(u"agreement"_s, u"signed"_s, m_meetingParties, m_meetingDate);
    m_view->setCurrentIndex(title);
    m_view->edit(title);
}

void DocumentsEditor::removeCurrent()
{
    if (const QModelIndex current = m_view->currentIndex(); current.isValid())
        m_model->removeDocument(current.row());
}

void DocumentsEditor::moveCurrent(int delta)
{
    const QModelIndex current = m_view->currentIndex();
    if (current.isValid() && m_model->moveDocument(current.row(), delta))
        m_view->setCurrentIndex(m_model->index(current.row() + delta, current.column()));
}

void DocumentsEditor::updateButtons()
{
    const QModelIndex current = m_view->currentIndex();
    m_remove->setEnabled(current.isValid());
    m_up->setEnabled(current.isValid() && current.row() > 0);
    m_down->setEnabled(current.isValid() && current.row() + 1 < m_model->rowCount());
}

} // namespace entente

#include "documentsview.h"

#include "commands/undosession.h"
#include "headermemory.h"
#include "models/documentlistmodel.h"
#include "models/documentsmodel.h"
#include "models/roles.h"
#include "storage/documentrepository.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTableView>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace entente {

DocumentsView::DocumentsView(UndoSession &session, const DisplayLabels &labels, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_labels(labels)
    , m_model(new DocumentListModel(
          [&session](qint64 after, int limit) {
              auto page = DocumentRepository(session.catalogue()).page(after, limit);
              return page ? *page : QList<DocumentRow>();
          },
          this))
    , m_table(new QTableView(this))
    , m_chain(new QTreeWidget(this))
{
    setObjectName(u"documentsView"_s);
    setWindowTitle(tr("Outcome Documents"));
    setWindowFlag(Qt::WindowMaximizeButtonHint);
    m_model->setLabels(labels.documentKinds, labels.documentActions);
    m_model->setLocale(locale());
    m_table->setObjectName(u"documentsList"_s);
    m_table->setAccessibleName(tr("Outcome documents of the catalogue"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false); // arrows move in the list, Tab on to the links
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->hideColumn(DocumentColumn::Parties);
    m_table->hideColumn(DocumentColumn::Link);
    const int em = fontMetrics().horizontalAdvance(u'M');
    QHeaderView *header = m_table->horizontalHeader();
    header->resizeSection(DocumentColumn::Title, 30 * em);
    header->resizeSection(DocumentColumn::Kind, 8 * em);
    header->resizeSection(DocumentColumn::Action, 7 * em);
    header->resizeSection(DocumentColumn::Date, 10 * em);
    header->resizeSection(DocumentColumn::PeriodStart, 7 * em);
    header->resizeSection(DocumentColumn::PeriodEnd, 7 * em);
    header->setStretchLastSection(true);
    rememberHeader(header, u"documents"_s);

    m_chain->setObjectName(u"documentChain"_s);
    m_chain->setAccessibleName(tr("Linked documents"));
    m_chain->setHeaderLabels({tr("Linked documents")});
    m_chain->setWordWrap(true);
    m_chain->setRootIsDecorated(true);
    m_chain->setAlternatingRowColors(true);

    auto *chainPane = new QWidget(this);
    auto *chainLayout = new QVBoxLayout(chainPane);
    chainLayout->setContentsMargins(0, 0, 0, 0);
    auto *hint = new QLabel(tr("How the selected document links to others, oldest first."), this);
    hint->setWordWrap(true);
    chainLayout->addWidget(hint);
    chainLayout->addWidget(m_chain, 1);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(chainPane);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *open = buttons->addButton(tr("&Open Meeting"), QDialogButtonBox::ActionRole);
    open->setObjectName(u"openMeeting"_s);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    connect(open, &QPushButton::clicked, this, [this] {
        if (const QModelIndex current = m_table->currentIndex(); current.isValid())
            Q_EMIT meetingActivated(current.data(Role::MeetingId).toLongLong());
    });
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT meetingActivated(index.data(Role::MeetingId).toLongLong());
    });
    connect(m_chain, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        if (const qint64 meeting = item->data(0, Role::MeetingId).toLongLong(); meeting > 0)
            Q_EMIT meetingActivated(meeting);
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &DocumentsView::showChain);
    connect(&m_session, &UndoSession::changed, this, &DocumentsView::onChanged);
    new QShortcut(QKeySequence::Close, this, this, &QDialog::close);
    // Return on a document opens its meeting (activated); the table passes the key on to the
    // dialog, which must not press a default button as well and open it twice.
    for (QPushButton *button : buttons->findChildren<QPushButton *>())
        button->setAutoDefault(false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);
    resize(1100, 640);
    m_model->fetchMore({});
    if (m_model->rowCount() > 0)
        m_table->selectRow(0);
}

void DocumentsView::showChain()
{
    m_chain->clear();
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return;
    const qint64 id = current.data(Role::Id).toLongLong();
    QList<StoredLink> links;
    auto chain = DocumentRepository(m_session.catalogue()).chain(id, &links);
    if (!chain)
        return;
    QHash<qint64, QString> titles;
    for (const DocumentRow &d : std::as_const(*chain))
        titles.insert(d.id, d.title);
    for (const DocumentRow &d : std::as_const(*chain)) {
        QStringList facts = {m_labels.documentKind(d.kind), m_labels.documentAction(d.action)};
        if (d.date.isValid())
            facts.append(d.date.toDisplayString(locale()));
        auto *item = new QTreeWidgetItem(m_chain, {d.title % u"\n"_s % facts.join(u" · "_s)});
        item->setData(0, Role::MeetingId, d.meetingId);
        item->setToolTip(0, tr("From “%1”").arg(d.meetingTitle));
        if (d.id == id) {
            QFont bold = item->font(0);
            bold.setBold(true);
            item->setFont(0, bold);
        }
        for (const StoredLink &l : std::as_const(links)) {
            if (l.from == d.id) {
                auto *link = new QTreeWidgetItem(
                    item, {DocumentsModel::linkText({l.relation, l.to, titles.value(l.to)})});
                link->setData(0, Role::MeetingId, d.meetingId);
            }
        }
    }
    m_chain->expandAll();
}

void DocumentsView::onChanged(const ChangeSet &changes)
{
    if (changes.meetings.isEmpty() && changes.removedMeetings.isEmpty() && !changes.vocabulary)
        return;
    m_model->reload();
    m_model->fetchMore({});
    m_chain->clear();
}

} // namespace entente

#include "meetingspanel.h"

#include "models/meetingtablemodel.h"
#include "models/roles.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QTableView>
#include <QVBoxLayout>

namespace entente {

MeetingsPanel::MeetingsPanel(QWidget *parent)
    : QWidget(parent)
    , m_view(new QTableView(this))
{
    m_view->setObjectName(QStringLiteral("meetingsTable"));
    m_view->setAccessibleName(tr("Meetings"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setSortingEnabled(true);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    // Fixed row heights keep the view from measuring rows it has not fetched.
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->horizontalHeader()->setStretchLastSection(true);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
}

void MeetingsPanel::setModel(MeetingTableModel *model)
{
    m_model = model;
    m_view->setModel(model);
    if (!model)
        return;
    auto *header = m_view->horizontalHeader();
    const int em = fontMetrics().horizontalAdvance(QLatin1Char('M'));
    header->resizeSection(MeetingColumn::Date, 13 * em);
    header->resizeSection(MeetingColumn::Title, 30 * em);
    header->resizeSection(MeetingColumn::Place, 9 * em);
    header->resizeSection(MeetingColumn::Countries, 12 * em);
    m_view->sortByColumn(MeetingColumn::Date, Qt::DescendingOrder);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MeetingsPanel::onCurrentChanged);
}

qint64 MeetingsPanel::currentMeetingId() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.data(Role::Id).toLongLong() : 0;
}

void MeetingsPanel::selectRow(int row)
{
    if (!m_model || row < 0 || row >= m_model->rowCount())
        return;
    m_view->selectRow(row);
    m_view->setCurrentIndex(m_model->index(row, MeetingColumn::Title));
}

void MeetingsPanel::onCurrentChanged()
{
    Q_EMIT currentMeetingChanged(currentMeetingId());
}

QByteArray MeetingsPanel::saveState() const
{
    return m_view->horizontalHeader()->saveState();
}

void MeetingsPanel::restoreState(const QByteArray &state)
{
    m_view->horizontalHeader()->restoreState(state);
}

} // namespace entente

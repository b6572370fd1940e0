#include "meetingspanel.h"

#include "elidingdelegate.h"
#include "models/meetingtablemodel.h"
#include "models/roles.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

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
    // Places and names read better cut in the middle ("Saint…burg", "Sergey…rov"), whose ends
    // tell them apart; the tooltip holds the whole text.
    auto *middle = new ElidingDelegate(Qt::ElideMiddle, m_view);
    for (int column : {int(MeetingColumn::Place), int(MeetingColumn::Heads)})
        m_view->setItemDelegateForColumn(column, middle);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    // Fixed row heights keep the view from measuring rows it has not fetched.
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->horizontalHeader()->setStretchLastSection(false);

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
    fitColumns();
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

void MeetingsPanel::fitColumns()
{
    // Widths from the text of the rows already read (the first page: never a read of its own),
    // within bounds; the title takes the space left. A saved state then overrides the widths.
    auto *header = m_view->horizontalHeader();
    const int em = fontMetrics().horizontalAdvance(QLatin1Char('M'));
    const int padding = 2 * m_view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin) + em;
    const int rows = std::min(m_model->rowCount(), 200);
    const auto fit = [&](int column, int least, int most) {
        const QString heading =
            m_model->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString();
        int width = fontMetrics().horizontalAdvance(heading) + 2 * padding;
        for (int row = 0; row < rows; ++row) {
            const QString text = m_model->index(row, column).data().toString();
            width = std::max(width, fontMetrics().horizontalAdvance(text) + padding);
        }
        header->resizeSection(column, std::clamp(width, least * em, most * em));
    };
    fit(MeetingColumn::Date, 8, 20);
    fit(MeetingColumn::Place, 6, 14);
    fit(MeetingColumn::Countries, 8, 18);
    fit(MeetingColumn::Heads, 10, 24);
    header->setStretchLastSection(false);
    header->setSectionResizeMode(MeetingColumn::Title, QHeaderView::Stretch);
    m_fitted.clear();
    for (int column = 0; column < MeetingColumn::Count; ++column)
        m_fitted.append(header->sectionSize(column));
    m_restored = false;
    balanceColumns();
}

void MeetingsPanel::balanceColumns()
{
    if (m_restored || m_fitted.size() != MeetingColumn::Count)
        return;
    // The date is never cut (it is what the table is sorted by); the title keeps a third.
    const int available = m_view->viewport()->width();
    int others = 0;
    for (int column = MeetingColumn::Place; column < MeetingColumn::Count; ++column)
        others += m_fitted[column];
    const int room = available * 2 / 3 - m_fitted[MeetingColumn::Date];
    const double scale = others > room && others > 0 ? double(room) / others : 1.0;
    const int least = 6 * fontMetrics().horizontalAdvance(QLatin1Char(u'M'));
    auto *header = m_view->horizontalHeader();
    header->resizeSection(MeetingColumn::Date, m_fitted[MeetingColumn::Date]);
    for (int column = MeetingColumn::Place; column < MeetingColumn::Count; ++column)
        header->resizeSection(column, std::max(least, int(m_fitted[column] * scale)));
}

void MeetingsPanel::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    balanceColumns();
}

QByteArray MeetingsPanel::saveState() const
{
    return m_view->horizontalHeader()->saveState();
}

void MeetingsPanel::restoreState(const QByteArray &state)
{
    auto *header = m_view->horizontalHeader();
    m_restored = header->restoreState(state);
    // States saved before the title stretched keep their widths, but the title still fills.
    header->setStretchLastSection(false);
    header->setSectionResizeMode(MeetingColumn::Title, QHeaderView::Stretch);
}

} // namespace entente

#include "documentlistmodel.h"

#include "models/documentsmodel.h"
#include "models/roles.h"

using namespace Qt::StringLiterals;

namespace entente {

DocumentListModel::DocumentListModel(Fetcher fetcher, QObject *parent)
    : QAbstractTableModel(parent)
    , m_fetcher(std::move(fetcher))
{}

void DocumentListModel::setLabels(QHash<QString, QString> kinds, QHash<QString, QString> actions)
{
    m_kinds = std::move(kinds);
    m_actions = std::move(actions);
}

void DocumentListModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_atEnd = false;
    endResetModel();
}

int DocumentListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DocumentListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : DocumentColumn::Count;
}

bool DocumentListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd;
}

void DocumentListModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_atEnd)
        return;
    const QList<DocumentRow> page =
        m_fetcher(m_rows.isEmpty() ? 0 : m_rows.constLast().id, pageSize);
    m_atEnd = page.size() < pageSize;
    if (page.isEmpty())
        return;
    const int first = rowCount();
    beginInsertRows({}, first, first + int(page.size()) - 1);
    m_rows.append(page);
    endInsertRows();
}

QString DocumentListModel::text(const DocumentRow &d, int column) const
{
    switch (column) {
    case DocumentColumn::Title:
        return d.title;
    case DocumentColumn::Kind:
        return m_kinds.value(d.kind, d.kind);
    case DocumentColumn::Action:
        return m_actions.value(d.action, d.action);
    case DocumentColumn::Date:
        return d.date.toDisplayString(m_locale);
    case DocumentColumn::PeriodStart:
        return d.periodStart.toDisplayString(m_locale);
    case DocumentColumn::PeriodEnd:
        return d.periodEnd.toDisplayString(m_locale);
    case DocumentColumn::Meeting:
        return d.meetingTitle;
    }
    return {};
}

QVariant DocumentListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DocumentRow &d = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return text(d, index.column());
    case Qt::ToolTipRole:
        return index.column() == DocumentColumn::Title || index.column() == DocumentColumn::Meeting
                   ? QVariant(text(d, index.column()))
                   : QVariant();
    case Role::Id:
        return d.id;
    case Role::MeetingId:
        return d.meetingId;
    case Role::IsoDate:
        return d.date.toIso();
    }
    return {};
}

QVariant DocumentListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    // Across the catalogue a document shows its whole chain of links, hence the plural.
    if (section == DocumentColumn::Link)
        return tr("Links");
    const QString title = DocumentsModel::columnTitle(section);
    return title.isEmpty() ? QVariant() : QVariant(title);
}

} // namespace entente

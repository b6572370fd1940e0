#include "personlistmodel.h"

#include "models/roles.h"

#include <algorithm>

namespace entente {

PersonListModel::PersonListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    m_collator.setNumericMode(true);
    m_collator.setCaseSensitivity(Qt::CaseInsensitive);
}

void PersonListModel::setLocale(const QLocale &locale)
{
    m_collator = QCollator(locale);
    m_collator.setNumericMode(true);
    m_collator.setCaseSensitivity(Qt::CaseInsensitive);
    sort(m_sortColumn, m_sortOrder);
}

void PersonListModel::setPeople(QList<PersonSummary> people)
{
    beginResetModel();
    m_people = std::move(people);
    endResetModel();
    sort(m_sortColumn, m_sortOrder);
}

int PersonListModel::rowOf(qint64 id) const
{
    for (int i = 0; i < m_people.size(); ++i) {
        if (m_people.at(i).id == id)
            return i;
    }
    return -1;
}

int PersonListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_people.size());
}

int PersonListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : PersonColumn::Count;
}

QString PersonListModel::text(const PersonSummary &p, int column) const
{
    switch (column) {
    case PersonColumn::Name:
        return p.displayName();
    case PersonColumn::NativeName:
        return p.nameNative;
    case PersonColumn::Country:
        return m_countries.value(p.country, p.country);
    case PersonColumn::Meetings:
        return QString::number(p.meetings);
    }
    return {};
}

QVariant PersonListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PersonSummary &p = m_people.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        if (index.column() == PersonColumn::Meetings)
            return p.meetings;
        return text(p, index.column());
    case Qt::TextAlignmentRole:
        if (index.column() == PersonColumn::Meetings)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Role::Id:
        return p.id;
    case Role::Code:
        return index.column() == PersonColumn::Country ? p.country : QString();
    }
    return {};
}

QVariant PersonListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case PersonColumn::Name:
        return tr("Name");
    case PersonColumn::NativeName:
        return tr("Native name");
    case PersonColumn::Country:
        return tr("Country");
    case PersonColumn::Meetings:
        return tr("Meetings");
    }
    return {};
}

void PersonListModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= PersonColumn::Count)
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QList<qint64> ids;
    for (const QModelIndex &i : before)
        ids.append(m_people.at(i.row()).id);
    std::stable_sort(m_people.begin(), m_people.end(),
                     [&](const PersonSummary &a, const PersonSummary &b) {
                         int c = column == PersonColumn::Meetings
                                     ? (a.meetings < b.meetings ? -1 : a.meetings > b.meetings)
                                     : m_collator.compare(text(a, column), text(b, column));
                         if (c == 0)
                             c = m_collator.compare(a.displayName(), b.displayName());
                         return order == Qt::AscendingOrder ? c < 0 : c > 0;
                     });
    QModelIndexList after;
    for (int i = 0; i < before.size(); ++i)
        after.append(index(rowOf(ids.at(i)), before.at(i).column()));
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

} // namespace entente

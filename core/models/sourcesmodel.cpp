#include "sourcesmodel.h"

#include "models/roles.h"

namespace entente {

SourcesModel::SourcesModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void SourcesModel::setSources(const QList<Source> &sources)
{
    beginResetModel();
    m_sources = sources;
    endResetModel();
}

QModelIndex SourcesModel::addSource()
{
    const int row = rowCount();
    beginInsertRows({}, row, row);
    m_sources.append(Source());
    endInsertRows();
    Q_EMIT edited();
    return index(row, SourceColumn::Publisher);
}

void SourcesModel::removeSource(int row)
{
    if (row < 0 || row >= rowCount())
        return;
    beginRemoveRows({}, row, row);
    m_sources.removeAt(row);
    endRemoveRows();
    Q_EMIT edited();
}

void SourcesModel::setText(int row, const QString &text)
{
    if (row < 0 || row >= rowCount() || m_sources.at(row).text == text)
        return;
    m_sources[row].text = text;
    Q_EMIT edited();
}

int SourcesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_sources.size());
}

int SourcesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : SourceColumn::Count;
}

QVariant SourcesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Source &s = m_sources.at(index.row());
    if (role == Role::Problem && index.column() == SourceColumn::Published)
        return s.published.isNull() || s.published.isValid() ? QString() : s.published.problem();
    const bool edit = role == Qt::EditRole;
    if (!edit && role != Qt::DisplayRole && role != Qt::AccessibleTextRole &&
        role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case SourceColumn::Publisher:
        return s.publisher;
    case SourceColumn::Title:
        return s.title;
    case SourceColumn::Url:
        return s.url;
    case SourceColumn::Published:
        return edit ? QVariant::fromValue(s.published)
                    : QVariant(s.published.toDisplayString(m_locale));
    }
    return {};
}

bool SourcesModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    Source &s = m_sources[index.row()];
    const Source before = s;
    switch (index.column()) {
    case SourceColumn::Publisher:
        s.publisher = value.toString();
        break;
    case SourceColumn::Title:
        s.title = value.toString();
        break;
    case SourceColumn::Url:
        s.url = value.toString().trimmed();
        break;
    case SourceColumn::Published:
        s.published = value.canConvert<PartialDate>() ? value.value<PartialDate>()
                                                      : PartialDate::fromIso(value.toString());
        break;
    default:
        return false;
    }
    if (s == before)
        return false;
    Q_EMIT dataChanged(index, index);
    Q_EMIT edited();
    return true;
}

Qt::ItemFlags SourcesModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable | Qt::ItemNeverHasChildren;
}

QVariant SourcesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SourceColumn::Publisher:
        return tr("Publisher");
    case SourceColumn::Title:
        return tr("Title");
    case SourceColumn::Url:
        return tr("Address");
    case SourceColumn::Published:
        return tr("Published");
    }
    return {};
}

} // namespace entente

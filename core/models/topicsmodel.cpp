#include "topicsmodel.h"

#include "domain/namefolding.h"
#include "models/roles.h"

namespace entente {

TopicsModel::TopicsModel(QObject *parent)
    : QAbstractListModel(parent)
{}

void TopicsModel::setTopics(const QList<TopicRef> &topics)
{
    beginResetModel();
    m_topics = topics;
    endResetModel();
}

bool TopicsModel::addTopic(const TopicRef &topic)
{
    const QString folded = NameFolding::fold(topic.name);
    for (const TopicRef &t : std::as_const(m_topics)) {
        if ((topic.id > 0 && t.id == topic.id) || NameFolding::fold(t.name) == folded)
            return false;
    }
    const int row = rowCount();
    beginInsertRows({}, row, row);
    m_topics.append(topic);
    endInsertRows();
    Q_EMIT edited();
    return true;
}

void TopicsModel::removeTopic(int row)
{
    if (row < 0 || row >= rowCount())
        return;
    beginRemoveRows({}, row, row);
    m_topics.removeAt(row);
    endRemoveRows();
    Q_EMIT edited();
}

bool TopicsModel::moveTopic(int row, int delta)
{
    const int to = row + delta;
    if (row < 0 || row >= rowCount() || to < 0 || to >= rowCount())
        return false;
    if (!beginMoveRows({}, row, row, {}, delta > 0 ? to + 1 : to))
        return false;
    m_topics.move(row, to);
    endMoveRows();
    Q_EMIT edited();
    return true;
}

int TopicsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_topics.size());
}

QVariant TopicsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TopicRef &t = m_topics.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
    case Qt::AccessibleTextRole:
        return t.name;
    case Qt::ToolTipRole:
        return t.id > 0 ? QVariant()
                        : QVariant(tr("A new topic: added to the vocabulary when saved"));
    case Role::Id:
        return t.id;
    }
    return {};
}

} // namespace entente

#include "personcompletionmodel.h"

#include "models/roles.h"

using namespace Qt::StringLiterals;

namespace entente {

PersonCompletionModel::PersonCompletionModel(QObject *parent)
    : QAbstractListModel(parent)
{}

void PersonCompletionModel::setMatches(QList<PersonSummary> people, const QString &typed)
{
    beginResetModel();
    m_people = std::move(people);
    m_typed = typed.trimmed();
    endResetModel();
}

const PersonSummary *PersonCompletionModel::person(int row) const
{
    return row >= 0 && row < m_people.size() ? &m_people.at(row) : nullptr;
}

int PersonCompletionModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    return int(m_people.size()) + (m_typed.isEmpty() ? 0 : 1);
}

QVariant PersonCompletionModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PersonSummary *p = person(index.row());
    if (!p) { // the last row: create a new person
        switch (role) {
        case Qt::DisplayRole:
        case Qt::AccessibleTextRole:
            return tr("New person “%1”…").arg(m_typed);
        case Qt::EditRole:
            return m_typed;
        case Role::Id:
            return qint64(0);
        }
        return {};
    }
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole: {
        QStringList parts = {p->displayName()};
        if (!p->nameNative.isEmpty() && p->nameNative != p->displayName())
            parts.append(p->nameNative);
        if (!p->country.isEmpty())
            parts.append(m_countries.value(p->country, p->country));
        return parts.join(u" · "_s);
    }
    case Qt::EditRole:
        return p->displayName();
    case Role::Id:
        return p->id;
    case Role::Code:
        return p->country;
    }
    return {};
}

} // namespace entente

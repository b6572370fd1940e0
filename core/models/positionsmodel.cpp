#include "positionsmodel.h"

#include "models/roles.h"

using namespace Qt::StringLiterals;

namespace entente {

PositionsModel::PositionsModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void PositionsModel::setPositions(const QList<Position> &positions)
{
    beginResetModel();
    m_positions = positions;
    endResetModel();
}

QModelIndex PositionsModel::addPosition(const QString &country)
{
    const int row = rowCount();
    beginInsertRows({}, row, row);
    Position p;
    p.country = country;
    m_positions.append(p);
    endInsertRows();
    return index(row, PositionColumn::Title); // saved once it has a title
}

void PositionsModel::removePosition(int row)
{
    if (row < 0 || row >= rowCount())
        return;
    beginRemoveRows({}, row, row);
    m_positions.removeAt(row);
    endRemoveRows();
    Q_EMIT edited();
}

int PositionsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_positions.size());
}

int PositionsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : PositionColumn::Count;
}

QVariant PositionsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Position &p = m_positions.at(index.row());
    if (role == Role::Problem) {
        QStringList problems;
        for (const FieldProblem &problem : p.validate())
            problems.append(problem.message);
        return problems.join(u"; "_s);
    }
    if (role == Role::Code && index.column() == PositionColumn::Country)
        return p.country;
    const bool edit = role == Qt::EditRole;
    if (!edit && role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    switch (index.column()) {
    case PositionColumn::Title:
        return p.title;
    case PositionColumn::Organisation:
        return p.organisation;
    case PositionColumn::Country:
        return edit ? p.country : m_countries.value(p.country, p.country);
    case PositionColumn::From:
        return edit ? QVariant::fromValue(p.from) : QVariant(p.from.toDisplayString(m_locale));
    case PositionColumn::To:
        if (edit)
            return QVariant::fromValue(p.to);
        return p.to.isNull() ? tr("to date") : p.to.toDisplayString(m_locale);
    }
    return {};
}

bool PositionsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    Position &p = m_positions[index.row()];
    const Position before = p;
    const auto date = [&] {
        return value.canConvert<PartialDate>() ? value.value<PartialDate>()
                                               : PartialDate::fromIso(value.toString());
    };
    switch (index.column()) {
    case PositionColumn::Title:
        p.title = value.toString();
        break;
    case PositionColumn::Organisation:
        p.organisation = value.toString();
        break;
    case PositionColumn::Country:
        p.country = value.toString();
        break;
    case PositionColumn::From:
        p.from = date();
        break;
    case PositionColumn::To:
        p.to = date();
        break;
    default:
        return false;
    }
    if (p == before)
        return false;
    Q_EMIT dataChanged(index.siblingAtColumn(0), index.siblingAtColumn(PositionColumn::Count - 1));
    Q_EMIT edited();
    return true;
}

Qt::ItemFlags PositionsModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable | Qt::ItemNeverHasChildren;
}

QVariant PositionsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case PositionColumn::Title:
        return tr("Position");
    case PositionColumn::Organisation:
        return tr("Organisation");
    case PositionColumn::Country:
        return tr("Country");
    case PositionColumn::From:
        return tr("From");
    case PositionColumn::To:
        return tr("To");
    }
    return {};
}

} // namespace entente

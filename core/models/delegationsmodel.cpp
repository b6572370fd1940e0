#include "delegationsmodel.h"

#include "models/roles.h"

#include <QFont>

using namespace Qt::StringLiterals;

namespace entente {

namespace {
// Internal ids: 0 for a party row, party row + 1 for its members.
constexpr quintptr partyLevel = 0;
} // namespace

DelegationsModel::DelegationsModel(QObject *parent)
    : QAbstractItemModel(parent)
{}

void DelegationsModel::setCountryNames(QHash<QString, QString> names)
{
    m_names = std::move(names);
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, 0));
}

void DelegationsModel::setMeeting(const QList<Party> &parties, const QList<Delegation> &delegations)
{
    beginResetModel();
    m_rows.clear();
    for (const Party &p : parties)
        m_rows.append({p, {}, false, true});
    for (const Delegation &d : delegations) {
        auto it = std::find_if(m_rows.begin(), m_rows.end(),
                               [&](const PartyRow &r) { return r.party.country == d.country; });
        if (it == m_rows.end()) // kept, so that saving reports it instead of dropping it
            it = m_rows.insert(m_rows.end(),
                               {{d.country, PartyRole::Participant}, {}, false, false});
        it->members = d.members;
        it->delegation = true;
    }
    endResetModel();
}

QList<Party> DelegationsModel::parties() const
{
    QList<Party> parties;
    for (const PartyRow &r : m_rows) {
        if (r.takingPart)
            parties.append(r.party);
    }
    return parties;
}

QList<Delegation> DelegationsModel::delegations() const
{
    QList<Delegation> delegations;
    for (const PartyRow &r : m_rows) {
        if (r.delegation || !r.members.isEmpty())
            delegations.append({r.party.country, r.members});
    }
    return delegations;
}

int DelegationsModel::addParty(const QString &country, PartyRole role)
{
    for (int i = 0; i < m_rows.size(); ++i) {
        PartyRow &existing = m_rows[i];
        if (existing.party.country != country)
            continue;
        if (!existing.takingPart) {
            existing.takingPart = true;
            existing.party.role = role;
            Q_EMIT dataChanged(index(i, 0), index(i, DelegationColumn::Count - 1));
            Q_EMIT edited();
        }
        return i;
    }
    const int row = int(m_rows.size());
    beginInsertRows({}, row, row);
    m_rows.append({{country, role}, {}, false, true});
    endInsertRows();
    Q_EMIT edited();
    return row;
}

void DelegationsModel::withdrawParty(int row)
{
    if (row < 0 || row >= m_rows.size())
        return;
    PartyRow &party = m_rows[row];
    if (!party.takingPart || party.members.isEmpty())
        return removeParty(row);
    party.takingPart = false;
    Q_EMIT dataChanged(index(row, 0), index(row, DelegationColumn::Count - 1));
    Q_EMIT edited();
}

bool DelegationsModel::takesPart(int row) const
{
    return row >= 0 && row < m_rows.size() && m_rows.at(row).takingPart;
}

void DelegationsModel::removeParty(int row)
{
    if (row < 0 || row >= m_rows.size())
        return;
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    endRemoveRows();
    Q_EMIT edited();
}

QModelIndex DelegationsModel::addMember(int partyRow)
{
    if (partyRow < 0 || partyRow >= m_rows.size())
        return {};
    PartyRow &party = m_rows[partyRow];
    const int row = int(party.members.size());
    beginInsertRows(index(partyRow, 0), row, row);
    DelegationMember member;
    member.head = party.members.isEmpty(); // the first one named usually heads it
    party.members.append(member);
    party.delegation = true;
    endInsertRows();
    // Not edited() yet: an empty member cannot be saved; picking the person is the edit.
    return index(row, DelegationColumn::Name, index(partyRow, 0));
}

void DelegationsModel::removeMember(const QModelIndex &member)
{
    if (!isMember(member))
        return;
    const int party = int(member.internalId() - 1);
    beginRemoveRows(member.parent(), member.row(), member.row());
    m_rows[party].members.removeAt(member.row());
    endRemoveRows();
    Q_EMIT edited();
}

bool DelegationsModel::moveMember(const QModelIndex &member, int delta)
{
    if (!isMember(member))
        return false;
    const int from = member.row();
    const int to = from + delta;
    if (to < 0 || to >= rowCount(member.parent()))
        return false;
    // moveRows' destination is the row the item goes before, in the old numbering.
    if (!moveRows(member.parent(), from, 1, member.parent(), delta > 0 ? to + 1 : to))
        return false;
    Q_EMIT edited();
    return true;
}

bool DelegationsModel::moveRows(const QModelIndex &sourceParent, int sourceRow, int count,
                                const QModelIndex &destinationParent, int destinationChild)
{
    // Members move within their own delegation only.
    if (!sourceParent.isValid() || sourceParent != destinationParent || count != 1 ||
        sourceParent.internalId() != partyLevel)
        return false;
    QList<DelegationMember> &members = m_rows[sourceParent.row()].members;
    if (sourceRow < 0 || sourceRow >= members.size() || destinationChild < 0 ||
        destinationChild > members.size() || destinationChild == sourceRow ||
        destinationChild == sourceRow + 1)
        return false;
    if (!beginMoveRows(sourceParent, sourceRow, sourceRow, destinationParent, destinationChild))
        return false;
    members.move(sourceRow, destinationChild > sourceRow ? destinationChild - 1 : destinationChild);
    endMoveRows();
    return true;
}

bool DelegationsModel::isMember(const QModelIndex &index) const
{
    return index.isValid() && index.model() == this && index.internalId() != partyLevel;
}

QString DelegationsModel::countryOf(const QModelIndex &index) const
{
    if (!index.isValid())
        return {};
    const int party = isMember(index) ? int(index.internalId() - 1) : index.row();
    return m_rows.value(party).party.country;
}

const DelegationMember *DelegationsModel::member(const QModelIndex &index) const
{
    if (!isMember(index))
        return nullptr;
    const auto &members = m_rows.at(int(index.internalId() - 1)).members;
    return index.row() < members.size() ? &members.at(index.row()) : nullptr;
}

QModelIndex DelegationsModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= DelegationColumn::Count || row < 0)
        return {};
    if (!parent.isValid())
        return row < m_rows.size() ? createIndex(row, column, partyLevel) : QModelIndex();
    if (parent.internalId() != partyLevel || parent.row() >= m_rows.size())
        return {};
    if (row >= m_rows.at(parent.row()).members.size())
        return {};
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex DelegationsModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == partyLevel)
        return {};
    return createIndex(int(child.internalId() - 1), 0, partyLevel);
}

int DelegationsModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_rows.size());
    if (parent.internalId() != partyLevel || parent.column() != 0)
        return 0;
    return int(m_rows.at(parent.row()).members.size());
}

int DelegationsModel::columnCount(const QModelIndex &) const
{
    return DelegationColumn::Count;
}

QVariant DelegationsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (const DelegationMember *m = member(index))
        return memberData(*m, index.column(), role);
    return partyData(m_rows.at(index.row()), index.column(), role);
}

QVariant DelegationsModel::partyData(const PartyRow &row, int column, int role) const
{
    const QString name = m_names.value(row.party.country, row.party.country);
    if (role == Role::Code) {
        if (column != DelegationColumn::Position)
            return row.party.country;
        return row.takingPart ? roleCode(row.party.role) : QString();
    }
    if (role == Role::Problem && column == DelegationColumn::Name && !row.takingPart)
        return tr("%1 does not take part in the meeting: give it a role again, or remove its "
                  "delegation")
            .arg(name);
    if (role == Qt::FontRole && column == DelegationColumn::Name) {
        QFont bold;
        bold.setBold(true);
        bold.setItalic(!row.takingPart);
        return bold;
    }
    if (role != Qt::DisplayRole && role != Qt::EditRole && role != Qt::AccessibleTextRole)
        return {};
    if (column == DelegationColumn::Name)
        return name;
    if (column == DelegationColumn::Position) {
        if (!row.takingPart)
            return role == Qt::EditRole ? QString() : tr("not taking part");
        return role == Qt::EditRole ? roleCode(row.party.role) : roleLabel(row.party.role);
    }
    return {};
}

QVariant DelegationsModel::memberData(const DelegationMember &m, int column, int role) const
{
    switch (column) {
    case DelegationColumn::Name:
        if (role == Role::Id)
            return m.personId;
        if (role == Role::Problem && m.personId <= 0)
            return m.displayName().isEmpty()
                       ? tr("Choose a person from the catalogue")
                       : tr("“%1” is not in the catalogue: choose a person, or create one")
                             .arg(m.displayName());
        if (role == Qt::EditRole)
            return m.displayName();
        if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole) {
            if (!m.nameNative.isEmpty() && !m.nameLatin.isEmpty() && m.nameNative != m.nameLatin)
                return tr("%1 (%2)").arg(m.nameLatin, m.nameNative);
            return m.displayName();
        }
        return {};
    case DelegationColumn::Position:
        if (role == Qt::DisplayRole || role == Qt::EditRole || role == Qt::AccessibleTextRole)
            return m.position;
        return {};
    case DelegationColumn::Head:
        if (role == Qt::CheckStateRole)
            return m.head ? Qt::Checked : Qt::Unchecked;
        if (role == Qt::AccessibleTextRole)
            return m.head ? tr("head of delegation") : QString();
        return {};
    }
    return {};
}

bool DelegationsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    if (!isMember(index)) {
        if (index.column() != DelegationColumn::Position || role != Qt::EditRole)
            return false;
        const auto partyRole = roleFromCode(value.toString());
        PartyRow &row = m_rows[index.row()];
        if (!partyRole || (*partyRole == row.party.role && row.takingPart))
            return false;
        row.party.role = *partyRole;
        row.takingPart = true; // a country left with its delegation takes part again
        const QModelIndex name = index.siblingAtColumn(DelegationColumn::Name);
        Q_EMIT dataChanged(name, name);
        Q_EMIT dataChanged(index, index);
        Q_EMIT edited();
        return true;
    }

    QList<DelegationMember> &members = m_rows[int(index.internalId() - 1)].members;
    DelegationMember &m = members[index.row()];
    const QModelIndex first = index.siblingAtColumn(0);
    const QModelIndex last = index.siblingAtColumn(DelegationColumn::Count - 1);
    switch (index.column()) {
    case DelegationColumn::Name:
        if (role == Role::Id && value.canConvert<PersonChoice>()) {
            const auto choice = value.value<PersonChoice>();
            m.personId = choice.id;
            m.nameLatin = choice.nameLatin;
            m.nameNative = choice.nameNative;
            if (!choice.position.isEmpty())
                m.position = choice.position;
        } else if (role == Qt::EditRole) {
            const QString text = value.toString().trimmed();
            if (text == m.displayName())
                return false;
            // Typed but not (yet) a person of the catalogue: kept, marked, not saved.
            m.personId = 0;
            m.nameLatin = text;
            m.nameNative.clear();
        } else {
            return false;
        }
        break;
    case DelegationColumn::Position:
        if (role != Qt::EditRole || value.toString() == m.position)
            return false;
        m.position = value.toString();
        break;
    case DelegationColumn::Head: {
        if (role != Qt::CheckStateRole)
            return false;
        const bool head = value.value<Qt::CheckState>() == Qt::Checked;
        if (head == m.head)
            return false;
        // One head per delegation: naming a new one relieves the old one.
        if (head) {
            for (int i = 0; i < members.size(); ++i) {
                if (i != index.row() && members[i].head) {
                    members[i].head = false;
                    const QModelIndex other =
                        this->index(i, DelegationColumn::Head, index.parent());
                    Q_EMIT dataChanged(other, other);
                }
            }
        }
        members[index.row()].head = head;
        break;
    }
    default:
        return false;
    }
    Q_EMIT dataChanged(first, last);
    Q_EMIT edited();
    return true;
}

Qt::ItemFlags DelegationsModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (!isMember(index))
        return index.column() == DelegationColumn::Position ? flags | Qt::ItemIsEditable : flags;
    if (index.column() == DelegationColumn::Head)
        return flags | Qt::ItemIsUserCheckable;
    return flags | Qt::ItemIsEditable | Qt::ItemNeverHasChildren;
}

QVariant DelegationsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DelegationColumn::Name:
        return tr("Party / person");
    case DelegationColumn::Position:
        return tr("Role / position");
    case DelegationColumn::Head:
        return tr("Head");
    }
    return {};
}

} // namespace entente

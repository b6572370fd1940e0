#pragma once

#include "domain/meeting.h"

#include <QAbstractItemModel>
#include <QHash>

namespace entente {

// A person picked for a delegation: who, and the post to pre-fill.
struct PersonChoice
{
    qint64 id = 0;
    QString nameLatin;
    QString nameNative;
    QString position; // the post held on the meeting's date, or empty
};

// The countries taking part in a meeting and their delegations, as a tree: one top-level row per
// party (its country and role), under it the delegation's members in protocol order (person,
// post, head). Edits change the model's own copy; the editor that owns it reads parties() and
// delegations() back and saves them as one undoable step, announced by edited().
class DelegationsModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    explicit DelegationsModel(QObject *parent = nullptr);

    void setCountryNames(QHash<QString, QString> names);
    void setMeeting(const QList<Party> &parties, const QList<Delegation> &delegations);
    QList<Party> parties() const;
    QList<Delegation> delegations() const;

    // Adds a party (at the end) or returns its row if it takes part already; a country that no
    // longer took part but kept its delegation takes part again, in `role`.
    int addParty(const QString &country, PartyRole role);
    // Removes a party and its delegation.
    void removeParty(int row);
    // What the editor's Remove does to a party: a country whose delegation has members stops
    // taking part but keeps them, so nothing typed is lost; the meeting then cannot be saved
    // ("a delegation of a country not taking part") until the country gets a role again or its
    // delegation is removed too. Anything else goes at once, as removeParty().
    void withdrawParty(int row);
    // Whether the row's country takes part (false for a delegation left without its party).
    bool takesPart(int row) const;
    // Adds an empty member row to a party's delegation and returns its index (column Name).
    QModelIndex addMember(int partyRow);
    void removeMember(const QModelIndex &member);
    // Moves a member up (-1) or down (+1) in protocol order; false at either end.
    bool moveMember(const QModelIndex &member, int delta);
    bool isMember(const QModelIndex &index) const;
    QString countryOf(const QModelIndex &index) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    // Name column of a member: a PersonChoice under Role::Id picks a person; plain text (the
    // edit role) keeps what was typed for a person not found yet, which cannot be saved.
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    bool moveRows(const QModelIndex &sourceParent, int sourceRow, int count,
                  const QModelIndex &destinationParent, int destinationChild) override;

Q_SIGNALS:
    // The user changed something: parties(), delegations() hold the new state.
    void edited();

private:
    struct PartyRow
    {
        Party party;
        QList<DelegationMember> members;
        bool delegation = false; // listed as a delegation even while it has no members
        bool takingPart = true;  // false: a delegation of a country not taking part
    };
    const DelegationMember *member(const QModelIndex &index) const;
    QVariant partyData(const PartyRow &row, int column, int role) const;
    QVariant memberData(const DelegationMember &m, int column, int role) const;

    QList<PartyRow> m_rows;
    QHash<QString, QString> m_names;
};

} // namespace entente

Q_DECLARE_METATYPE(entente::PersonChoice)

#include "mergepeoplecommand.h"

#include "commands/undosession.h"
#include "storage/catalogue.h"
#include "storage/meetingrepository.h"
#include "storage/persondirectory.h"
#include "storage/personrepository.h"
#include "storage/transaction.h"

namespace entente {

namespace {

bool samePost(const Position &a, const Position &b)
{
    return a.title == b.title && a.organisation == b.organisation && a.country == b.country &&
           a.from == b.from && a.to == b.to;
}

} // namespace

MergePeopleCommand::MergePeopleCommand(UndoSession &session, qint64 keepId, qint64 dropId,
                                       const QString &keepName, const QString &dropName)
    : CatalogueCommand(session,
                       tr("merge “%1” into “%2”").arg(shortTitle(dropName), shortTitle(keepName)))
    , m_keepId(keepId)
    , m_dropId(dropId)
{}

Person MergePeopleCommand::merged(const Person &keep, const Person &drop)
{
    Person result = keep;
    QStringList names = {drop.nameLatin, drop.nameNative};
    names.append(drop.aliases);
    for (const QString &name : std::as_const(names)) {
        const QString trimmed = name.trimmed();
        if (trimmed.isEmpty() || trimmed == result.nameLatin || trimmed == result.nameNative ||
            result.aliases.contains(trimmed))
            continue;
        result.aliases.append(trimmed);
    }
    if (result.country.isEmpty())
        result.country = drop.country;
    for (const Position &p : drop.positions) {
        const bool known = std::any_of(result.positions.cbegin(), result.positions.cend(),
                                       [&](const Position &mine) { return samePost(mine, p); });
        if (!known) {
            Position copy = p;
            copy.id = 0;
            result.positions.append(copy);
        }
    }
    return result;
}

Meeting MergePeopleCommand::repointed(Meeting meeting, qint64 dropId, qint64 keepId)
{
    for (Delegation &d : meeting.delegations) {
        qsizetype keep = -1;
        for (qsizetype i = 0; i < d.members.size(); ++i) {
            if (d.members.at(i).personId == keepId)
                keep = i;
        }
        for (qsizetype i = d.members.size() - 1; i >= 0; --i) {
            if (d.members.at(i).personId != dropId)
                continue;
            if (keep < 0) {
                d.members[i].personId = keepId;
                keep = i;
                continue;
            }
            // Listed twice in one delegation: one entry stays, heading it if either did.
            DelegationMember &survivor = d.members[keep];
            survivor.head = survivor.head || d.members.at(i).head;
            if (survivor.position.isEmpty())
                survivor.position = d.members.at(i).position;
            d.members.removeAt(i);
            if (i < keep)
                --keep;
        }
    }
    return meeting;
}

Status MergePeopleCommand::apply()
{
    if (m_keepId == m_dropId)
        return Error::invalid(tr("A person cannot be merged with themselves"));
    const QString what = text();
    PersonRepository people(catalogue());
    MeetingRepository meetings(catalogue());
    auto transaction = Transaction::begin(catalogue());
    if (!transaction)
        return transaction.error();

    auto keep = people.get(m_keepId);
    if (!keep)
        return keep.error();
    auto drop = people.get(m_dropId);
    if (!drop)
        return drop.error();
    for (const Person *p : {&*keep, &*drop}) {
        if (Status s =
                session().checkUnchanged(UndoSession::Record::Person, p->id, p->displayName());
            !s)
            return s;
    }
    auto listed = PersonDirectory(catalogue()).meetingsOf(m_dropId);
    if (!listed)
        return listed.error();

    QList<Meeting> before;
    QList<std::pair<qint64, int>> versions;
    for (const MeetingSummary &summary : std::as_const(*listed)) {
        auto meeting = meetings.get(summary.id);
        if (!meeting)
            return meeting.error();
        if (Status s = meetings.update(repointed(*meeting, m_dropId, m_keepId)); !s)
            return s;
        before.append(*meeting);
        versions.append({meeting->id, meeting->version + 1});
    }
    if (Status s = people.update(merged(*keep, *drop)); !s)
        return s;
    if (Status s = people.remove(m_dropId); !s)
        return s;
    if (Status s = transaction->commit(); !s)
        return s;

    m_keepBefore = *keep;
    m_dropBefore = *drop;
    m_meetingsBefore = before;
    for (const auto &[id, version] : versions)
        session().setKnownVersion(UndoSession::Record::Meeting, id, version);
    session().setKnownVersion(UndoSession::Record::Person, m_keepId, keep->version + 1);
    return {};
}

Status MergePeopleCommand::revert()
{
    PersonRepository people(catalogue());
    MeetingRepository meetings(catalogue());
    auto transaction = Transaction::begin(catalogue());
    if (!transaction)
        return transaction.error();
    if (Status s = people.restore(m_dropBefore); !s)
        return s;
    QList<std::pair<qint64, int>> versions;
    for (Meeting m : std::as_const(m_meetingsBefore)) {
        m.version = session().knownVersion(UndoSession::Record::Meeting, m.id, m.version + 1);
        if (Status s = meetings.update(m); !s)
            return s;
        versions.append({m.id, m.version + 1});
    }
    Person keep = m_keepBefore;
    keep.version =
        session().knownVersion(UndoSession::Record::Person, keep.id, m_keepBefore.version + 1);
    if (Status s = people.update(keep); !s)
        return s;
    if (Status s = transaction->commit(); !s)
        return s;
    for (const auto &[id, version] : versions)
        session().setKnownVersion(UndoSession::Record::Meeting, id, version);
    session().setKnownVersion(UndoSession::Record::Person, keep.id, keep.version + 1);
    session().setKnownVersion(UndoSession::Record::Person, m_dropBefore.id, m_dropBefore.version);
    return {};
}

ChangeSet MergePeopleCommand::changes() const
{
    ChangeSet changes;
    changes.people = {m_keepId, m_dropId};
    for (const Meeting &m : m_meetingsBefore)
        changes.meetings.append(m.id);
    return changes;
}

} // namespace entente

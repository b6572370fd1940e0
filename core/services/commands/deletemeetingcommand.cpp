#include "deletemeetingcommand.h"

#include "commands/undosession.h"
#include "storage/catalogue.h"
#include "storage/meetingrepository.h"
#include "storage/transaction.h"

namespace entente {

namespace {

QString describe(const QList<DeleteMeetingCommand::Target> &targets)
{
    if (targets.size() == 1)
        return DeleteMeetingCommand::tr("delete meeting “%1”")
            .arg(shortTitle(targets.first().title));
    return DeleteMeetingCommand::tr("delete %n meeting(s)", nullptr, int(targets.size()));
}

} // namespace

DeleteMeetingCommand::DeleteMeetingCommand(UndoSession &session, qint64 id, const QString &title)
    : DeleteMeetingCommand(session, QList<Target>{{id, title}})
{}

DeleteMeetingCommand::DeleteMeetingCommand(UndoSession &session, QList<Target> targets)
    : CatalogueCommand(session, describe(targets))
    , m_targets(std::move(targets))
{}

Status DeleteMeetingCommand::apply()
{
    // On redo, a colleague's change since the undo would be lost without a word: refuse instead.
    for (const Target &target : std::as_const(m_targets)) {
        if (Status s =
                session().checkUnchanged(UndoSession::Record::Meeting, target.id, target.title);
            !s)
            return s;
    }
    auto transaction = Transaction::begin(catalogue());
    if (!transaction)
        return transaction.error();
    QList<MeetingSnapshot> snapshots;
    MeetingRepository meetings(catalogue());
    for (const Target &target : std::as_const(m_targets)) {
        auto snapshot = MeetingSnapshot::read(catalogue(), target.id);
        if (!snapshot)
            return snapshot.error();
        if (Status s = meetings.remove(target.id); !s)
            return s;
        snapshots.append(std::move(snapshot).value());
    }
    if (Status s = transaction->commit(); !s)
        return s;
    m_snapshots = std::move(snapshots);
    return {};
}

Status DeleteMeetingCommand::revert()
{
    auto transaction = Transaction::begin(catalogue());
    if (!transaction)
        return transaction.error();
    // Last deleted, first restored: a document link between two of them finds its target back.
    for (auto it = m_snapshots.crbegin(); it != m_snapshots.crend(); ++it) {
        if (Status s = it->restore(catalogue()); !s)
            return s;
    }
    if (Status s = transaction->commit(); !s)
        return s;
    for (const MeetingSnapshot &snapshot : std::as_const(m_snapshots)) {
        for (const Meeting &m : snapshot.meetings)
            session().setKnownVersion(UndoSession::Record::Meeting, m.id, m.version);
    }
    return {};
}

ChangeSet DeleteMeetingCommand::changes() const
{
    ChangeSet changes;
    for (const MeetingSnapshot &snapshot : m_snapshots) {
        changes.removedMeetings += snapshot.ids();
        if (!snapshot.meetings.isEmpty() && snapshot.meetings.first().parentId != 0)
            changes.meetings.append(snapshot.meetings.first().parentId);
    }
    if (m_snapshots.isEmpty()) {
        for (const Target &target : m_targets)
            changes.removedMeetings.append(target.id);
    }
    return changes;
}

} // namespace entente

#include "deletemeetingcommand.h"

#include "commands/undosession.h"
#include "storage/catalogue.h"
#include "storage/meetingrepository.h"
#include "storage/transaction.h"

namespace entente {

DeleteMeetingCommand::DeleteMeetingCommand(UndoSession &session, qint64 id, const QString &title)
    : CatalogueCommand(session, tr("delete meeting “%1”").arg(shortTitle(title)))
    , m_id(id)
    , m_title(title)
{}

Status DeleteMeetingCommand::apply()
{
    // On redo, a colleague's change since the undo would be lost without a word: refuse instead.
    if (Status s = session().checkUnchanged(UndoSession::Record::Meeting, m_id, m_title); !s)
        return s;
    auto transaction = Transaction::begin(catalogue());
    if (!transaction)
        return transaction.error();
    auto snapshot = MeetingSnapshot::read(catalogue(), m_id);
    if (!snapshot)
        return snapshot.error();
    if (Status s = MeetingRepository(catalogue()).remove(m_id); !s)
        return s;
    if (Status s = transaction->commit(); !s)
        return s;
    m_snapshot = *snapshot;
    return {};
}

Status DeleteMeetingCommand::revert()
{
    if (Status s = m_snapshot.restore(catalogue()); !s)
        return s;
    for (const Meeting &m : std::as_const(m_snapshot.meetings))
        session().setKnownVersion(UndoSession::Record::Meeting, m.id, m.version);
    return {};
}

ChangeSet DeleteMeetingCommand::changes() const
{
    ChangeSet changes;
    changes.removedMeetings = m_snapshot.ids();
    if (changes.removedMeetings.isEmpty())
        changes.removedMeetings = {m_id};
    if (!m_snapshot.meetings.isEmpty() && m_snapshot.meetings.first().parentId != 0)
        changes.meetings = {m_snapshot.meetings.first().parentId};
    return changes;
}

} // namespace entente

#include "createmeetingcommand.h"

#include "commands/undosession.h"
#include "storage/catalogue.h"
#include "storage/meetingrepository.h"
#include "storage/transaction.h"

namespace entente {

CreateMeetingCommand::CreateMeetingCommand(UndoSession &session, Meeting meeting)
    : CreateMeetingCommand(session, meeting,
                           tr("create meeting “%1”").arg(shortTitle(meeting.title)))
{}

CreateMeetingCommand::CreateMeetingCommand(UndoSession &session, Meeting meeting,
                                           const QString &text)
    : CatalogueCommand(session, text)
    , m_meeting(std::move(meeting))
{
    m_meeting.id = 0;
}

Status CreateMeetingCommand::apply()
{
    MeetingRepository repository(catalogue());
    auto transaction = Transaction::begin(catalogue());
    if (!transaction)
        return transaction.error();
    if (m_stored.id == 0) {
        if (Status s = m_createdTopics.noteExisting(catalogue()); !s)
            return s;
        auto id = repository.create(m_meeting);
        if (!id)
            return id.error();
        auto stored = repository.get(*id);
        if (!stored)
            return stored.error();
        if (Status s = m_createdTopics.collectNew(catalogue()); !s)
            return s;
        if (Status s = transaction->commit(); !s)
            return s;
        m_stored = *stored;
    } else {
        if (Status s = m_createdTopics.restore(catalogue()); !s)
            return s;
        if (Status s = repository.restore(m_stored); !s)
            return s;
        if (Status s = transaction->commit(); !s)
            return s;
    }
    session().setKnownVersion(UndoSession::Record::Meeting, m_stored.id, m_stored.version);
    return {};
}

Status CreateMeetingCommand::revert()
{
    if (Status s =
            session().checkUnchanged(UndoSession::Record::Meeting, m_stored.id, m_stored.title);
        !s)
        return s;
    auto transaction = Transaction::begin(catalogue());
    if (!transaction)
        return transaction.error();
    if (Status s = MeetingRepository(catalogue()).remove(m_stored.id); !s)
        return s;
    m_createdTopics.removeUnused(catalogue());
    return transaction->commit();
}

ChangeSet CreateMeetingCommand::changes() const
{
    ChangeSet changes;
    changes.meetings = {m_stored.id};
    if (m_stored.parentId != 0)
        changes.meetings.append(m_stored.parentId); // its list of sub-events changed
    changes.topics = !m_meeting.topics.isEmpty();
    return changes;
}

} // namespace entente

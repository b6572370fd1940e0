#include "bulkeditmeetingscommand.h"

#include "commands/undosession.h"
#include "domain/namefolding.h"
#include "storage/catalogue.h"
#include "storage/meetingrepository.h"
#include "storage/transaction.h"

namespace entente {

Meeting BulkChange::applied(Meeting meeting) const
{
    if (status)
        meeting.status = *status;
    if (format)
        meeting.format = *format;
    for (const TopicRef &t : removeTopics)
        meeting.topics.removeIf([&](const TopicRef &mine) {
            return t.id > 0 ? mine.id == t.id
                            : NameFolding::fold(mine.name) == NameFolding::fold(t.name);
        });
    for (const TopicRef &t : addTopics) {
        if (!meeting.topics.contains(t))
            meeting.topics.append(t);
    }
    return meeting;
}

BulkEditMeetingsCommand::BulkEditMeetingsCommand(UndoSession &session, QList<qint64> ids,
                                                 BulkChange change, const QString &changeLabel)
    : CatalogueCommand(session, ids.size() == 1
                                    ? tr("%1 of one meeting").arg(changeLabel)
                                    : tr("%1 of %2 meetings").arg(changeLabel).arg(ids.size()))
    , m_ids(std::move(ids))
    , m_change(std::move(change))
{}

Status BulkEditMeetingsCommand::apply()
{
    // Recomputed from what is stored each time, inside one transaction: every meeting or none.
    MeetingRepository repository(catalogue());
    auto transaction = Transaction::begin(catalogue());
    if (!transaction)
        return transaction.error();
    const bool first = m_before.isEmpty();
    if (Status s = first ? m_createdTopics.noteExisting(catalogue())
                         : m_createdTopics.restore(catalogue());
        !s)
        return s;
    QList<Meeting> before;
    QList<std::pair<qint64, int>> versions;
    for (qint64 id : std::as_const(m_ids)) {
        auto meeting = repository.get(id);
        if (!meeting)
            return meeting.error();
        const int known =
            session().knownVersion(UndoSession::Record::Meeting, id, meeting->version);
        if (known != meeting->version)
            return session().checkUnchanged(UndoSession::Record::Meeting, id, meeting->title);
        const Meeting changed = m_change.applied(*meeting);
        if (Status s = repository.update(changed); !s)
            return s;
        before.append(*meeting);
        versions.append({id, meeting->version + 1});
    }
    if (first) {
        if (Status s = m_createdTopics.collectNew(catalogue()); !s)
            return s;
    }
    if (Status s = transaction->commit(); !s)
        return s;
    if (first)
        m_before = before;
    for (const auto &[id, version] : versions)
        session().setKnownVersion(UndoSession::Record::Meeting, id, version);
    return {};
}

Status BulkEditMeetingsCommand::revert()
{
    MeetingRepository repository(catalogue());
    auto transaction = Transaction::begin(catalogue());
    if (!transaction)
        return transaction.error();
    for (Meeting m : std::as_const(m_before)) {
        m.version = session().knownVersion(UndoSession::Record::Meeting, m.id, m.version + 1);
        if (Status s = repository.update(m); !s)
            return s;
    }
    m_createdTopics.removeUnused(catalogue());
    if (Status s = transaction->commit(); !s)
        return s;
    for (const Meeting &m : std::as_const(m_before))
        session().setKnownVersion(
            UndoSession::Record::Meeting, m.id,
            session().knownVersion(UndoSession::Record::Meeting, m.id, m.version + 1) + 1);
    return {};
}

ChangeSet BulkEditMeetingsCommand::changes() const
{
    ChangeSet changes;
    changes.meetings = m_ids;
    changes.topics = !m_change.addTopics.isEmpty();
    return changes;
}

} // namespace entente

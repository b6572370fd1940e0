#include "editmeetingcommand.h"

#include "commands/undosession.h"
#include "storage/catalogue.h"
#include "storage/meetingrepository.h"
#include "storage/transaction.h"

#include <QSet>

namespace entente {

EditMeetingCommand::EditMeetingCommand(UndoSession &session, Meeting before, Meeting after)
    : EditMeetingCommand(session, before, after, describe(before, after))
{}

EditMeetingCommand::EditMeetingCommand(UndoSession &session, Meeting before, Meeting after,
                                       const QString &text)
    : CatalogueCommand(session, text)
    , m_before(std::move(before))
    , m_after(std::move(after))
{
    m_after.id = m_before.id;
}

QString EditMeetingCommand::describe(const Meeting &before, const Meeting &after)
{
    QStringList changed;
    const auto note = [&](bool differs, const char *text) {
        if (differs)
            changed.append(tr(text).arg(shortTitle(before.title)));
    };
    note(before.title != after.title, QT_TR_NOOP("change title of “%1”"));
    note(before.start != after.start || before.effectiveEnd() != after.effectiveEnd(),
         QT_TR_NOOP("change dates of “%1”"));
    note(before.place != after.place || before.placeCountry != after.placeCountry,
         QT_TR_NOOP("change place of “%1”"));
    note(before.format != after.format, QT_TR_NOOP("change format of “%1”"));
    note(before.status != after.status, QT_TR_NOOP("change status of “%1”"));
    note(before.parties != after.parties, QT_TR_NOOP("change parties of “%1”"));
    note(before.delegations != after.delegations && before.parties == after.parties,
         QT_TR_NOOP("change delegations of “%1”"));
    note(before.parentId != after.parentId, QT_TR_NOOP("change parent meeting of “%1”"));
    note(before.topics != after.topics, QT_TR_NOOP("change topics of “%1”"));
    note(before.documents != after.documents, QT_TR_NOOP("change outcome documents of “%1”"));
    note(before.tone != after.tone, QT_TR_NOOP("change tone of “%1”"));
    note(before.summary != after.summary, QT_TR_NOOP("change summary of “%1”"));
    note(before.sources != after.sources, QT_TR_NOOP("change sources of “%1”"));
    if (changed.size() == 1)
        return changed.first();
    return tr("edit “%1”").arg(shortTitle(before.title));
}

bool EditMeetingCommand::differs(const Meeting &a, const Meeting &b)
{
    return a.title != b.title || a.start != b.start || a.effectiveEnd() != b.effectiveEnd() ||
           a.place != b.place || a.placeCountry != b.placeCountry || a.format != b.format ||
           a.status != b.status || a.parties != b.parties || a.delegations != b.delegations ||
           a.parentId != b.parentId || a.topics != b.topics || a.documents != b.documents ||
           a.tone != b.tone || a.summary != b.summary || a.sources != b.sources;
}

Status EditMeetingCommand::write(Meeting meeting, const QList<StoredLink> &links, bool undoing)
{
    meeting.version =
        session().knownVersion(UndoSession::Record::Meeting, meeting.id, m_before.version);
    auto transaction = Transaction::begin(catalogue());
    if (!transaction)
        return transaction.error();
    if (!undoing && m_afterRead) {
        if (Status s = m_createdTopics.restore(catalogue()); !s)
            return s;
    }
    if (Status s = MeetingRepository(catalogue()).update(meeting); !s)
        return s;
    if (Status s = DocumentRepository(catalogue()).addLinks(links); !s)
        return s;
    if (undoing)
        m_createdTopics.removeUnused(catalogue());
    if (Status s = transaction->commit(); !s)
        return s;
    session().setKnownVersion(UndoSession::Record::Meeting, meeting.id, meeting.version + 1);
    return {};
}

Status EditMeetingCommand::apply()
{
    if (!m_afterRead) {
        // Documents this edit drops take other meetings' links to them along: keep those.
        QSet<qint64> kept;
        for (const OutcomeDocument &doc : std::as_const(m_after.documents))
            kept.insert(doc.id);
        QList<qint64> dropped;
        for (const OutcomeDocument &doc : std::as_const(m_before.documents)) {
            if (!kept.contains(doc.id))
                dropped.append(doc.id);
        }
        auto links = DocumentRepository(catalogue()).linksInto(dropped);
        if (!links)
            return links.error();
        m_cutLinks = *links;
        if (Status s = m_createdTopics.noteExisting(catalogue()); !s)
            return s;
    }
    if (Status s = write(m_after, {}, false); !s)
        return s;
    if (!m_afterRead) {
        // New documents and topics received ids: redo must write them back under those ids.
        auto stored = MeetingRepository(catalogue()).get(m_after.id);
        if (!stored)
            return stored.error();
        m_after = *stored;
        if (Status s = m_createdTopics.collectNew(catalogue()); !s)
            return s;
        m_afterRead = true;
    }
    return {};
}

Status EditMeetingCommand::revert()
{
    return write(m_before, m_cutLinks, true);
}

ChangeSet EditMeetingCommand::changes() const
{
    ChangeSet changes;
    changes.meetings = {m_before.id};
    // A sub-event moved from one meeting to another changes both lists of sub-events.
    for (qint64 parent : {m_before.parentId, m_after.parentId}) {
        if (parent != 0 && !changes.meetings.contains(parent))
            changes.meetings.append(parent);
    }
    changes.topics = m_before.topics != m_after.topics;
    return changes;
}

} // namespace entente

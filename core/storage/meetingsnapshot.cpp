#include "meetingsnapshot.h"

#include "storage/catalogue.h"
#include "storage/catalogueconnection.h"
#include "storage/meetingrepository.h"
#include "storage/transaction.h"

#include <QSet>

namespace entente {

Result<MeetingSnapshot> MeetingSnapshot::read(const Catalogue &catalogue, qint64 id)
{
    MeetingSnapshot snapshot;
    const MeetingRepository meetings(catalogue);
    QList<qint64> pending = {id};
    // Breadth first: every parent is listed (and so restored) before its sub-events.
    for (qsizetype i = 0; i < pending.size() && i < 100000; ++i) {
        auto meeting = meetings.get(pending.at(i));
        if (!meeting)
            return meeting.error();
        for (const SubEventRef &sub : std::as_const(meeting->subEvents))
            pending.append(sub.id);
        snapshot.meetings.append(std::move(meeting).value());
    }
    QList<qint64> documents;
    for (const Meeting &m : std::as_const(snapshot.meetings)) {
        for (const OutcomeDocument &d : m.documents)
            documents.append(d.id);
    }
    auto links = DocumentRepository(catalogue).linksInto(documents);
    if (!links)
        return links.error();
    snapshot.incomingLinks = *links;
    return snapshot;
}

Status MeetingSnapshot::restore(const Catalogue &catalogue) const
{
    // Links between documents of different meetings of the tree wait until every document is
    // back: a meeting's document may point to one of a sub-event restored after it.
    QSet<qint64> treeDocuments;
    for (const Meeting &m : meetings) {
        for (const OutcomeDocument &d : m.documents)
            treeDocuments.insert(d.id);
    }
    QList<StoredLink> deferred = incomingLinks;

    auto transaction = Transaction::begin(catalogue);
    if (!transaction)
        return transaction.error();
    MeetingRepository repository(catalogue);
    for (Meeting m : meetings) {
        QSet<qint64> own;
        for (const OutcomeDocument &d : std::as_const(m.documents))
            own.insert(d.id);
        for (OutcomeDocument &d : m.documents) {
            QList<DocumentLink> kept;
            for (const DocumentLink &l : std::as_const(d.links)) {
                if (treeDocuments.contains(l.targetId) && !own.contains(l.targetId))
                    deferred.append({d.id, l.targetId, l.relation});
                else
                    kept.append(l);
            }
            d.links = kept;
        }
        if (Status s = repository.restore(m); !s)
            return s;
    }
    if (Status s = DocumentRepository(catalogue).addLinks(deferred); !s)
        return s;
    return transaction->commit();
}

QList<qint64> MeetingSnapshot::ids() const
{
    QList<qint64> ids;
    for (const Meeting &m : meetings)
        ids.append(m.id);
    return ids;
}

} // namespace entente

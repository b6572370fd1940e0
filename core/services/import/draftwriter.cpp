#include "draftwriter.h"

#include "domain/validation.h"
#include "storage/catalogue.h"
#include "storage/documentrepository.h"
#include "storage/meetingrepository.h"
#include "storage/personrepository.h"
#include "storage/transaction.h"

#include <QCoreApplication>

namespace entente {

Person DraftWriter::personFor(const NewPerson &proposal, const PartialDate &day)
{
    Person p;
    p.nameLatin = proposal.nameLatin.trimmed();
    p.nameNative = proposal.nameNative.trimmed();
    p.country = proposal.country;
    if (!proposal.title.isEmpty() && day.isValid() && day.precision() == DatePrecision::Day)
        p.positions.append({0, proposal.title, {}, proposal.country, day, day});
    return p;
}

void DraftWriter::assignPeople(Meeting &meeting, const QList<qint64> &ids)
{
    for (Delegation &d : meeting.delegations) {
        for (DelegationMember &m : d.members) {
            const qsizetype index = MeetingDraft::newPersonIndex(m.personId);
            if (index >= 0 && index < ids.size())
                m.personId = ids.at(index);
        }
    }
}

QList<DraftWriter::DraftLink> DraftWriter::takeDraftLinks(Meeting &meeting)
{
    QList<DraftLink> taken;
    for (qsizetype i = 0; i < meeting.documents.size(); ++i) {
        QList<DocumentLink> &links = meeting.documents[i].links;
        for (qsizetype k = links.size() - 1; k >= 0; --k) {
            const qsizetype to = MeetingDraft::documentIndex(links.at(k).targetId);
            if (to < 0)
                continue;
            if (to < meeting.documents.size() && to != i)
                taken.prepend({i, to, links.at(k).relation});
            links.removeAt(k);
        }
    }
    return taken;
}

Result<DraftWriter::Saved> DraftWriter::save(const MeetingDraft &draft)
{
    const QString what = tr("Cannot save the meeting “%1”").arg(draft.meeting.title);
    if (const FieldProblems problems = draft.problems(); !problems.isEmpty())
        return validationError(what, problems);

    auto transaction = Transaction::begin(m_catalogue);
    if (!transaction)
        return transaction.error();
    Saved saved;
    PersonRepository people(m_catalogue);
    for (const NewPerson &proposal : draft.newPeople) {
        auto id = people.create(personFor(proposal, draft.meeting.start));
        if (!id)
            return id.error();
        saved.newPeople.append(*id);
    }
    MeetingRepository meetings(m_catalogue);
    Meeting meeting = draft.meeting;
    assignPeople(meeting, saved.newPeople);
    const QList<DraftLink> links = takeDraftLinks(meeting);
    auto meetingId = meetings.create(meeting);
    if (!meetingId)
        return meetingId.error();
    saved.meeting = *meetingId;
    if (!links.isEmpty()) {
        auto stored = meetings.get(saved.meeting);
        if (!stored)
            return stored.error();
        QList<StoredLink> rows;
        for (const DraftLink &l : links)
            rows.append(
                {stored->documents.at(l.from).id, stored->documents.at(l.to).id, l.relation});
        if (Status s = DocumentRepository(m_catalogue).addLinks(rows); !s)
            return s.error();
    }
    for (Meeting sub : draft.subEvents) {
        sub.parentId = saved.meeting;
        assignPeople(sub, saved.newPeople);
        auto subId = meetings.create(sub);
        if (!subId)
            return subId.error();
        saved.subEvents.append(*subId);
    }
    if (Status s = transaction->commit(); !s)
        return s.error();
    return saved;
}

} // namespace entente

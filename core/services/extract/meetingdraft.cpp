#include "meetingdraft.h"

namespace entente {

namespace {

// New people are created before the meeting is written; until then validation takes them as
// known, so that only real problems are reported.
Meeting withPlaceholdersKnown(Meeting meeting)
{
    for (Delegation &d : meeting.delegations) {
        for (DelegationMember &m : d.members) {
            if (MeetingDraft::newPersonIndex(m.personId) >= 0)
                m.personId = 1;
        }
    }
    return meeting;
}

} // namespace

QList<Evidence> MeetingDraft::evidenceFor(const QString &field) const
{
    QList<Evidence> found;
    for (const Evidence &e : evidence) {
        if (e.field == field)
            found.append(e);
    }
    return found;
}

FieldProblems MeetingDraft::problems() const
{
    FieldProblems problems = withPlaceholdersKnown(meeting).validate();
    for (const Meeting &sub : subEvents)
        problems.append(withPlaceholdersKnown(sub).validate());
    return problems;
}

} // namespace entente

#include "savedraft.h"

#include "commands/createmeetingcommand.h"
#include "commands/createpersoncommand.h"
#include "commands/editmeetingcommand.h"
#include "commands/undosession.h"
#include "import/draftwriter.h"
#include "storage/meetingrepository.h"

#include <QCoreApplication>

namespace entente::SaveDraft {

namespace {

// The translation context of this file's messages (a real one, so lupdate finds them).
struct SaveDraft
{
    Q_DECLARE_TR_FUNCTIONS(SaveDraft)
};

} // namespace

Result<qint64> save(UndoSession &session, const MeetingDraft &draft)
{
    if (const FieldProblems problems = draft.problems(); !problems.isEmpty())
        return validationError(
            SaveDraft::tr("Cannot save the meeting “%1”").arg(draft.meeting.title), problems);
    session.beginMacro(SaveDraft::tr("create meeting “%1” from a press release")
                           .arg(shortTitle(draft.meeting.title)));
    const auto failed = [&session](const Error &error) -> Result<qint64> {
        // Take back the steps already done: the draft goes in whole or not at all.
        session.endMacro();
        session.stack()->undo();
        return error;
    };
    QList<qint64> people;
    for (const NewPerson &proposal : draft.newPeople) {
        auto command = std::make_unique<CreatePersonCommand>(
            session, DraftWriter::personFor(proposal, draft.meeting.start));
        CreatePersonCommand *create = command.get();
        if (Status s = session.execute(std::move(command)); !s)
            return failed(s.error());
        people.append(create->personId());
    }
    Meeting meeting = draft.meeting;
    DraftWriter::assignPeople(meeting, people);
    const QList<DraftWriter::DraftLink> links = DraftWriter::takeDraftLinks(meeting);
    auto command = std::make_unique<CreateMeetingCommand>(session, meeting);
    CreateMeetingCommand *create = command.get();
    if (Status s = session.execute(std::move(command)); !s)
        return failed(s.error());
    const qint64 id = create->meetingId();
    if (!links.isEmpty()) {
        // Links between its own documents, now that they have ids.
        auto stored = MeetingRepository(session.catalogue()).get(id);
        if (!stored)
            return failed(stored.error());
        Meeting linked = *stored;
        for (const DraftWriter::DraftLink &l : links)
            linked.documents[l.from].links.append(
                {l.relation, stored->documents.at(l.to).id, stored->documents.at(l.to).title});
        if (Status s =
                session.execute(std::make_unique<EditMeetingCommand>(session, *stored, linked));
            !s)
            return failed(s.error());
    }
    for (Meeting sub : draft.subEvents) {
        sub.parentId = id;
        DraftWriter::assignPeople(sub, people);
        if (Status s = session.execute(std::make_unique<CreateMeetingCommand>(session, sub)); !s)
            return failed(s.error());
    }
    session.endMacro();
    return id;
}

} // namespace entente::SaveDraft

#pragma once

#include "commands/cataloguecommand.h"
#include "commands/createdtopics.h"
#include "domain/meeting.h"

#include <QCoreApplication>

namespace entente {

// Adds a meeting. Undo deletes it; redo brings it back under the same id, so later steps that
// name it (an edit, a sub-event) still find it.
class CreateMeetingCommand : public CatalogueCommand
{
    Q_DECLARE_TR_FUNCTIONS(CreateMeetingCommand)

public:
    CreateMeetingCommand(UndoSession &session, Meeting meeting);

    qint64 meetingId() const { return m_stored.id; }
    ChangeSet changes() const override;

protected:
    CreateMeetingCommand(UndoSession &session, Meeting meeting, const QString &text);
    Status apply() override;
    Status revert() override;

private:
    Meeting m_meeting; // as given
    Meeting m_stored;  // as first written, with its ids: what redo restores
    CreatedTopics m_createdTopics;
};

} // namespace entente

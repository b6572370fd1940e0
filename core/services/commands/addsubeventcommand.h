#pragma once

#include "commands/createmeetingcommand.h"

namespace entente {

// Adds a sub-event to a meeting (the ministers' one-to-one inside a joint collegium meeting). It
// starts as a copy of its meeting's date, place, status and parties.
class AddSubEventCommand : public CreateMeetingCommand
{
    Q_DECLARE_TR_FUNCTIONS(AddSubEventCommand)

public:
    AddSubEventCommand(UndoSession &session, const Meeting &parent, const QString &title,
                       const QString &format);
    AddSubEventCommand(UndoSession &session, const Meeting &parent, Meeting subEvent);

    // What a sub-event of `parent` inherits from it.
    static Meeting inherit(const Meeting &parent, const QString &title, const QString &format);
};

} // namespace entente

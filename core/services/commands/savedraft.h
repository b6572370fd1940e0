#pragma once

#include "domain/error.h"
#include "extract/meetingdraft.h"

namespace entente {

class UndoSession;

// Saves a reviewed press-release draft as one undoable step: each new person, the meeting and its
// sub-events through their own commands, inside one macro named after the meeting. The draft's
// problems are checked first; a draft that fails is refused, naming the fields, and nothing is
// written. Returns the new meeting's id.
namespace SaveDraft {
Result<qint64> save(UndoSession &session, const MeetingDraft &draft);
} // namespace SaveDraft

} // namespace entente

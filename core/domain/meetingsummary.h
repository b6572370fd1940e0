#pragma once

#include "domain/partialdate.h"

#include <QString>

namespace entente {

// Enough of a meeting to name it in a list or a message and to open it: what the duplicate
// warning, a person's list of meetings and the documents view show.
struct MeetingSummary
{
    qint64 id = 0;
    qint64 parentId = 0;
    QString title;
    PartialDate start;
    PartialDate end;
    QString place;
    QString position;  // in a person's list: the post they held at the meeting
    bool head = false; // in a person's list: they headed their delegation
    // As a probable duplicate: why it is thought the same meeting (DuplicateRule::Reason flags).
    int duplicateReasons = 0;
};

} // namespace entente

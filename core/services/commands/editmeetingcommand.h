#pragma once

#include "commands/cataloguecommand.h"
#include "commands/createdtopics.h"
#include "domain/meeting.h"
#include "storage/documentrepository.h"

#include <QCoreApplication>

namespace entente {

// Any change to one meeting, as a whole-record replace: redo writes `after`, undo writes
// `before`. Each write names the version the previous one left, so a colleague's change in
// between is reported as a conflict instead of being overwritten.
class EditMeetingCommand : public CatalogueCommand
{
    Q_DECLARE_TR_FUNCTIONS(EditMeetingCommand)

public:
    // `before` is the meeting as the user saw it (its version is checked on the first write).
    EditMeetingCommand(UndoSession &session, Meeting before, Meeting after);
    EditMeetingCommand(UndoSession &session, Meeting before, Meeting after, const QString &text);

    // "change title of “…”", "change delegations of “…”", or "edit “…”" for several fields.
    static QString describe(const Meeting &before, const Meeting &after);
    // Whether `after` changes anything a user edits (not ids, version or timestamps).
    static bool differs(const Meeting &before, const Meeting &after);
    // The meeting as written by the last apply(), with the ids its new documents received.
    const Meeting &after() const { return m_after; }
    ChangeSet changes() const override;

protected:
    Status apply() override;
    Status revert() override;

private:
    Status write(Meeting meeting, const QList<StoredLink> &links, bool undoing);

    Meeting m_before;
    Meeting m_after;
    bool m_afterRead = false;
    // Links from other meetings into documents this edit removes: undo puts them back.
    QList<StoredLink> m_cutLinks;
    CreatedTopics m_createdTopics;
};

} // namespace entente

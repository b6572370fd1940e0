#pragma once

#include "commands/cataloguecommand.h"
#include "storage/meetingsnapshot.h"

#include <QCoreApplication>
#include <QList>

namespace entente {

// Deletes meetings with their delegations, documents and sub-events, all in one transaction: one
// step to undo however many were selected. Undo brings all of it back under the same ids, with the
// links other documents had to their documents.
class DeleteMeetingCommand : public CatalogueCommand
{
    Q_DECLARE_TR_FUNCTIONS(DeleteMeetingCommand)

public:
    struct Target
    {
        qint64 id = 0;
        QString title; // as the analyst saw it: a colleague's change since is refused on redo
    };

    DeleteMeetingCommand(UndoSession &session, qint64 id, const QString &title);
    DeleteMeetingCommand(UndoSession &session, QList<Target> targets);

    ChangeSet changes() const override;

protected:
    Status apply() override;
    Status revert() override;

private:
    QList<Target> m_targets;
    QList<MeetingSnapshot> m_snapshots; // in the order of m_targets
};

} // namespace entente

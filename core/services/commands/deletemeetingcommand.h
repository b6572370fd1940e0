#pragma once

#include "commands/cataloguecommand.h"
#include "storage/meetingsnapshot.h"

#include <QCoreApplication>

namespace entente {

// Deletes a meeting with its delegations, documents and sub-events. Undo brings all of it back
// under the same ids, with the links other documents had to its documents.
class DeleteMeetingCommand : public CatalogueCommand
{
    Q_DECLARE_TR_FUNCTIONS(DeleteMeetingCommand)

public:
    DeleteMeetingCommand(UndoSession &session, qint64 id, const QString &title);
    ChangeSet changes() const override;

protected:
    Status apply() override;
    Status revert() override;

private:
    qint64 m_id;
    QString m_title;
    MeetingSnapshot m_snapshot;
};

} // namespace entente

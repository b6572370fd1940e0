#pragma once

#include "commands/cataloguecommand.h"
#include "commands/createdtopics.h"
#include "domain/meeting.h"

#include <QCoreApplication>

#include <optional>

namespace entente {

// The fields many meetings can share, changed together: what is not set stays as it is.
struct BulkChange
{
    std::optional<MeetingStatus> status;
    std::optional<QString> format;
    QList<TopicRef> addTopics;
    QList<TopicRef> removeTopics;

    bool isEmpty() const
    {
        return !status && !format && addTopics.isEmpty() && removeTopics.isEmpty();
    }
    // `meeting` with the change applied.
    Meeting applied(Meeting meeting) const;
};

// One change to the shared fields of many meetings, as one step: all of them or none.
class BulkEditMeetingsCommand : public CatalogueCommand
{
    Q_DECLARE_TR_FUNCTIONS(BulkEditMeetingsCommand)

public:
    BulkEditMeetingsCommand(UndoSession &session, QList<qint64> ids, BulkChange change,
                            const QString &changeLabel);
    ChangeSet changes() const override;

protected:
    Status apply() override;
    Status revert() override;

private:
    QList<qint64> m_ids;
    BulkChange m_change;
    QList<Meeting> m_before; // as they were before the first apply()
    CreatedTopics m_createdTopics;
};

} // namespace entente

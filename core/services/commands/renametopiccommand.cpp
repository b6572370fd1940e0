#include "renametopiccommand.h"

#include "storage/topicrepository.h"

namespace entente {

RenameTopicCommand::RenameTopicCommand(UndoSession &session, qint64 id, const QString &oldName,
                                       const QString &newName)
    : CatalogueCommand(
          session, tr("rename topic “%1” to “%2”").arg(shortTitle(oldName), shortTitle(newName)))
    , m_id(id)
    , m_oldName(oldName)
    , m_newName(newName)
{}

Status RenameTopicCommand::apply()
{
    return TopicRepository(catalogue()).rename(m_id, m_newName);
}

Status RenameTopicCommand::revert()
{
    return TopicRepository(catalogue()).rename(m_id, m_oldName);
}

ChangeSet RenameTopicCommand::changes() const
{
    ChangeSet changes;
    changes.topics = true;
    return changes;
}

} // namespace entente

#include "addtopiccommand.h"

namespace entente {

AddTopicCommand::AddTopicCommand(UndoSession &session, const QString &name, qint64 parentId)
    : CatalogueCommand(session, tr("add topic “%1”").arg(shortTitle(name)))
    , m_topic{0, parentId, name.trimmed(), {}}
{}

Status AddTopicCommand::apply()
{
    TopicRepository repository(catalogue());
    if (m_topic.id != 0)
        return repository.restore(m_topic);
    auto id = repository.add(m_topic.name, m_topic.parentId);
    if (!id)
        return id.error();
    m_topic.id = *id;
    return {};
}

Status AddTopicCommand::revert()
{
    return TopicRepository(catalogue()).remove(m_topic.id);
}

ChangeSet AddTopicCommand::changes() const
{
    ChangeSet changes;
    changes.topics = true;
    return changes;
}

} // namespace entente

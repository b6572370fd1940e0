#pragma once

#include "commands/cataloguecommand.h"
#include "storage/topicrepository.h"

#include <QCoreApplication>

namespace entente {

// Adds a topic to the vocabulary, at the top or under another topic. Undo removes it; redo puts
// it back under the same id.
class AddTopicCommand : public CatalogueCommand
{
    Q_DECLARE_TR_FUNCTIONS(AddTopicCommand)

public:
    AddTopicCommand(UndoSession &session, const QString &name, qint64 parentId = 0);
    qint64 topicId() const { return m_topic.id; }
    ChangeSet changes() const override;

protected:
    Status apply() override;
    Status revert() override;

private:
    Topic m_topic;
};

} // namespace entente

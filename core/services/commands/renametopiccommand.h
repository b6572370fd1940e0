#pragma once

#include "commands/cataloguecommand.h"

#include <QCoreApplication>

namespace entente {

// Renames a topic; every meeting filed under it shows the new name.
class RenameTopicCommand : public CatalogueCommand
{
    Q_DECLARE_TR_FUNCTIONS(RenameTopicCommand)

public:
    RenameTopicCommand(UndoSession &session, qint64 id, const QString &oldName,
                       const QString &newName);
    ChangeSet changes() const override;

protected:
    Status apply() override;
    Status revert() override;

private:
    qint64 m_id;
    QString m_oldName;
    QString m_newName;
};

} // namespace entente

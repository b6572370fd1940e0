#pragma once

#include "commands/cataloguecommand.h"
#include "domain/person.h"

#include <QCoreApplication>

namespace entente {

// Deletes a person who is in no delegation (otherwise the catalogue refuses, naming the
// meetings). Undo brings the record back under the same id.
class DeletePersonCommand : public CatalogueCommand
{
    Q_DECLARE_TR_FUNCTIONS(DeletePersonCommand)

public:
    DeletePersonCommand(UndoSession &session, qint64 id, const QString &name);
    ChangeSet changes() const override;

protected:
    Status apply() override;
    Status revert() override;

private:
    qint64 m_id;
    QString m_name;
    Person m_deleted;
};

} // namespace entente

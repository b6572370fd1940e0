#pragma once

#include "commands/cataloguecommand.h"
#include "domain/person.h"

#include <QCoreApplication>

namespace entente {

// Adds a person. Undo deletes the record; redo brings it back under the same id.
class CreatePersonCommand : public CatalogueCommand
{
    Q_DECLARE_TR_FUNCTIONS(CreatePersonCommand)

public:
    CreatePersonCommand(UndoSession &session, Person person);
    qint64 personId() const { return m_stored.id; }
    ChangeSet changes() const override;

protected:
    Status apply() override;
    Status revert() override;

private:
    Person m_person;
    Person m_stored;
};

} // namespace entente

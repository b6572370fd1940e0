#pragma once

#include "commands/cataloguecommand.h"
#include "domain/person.h"

#include <QCoreApplication>

namespace entente {

// Any change to one person, as a whole-record replace (names, aliases, country, positions).
// The meetings that list the person show the new names at once: they read them by id.
class EditPersonCommand : public CatalogueCommand
{
    Q_DECLARE_TR_FUNCTIONS(EditPersonCommand)

public:
    EditPersonCommand(UndoSession &session, Person before, Person after);
    static QString describe(const Person &before, const Person &after);
    ChangeSet changes() const override;

protected:
    Status apply() override;
    Status revert() override;

private:
    Status write(Person person);
    Person m_before;
    Person m_after;
};

} // namespace entente

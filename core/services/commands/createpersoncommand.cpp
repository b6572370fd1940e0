#include "createpersoncommand.h"

#include "commands/undosession.h"
#include "storage/personrepository.h"

namespace entente {

CreatePersonCommand::CreatePersonCommand(UndoSession &session, Person person)
    : CatalogueCommand(session, tr("add person “%1”").arg(shortTitle(person.displayName())))
    , m_person(std::move(person))
{
    m_person.id = 0;
}

Status CreatePersonCommand::apply()
{
    PersonRepository repository(catalogue());
    if (m_stored.id == 0) {
        auto id = repository.create(m_person);
        if (!id)
            return id.error();
        auto stored = repository.get(*id);
        if (!stored)
            return stored.error();
        m_stored = *stored;
    } else if (Status s = repository.restore(m_stored); !s) {
        return s;
    }
    session().setKnownVersion(UndoSession::Record::Person, m_stored.id, m_stored.version);
    return {};
}

Status CreatePersonCommand::revert()
{
    if (Status s = session().checkUnchanged(UndoSession::Record::Person, m_stored.id,
                                            m_stored.displayName());
        !s)
        return s;
    return PersonRepository(catalogue()).remove(m_stored.id);
}

ChangeSet CreatePersonCommand::changes() const
{
    ChangeSet changes;
    changes.people = {m_stored.id};
    return changes;
}

} // namespace entente

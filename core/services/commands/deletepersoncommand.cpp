#include "deletepersoncommand.h"

#include "commands/undosession.h"
#include "storage/personrepository.h"
#include "storage/transaction.h"

namespace entente {

DeletePersonCommand::DeletePersonCommand(UndoSession &session, qint64 id, const QString &name)
    : CatalogueCommand(session, tr("delete person “%1”").arg(shortTitle(name)))
    , m_id(id)
    , m_name(name)
{}

Status DeletePersonCommand::apply()
{
    if (Status s = session().checkUnchanged(UndoSession::Record::Person, m_id, m_name); !s)
        return s;
    PersonRepository repository(catalogue());
    auto person = repository.get(m_id);
    if (!person)
        return person.error();
    if (Status s = repository.remove(m_id); !s)
        return s;
    m_deleted = *person;
    return {};
}

Status DeletePersonCommand::revert()
{
    if (Status s = PersonRepository(catalogue()).restore(m_deleted); !s)
        return s;
    session().setKnownVersion(UndoSession::Record::Person, m_deleted.id, m_deleted.version);
    return {};
}

ChangeSet DeletePersonCommand::changes() const
{
    ChangeSet changes;
    changes.removedPeople = {m_id};
    return changes;
}

} // namespace entente

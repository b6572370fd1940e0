#include "editpersoncommand.h"

#include "commands/undosession.h"
#include "storage/personrepository.h"

namespace entente {

EditPersonCommand::EditPersonCommand(UndoSession &session, Person before, Person after)
    : CatalogueCommand(session, describe(before, after))
    , m_before(std::move(before))
    , m_after(std::move(after))
{
    m_after.id = m_before.id;
}

QString EditPersonCommand::describe(const Person &before, const Person &after)
{
    const QString name = shortTitle(before.displayName());
    QStringList changed;
    if (before.nameLatin != after.nameLatin || before.nameNative != after.nameNative)
        changed.append(tr("change name of “%1”").arg(name));
    if (before.aliases != after.aliases)
        changed.append(tr("change aliases of “%1”").arg(name));
    if (before.country != after.country)
        changed.append(tr("change country of “%1”").arg(name));
    if (before.positions != after.positions)
        changed.append(tr("change positions of “%1”").arg(name));
    return changed.size() == 1 ? changed.first() : tr("edit “%1”").arg(name);
}

Status EditPersonCommand::write(Person person)
{
    person.version =
        session().knownVersion(UndoSession::Record::Person, person.id, m_before.version);
    if (Status s = PersonRepository(catalogue()).update(person); !s)
        return s;
    session().setKnownVersion(UndoSession::Record::Person, person.id, person.version + 1);
    return {};
}

Status EditPersonCommand::apply()
{
    return write(m_after);
}

Status EditPersonCommand::revert()
{
    return write(m_before);
}

ChangeSet EditPersonCommand::changes() const
{
    ChangeSet changes;
    changes.people = {m_before.id};
    return changes;
}

} // namespace entente

#include "cataloguereleaselookup.h"

#include "storage/personrepository.h"

namespace entente {

Result<QList<Person>> CatalogueReleaseLookup::read(const QList<qint64> &ids) const
{
    const PersonRepository people(m_catalogue);
    QList<Person> found;
    for (const qint64 id : ids) {
        if (!m_people.contains(id)) {
            auto person = people.get(id);
            if (!person)
                return person.error();
            m_people.insert(id, *person);
        }
        found.append(m_people.value(id));
    }
    return found;
}

Result<QList<Person>> CatalogueReleaseLookup::peopleNamed(const QString &name) const
{
    const auto ids = PersonRepository(m_catalogue).findByName(name);
    if (!ids)
        return ids.error();
    return read(*ids);
}

Result<QList<Person>> CatalogueReleaseLookup::holdersOf(const QString &title,
                                                        const QString &country, QDate day) const
{
    const auto ids = PersonRepository(m_catalogue).holdersOf(title, country, day);
    if (!ids)
        return ids.error();
    return read(*ids);
}

} // namespace entente

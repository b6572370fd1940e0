#include "importpeople.h"

#include "domain/namefolding.h"
#include "storage/bulkwriter.h"
#include "storage/personrepository.h"

namespace entente {

namespace {

QStringList namesOf(const Person &p)
{
    QStringList names;
    for (const QString &n : {p.nameLatin, p.nameNative}) {
        if (!n.trimmed().isEmpty())
            names.append(n);
    }
    for (const QString &alias : p.aliases) {
        if (!alias.trimmed().isEmpty())
            names.append(alias);
    }
    return names;
}

bool countriesDiffer(const QString &a, const QString &b)
{
    return !a.isEmpty() && !b.isEmpty() && a != b;
}

} // namespace

ImportPeople::ImportPeople(const Catalogue &catalogue, BulkWriter &writer, bool catalogueHasPeople)
    : m_catalogue(catalogue)
    , m_writer(writer)
    , m_lookInCatalogue(catalogueHasPeople)
{}

Result<std::optional<ImportPeople::Match>> ImportPeople::findStored(const Person &person)
{
    const PersonRepository people(m_catalogue);
    const QStringList names = namesOf(person);
    for (const QString &name : names) {
        auto ids = people.findByName(name);
        if (!ids)
            return ids.error();
        for (const qint64 id : std::as_const(*ids)) {
            if (m_createdCountry.contains(id))
                continue; // made by this import: already looked at
            if (!m_stored.contains(id)) {
                auto stored = people.get(id);
                if (!stored)
                    return stored.error();
                m_stored.insert(id, *stored);
            }
            const Person &stored = m_stored[id];
            if (countriesDiffer(stored.country, person.country))
                continue;
            for (const QString &storedName : namesOf(stored)) {
                if (NameFolding::namesMatch(name, storedName))
                    return std::optional<Match>(Match{id, false, stored.displayName()});
            }
        }
    }
    return std::optional<Match>();
}

Result<ImportPeople::Match> ImportPeople::resolve(const Person &person, bool wholeRecord)
{
    const QStringList names = namesOf(person);
    for (const QString &name : wholeRecord ? QStringList() : names) {
        const qint64 id = m_created.value(NameFolding::matchKey(name));
        if (id && !countriesDiffer(m_createdCountry.value(id), person.country))
            return Match{id, false, {}};
    }
    if (m_lookInCatalogue) {
        auto stored = findStored(person);
        if (!stored)
            return stored.error();
        if (*stored)
            return **stored;
    }
    Person fresh = person;
    fresh.id = 0;
    auto id = m_writer.addPerson(fresh);
    if (!id)
        return id.error();
    for (const QString &name : names) {
        if (!wholeRecord)
            m_created.insert(NameFolding::matchKey(name), *id);
    }
    m_createdCountry.insert(*id, person.country);
    return Match{*id, true, {}};
}

} // namespace entente

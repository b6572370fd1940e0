#pragma once

#include "domain/error.h"
#include "domain/person.h"

#include <QHash>

namespace entente {

class BulkWriter;
class Catalogue;

// Finds the catalogue's record for a person named in an imported file, or makes one: "Sergei
// Lavrov" joins the stored Сергей Лавров (any name or alias of one side matching any of the other
// by NameFolding::namesMatch, in any script or romanisation), unless both name different
// countries. Within one file, people the file knows only by name (CSV) are one person per name;
// people the file gives whole records for are its own distinct records, even when two share a
// name, as they were in the catalogue that wrote the file.
class ImportPeople
{
public:
    ImportPeople(const Catalogue &catalogue, BulkWriter &writer, bool catalogueHasPeople);

    struct Match
    {
        qint64 id = 0;
        bool created = false;
        QString storedName; // the name in the catalogue, when matched
    };
    // `wholeRecord`: the file carries the person's record under an id of its own.
    Result<Match> resolve(const Person &person, bool wholeRecord);

private:
    Result<std::optional<Match>> findStored(const Person &person);

    const Catalogue &m_catalogue;
    BulkWriter &m_writer;
    bool m_lookInCatalogue;
    QHash<QString, qint64> m_created;        // match key of each name of a person made here
    QHash<qint64, QString> m_createdCountry; // by id
    QHash<qint64, Person> m_stored;          // people read from the catalogue, by id
};

} // namespace entente

#pragma once

#include "domain/error.h"
#include "domain/person.h"

#include <QCoreApplication>
#include <QList>

namespace entente {

class Catalogue;

class PersonRepository
{
    Q_DECLARE_TR_FUNCTIONS(PersonRepository)

public:
    explicit PersonRepository(const Catalogue &catalogue)
        : m_catalogue(catalogue)
    {}

    Result<qint64> create(const Person &person);
    // Saves changes; a Conflict when someone else saved the person since `person.version` was read.
    Status update(const Person &person);
    // Deletes a person with their aliases and positions. Refused (Invalid, naming the meetings)
    // while the person heads or belongs to a delegation: merge the record instead.
    Status remove(qint64 id);
    // Writes a person back under their own id and version: how undo brings back a deleted one.
    Status restore(const Person &person);
    Result<Person> get(qint64 id) const;
    // People any of whose names (in either script, any alias or spelling variant) contain every
    // word of `name`: "Lavrov", "Лавров" and "Sergei Lavroff" all find Sergey Lavrov.
    Result<QList<qint64>> findByName(const QString &name) const;
    // Who held a post of this title for that country on that day.
    Result<QList<qint64>> holdersOf(const QString &title, const QString &country, QDate day) const;

private:
    Status writeDetails(qint64 id, const Person &person);
    const Catalogue &m_catalogue;
};

} // namespace entente

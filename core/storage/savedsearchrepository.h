#pragma once

#include "domain/error.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace entente {

class Catalogue;

// A query kept under a name, stored in the catalogue so that it travels with it.
struct SavedSearch
{
    qint64 id = 0;
    QString name;
    QString query; // the text as typed: it is parsed again when run
    int sortOrder = 0;

    friend bool operator==(const SavedSearch &, const SavedSearch &) = default;
};

class SavedSearchRepository
{
    Q_DECLARE_TR_FUNCTIONS(SavedSearchRepository)

public:
    explicit SavedSearchRepository(const Catalogue &catalogue)
        : m_catalogue(catalogue)
    {}

    // Every saved search, in the order they were saved.
    Result<QList<SavedSearch>> list() const;
    // Saves a new search; Invalid when the name is empty or already taken.
    Result<qint64> save(const QString &name, const QString &query);
    // Invalid when the new name is empty or taken, NotFound when the search is gone.
    Status rename(qint64 id, const QString &name);
    Status remove(qint64 id);

private:
    const Catalogue &m_catalogue;
};

} // namespace entente

#pragma once

#include <QString>
#include <QStringList>

namespace entente {

// Reference data from ISO 3166-1 and ISO 3166-3 (former states), read-only for the user, and the
// international organisations that can be parties to a meeting (resources/data/organisations.tsv)
// beside them.
struct Country
{
    // ISO alpha-3 for a state, the organisation's acronym (EU, NATO, CoE) for an organisation:
    // the key used everywhere in the catalogue and in files.
    QString code;
    bool organisation = false;
    QString alpha2;
    QString numeric;
    QString nameEn;
    QString officialNameEn;
    QString nameRu;
    bool former = false;
    QString withdrawn; // ISO date a former state left the standard
    QStringList aliases;
};

} // namespace entente

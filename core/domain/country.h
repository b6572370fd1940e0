#pragma once

#include <QString>
#include <QStringList>

namespace entente {

// Reference data from ISO 3166-1 and ISO 3166-3 (former states), read-only for the user.
struct Country
{
    QString code; // ISO alpha-3: the key used everywhere in the catalogue and in files
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

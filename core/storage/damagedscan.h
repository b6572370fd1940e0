#pragma once

#include "domain/error.h"

#include <QCoreApplication>
#include <QList>

#include <utility>

namespace entente {

class Catalogue;

// Finds the records of a damaged catalogue that can still be reached: the ids of a table in
// order, stepping over the ranges whose pages cannot be read instead of stopping at the first
// one. What salvage starts from.
class DamagedScan
{
    Q_DECLARE_TR_FUNCTIONS(DamagedScan)

public:
    enum class Table {
        Meetings,
        Persons
    };
    struct Ids
    {
        QList<qint64> readable;
        // Ranges of ids (first, last) that could not be read: records there are lost, if any.
        QList<std::pair<qint64, qint64>> unreadable;
    };

    explicit DamagedScan(const Catalogue &catalogue)
        : m_catalogue(catalogue)
    {}

    Ids ids(Table table) const;

private:
    const Catalogue &m_catalogue;
};

} // namespace entente

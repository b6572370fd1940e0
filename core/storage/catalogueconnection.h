#pragma once

#include "storage/catalogue.h"

#include <QSqlDatabase>

namespace entente {

// The calling thread's connection to a catalogue: for storage's own code, and for the tests and
// benchmarks that look inside the file. Code above storage never reaches a connection (the
// include_direction test refuses this header there); it writes through repositories and
// Transaction::begin(catalogue).
class CatalogueConnection
{
public:
    static QSqlDatabase of(const Catalogue &catalogue) { return catalogue.database(); }
};

} // namespace entente

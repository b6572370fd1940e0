#pragma once

#include "domain/error.h"

#include <QSqlDatabase>
#include <QStringList>

namespace entente {

// SQLite's own checks of a catalogue's file, one problem a line; empty when all is well. Quick is
// `PRAGMA quick_check` (every page and row, about 11 s at a million meetings); Full adds the
// comparison of every index with its table and the foreign keys (`integrity_check`,
// `foreign_key_check`), what `entente check` runs.
enum class IntegrityDepth {
    Quick,
    Full,
};
Result<QStringList> integrityProblems(const QSqlDatabase &db, IntegrityDepth depth,
                                      const QString &what);

} // namespace entente

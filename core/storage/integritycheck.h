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

// Whether the SQLite file at `path` opens and shows its schema but fails the quick check: damage
// that salvage can work around. A file that is not SQLite, or whose schema cannot be read, is not.
bool isDamagedFile(const QString &path);

} // namespace entente

#pragma once

#include "domain/error.h"

#include <QSqlDatabase>
#include <QString>

namespace entente {

// Writes a consistent copy of the database behind `db` to `target` (VACUUM INTO), and only then
// puts it in place: the copy goes to a temporary file beside the target, is flushed to disk and
// renamed over it, so an earlier file at `target` survives any failure on the way. `what` is the
// sentence a failure starts with. With `check`, the copy must pass integrity_check before it is
// put in place (a backup is only worth keeping if it can be read back). Storage's alone, like
// every use of a connection.
enum class CopyCheck {
    None,
    Integrity
};
Status writeConsistentCopy(const QSqlDatabase &db, const QString &target, const QString &what,
                           CopyCheck check = CopyCheck::None);

} // namespace entente

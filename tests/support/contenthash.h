#pragma once

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace entente::test {

// Every row of `table` as text lines in primary-key order (rowid, or the columns of a WITHOUT
// ROWID key), values tagged with their SQLite type so that 1 and '1' differ. Columns named in
// `skip` are left out.
QStringList tableLines(const QSqlDatabase &db, const QString &table, const QStringList &skip = {});

// Every table of the file, the full-text index's own tables included, hashed in name order: two
// catalogues with the same hash hold the same data.
QByteArray contentHash(const QString &cataloguePath);

} // namespace entente::test

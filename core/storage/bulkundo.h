#pragma once

#include "domain/error.h"

#include <QList>
#include <QSqlDatabase>

#include <array>
#include <utility>

namespace entente {

class Catalogue;

// What a bulk load wrote, and its removal. Each batch of a load used one range of ids in every
// table whose ids the writer hands out itself; removing those ranges, children first, removes
// the load and nothing else.
namespace BulkUndo {

enum IdTable {
    PersonIds,
    AliasIds,
    PositionIds,
    TopicIds,
    MeetingIds,
    DelegationIds,
    MemberIds,
    DocumentIds,
    SourceIds,
    IdTableCount
};
using Marks = std::array<qint64, IdTableCount>;
// Table names, by IdTable.
const char16_t *tableName(int table);

// `batches`: for each batch, the first id it used in every table and the next free one after it.
Status remove(const QSqlDatabase &db, const QList<std::pair<Marks, Marks>> &batches,
              const QString &what);
// The same on the calling thread's connection to `catalogue`: an import's undo.
Status remove(const Catalogue &catalogue, const QList<std::pair<Marks, Marks>> &batches,
              const QString &what);

} // namespace BulkUndo
} // namespace entente

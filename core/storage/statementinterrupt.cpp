#include "statementinterrupt.h"

#include "domain/logging.h"
#include "storage/catalogueconnection.h"

#include <QSqlDriver>

#include <sqlite3.h>

namespace entente {

namespace {

// Called by SQLite every few thousand virtual-machine steps; non-zero stops the statement.
int stopRequested(void *flag)
{
    return static_cast<const std::atomic<bool> *>(flag)->load(std::memory_order_relaxed) ? 1 : 0;
}

// The connection's own sqlite3 handle, when the driver is Qt's SQLite driver on the system
// library (the one this program links): a handle from a driver with its own copy would be
// another library's.
sqlite3 *handleOf(const QSqlDatabase &db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

} // namespace

StatementInterrupt::StatementInterrupt(const Catalogue &catalogue, const std::atomic<bool> &stop)
{
    sqlite3 *db = handleOf(CatalogueConnection::of(catalogue));
    if (!db) {
        qCWarning(lcStorage) << "no SQLite handle: cancelling waits for the running statement";
        return;
    }
    // SQLite only reads the flag; the handler's context is not const in its signature.
    sqlite3_progress_handler(db, 1000, &stopRequested,
                             const_cast<void *>(static_cast<const void *>(&stop)));
    m_handle = db;
}

StatementInterrupt::~StatementInterrupt()
{
    if (m_handle)
        sqlite3_progress_handler(static_cast<sqlite3 *>(m_handle), 0, nullptr, nullptr);
}

} // namespace entente

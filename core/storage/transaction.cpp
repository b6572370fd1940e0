#include "transaction.h"

#include "domain/logging.h"
#include "storage/catalogueconnection.h"
#include "storage/killpoint.h"
#include "storage/sqlquery.h"

#include <QCoreApplication>
#include <QHash>

#include <utility>

using namespace Qt::StringLiterals;

namespace entente {

namespace {

// How many transactions are open on each of this thread's connections (connections are per
// thread, so the count needs no lock).
thread_local QHash<QString, int> openTransactions;

QString savepoint(int depth)
{
    return u"nested_%1"_s.arg(depth);
}

} // namespace

Result<Transaction> Transaction::begin(const Catalogue &catalogue)
{
    return begin(CatalogueConnection::of(catalogue));
}

Result<Transaction> Transaction::begin(QSqlDatabase db)
{
    const int depth = openTransactions.value(db.connectionName());
    SqlQuery begin(db, depth == 0 ? u"BEGIN IMMEDIATE"_s : u"SAVEPOINT "_s % savepoint(depth));
    if (Status s = begin.exec(QCoreApplication::translate("Transaction", "Cannot start writing"));
        !s)
        return s.error();
    openTransactions[db.connectionName()] = depth + 1;
    return Transaction(std::move(db), depth);
}

Transaction::Transaction(QSqlDatabase db, int depth)
    : m_db(std::move(db))
    , m_active(true)
    , m_depth(depth)
{}

Transaction::Transaction(Transaction &&other) noexcept
    : m_db(other.m_db)
    , m_active(std::exchange(other.m_active, false))
    , m_depth(other.m_depth)
{}

Transaction::~Transaction()
{
    if (!m_active)
        return;
    if (m_depth == 0) {
        SqlQuery rollback(m_db, u"ROLLBACK"_s);
        if (!rollback.exec(u"rollback"_s))
            qCWarning(lcStorage) << "rollback failed";
    } else {
        // ROLLBACK TO keeps the savepoint open; RELEASE then closes it.
        SqlQuery rollback(m_db, u"ROLLBACK TO "_s % savepoint(m_depth));
        SqlQuery release(m_db, u"RELEASE "_s % savepoint(m_depth));
        if (!rollback.exec(u"rollback"_s) || !release.exec(u"release"_s))
            qCWarning(lcStorage) << "rollback to savepoint failed";
    }
    openTransactions[m_db.connectionName()] = m_depth;
}

Status Transaction::commit()
{
    if (!m_active)
        return Error{Error::Kind::Storage, u"commit without transaction"_s, {}};
    if (m_depth == 0)
        killIfAskedAt(u"before-commit");
    SqlQuery commit(m_db, m_depth == 0 ? u"COMMIT"_s : u"RELEASE "_s % savepoint(m_depth));
    Status status = commit.exec(QCoreApplication::translate("Transaction", "Cannot save"));
    if (status) {
        m_active = false;
        openTransactions[m_db.connectionName()] = m_depth;
        if (m_depth == 0)
            killIfAskedAt(u"after-commit");
    }
    return status;
}

} // namespace entente

#include "transaction.h"

#include "domain/logging.h"
#include "storage/sqlquery.h"

#include <QCoreApplication>
#include <QHash>

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

Transaction::Transaction(QSqlDatabase db)
    : m_db(std::move(db))
    , m_depth(openTransactions.value(m_db.connectionName()))
{
    SqlQuery begin(m_db,
                   m_depth == 0 ? u"BEGIN IMMEDIATE"_s : u"SAVEPOINT "_s % savepoint(m_depth));
    m_begin = begin.exec(QCoreApplication::translate("Transaction", "Cannot start writing"));
    m_active = m_begin.ok();
    if (m_active)
        openTransactions[m_db.connectionName()] = m_depth + 1;
}

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
        return m_begin.ok()
                   ? Status(Error{Error::Kind::Storage, u"commit without transaction"_s, {}})
                   : m_begin;
    SqlQuery commit(m_db, m_depth == 0 ? u"COMMIT"_s : u"RELEASE "_s % savepoint(m_depth));
    Status status = commit.exec(QCoreApplication::translate("Transaction", "Cannot save"));
    if (status) {
        m_active = false;
        openTransactions[m_db.connectionName()] = m_depth;
    }
    return status;
}

} // namespace entente

#include "transaction.h"

#include "logging.h"
#include "storage/sqlquery.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace entente {

Transaction::Transaction(QSqlDatabase db)
    : m_db(std::move(db))
{
    SqlQuery begin(m_db, u"BEGIN IMMEDIATE"_s);
    m_begin = begin.exec(QCoreApplication::translate("Transaction", "Cannot start writing"));
    m_active = m_begin.ok();
}

Transaction::~Transaction()
{
    if (m_active) {
        SqlQuery rollback(m_db, u"ROLLBACK"_s);
        if (!rollback.exec(u"rollback"_s))
            qCWarning(lcStorage) << "rollback failed";
    }
}

Status Transaction::commit()
{
    if (!m_active)
        return m_begin.ok()
                   ? Status(Error{Error::Kind::Storage, u"commit without transaction"_s, {}})
                   : m_begin;
    SqlQuery commit(m_db, u"COMMIT"_s);
    Status status = commit.exec(QCoreApplication::translate("Transaction", "Cannot save"));
    if (status)
        m_active = false;
    return status;
}

} // namespace entente

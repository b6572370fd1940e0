#pragma once

#include "error.h"

#include <QSqlDatabase>

namespace entente {

// RAII write transaction: BEGIN IMMEDIATE takes the write lock up front, so a read-modify-write
// never fails half-way on a lock upgrade. Rolls back unless commit() succeeded.
class Transaction
{
public:
    explicit Transaction(QSqlDatabase db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    // Did BEGIN succeed? If not, begin() says why.
    const Status &begin() const { return m_begin; }
    Status commit();

private:
    QSqlDatabase m_db;
    Status m_begin;
    bool m_active = false;
};

} // namespace entente

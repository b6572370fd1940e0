#pragma once

#include "domain/error.h"

#include <QSqlDatabase>

namespace entente {

// RAII write transaction: BEGIN IMMEDIATE takes the write lock up front, so a read-modify-write
// never fails half-way on a lock upgrade. Rolls back unless commit() succeeded.
// Transactions nest: one opened while another is active on the same connection is a SAVEPOINT,
// so an operation made of several repository calls (an undoable merge, a bulk edit) is still
// all-or-nothing while each call keeps its own transaction.
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
    int m_depth = 0; // 0: the outermost transaction; n > 0: SAVEPOINT n
};

} // namespace entente

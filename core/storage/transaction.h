#pragma once

#include "domain/error.h"

#include <QSqlDatabase>

namespace entente {

class Catalogue;

// The unit of work: one all-or-nothing write to a catalogue. BEGIN IMMEDIATE takes the write lock
// up front, so a read-modify-write never fails half-way on a lock upgrade. Rolls back unless
// commit() succeeded.
// Transactions nest: one begun while another is active on the same connection is a SAVEPOINT,
// so an operation made of several repository calls (an undoable merge, a bulk edit) is still
// all-or-nothing while each call keeps its own transaction.
//
//     auto transaction = Transaction::begin(catalogue);
//     if (!transaction)
//         return transaction.error();
//     … repository calls …
//     return transaction->commit();
class Transaction
{
public:
    // On the calling thread's connection to `catalogue`: what code above storage uses.
    static Result<Transaction> begin(const Catalogue &catalogue);
    // On a connection storage already holds.
    static Result<Transaction> begin(QSqlDatabase db);

    Transaction(Transaction &&other) noexcept;
    Transaction &operator=(Transaction &&) = delete;
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;
    ~Transaction();

    Status commit();

private:
    Transaction(QSqlDatabase db, int depth);

    QSqlDatabase m_db;
    bool m_active = false;
    int m_depth = 0; // 0: the outermost transaction; n > 0: SAVEPOINT n
};

} // namespace entente

#pragma once

#include <QSqlDatabase>

#include <atomic>

namespace entente {

class Catalogue;

// While it lives, a statement running on the calling thread's connection to `catalogue` stops as
// soon as `stop` is set, instead of running to its end: cancelling a report or an export does not
// wait for the query under it. The statement then fails with SQLite's "interrupted". Only for
// work that leaves nothing to clean up in the catalogue (reads): clean-up statements would be
// stopped too.
class StatementInterrupt
{
public:
    StatementInterrupt(const Catalogue &catalogue, const std::atomic<bool> &stop);
    ~StatementInterrupt();
    StatementInterrupt(const StatementInterrupt &) = delete;
    StatementInterrupt &operator=(const StatementInterrupt &) = delete;

    // Whether the handler is in place: false when the Qt SQLite driver does not show its handle.
    bool isActive() const { return m_handle != nullptr; }

private:
    void *m_handle = nullptr; // sqlite3*
};

} // namespace entente

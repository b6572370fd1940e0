#pragma once

#include <QSqlDatabase>
#include <QStringList>

#include <sqlite3.h>

namespace entente::bench {

// Records, with their bound values written in, the statements the program runs on one Qt
// connection while the trace lives: replayed through the C API they give the raw floor of exactly
// what the program asked SQLite to do.
class SqlTrace
{
public:
    explicit SqlTrace(const QSqlDatabase &db);
    ~SqlTrace();
    SqlTrace(const SqlTrace &) = delete;
    SqlTrace &operator=(const SqlTrace &) = delete;

    // The reading statements seen so far (transactions and pragmas left out).
    QStringList statements() const { return m_statements; }
    void clear() { m_statements.clear(); }

private:
    static int callback(unsigned type, void *context, void *statement, void *text);

    sqlite3 *m_db = nullptr;
    QStringList m_statements;
};

} // namespace entente::bench

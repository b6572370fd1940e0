#pragma once

#include <QList>
#include <QString>
#include <QVariant>

#include <sqlite3.h>

namespace entente::bench {

// The physical floor: SQLite through its own C API, with nothing of Qt Sql in between. Used to
// time the same statements the program runs, on the same file.
class RawDb
{
public:
    explicit RawDb(const QString &path, bool readOnly = true);
    ~RawDb();
    RawDb(const RawDb &) = delete;
    RawDb &operator=(const RawDb &) = delete;

    sqlite3 *handle() const { return m_db; }
    bool exec(const QString &sql); // statements without results, several allowed
    // Runs one statement with `values` bound (by name, or by position for "?"), steps through
    // every row reading every column, and returns how many rows there were (-1 on error).
    qint64 run(const QString &sql, const QList<std::pair<QString, QVariant>> &values = {});
    // The first column of the first row.
    QVariant scalar(const QString &sql);
    QString lastError() const;

private:
    sqlite3 *m_db = nullptr;
};

// A prepared statement bound by position, for the raw bulk load.
class RawStatement
{
public:
    RawStatement(sqlite3 *db, const QString &sql);
    ~RawStatement();
    RawStatement(const RawStatement &) = delete;
    RawStatement &operator=(const RawStatement &) = delete;

    RawStatement &bind(int position, const QVariant &value);
    RawStatement &text(int position, const QString &value)
    {
        sqlite3_bind_text16(m_statement, position, value.utf16(), int(value.size() * 2),
                            SQLITE_TRANSIENT);
        return *this;
    }
    // NULL for an empty text, as the program stores optional codes.
    RawStatement &textOrNull(int position, const QString &value)
    {
        if (value.isEmpty())
            sqlite3_bind_null(m_statement, position);
        else
            text(position, value);
        return *this;
    }
    RawStatement &integer(int position, qint64 value)
    {
        sqlite3_bind_int64(m_statement, position, value);
        return *this;
    }
    bool step(); // runs it and resets it for the next row; false on error
    QString error() const;

private:
    sqlite3 *m_db;
    sqlite3_stmt *m_statement = nullptr;
};

void bindVariant(sqlite3_stmt *statement, int position, const QVariant &value);

} // namespace entente::bench

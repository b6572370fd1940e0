#pragma once

#include "domain/error.h"

#include <QSqlDatabase>
#include <QString>

namespace entente {

// A connection of its own to an SQLite file that is not the open catalogue: a copy to check
// before it is kept, a backup to restore, a damaged file to salvage from. Removed when it goes.
class FileConnection
{
public:
    enum class Mode {
        ReadOnly,
        ReadWrite
    };

    FileConnection(const QString &path, Mode mode);
    ~FileConnection();
    FileConnection(const FileConnection &) = delete;
    FileConnection &operator=(const FileConnection &) = delete;

    // The open connection, or the reason it could not be opened.
    Status open(const QString &what);
    QSqlDatabase database() const { return m_db; }

private:
    QString m_name;
    QSqlDatabase m_db;
};

} // namespace entente

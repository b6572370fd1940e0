#include "rawdb.h"

#include <QDebug>

namespace entente::bench {

void bindVariant(sqlite3_stmt *statement, int position, const QVariant &value)
{
    if (!value.isValid() || value.isNull()) {
        sqlite3_bind_null(statement, position);
        return;
    }
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
    case QMetaType::Bool:
        sqlite3_bind_int64(statement, position, value.toLongLong());
        return;
    case QMetaType::Double:
        sqlite3_bind_double(statement, position, value.toDouble());
        return;
    default: {
        const QString text = value.toString();
        sqlite3_bind_text16(statement, position, text.utf16(), int(text.size() * 2),
                            SQLITE_TRANSIENT);
        return;
    }
    }
}

RawDb::RawDb(const QString &path, bool readOnly)
{
    const int flags = readOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE;
    if (sqlite3_open_v2(path.toUtf8().constData(), &m_db, flags, nullptr) != SQLITE_OK)
        qWarning() << "cannot open" << path << lastError();
    sqlite3_busy_timeout(m_db, 5000);
}

RawDb::~RawDb()
{
    sqlite3_close(m_db);
}

QString RawDb::lastError() const
{
    return QString::fromUtf8(sqlite3_errmsg(m_db));
}

bool RawDb::exec(const QString &sql)
{
    char *error = nullptr;
    if (sqlite3_exec(m_db, sql.toUtf8().constData(), nullptr, nullptr, &error) != SQLITE_OK) {
        qWarning() << "raw exec failed:" << sql.left(200) << error;
        sqlite3_free(error);
        return false;
    }
    return true;
}

qint64 RawDb::run(const QString &sql, const QList<std::pair<QString, QVariant>> &values)
{
    sqlite3_stmt *statement = nullptr;
    const QByteArray text = sql.toUtf8();
    if (sqlite3_prepare_v2(m_db, text.constData(), int(text.size()), &statement, nullptr) !=
        SQLITE_OK) {
        qWarning() << "raw prepare failed:" << sql.left(300) << lastError();
        return -1;
    }
    for (const auto &[name, value] : values) {
        const int position =
            name.startsWith(u':')
                ? sqlite3_bind_parameter_index(statement, name.toUtf8().constData())
                : name.toInt();
        if (position > 0)
            bindVariant(statement, position, value);
    }
    qint64 rows = 0;
    int rc;
    while ((rc = sqlite3_step(statement)) == SQLITE_ROW) {
        ++rows;
        const int columns = sqlite3_column_count(statement);
        for (int c = 0; c < columns; ++c) {
            if (sqlite3_column_type(statement, c) == SQLITE_TEXT)
                sqlite3_column_text(statement, c);
        }
    }
    if (rc != SQLITE_DONE) {
        qWarning() << "raw step failed:" << sql.left(300) << lastError();
        rows = -1;
    }
    sqlite3_finalize(statement);
    return rows;
}

QVariant RawDb::scalar(const QString &sql)
{
    sqlite3_stmt *statement = nullptr;
    const QByteArray text = sql.toUtf8();
    QVariant value;
    if (sqlite3_prepare_v2(m_db, text.constData(), int(text.size()), &statement, nullptr) ==
            SQLITE_OK &&
        sqlite3_step(statement) == SQLITE_ROW) {
        if (sqlite3_column_type(statement, 0) == SQLITE_INTEGER)
            value = qint64(sqlite3_column_int64(statement, 0));
        else
            value = QString::fromUtf8(
                reinterpret_cast<const char *>(sqlite3_column_text(statement, 0)));
    }
    sqlite3_finalize(statement);
    return value;
}

RawStatement::RawStatement(sqlite3 *db, const QString &sql)
    : m_db(db)
{
    const QByteArray text = sql.toUtf8();
    if (sqlite3_prepare_v2(db, text.constData(), int(text.size()), &m_statement, nullptr) !=
        SQLITE_OK)
        qWarning() << "raw prepare failed:" << sql << sqlite3_errmsg(db);
}

RawStatement::~RawStatement()
{
    sqlite3_finalize(m_statement);
}

RawStatement &RawStatement::bind(int position, const QVariant &value)
{
    bindVariant(m_statement, position, value);
    return *this;
}

bool RawStatement::step()
{
    const int rc = sqlite3_step(m_statement);
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
    return rc == SQLITE_DONE || rc == SQLITE_ROW;
}

QString RawStatement::error() const
{
    return QString::fromUtf8(sqlite3_errmsg(m_db));
}

} // namespace entente::bench

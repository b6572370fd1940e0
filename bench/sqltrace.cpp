#include "sqltrace.h"

#include <QSqlDriver>
#include <QVariant>

namespace entente::bench {

SqlTrace::SqlTrace(const QSqlDatabase &db)
{
    // QSQLITE hands out its sqlite3 handle; the Qt plugin and this program use the same library.
    const QVariant handle = db.driver()->handle();
    if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0)
        m_db = *static_cast<sqlite3 *const *>(handle.data());
    if (m_db)
        sqlite3_trace_v2(m_db, SQLITE_TRACE_STMT, &SqlTrace::callback, this);
}

SqlTrace::~SqlTrace()
{
    if (m_db)
        sqlite3_trace_v2(m_db, 0, nullptr, nullptr);
}

int SqlTrace::callback(unsigned type, void *context, void *statement, void *)
{
    if (type != SQLITE_TRACE_STMT)
        return 0;
    auto *self = static_cast<SqlTrace *>(context);
    char *expanded = sqlite3_expanded_sql(static_cast<sqlite3_stmt *>(statement));
    if (!expanded)
        return 0;
    const QString sql = QString::fromUtf8(expanded).trimmed();
    sqlite3_free(expanded);
    if (sql.startsWith(u"SELECT", Qt::CaseInsensitive) ||
        sql.startsWith(u"WITH", Qt::CaseInsensitive))
        self->m_statements.append(sql);
    return 0;
}

} // namespace entente::bench

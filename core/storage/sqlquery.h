#pragma once

#include "domain/error.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <optional>

namespace entente {

// One prepared statement with named bound parameters. Refuses to run more than one statement
// (QSQLITE would silently ignore the rest), logs every failure with its SQL and bound values, and
// turns driver errors into Errors the caller can word for the user.
class SqlQuery
{
    Q_DECLARE_TR_FUNCTIONS(SqlQuery)

public:
    SqlQuery(const QSqlDatabase &db, const QString &sql);

    SqlQuery &bind(const QString &placeholder, const QVariant &value);
    // By position (0 for the first placeholder), for statements bound many times over: no name
    // to look up.
    SqlQuery &bind(int position, const QVariant &value);
    // Runs the statement; on failure the Error carries `what` as its message.
    Status exec(const QString &what);
    bool next() { return m_query.next(); }
    // After next() returned false: whether the rows ended, or reading the next one failed (a
    // damaged page, an interrupt). Readers whose "no row" means something call it.
    Status rowsEnded(const QString &what) const;
    QVariant value(int column) const { return m_query.value(column); }
    QString text(int column) const { return m_query.value(column).toString(); }
    qint64 integer(int column) const { return m_query.value(column).toLongLong(); }
    // Runs the statement and returns the first column of its first row (INSERT … RETURNING id).
    Result<QVariant> scalar(const QString &what);
    void finish() { m_query.finish(); }

    // A driver error as an Error: locked, read-only and corrupt files get their own kinds.
    static Error toError(const QSqlError &error, const QString &what, const QString &detail);

private:
    QSqlQuery m_query;
    QString m_sql;
    bool m_prepared = false;
    QString m_prepareError;
};

// Escapes LIKE wildcards so user text matches literally (with ESCAPE '\').
QString escapeLike(QStringView text);

} // namespace entente

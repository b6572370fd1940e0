#pragma once

#include "domain/error.h"
#include "storage/sqlquery.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <map>
#include <memory>

namespace entente {

// Rows for one table, buffered and written with multi-row INSERT statements that are prepared
// once and reused. One statement per row costs as much in the driver as SQLite spends storing
// the row; sixty-four rows per statement make that overhead disappear (see docs/performance.md).
// BulkWriter batches rows through it; MeetingRepository writes one meeting's rows the same way.
class BulkInsert
{
public:
    // `columns` in the order values are appended; `verb` is "INSERT" or "INSERT OR IGNORE".
    BulkInsert(QString table, QStringList columns, QString verb = QStringLiteral("INSERT"));

    qsizetype pendingRows() const { return m_values.size() / m_columns.size(); }

    // Appends one row; `values` has one value per column (an invalid QVariant is NULL).
    void append(std::initializer_list<QVariant> values);
    // Appends whole rows at once, row-major.
    void appendRows(const QList<QVariant> &values) { m_values.append(values); }
    // Writes every buffered row through `db`; on failure the buffer is dropped with the batch.
    Status flush(const QSqlDatabase &db, const QString &what);
    void clear() { m_values.clear(); }

private:
    SqlQuery &statementFor(const QSqlDatabase &db, int rows);

    QString m_table;
    QStringList m_columns;
    QString m_verb;
    QList<QVariant> m_values;
    QStringList m_placeholders; // ":v<row>_<column>", row-major, for the largest statement
    std::map<int, std::unique_ptr<SqlQuery>> m_statements; // by row count
};

} // namespace entente

#include "bulkinsert.h"

using namespace Qt::StringLiterals;

namespace entente {

namespace {

// Large enough that the per-statement cost vanishes, small enough to stay far below SQLite's
// limit on bound parameters (32,766) for the widest table.
constexpr int rowsPerStatement = 64;

} // namespace

BulkInsert::BulkInsert(QString table, QStringList columns, QString verb)
    : m_table(std::move(table))
    , m_columns(std::move(columns))
    , m_verb(std::move(verb))
{
    m_placeholders.reserve(rowsPerStatement * m_columns.size());
    for (int row = 0; row < rowsPerStatement; ++row) {
        for (qsizetype column = 0; column < m_columns.size(); ++column)
            m_placeholders.append(u":v%1_%2"_s.arg(row).arg(column));
    }
}

void BulkInsert::append(std::initializer_list<QVariant> values)
{
    Q_ASSERT(qsizetype(values.size()) == m_columns.size());
    for (const QVariant &value : values)
        m_values.append(value);
}

SqlQuery &BulkInsert::statementFor(const QSqlDatabase &db, int rows)
{
    std::unique_ptr<SqlQuery> &statement = m_statements[rows];
    if (!statement) {
        QString sql =
            m_verb % u" INTO "_s % m_table % u" ("_s % m_columns.join(u", "_s) % u") VALUES "_s;
        const qsizetype width = m_columns.size();
        for (int row = 0; row < rows; ++row) {
            sql += row == 0 ? u"("_s : u", ("_s;
            for (qsizetype column = 0; column < width; ++column) {
                if (column > 0)
                    sql += u", "_s;
                sql += m_placeholders.at(row * width + column);
            }
            sql += u')';
        }
        statement = std::make_unique<SqlQuery>(db, sql);
    }
    return *statement;
}

Status BulkInsert::flush(const QSqlDatabase &db, const QString &what)
{
    const qsizetype width = m_columns.size();
    qsizetype row = 0;
    const qsizetype rows = pendingRows();
    Status status;
    while (row < rows && status) {
        const int chunk = int(std::min<qsizetype>(rowsPerStatement, rows - row));
        SqlQuery &statement = statementFor(db, chunk);
        for (int r = 0; r < chunk; ++r) {
            for (qsizetype column = 0; column < width; ++column)
                statement.bind(int(r * width + column), m_values.at((row + r) * width + column));
        }
        status = statement.exec(what);
        row += chunk;
    }
    m_values.clear();
    return status;
}

} // namespace entente

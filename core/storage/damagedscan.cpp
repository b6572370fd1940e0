#include "damagedscan.h"

#include "storage/catalogueconnection.h"
#include "storage/sqlquery.h"

#include <limits>

using namespace Qt::StringLiterals;

namespace entente {

namespace {

// Rows read per statement: a damaged page stops one statement, not the scan.
constexpr int chunk = 256;
// Ids are positive 64-bit integers; past this nothing is looked for.
constexpr qint64 lastId = std::numeric_limits<qint64>::max() / 2;

} // namespace

DamagedScan::Ids DamagedScan::ids(Table table) const
{
    // The table name cannot be bound: it comes from this fixed list only.
    const QString name = table == Table::Meetings ? u"meetings"_s : u"persons"_s;
    SqlQuery next(CatalogueConnection::of(m_catalogue),
                  u"SELECT id FROM "_s + name + u" WHERE id > :after ORDER BY id LIMIT "_s +
                      QString::number(chunk));
    Ids found;
    qint64 after = 0;
    while (after < lastId) {
        next.bind(u":after"_s, after);
        bool failed = !next.exec(QString());
        qsizetype read = 0;
        while (!failed && next.next()) {
            after = next.integer(0);
            found.readable.append(after);
            ++read;
        }
        if (!failed)
            failed = !next.rowsEnded(QString());
        next.finish();
        if (!failed) {
            if (read < chunk)
                break; // the end of the table
            continue;
        }
        // A damaged page: look further and further ahead until a statement reads again. The ids
        // between are lost, if there were any.
        const qint64 gapStart = after + 1;
        qint64 step = 1;
        bool resumed = false;
        while (!resumed && after + step < lastId) {
            next.bind(u":after"_s, after + step);
            if (next.exec(QString()) && (next.next() || next.rowsEnded(QString()))) {
                resumed = true;
                next.finish();
                after += step;
                break;
            }
            next.finish();
            step *= 2;
        }
        found.unreadable.append({gapStart, resumed ? after : lastId});
        if (!resumed)
            break;
    }
    return found;
}

} // namespace entente

#include "integritycheck.h"

#include "storage/bulkloadmode.h"
#include "storage/fileconnection.h"
#include "storage/sqlquery.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace entente {

Result<QStringList> integrityProblems(const QSqlDatabase &db, IntegrityDepth depth,
                                      const QString &what)
{
    QStringList problems;
    SqlQuery integrity(db, depth == IntegrityDepth::Quick ? u"PRAGMA quick_check"_s
                                                          : u"PRAGMA integrity_check"_s);
    if (Status s = integrity.exec(what); !s)
        return s.error();
    // A row may hold several problems, one a line, under a "*** in database main ***" heading.
    while (integrity.next()) {
        const QStringList lines = integrity.text(0).split(u'\n', Qt::SkipEmptyParts);
        for (const QString &line : lines) {
            if (line != u"ok" && !line.startsWith(u"*** "))
                problems.append(line);
        }
    }
    integrity.finish();
    if (depth == IntegrityDepth::Quick)
        return problems;
    auto pending = BulkLoadMode::pendingIndexes(db);
    if (!pending)
        return pending.error();
    for (const auto &[name, sql] : std::as_const(*pending))
        problems.append(QCoreApplication::translate(
                            "Catalogue", "index %1 is missing: a load was stopped before it was "
                                         "built; opening the catalogue for writing builds it")
                            .arg(name));
    SqlQuery foreignKeys(db, u"PRAGMA foreign_key_check"_s);
    if (Status s = foreignKeys.exec(what); !s)
        return s.error();
    while (foreignKeys.next())
        problems.append(QCoreApplication::translate("Catalogue",
                                                    "row %1 of table %2 points to a missing row "
                                                    "of table %3")
                            .arg(foreignKeys.text(1), foreignKeys.text(0), foreignKeys.text(2)));
    return problems;
}

bool isDamagedFile(const QString &path)
{
    FileConnection file(path, FileConnection::Mode::ReadOnly);
    if (!file.open(QString()))
        return false;
    SqlQuery schema(file.database(), u"SELECT count(*) FROM sqlite_schema"_s);
    if (!schema.scalar(QString()))
        return false;
    const auto problems = integrityProblems(file.database(), IntegrityDepth::Quick, QString());
    return !problems || !problems->isEmpty();
}

} // namespace entente

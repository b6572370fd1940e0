#include "searchindex.h"

#include "domain/namefolding.h"
#include "storage/sqlquery.h"

#include <QCoreApplication>
#include <QList>

using namespace Qt::StringLiterals;

namespace entente {

Status SearchIndex::backfill()
{
    const QString what =
        QCoreApplication::translate("SearchIndex", "Cannot fill the search index of the catalogue");
    // In batches by id, so a catalogue of a million documents never sits in memory whole.
    constexpr int batch = 5000;
    qint64 after = 0;
    for (;;) {
        QList<std::pair<qint64, QString>> titles;
        {
            SqlQuery read(m_db, u"SELECT id, title FROM documents WHERE id > :after ORDER BY id "
                                "LIMIT :batch"_s);
            read.bind(u":after"_s, after).bind(u":batch"_s, batch);
            if (Status s = read.exec(what); !s)
                return s;
            while (read.next())
                titles.append({read.integer(0), read.text(1)});
        }
        if (titles.isEmpty())
            return {};
        if (Status s = writeFolded(titles, what); !s)
            return s;
        after = titles.constLast().first;
    }
}

Status SearchIndex::writeFolded(const QList<std::pair<qint64, QString>> &titles,
                                const QString &what)
{
    SqlQuery write(m_db, u"UPDATE documents SET title_folded = :folded WHERE id = :id"_s);
    for (const auto &[id, title] : titles) {
        write.bind(u":folded"_s, NameFolding::fold(title)).bind(u":id"_s, id);
        if (Status s = write.exec(what); !s)
            return s;
    }
    return {};
}

} // namespace entente

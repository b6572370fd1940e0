#include "searchindex.h"

#include "domain/namefolding.h"
#include "domain/person.h"
#include "storage/sqlquery.h"

#include <QCoreApplication>
#include <QHash>
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

Status SearchIndex::rekeyPeople()
{
    const QString what =
        QCoreApplication::translate("SearchIndex", "Cannot fill the search index of the catalogue");
    QHash<qint64, Person> people;
    {
        SqlQuery read(m_db, u"SELECT id, name_latin, name_native FROM persons"_s);
        if (Status s = read.exec(what); !s)
            return s;
        while (read.next()) {
            Person &p = people[read.integer(0)];
            p.nameLatin = read.text(1);
            p.nameNative = read.text(2);
        }
        if (Status s = read.rowsEnded(what); !s)
            return s;
        SqlQuery aliases(m_db, u"SELECT person_id, alias FROM person_aliases"_s);
        if (Status s = aliases.exec(what); !s)
            return s;
        while (aliases.next()) {
            if (const auto it = people.find(aliases.integer(0)); it != people.end())
                it->aliases.append(aliases.text(1));
        }
        if (Status s = aliases.rowsEnded(what); !s)
            return s;
    }
    if (Status s = SqlQuery(m_db, u"DELETE FROM person_name_keys"_s).exec(what); !s)
        return s;
    SqlQuery key(m_db, u"INSERT INTO person_name_keys (match_key, person_id) VALUES (:key, :id)"_s);
    for (auto it = people.cbegin(); it != people.cend(); ++it) {
        for (const QString &k : it->matchKeys()) {
            if (Status s = key.bind(u":key"_s, k).bind(u":id"_s, it.key()).exec(what); !s)
                return s;
        }
    }
    return {};
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

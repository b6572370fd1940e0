#include "searchindex.h"

#include "domain/namefolding.h"
#include "storage/sqlquery.h"

#include <QCoreApplication>
#include <QList>

using namespace Qt::StringLiterals;

namespace entente {

Status SearchIndex::writeMeeting(qint64 meetingId, const QString &what)
{
    SqlQuery clear(m_db, u"DELETE FROM meeting_people WHERE meeting_id = :id"_s);
    if (Status s = clear.bind(u":id"_s, meetingId).exec(what); !s)
        return s;
    // One row per person, a head in any delegation counting as head (the same SQL as the
    // migration's backfill), with whether the meeting is a top-level one (migration 5).
    SqlQuery people(m_db, u"INSERT INTO meeting_people (person_id, start_date, meeting_id, "
                          "is_head, top_level) SELECT dm.person_id, m.start_date, m.id, "
                          "max(dm.is_head), m.parent_id IS NULL FROM delegations d JOIN "
                          "delegation_members dm ON dm.delegation_id = d.id JOIN meetings m ON "
                          "m.id = d.meeting_id WHERE d.meeting_id = :id GROUP BY dm.person_id, "
                          "m.id"_s);
    if (Status s = people.bind(u":id"_s, meetingId).exec(what); !s)
        return s;
    return foldDocumentTitles(meetingId, what);
}

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

Status SearchIndex::foldDocumentTitles(qint64 meetingId, const QString &what)
{
    // Read everything first: a SELECT must be finished before writing on the same connection.
    QList<std::pair<qint64, QString>> titles;
    {
        SqlQuery read(m_db, u"SELECT id, title FROM documents WHERE meeting_id = :id"_s);
        if (Status s = read.bind(u":id"_s, meetingId).exec(what); !s)
            return s;
        while (read.next())
            titles.append({read.integer(0), read.text(1)});
    }
    return writeFolded(titles, what);
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

#include "bulkloadmode.h"

#include "domain/logging.h"
#include "storage/sqlquery.h"
#include "storage/transaction.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace entente {

namespace {

QString what()
{
    return QCoreApplication::translate("BulkWriter", "Cannot prepare the catalogue for loading");
}

// The tables a bulk load writes. Their non-unique indexes are rebuilt after the load; unique
// ones stay, since they are rules the rows must obey while they arrive.
const QStringList &loadedTables()
{
    static const QStringList tables = {
        u"persons"_s,         u"person_aliases"_s, u"person_name_keys"_s,
        u"positions"_s,       u"topics"_s,         u"meetings"_s,
        u"meeting_parties"_s, u"delegations"_s,    u"delegation_members"_s,
        u"meeting_topics"_s,  u"documents"_s,      u"document_parties"_s,
        u"document_links"_s,  u"sources"_s,        u"meeting_people"_s};
    return tables;
}

// Secondary indexes led by the id of a parent written just before the child: rows arrive in
// their order, so each insert appends at the end of the index (measured: rebuilding them after a
// load of 100,000 meetings costs more than keeping them; see docs/performance.md).
const QStringList &appendOnlyIndexes()
{
    static const QStringList names = {
        u"person_aliases_by_person"_s,  u"person_name_keys_by_person"_s,
        u"positions_by_person"_s,       u"delegation_members_by_delegation"_s,
        u"documents_by_meeting"_s,      u"sources_by_meeting"_s,
        u"meeting_people_by_meeting"_s, u"document_links_by_target"_s};
    return names;
}

} // namespace

bool BulkLoadMode::rebuiltAfterLoad(const QString &indexName)
{
    return !appendOnlyIndexes().contains(indexName);
}

Status BulkLoadMode::pragma(const QString &sql)
{
    SqlQuery q(m_db, sql);
    return q.exec(what());
}

Status BulkLoadMode::enter(bool dropIndexes, bool durable)
{
    const auto read = [this](const QString &name, QString *into) -> Status {
        SqlQuery q(m_db, u"PRAGMA "_s % name);
        auto value = q.scalar(what());
        if (!value)
            return value.error();
        *into = value->toString();
        return {};
    };
    if (Status s = read(u"synchronous"_s, &m_synchronous); !s)
        return s;
    if (Status s = read(u"cache_size"_s, &m_cacheSize); !s)
        return s;
    if (Status s = read(u"journal_mode"_s, &m_journalMode); !s)
        return s;
    m_entered = true;

    // A crash during the load may then lose the load itself, never what was there before: the
    // in-memory journal is only used on a catalogue that holds no meetings or people yet.
    if (!durable) {
        if (Status s = pragma(u"PRAGMA synchronous = OFF"_s); !s)
            return s;
    }
    if (Status s = pragma(u"PRAGMA cache_size = -262144"_s); !s) // 256 MiB
        return s;
    // Sorting for CREATE INDEX may use the second core.
    if (Status s = pragma(u"PRAGMA threads = 2"_s); !s)
        return s;
    if (!dropIndexes)
        return {};

    // The write-ahead log writes every page twice (log, then checkpoint). Leaving it needs the
    // only connection to the file; when another one is open (the window, while importing) the
    // load simply stays in WAL mode.
    {
        SqlQuery journal(m_db, u"PRAGMA journal_mode = MEMORY"_s);
        auto mode = journal.scalar(what());
        if (!mode)
            qCInfo(lcStorage) << "bulk load stays in" << m_journalMode << "mode";
    }

    QStringList placeholders;
    for (qsizetype i = 0; i < loadedTables().size(); ++i)
        placeholders.append(u":t%1"_s.arg(i));
    {
        SqlQuery indexes(m_db, u"SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND "
                               "sql IS NOT NULL AND sql NOT LIKE 'CREATE UNIQUE%' AND tbl_name "
                               "IN ("_s %
                                   placeholders.join(u", "_s) % u") ORDER BY rowid"_s);
        for (qsizetype i = 0; i < loadedTables().size(); ++i)
            indexes.bind(placeholders.at(i), loadedTables().at(i));
        if (Status s = indexes.exec(what()); !s)
            return s;
        while (indexes.next()) {
            if (rebuiltAfterLoad(indexes.text(0)))
                m_dropped.append({indexes.text(0), indexes.text(1)});
        }
    }
    auto transaction = Transaction::begin(m_db);
    if (!transaction)
        return transaction.error();
    // Each dropped index is noted in the same transaction, so a load killed before the end
    // leaves a catalogue that says what it lacks: the next read-write open builds it
    // (finishInterruptedLoad) and `check` names it.
    SqlQuery note(m_db, u"INSERT OR REPLACE INTO catalogue_info (name, value) VALUES (:name, "
                        ":sql)"_s);
    for (const auto &[name, sql] : std::as_const(m_dropped)) {
        // The name comes from sqlite_schema, not from input; quoted as an identifier all the same.
        SqlQuery drop(m_db, u"DROP INDEX \""_s % QString(name).replace(u'"', u"\"\""_s) % u'"');
        if (Status s = drop.exec(what()); !s)
            return s;
        note.bind(u":name"_s, QString(pendingPrefix() % name)).bind(u":sql"_s, sql);
        if (Status s = note.exec(what()); !s)
            return s;
    }
    if (Status s = transaction->commit(); !s) {
        m_dropped.clear();
        return s;
    }
    return {};
}

Status BulkLoadMode::rebuildIndexes(const std::function<void(int, int)> &step)
{
    const int total = int(m_dropped.size());
    while (!m_dropped.isEmpty()) {
        if (step)
            step(total - int(m_dropped.size()), total);
        if (Status s = build(m_db, m_dropped.constFirst().first, m_dropped.constFirst().second); !s)
            return s;
        m_dropped.removeFirst();
    }
    if (step && total > 0)
        step(total, total);
    return {};
}

QString BulkLoadMode::pendingPrefix()
{
    return u"pending_index:"_s;
}

Status BulkLoadMode::build(const QSqlDatabase &db, const QString &name, const QString &sql)
{
    const QString message =
        QCoreApplication::translate("BulkWriter", "Cannot rebuild the indexes of the catalogue");
    // The index and the note that it was missing go together.
    auto transaction = Transaction::begin(db);
    if (!transaction)
        return transaction.error();
    // The statement is the one SQLite stored when the index was first created.
    SqlQuery create(db, sql);
    if (Status s = create.exec(message); !s)
        return s;
    SqlQuery done(db, u"DELETE FROM catalogue_info WHERE name = :name"_s);
    done.bind(u":name"_s, QString(pendingPrefix() % name));
    if (Status s = done.exec(message); !s)
        return s;
    return transaction->commit();
}

Result<QList<std::pair<QString, QString>>> BulkLoadMode::pendingIndexes(const QSqlDatabase &db)
{
    SqlQuery q(db, u"SELECT substr(name, length(:prefix) + 1), value FROM catalogue_info WHERE "
                   "name LIKE :pattern ESCAPE '\\' ORDER BY name"_s);
    q.bind(u":prefix"_s, pendingPrefix())
        .bind(u":pattern"_s, QString(escapeLike(pendingPrefix()) % u'%'));
    if (Status s = q.exec(QCoreApplication::translate(
            "BulkWriter", "Cannot read which indexes of the catalogue are missing"));
        !s)
        return s.error();
    QList<std::pair<QString, QString>> pending;
    while (q.next())
        pending.append({q.text(0), q.text(1)});
    return pending;
}

Status BulkLoadMode::finishInterruptedLoad(const QSqlDatabase &db,
                                           const std::function<void(int, int)> &step)
{
    auto pending = pendingIndexes(db);
    if (!pending)
        return pending.error();
    const int total = int(pending->size());
    for (int i = 0; i < total; ++i) {
        if (step)
            step(i, total);
        if (Status s = build(db, pending->at(i).first, pending->at(i).second); !s)
            return s;
    }
    if (step && total > 0)
        step(total, total);
    if (total > 0)
        qCInfo(lcStorage) << "built" << total << "indexes an interrupted load left missing";
    return {};
}

Status BulkLoadMode::restoreSettings()
{
    if (!m_entered)
        return {};
    m_entered = false;
    Status result;
    const auto keep = [&result](Status s) {
        if (result && !s)
            result = std::move(s);
    };
    keep(pragma(u"PRAGMA synchronous = "_s % m_synchronous));
    keep(pragma(u"PRAGMA cache_size = "_s % m_cacheSize));
    keep(pragma(u"PRAGMA threads = 0"_s));
    if (!m_journalMode.isEmpty()) {
        SqlQuery journal(m_db, u"PRAGMA journal_mode = "_s % m_journalMode);
        auto mode = journal.scalar(what());
        if (!mode)
            keep(mode.error());
    }
    return result;
}

} // namespace entente

#include "meetingsortkeys.h"

#include "domain/logging.h"
#include "storage/integritycheck.h"
#include "storage/sqlquery.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QElapsedTimer>

using namespace Qt::StringLiterals;

namespace entente {

namespace {

// Rows read, keyed and written per step of a rebuild: a bounded amount of text in memory, and
// every read finished before the writes that follow it.
constexpr int rowsPerStep = 4096;

struct Texts
{
    qint64 id = 0;
    QString title;
    QString place;
};

} // namespace

Result<QString> MeetingSortKeys::info(const QString &name) const
{
    SqlQuery q(m_db, u"SELECT value FROM catalogue_info WHERE name = :name"_s);
    q.bind(u":name"_s, name);
    const QString what = MeetingSortKeys::tr("Cannot read the sort order of the catalogue");
    if (Status s = q.exec(what); !s)
        return s.error();
    if (q.next())
        return q.text(0);
    // No row means "never sorted", and would rebuild every key: only when it truly is none.
    if (Status s = q.rowsEnded(what); !s)
        return s.error();
    return QString();
}

Result<NameCollation> MeetingSortKeys::collation() const
{
    auto identity = info(u"sort_collation"_s);
    if (!identity)
        return identity.error();
    if (identity->isEmpty())
        return NameCollation();
    auto locale = info(u"sort_locale"_s);
    if (!locale)
        return locale.error();
    return NameCollation::fromLocaleName(*locale);
}

Result<bool> MeetingSortKeys::refresh(const NameCollation &wanted)
{
    auto stored = info(u"sort_collation"_s);
    if (!stored)
        return stored.error();
    if (*stored == wanted.identity())
        return false;
    const QString what = tr("Cannot sort the catalogue's meetings for the language %1")
                             .arg(wanted.locale().nativeLanguageName());
    // A rebuild rewrites every meeting's keys: never into a damaged file, where a lost row of
    // catalogue_info looks like "never sorted". A rebuild is rare and long; the check is short
    // beside it.
    auto problems = integrityProblems(m_db, IntegrityDepth::Quick, what);
    if (!problems)
        return problems.error();
    if (!problems->isEmpty())
        return Error{Error::Kind::CatalogueUnusable, what, problems->join(u'\n')};
    QElapsedTimer timer;
    timer.start();
    if (Status s = rebuild(wanted, what); !s)
        return s.error();
    qCInfo(lcStorage).noquote() << "sort keys made for" << wanted.identity() << "instead of"
                                << (stored->isEmpty() ? u"none"_s : *stored) << "in"
                                << timer.elapsed() << "ms";
    return true;
}

Status MeetingSortKeys::rebuild(const NameCollation &wanted, const QString &what)
{
    auto transaction = Transaction::begin(m_db);
    if (!transaction)
        return transaction.error();

    // Rewriting every key through the two indexes would move each entry to a random place in
    // them; building them again from the new keys sorts once (seconds instead of minutes on a
    // million meetings). Their SQL is read back from the schema, so it stays the migration's.
    QList<std::pair<QString, QString>> indexes;
    {
        SqlQuery q(m_db, u"SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND tbl_name "
                         "= 'meetings' AND name IN ('meetings_by_title', 'meetings_by_place') "
                         "ORDER BY name"_s);
        if (Status s = q.exec(what); !s)
            return s;
        while (q.next())
            indexes.append({q.text(0), q.text(1)});
    }
    for (const auto &[name, sql] : std::as_const(indexes)) {
        Q_UNUSED(sql);
        // One of the two names above, never input.
        SqlQuery drop(m_db, u"DROP INDEX "_s % name);
        if (Status s = drop.exec(what); !s)
            return s;
    }

    SqlQuery read(m_db, u"SELECT id, title, place FROM meetings WHERE id > :after ORDER BY id "
                        "LIMIT :limit"_s);
    SqlQuery write(m_db, u"UPDATE meetings SET title_key = :title, place_key = :place WHERE id = "
                         ":id"_s);
    QList<Texts> rows;
    rows.reserve(rowsPerStep);
    qint64 after = 0;
    for (;;) {
        rows.clear();
        read.bind(u":after"_s, after).bind(u":limit"_s, rowsPerStep);
        if (Status s = read.exec(what); !s)
            return s;
        while (read.next())
            rows.append({read.integer(0), read.text(1), read.text(2)});
        read.finish();
        if (rows.isEmpty())
            break;
        for (const Texts &row : std::as_const(rows)) {
            write.bind(0, wanted.sortKey(row.title))
                .bind(1, wanted.sortKey(row.place))
                .bind(2, row.id);
            if (Status s = write.exec(what); !s)
                return s;
        }
        after = rows.constLast().id;
    }

    for (const auto &[name, sql] : std::as_const(indexes)) {
        SqlQuery create(m_db, sql);
        if (Status s = create.exec(what); !s)
            return s;
    }
    SqlQuery record(m_db, u"INSERT OR REPLACE INTO catalogue_info (name, value) VALUES (:name, "
                          ":value)"_s);
    for (const auto &[name, value] : {std::pair{u"sort_locale"_s, wanted.localeName()},
                                      std::pair{u"sort_collation"_s, wanted.identity()}}) {
        record.bind(u":name"_s, name).bind(u":value"_s, value);
        if (Status s = record.exec(what); !s)
            return s;
    }
    return transaction->commit();
}

} // namespace entente

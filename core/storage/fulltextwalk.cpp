#include "fulltextwalk.h"

#include "storage/catalogue.h"
#include "storage/catalogueconnection.h"
#include "storage/sqlquery.h"

#include <QCoreApplication>

#include <algorithm>
#include <atomic>

using namespace Qt::StringLiterals;

namespace entente {

namespace {

// How many ids at each end of the id range sample a MATCH's share of the catalogue.
constexpr qint64 sampleWindow = 4096;
// Below about this many hits, collecting them all is cheaper than checking meetings one by one.
std::atomic<qint64> minimumHits = 50000;

} // namespace

Result<int> FullTextWalk::region(const Catalogue &catalogue, const QString &match)
{
    const QString what = QCoreApplication::translate("SearchSql", "Cannot search the catalogue");
    SqlQuery bounds(CatalogueConnection::of(catalogue), u"SELECT (SELECT min(id) FROM meetings), "
                                                        "(SELECT max(id) FROM meetings)"_s);
    if (Status s = bounds.exec(what); !s)
        return s.error();
    if (!bounds.next() || bounds.value(0).isNull())
        return 0;
    const qint64 first = bounds.integer(0);
    const qint64 last = bounds.integer(1);
    bounds.finish();
    // The hits among the lowest and the highest ids: FTS5 seeks to the rowid bound, so each
    // count reads at most a window's worth of entries, however common the words (under 1 ms).
    const qint64 span = last - first + 1;
    const qint64 window = std::min(sampleWindow, (span + 1) / 2);
    const auto hits = [&](const QString &sql, qint64 bound) -> Result<qint64> {
        SqlQuery q(CatalogueConnection::of(catalogue), sql);
        q.bind(u":match"_s, match).bind(u":bound"_s, bound);
        auto n = q.scalar(what);
        if (!n)
            return n.error();
        return n->toLongLong();
    };
    auto low = hits(u"SELECT count(*) FROM meeting_fts WHERE meeting_fts MATCH :match AND rowid < "
                    ":bound"_s,
                    first + window);
    if (!low)
        return low.error();
    auto high = hits(u"SELECT count(*) FROM meeting_fts WHERE meeting_fts MATCH :match AND "
                     "rowid > :bound"_s,
                     last - window);
    if (!high)
        return high.error();
    if (*low * 4 < window || *high * 4 < window)
        return 0;
    // Collecting fewer hits than this costs a few milliseconds: less than checking one by one.
    if ((*low + *high) * span / (2 * window) < minimumHits)
        return 0;
    // A page of 256 rows needs about 256 / share checks: 1,024 covers a share of a quarter. A
    // sixteenth of a small catalogue, so that both branches below serve it.
    return int(std::clamp<qint64>(span / 16, 8, 1024));
}

void FullTextWalk::setMinimumHits(qint64 hits)
{
    minimumHits = hits;
}

QString FullTextWalk::condition(const QString &set, const QString &match, int region)
{
    // The edges are a list of ids, so the table's indexes still cover the walk whatever its order
    // (a start date in the condition would make a title walk read every meeting it passes).
    // Exactly one of the two branches holds for any meeting: the rows are those of `set`. A walk
    // that finds few hits among the edges costs at most `region` checks more.
    const QString limit = QString::number(region);
    const QString edges =
        u"SELECT id FROM (SELECT b.id AS id FROM meetings b WHERE b.parent_id IS NULL ORDER BY "
        "b.start_date DESC, b.id DESC LIMIT "_s +
        limit +
        u") UNION ALL SELECT id FROM (SELECT b.id AS id FROM meetings b WHERE b.parent_id IS "
        "NULL ORDER BY b.start_date, b.id LIMIT "_s +
        limit + u')';
    return u"((m.id IN ("_s + edges +
           u") AND EXISTS (SELECT 1 FROM meeting_fts WHERE meeting_fts MATCH "_s + match +
           u" AND rowid = m.id)) OR (m.id NOT IN ("_s + edges + u") AND "_s + set + u"))"_s;
}

} // namespace entente

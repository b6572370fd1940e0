#pragma once

#include "domain/error.h"

#include <QString>

namespace entente {

class Catalogue;

// The form of a full-text term that the meetings table walks when the words hit a large share of
// the catalogue. Collecting every hit before showing a page costs 40 to 100 ms on a million
// meetings, while checking meetings one by one (FTS5 seeks the rowid, 10 to 150 µs each) finds a
// page's worth after a few hundred. The table walks its order from either end, so the `region`
// newest and `region` oldest top-level meetings are checked one by one and the others against
// the collected hits, which SQLite collects only when the walk first reaches one of them.
class FullTextWalk
{
public:
    // How many meetings at each end of the date order to check one by one for the MATCH text
    // `match`: about 1,000 on a large catalogue when the words hit a quarter of the meetings or
    // more and 50,000 meetings or more, judged from the hits among the lowest and the highest
    // ids; 0 for rarer words.
    static Result<int> region(const Catalogue &catalogue, const QString &match);
    // Tests make their small catalogues walk too (50,000 by default).
    static void setMinimumHits(qint64 hits);
    // The condition over m: `set` is the term as a set of ids (m.id IN …), `match` the bound name
    // of its MATCH text.
    static QString condition(const QString &set, const QString &match, int region);
};

} // namespace entente

#pragma once

#include "measure.h"

#include <QList>
#include <QString>

namespace entente::bench {

// What every workload is given.
struct Context
{
    QString catalogue;
    int repeat = 7;
};

// Each runs in a process of its own (peak memory is per process) and returns its table lines.
QList<Measurement> startup(const Context &context);  // process start to first screen
QList<Measurement> scroll(const Context &context);   // first row to last, every row once
QList<Measurement> sorting(const Context &context);  // by title, place, date + first screen
QList<Measurement> detail(const Context &context);   // MeetingRepository::get
QList<Measurement> searches(const Context &context); // minister:, date:, words, facets
QList<Measurement> report(const Context &context);   // search report PDF of ~10,000 meetings

// Loads a synthetic catalogue of `meetings` through the sqlite3 C API (RawSink) into a new
// catalogue at `path`; or only makes it, writing nothing (`write` false).
QList<Measurement> rawLoad(const QString &path, qint64 meetings, quint64 seed, bool write);

} // namespace entente::bench

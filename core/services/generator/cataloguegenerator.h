#pragma once

#include "domain/country.h"
#include "domain/error.h"
#include "generator/generatorsink.h"

#include <QList>

#include <functional>

namespace entente {

// Builds a synthetic catalogue: the world (countries, people, posts), the topic vocabulary, then
// the meetings, all from the seed. Meetings are made on a second thread while this one writes
// them, so making and writing overlap on two cores; the order and content of what is written
// never depend on that.
class CatalogueGenerator
{
public:
    struct Options
    {
        qint64 meetings = 1000; // sub-events included
        quint64 seed = 1;
    };
    struct Report
    {
        qint64 meetings = 0;
        qint64 people = 0;
        qint64 topics = 0;
        qint64 documents = 0;
        qint64 rowsMs = 0;  // from the start to the last row written
        qint64 totalMs = 0; // with the index build and everything
    };
    // Told every few thousand meetings and once when the indexes are being built.
    using ProgressFn = std::function<void(qint64 done, qint64 total, bool indexing)>;

    CatalogueGenerator() = delete;
    // `countries`: the catalogue's own list (CountryRepository::all()).
    static Result<Report> run(const QList<Country> &countries, GeneratorSink &sink,
                              const Options &options, const ProgressFn &progress = {},
                              const std::function<bool()> &cancelled = {});
};

} // namespace entente

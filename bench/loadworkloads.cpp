#include "generator/cataloguegenerator.h"
#include "rawsink.h"
#include "storage/catalogue.h"
#include "storage/countryrepository.h"
#include "workloads.h"

#include <QFile>

using namespace Qt::StringLiterals;

namespace entente::bench {

namespace {

// Takes everything and keeps nothing: the time the generator needs to make the records.
class NullSink : public GeneratorSink
{
public:
    Status begin() override { return {}; }
    Result<qint64> addPerson(const Person &) override { return ++m_people; }
    Result<qint64> addTopic(const QString &, qint64) override { return ++m_topics; }
    Result<qint64> addMeeting(const Meeting &m, QList<qint64> *documents) override
    {
        documents->clear();
        for (qsizetype i = 0; i < m.documents.size(); ++i)
            documents->append(++m_documents);
        return ++m_meetings;
    }
    Status finish(const std::function<void()> &indexing) override
    {
        if (indexing)
            indexing();
        return {};
    }

private:
    qint64 m_people = 0;
    qint64 m_topics = 0;
    qint64 m_meetings = 0;
    qint64 m_documents = 0;
};

} // namespace

QList<Measurement> rawLoad(const QString &path, qint64 meetings, quint64 seed, bool write)
{
    QFile::remove(path);
    QList<Country> countries;
    {
        Catalogue::Options options;
        options.createIfMissing = true;
        auto catalogue = Catalogue::open(path, options);
        if (!catalogue) {
            qWarning().noquote() << catalogue.error().message << catalogue.error().detail;
            return {};
        }
        countries = *CountryRepository(**catalogue).all();
    }
    Measurement m;
    m.workload = (write ? u"raw load %1"_s : u"make only %1"_s).arg(meetings);
    std::unique_ptr<GeneratorSink> sink;
    if (write)
        sink = std::make_unique<RawSink>(path);
    else
        sink = std::make_unique<NullSink>();
    const auto report = CatalogueGenerator::run(countries, *sink, {meetings, seed});
    if (!report) {
        qWarning().noquote() << report.error().message << report.error().detail;
        return {};
    }
    sink.reset();
    m.raw = double(report->totalMs);
    m.peakMb = peakRssMb();
    m.note =
        u"rows %1 ms, indexes %2 ms"_s.arg(report->rowsMs).arg(report->totalMs - report->rowsMs);
    if (!write)
        QFile::remove(path);
    return {m};
}

} // namespace entente::bench

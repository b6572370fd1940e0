#include "cataloguegenerator.h"

#include "generator/meetingsynth.h"
#include "generator/syntheticphrases.h"
#include "generator/syntheticworld.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>

using namespace Qt::StringLiterals;

namespace entente {

namespace {

constexpr int chunkSize = 512;
constexpr std::size_t queuedChunks = 8;

// Chunks of made meetings handed from the making thread to the writing one, at most a few at a
// time so memory stays flat whatever the size of the catalogue.
class ChunkQueue
{
public:
    void push(QList<GeneratedMeeting> chunk)
    {
        std::unique_lock lock(m_mutex);
        m_space.wait(lock, [this] { return m_chunks.size() < queuedChunks || m_stopped; });
        if (m_stopped)
            return;
        m_chunks.push_back(std::move(chunk));
        m_ready.notify_one();
    }
    // An empty chunk means the end.
    QList<GeneratedMeeting> pop()
    {
        std::unique_lock lock(m_mutex);
        m_ready.wait(lock, [this] { return !m_chunks.empty(); });
        QList<GeneratedMeeting> chunk = std::move(m_chunks.front());
        m_chunks.pop_front();
        m_space.notify_one();
        return chunk;
    }
    void stop()
    {
        std::lock_guard lock(m_mutex);
        m_stopped = true;
        m_space.notify_all();
    }
    bool stopped()
    {
        std::lock_guard lock(m_mutex);
        return m_stopped;
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_ready;
    std::condition_variable m_space;
    std::deque<QList<GeneratedMeeting>> m_chunks;
    bool m_stopped = false;
};

} // namespace

Result<CatalogueGenerator::Report> CatalogueGenerator::run(const QList<Country> &countries,
                                                           GeneratorSink &sink,
                                                           const Options &options,
                                                           const ProgressFn &progress,
                                                           const std::function<bool()> &cancelled)
{
    QElapsedTimer timer;
    timer.start();
    Report report;
    if (options.meetings < 0)
        return Error::invalid(QCoreApplication::translate("CatalogueGenerator",
                                                          "The number of meetings must not be "
                                                          "negative"));
    const SyntheticWorld world = SyntheticWorld::build(countries, options.seed);
    if (world.countries().size() < 2)
        return Error::invalid(QCoreApplication::translate(
            "CatalogueGenerator", "The catalogue lists fewer than two countries"));

    if (Status s = sink.begin(); !s)
        return s.error();
    QList<qint64> personIds;
    personIds.reserve(world.people().size());
    for (const Person &person : world.people()) {
        auto id = sink.addPerson(person);
        if (!id)
            return id.error();
        personIds.append(*id);
    }
    report.people = personIds.size();
    QList<qint64> topicIds;
    for (const SyntheticPhrases::TopicNode &topic : SyntheticPhrases::topics()) {
        auto id = sink.addTopic(topic.name, topic.parent < 0 ? 0 : topicIds.at(topic.parent));
        if (!id)
            return id.error();
        topicIds.append(*id);
    }
    report.topics = topicIds.size();

    MeetingSynth synth(world, personIds, topicIds, options.seed, options.meetings);
    ChunkQueue queue;
    std::thread maker([&synth, &queue] {
        for (;;) {
            QList<GeneratedMeeting> chunk = synth.next(chunkSize);
            const bool last = chunk.isEmpty();
            queue.push(std::move(chunk));
            if (last || queue.stopped())
                return;
        }
    });
    // Whatever happens below, the making thread is stopped and joined before returning.
    const auto finishMaker = [&] {
        queue.stop();
        maker.join();
    };

    QList<qint64> meetingIds;
    meetingIds.reserve(options.meetings);
    QList<qint64> documentIds;
    QList<qint64> documentsOfMeeting;
    qint64 lastReport = 0;
    for (;;) {
        QList<GeneratedMeeting> chunk = queue.pop();
        if (chunk.isEmpty())
            break;
        for (GeneratedMeeting &g : chunk) {
            if (cancelled && cancelled()) {
                finishMaker();
                return Error{
                    Error::Kind::Invalid,
                    QCoreApplication::translate("CatalogueGenerator", "Generation was cancelled"),
                    {}};
            }
            Meeting &m = g.meeting;
            if (g.parentOrdinal >= 0)
                m.parentId = meetingIds.at(g.parentOrdinal);
            for (qsizetype d = 0; d < g.links.size(); ++d) {
                for (const auto &[relation, ordinal] : std::as_const(g.links.at(d)))
                    m.documents[d].links.append({relation, documentIds.at(ordinal), {}});
            }
            auto id = sink.addMeeting(m, &documentsOfMeeting);
            if (!id) {
                finishMaker();
                return id.error();
            }
            meetingIds.append(*id);
            documentIds.append(documentsOfMeeting);
        }
        if (progress && meetingIds.size() - lastReport >= 5000) {
            lastReport = meetingIds.size();
            progress(lastReport, options.meetings, false);
        }
    }
    finishMaker();
    report.meetings = meetingIds.size();
    report.documents = documentIds.size();
    const Status finished = sink.finish([&] {
        report.rowsMs = timer.elapsed();
        if (progress)
            progress(report.meetings, options.meetings, true);
    });
    if (!finished)
        return finished.error();
    if (report.rowsMs == 0)
        report.rowsMs = timer.elapsed();
    report.totalMs = timer.elapsed();
    return report;
}

} // namespace entente

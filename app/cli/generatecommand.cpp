#include "generatecommand.h"

#include "cli/clitr.h"
#include "cli/commandcontext.h"
#include "generator/bulkwritersink.h"
#include "generator/cataloguegenerator.h"
#include "generator/meetingsynth.h"
#include "storage/countryrepository.h"
#include "storage/meetingrepository.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace entente::cli {

namespace {

constexpr qint64 maxMeetings = 100'000'000;

QString seconds(qint64 ms)
{
    return QLocale().toString(double(ms) / 1000.0, 'f', 1);
}

QString perSecond(qint64 count, qint64 ms)
{
    return QLocale().toString(ms > 0 ? count * 1000 / ms : count);
}

} // namespace

QList<QCommandLineOption> generateOptions()
{
    return {{u"meetings"_s, Cli::tr("How many meetings to make, sub-events included."), u"N"_s},
            {u"seed"_s, Cli::tr("The seed: the same seed makes the same catalogue (default 1)."),
             u"S"_s, u"1"_s},
            formatOption()};
}

ExitCode runGenerate(CommandContext &context)
{
    if (!context.positional().isEmpty())
        return context.usageError(Cli::tr("generate takes no arguments, only options"));
    bool ok = false;
    const qint64 meetings = context.parser().value(u"meetings"_s).toLongLong(&ok);
    if (!context.parser().isSet(u"meetings"_s) || !ok || meetings < 0 || meetings > maxMeetings)
        return context.usageError(
            Cli::tr("give the number of meetings, from 0 to %1: --meetings 100000")
                .arg(QLocale().toString(maxMeetings)));
    const quint64 seed = context.parser().value(u"seed"_s).toULongLong(&ok);
    if (!ok)
        return context.usageError(Cli::tr("the seed is a whole number from 0 to 2^64 - 1"));
    const auto format = context.format();
    if (!format)
        return context.usageError(format.error().message);

    const auto catalogue = context.openCatalogue();
    if (!catalogue)
        return context.fail(catalogue.error());
    const Catalogue &target = **catalogue;
    // A synthetic catalogue is only reproducible from nothing: never mix it into real records.
    const auto existing = MeetingRepository(target).count();
    if (!existing)
        return context.fail(existing.error());
    if (*existing > 0)
        return context.fail(Error::invalid(
            Cli::tr("The catalogue %1 already holds meetings: generate into a new file")
                .arg(target.path())));
    const auto countries = CountryRepository(target).all();
    if (!countries)
        return context.fail(countries.error());

    QElapsedTimer timer;
    timer.start();
    qint64 lastNote = -1;
    BulkWriter::Options options;
    options.timestamp = MeetingSynth::createdBase(seed);
    options.progress = [&](const BulkWriter::Progress &p) {
        // Only when the indexes take long enough for a person to wonder.
        const qint64 now = timer.elapsed();
        if (p.phase != BulkWriter::Phase::Indexing || p.done >= p.total || now - lastNote < 2000)
            return;
        lastNote = now;
        context.note(Cli::tr("Building index %1 of %2 (%3 s)")
                         .arg(p.done + 1)
                         .arg(p.total)
                         .arg(seconds(now)));
    };
    BulkWriterSink sink(target, options);
    const auto progress = [&](qint64 done, qint64 total, bool indexing) {
        if (indexing) {
            lastNote = timer.elapsed();
            context.note(Cli::tr("Wrote %1 meetings in %2 s (%3 meetings/s); building indexes")
                             .arg(QLocale().toString(done), seconds(timer.elapsed()),
                                  perSecond(done, timer.elapsed())));
            return;
        }
        // About one line every two seconds, however fast the machine.
        const qint64 now = timer.elapsed();
        if (lastNote >= 0 && now - lastNote < 2000)
            return;
        lastNote = now;
        context.note(Cli::tr("Generating: %1 of %2 meetings (%3%), %4 meetings/s")
                         .arg(QLocale().toString(done), QLocale().toString(total),
                              QString::number(total > 0 ? done * 100 / total : 100),
                              perSecond(done, now)));
    };
    const auto report = CatalogueGenerator::run(*countries, sink, {meetings, seed}, progress, {});
    if (!report)
        return context.fail(report.error());

    context.note(Cli::tr("Generated %1 meetings, %2 people and %3 documents in %4 s "
                         "(%5 meetings/s; rows %6 s, indexes %7 s).")
                     .arg(QLocale().toString(report->meetings), QLocale().toString(report->people),
                          QLocale().toString(report->documents), seconds(report->totalMs),
                          perSecond(report->meetings, report->totalMs), seconds(report->rowsMs),
                          seconds(report->totalMs - report->rowsMs)));
    if (*format == OutputFormat::Json) {
        context.printJson(
            QJsonObject{{u"meetings"_s, report->meetings},
                        {u"people"_s, report->people},
                        {u"topics"_s, report->topics},
                        {u"documents"_s, report->documents},
                        {u"seed"_s, QString::number(seed)},
                        {u"seconds"_s, double(report->totalMs) / 1000.0},
                        {u"rows_seconds"_s, double(report->rowsMs) / 1000.0},
                        {u"index_seconds"_s, double(report->totalMs - report->rowsMs) / 1000.0}});
    }
    return ExitCode::Done;
}

} // namespace entente::cli

#include "releasecommands.h"

#include "cli/clitr.h"
#include "cli/commandcontext.h"
#include "cli/meetingtext.h"
#include "cli/tableprinter.h"
#include "extract/cataloguereleaselookup.h"
#include "extract/releaseextractor.h"
#include "extract/releaseinput.h"
#include "import/draftwriter.h"
#include "io/draftjson.h"
#include "storage/duplicatefinder.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

#include <cstdio>
#include <memory>
#include <variant>

using namespace Qt::StringLiterals;

namespace entente::cli {

namespace {

struct Release
{
    QString text;
    QDate published;
    QString source; // the file name, or "standard input"
};

Result<QByteArray> readInput(const QString &name)
{
    QFile file;
    const bool stdIn = name == u"-";
    if (stdIn) {
        if (!file.open(stdin, QIODevice::ReadOnly))
            return Error::invalid(Cli::tr("cannot read standard input"));
    } else {
        file.setFileName(name);
        if (!file.open(QIODevice::ReadOnly))
            return Error::invalid(Cli::tr("cannot read %1: %2").arg(name, file.errorString()));
    }
    // One byte more than allowed is enough to tell the input is too large.
    QByteArray bytes = file.read(ReleaseInput::maxBytes + 1);
    if (file.error() != QFileDevice::NoError)
        return Error::invalid(Cli::tr("cannot read %1: %2").arg(name, file.errorString()));
    return bytes;
}

// The arguments shared by draft and import-release, checked before the catalogue is opened.
Result<Release> readRelease(const CommandContext &context)
{
    const QStringList arguments = context.positional();
    if (arguments.size() != 1)
        return Error::invalid(Cli::tr("give one text file, or - for standard input"));
    Release release;
    release.source = arguments.first() == u"-" ? Cli::tr("standard input") : arguments.first();
    if (const QString published = context.parser().value(u"published"_s); !published.isEmpty()) {
        static const QRegularExpression day(u"^\\d{4}-\\d{2}-\\d{2}$"_s);
        release.published = QDate::fromString(published, Qt::ISODate);
        if (!day.match(published).hasMatch() || !release.published.isValid())
            return Error::invalid(
                Cli::tr("“%1” is not a date: write it as YYYY-MM-DD").arg(published));
    }
    const auto bytes = readInput(arguments.first());
    if (!bytes)
        return bytes.error();
    auto text = ReleaseInput::decode(*bytes, release.source);
    if (!text)
        return text.error();
    release.text = *text;
    return release;
}

QString draftTable(const MeetingDraft &draft)
{
    QString text = MeetingText::details(draft.meeting);
    for (const Meeting &sub : draft.subEvents)
        text += u'\n' + Cli::tr("Sub-event:") + u'\n' + MeetingText::details(sub);
    if (!draft.newPeople.isEmpty()) {
        TablePrinter people(
            {Cli::tr("New person"), Cli::tr("Post"), Cli::tr("Country"), Cli::tr("Head")});
        for (const NewPerson &p : draft.newPeople)
            people.addRow(
                {p.displayName(), p.title, p.country, p.head ? Cli::tr("yes") : Cli::tr("no")});
        text += u'\n' + people.toString();
    }
    TablePrinter evidence(
        {Cli::tr("Field"), Cli::tr("Value"), Cli::tr("Confidence"), Cli::tr("Sentence")});
    for (const Evidence &e : draft.evidence) {
        QString sentence = e.sentence.isEmpty() ? e.note : e.sentence;
        if (sentence.size() > 100)
            sentence = sentence.left(99) + u'…';
        evidence.addRow({e.field, e.value.isEmpty() ? u"—"_s : e.value,
                         QString::number(e.confidence, 'f', 2), sentence});
    }
    return text + u'\n' + evidence.toString();
}

// Reads, extracts and reports "nothing meeting-like"; the shared first half of both commands.
Result<MeetingDraft> draftFrom(const Catalogue &catalogue, const Release &release)
{
    const CatalogueReleaseLookup lookup(catalogue);
    auto draft = ReleaseExtractor(lookup).extract(release.text, release.published);
    if (!draft)
        return draft.error();
    if (!draft->meetingLike)
        return Error::notFound(
            Cli::tr("%1 does not describe a meeting: no meeting format, party or person found")
                .arg(release.source));
    return draft;
}

// What both commands do first: read the arguments and the release, open the catalogue, draft.
struct Drafted
{
    Release release;
    OutputFormat format = OutputFormat::Table;
    std::unique_ptr<Catalogue> catalogue;
    MeetingDraft draft;
};

std::variant<Drafted, ExitCode> draftFromArguments(CommandContext &context)
{
    auto release = readRelease(context);
    if (!release)
        return context.usageError(release.error().message);
    const auto format = context.format();
    if (!format)
        return context.usageError(format.error().message);
    auto catalogue = context.openCatalogue();
    if (!catalogue)
        return context.fail(catalogue.error());
    auto draft = draftFrom(**catalogue, *release);
    if (!draft)
        return context.fail(draft.error());
    return Drafted{std::move(*release), *format, std::move(*catalogue), std::move(*draft)};
}

} // namespace

QList<QCommandLineOption> importReleaseOptions()
{
    QList<QCommandLineOption> options = releaseOptions();
    options.append({u"allow-duplicate"_s,
                    Cli::tr("Save the meeting even when the catalogue already holds one with the "
                            "same parties within a day.")});
    return options;
}

QList<QCommandLineOption> releaseOptions()
{
    return {{u"published"_s,
             Cli::tr("The day the release was published, as YYYY-MM-DD: dates such as "
                     "\"25 November\" are read against it, and it wins over any date on the page."),
             u"YYYY-MM-DD"_s},
            formatOption()};
}

ExitCode runDraft(CommandContext &context)
{
    auto drafted = draftFromArguments(context);
    if (const ExitCode *failed = std::get_if<ExitCode>(&drafted))
        return *failed;
    auto &[release, format, catalogue, draft] = std::get<Drafted>(drafted);
    if (format == OutputFormat::Json)
        context.printJson(DraftJson::toJson(draft));
    else
        context.print(draftTable(draft));
    return ExitCode::Done;
}

ExitCode runImportRelease(CommandContext &context)
{
    auto drafted = draftFromArguments(context);
    if (const ExitCode *failed = std::get_if<ExitCode>(&drafted))
        return *failed;
    auto &[release, format, catalogue, draft] = std::get<Drafted>(drafted);
    if (!context.parser().isSet(u"allow-duplicate"_s)) {
        // The same release read twice, or another ministry's report of the same meeting.
        const auto duplicates = DuplicateFinder(*catalogue).probableDuplicates(draft.meeting);
        if (!duplicates)
            return context.fail(duplicates.error());
        if (!duplicates->isEmpty()) {
            const MeetingSummary &existing = duplicates->constFirst();
            context.note(Cli::tr("%1 probably describes meeting %2 “%3” (%4), already in the "
                                 "catalogue: nothing was saved. Use --allow-duplicate to save it "
                                 "all the same.")
                             .arg(release.source)
                             .arg(existing.id)
                             .arg(existing.title, existing.start.toIso()));
            return ExitCode::NothingFound;
        }
    }
    const auto saved = DraftWriter(*catalogue).save(draft);
    if (!saved)
        return context.fail(saved.error());

    if (format == OutputFormat::Json) {
        QJsonArray subEvents;
        for (const qint64 id : saved->subEvents)
            subEvents.append(id);
        QJsonArray people;
        for (const qint64 id : saved->newPeople)
            people.append(id);
        context.printJson(QJsonObject{{u"id"_s, saved->meeting},
                                      {u"sub_event_ids"_s, subEvents},
                                      {u"new_person_ids"_s, people}});
    } else {
        QString text =
            Cli::tr("Saved meeting %1: %2").arg(saved->meeting).arg(draft.meeting.title) + u'\n';
        for (qsizetype i = 0; i < saved->subEvents.size(); ++i)
            text += Cli::tr("Saved sub-event %1: %2")
                        .arg(saved->subEvents.at(i))
                        .arg(draft.subEvents.at(i).title) +
                    u'\n';
        for (qsizetype i = 0; i < saved->newPeople.size(); ++i)
            text += Cli::tr("Added person %1: %2")
                        .arg(saved->newPeople.at(i))
                        .arg(draft.newPeople.at(i).displayName()) +
                    u'\n';
        context.print(text);
    }
    return ExitCode::Done;
}

} // namespace entente::cli

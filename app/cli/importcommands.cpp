#include "importcommands.h"

#include "cli/clitr.h"
#include "cli/commandcontext.h"
#include "domain/duplicaterule.h"
#include "import/importfile.h"
#include "import/meetingimporter.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace entente::cli {

namespace {

// "meetings.csv:12: start_date: “2009-13-01” is not a date"
QString problemLine(const QString &file, const ImportProblem &p)
{
    QString where = file;
    if (p.line > 0)
        where += u':' + QString::number(p.line);
    if (!p.field.isEmpty())
        where += u": "_s + p.field;
    return where + u": "_s + p.reason;
}

QJsonObject reportJson(const ImportReport &r, bool dryRun)
{
    QJsonArray problems;
    for (const ImportProblem &p : r.problems)
        problems.append(
            QJsonObject{{u"line"_s, p.line}, {u"field"_s, p.field}, {u"reason"_s, p.reason}});
    QJsonArray duplicates;
    for (const ImportReport::Duplicate &d : r.duplicates) {
        QJsonArray existing;
        for (const MeetingSummary &m : d.existing) {
            if (m.id)
                existing.append(m.id);
        }
        const int reasons = d.existing.isEmpty() ? 0 : d.existing.constFirst().duplicateReasons;
        duplicates.append(
            QJsonObject{{u"line"_s, d.line},
                        {u"title"_s, d.title},
                        {u"start_date"_s, d.start.toIso()},
                        {u"existing_ids"_s, existing},
                        {u"reasons"_s, QJsonArray::fromStringList(DuplicateRule::codes(reasons))}});
    }
    QJsonArray created;
    for (const ImportReport::PersonNote &p : r.newPeople)
        created.append(p.name);
    QJsonArray matched;
    for (const ImportReport::PersonNote &p : r.matchedPeople)
        matched.append(QJsonObject{{u"name"_s, p.name}, {u"catalogue_name"_s, p.storedName}});
    QJsonArray ids;
    for (const qint64 id : r.meetingIds)
        ids.append(r.written ? QJsonValue(id) : QJsonValue());
    return {{u"file"_s, r.file},
            {u"dry_run"_s, dryRun},
            {u"written"_s, r.written},
            {u"records_read"_s, r.recordsRead},
            {u"meetings_imported"_s, r.meetingsImported},
            {u"sub_events_imported"_s, r.subEventsImported},
            {u"invalid_records"_s, r.invalidRecords},
            {u"problems"_s, problems},
            {u"duplicates"_s, duplicates},
            {u"new_people"_s, created},
            {u"matched_people"_s, matched},
            {u"new_vocabulary"_s, QJsonArray::fromStringList(r.newVocabulary)},
            {u"meeting_ids"_s, r.written ? QJsonValue(ids) : QJsonValue(QJsonArray())}};
}

QString reportText(const ImportReport &r, const ImportOptions &options)
{
    const bool dryRun = options.dryRun;
    QStringList lines;
    // One count a message, so that each is said in the singular or plural as it should.
    const bool nothingWritten = dryRun || !r.written;
    QString done = Cli::tr("%1: %n record(s) read", nullptr, int(r.recordsRead)).arg(r.file);
    done += nothingWritten
                ? Cli::tr("; %n meeting(s) could be imported", nullptr, int(r.meetingsImported))
                : Cli::tr("; imported %n meeting(s)", nullptr, int(r.meetingsImported));
    if (r.subEventsImported > 0)
        done += Cli::tr(" (%n of them sub-event(s))", nullptr, int(r.subEventsImported));
    done += nothingWritten ? Cli::tr("; nothing was written.") : u"."_s;
    lines.append(done);
    // A big file makes many people and may repeat many meetings: name the first few of each
    // (the JSON output lists all of them).
    constexpr qsizetype shown = 10;
    const auto listed = [](QStringList items) {
        const qsizetype more = items.size() - shown;
        if (more > 0) {
            items = items.mid(0, shown);
            items.append(Cli::tr("and %n more", nullptr, int(more)));
        }
        return items.join(u", "_s);
    };
    QStringList created;
    for (const ImportReport::PersonNote &p : r.newPeople)
        created.append(p.name);
    if (!created.isEmpty())
        lines.append(Cli::tr("New people (%1): %2").arg(created.size()).arg(listed(created)));
    QStringList matched;
    for (const ImportReport::PersonNote &p : r.matchedPeople) {
        if (p.name != p.storedName)
            matched.append(Cli::tr("%1 = %2").arg(p.name, p.storedName));
    }
    if (!matched.isEmpty())
        lines.append(Cli::tr("Matched to people of the catalogue: %1").arg(listed(matched)));
    if (!r.newVocabulary.isEmpty())
        lines.append(Cli::tr("New vocabulary entries: %1").arg(r.newVocabulary.join(u", "_s)));
    if (!r.duplicates.isEmpty())
        lines.append(
            options.allowDuplicates
                ? Cli::tr("Probable duplicates (%1), imported as asked:").arg(r.duplicates.size())
                : Cli::tr("Probable duplicates (%1), not imported:").arg(r.duplicates.size()));
    for (qsizetype i = 0; i < r.duplicates.size() && i < shown; ++i) {
        const ImportReport::Duplicate &d = r.duplicates.at(i);
        const MeetingSummary existing = d.existing.value(0);
        const QString which = existing.id
                                  ? Cli::tr("meeting %1 “%2”").arg(existing.id).arg(existing.title)
                                  : Cli::tr("“%1” (%2), earlier in the file")
                                        .arg(existing.title, existing.start.toIso());
        lines.append(Cli::tr("  %1:%2: “%3” (%4) probably repeats %5: %6")
                         .arg(r.file)
                         .arg(d.line)
                         .arg(d.title, d.start.toIso(), which,
                              DuplicateRule::describe(existing.duplicateReasons)));
    }
    if (r.duplicates.size() > shown)
        lines.append(u"  "_s + Cli::tr("and %n more", nullptr, int(r.duplicates.size() - shown)));
    return lines.join(u'\n') + u'\n';
}

} // namespace

QList<QCommandLineOption> importOptions()
{
    return {{u"dry-run"_s, Cli::tr("Read and check the whole file, write nothing.")},
            {u"skip-invalid"_s, Cli::tr("Import the valid records when some are invalid.")},
            {u"allow-duplicates"_s,
             Cli::tr("Import probable duplicates of meetings already in the catalogue too.")},
            {u"columns"_s,
             Cli::tr("CSV: the field of each column, in order, comma-separated (empty: leave the "
                     "column out), instead of the guess from the header."),
             u"FIELD,…"_s},
            formatOption()};
}

ExitCode runImport(CommandContext &context)
{
    const QStringList arguments = context.positional();
    if (arguments.size() != 1)
        return context.usageError(Cli::tr("give one file to import"));
    const auto format = context.format();
    if (!format)
        return context.usageError(format.error().message);
    auto file = ImportFile::open(arguments.first());
    if (!file)
        return context.fail(file.error());
    if (context.parser().isSet(u"columns"_s)) {
        const QStringList fields = context.parser().value(u"columns"_s).split(u',');
        const QStringList known = CsvColumns::knownFields();
        for (const QString &field : fields) {
            if (!field.isEmpty() && !known.contains(field))
                return context.usageError(Cli::tr("“%1” is not a field; the fields are: %2")
                                              .arg(field, known.join(u", "_s)));
        }
        (*file)->setColumns(CsvColumns(fields));
    }
    const auto catalogue = context.openCatalogue();
    if (!catalogue)
        return context.fail(catalogue.error());

    ImportOptions options;
    options.dryRun = context.parser().isSet(u"dry-run"_s);
    options.skipInvalid = context.parser().isSet(u"skip-invalid"_s);
    options.allowDuplicates = context.parser().isSet(u"allow-duplicates"_s);
    const auto report = MeetingImporter(**catalogue, options).run(**file);
    if (!report)
        return context.fail(report.error());

    for (const ImportProblem &p : report->problems)
        context.note(problemLine(report->file, p));
    if (*format == OutputFormat::Json)
        context.printJson(reportJson(*report, options.dryRun));
    else
        context.print(reportText(*report, options));
    if (report->invalidRecords > 0 && !options.skipInvalid) {
        context.note(Cli::tr("%1: %n invalid record(s): nothing was imported. Correct the file, or "
                             "run again with --skip-invalid to import the valid ones.",
                             nullptr, int(report->invalidRecords))
                         .arg(report->file));
        return ExitCode::Usage;
    }
    return report->meetingsImported > 0 || report->recordsRead == 0 ? ExitCode::Done
                                                                    : ExitCode::NothingFound;
}

} // namespace entente::cli

#include "backupcommands.h"

#include "cli/clitr.h"
#include "cli/commandcontext.h"
#include "cli/tableprinter.h"
#include "salvage/cataloguesalvage.h"
#include "sample/defaultcatalogue.h"
#include "storage/cataloguebackups.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace entente::cli {

namespace {

QString cataloguePath(const CommandContext &context)
{
    const QString named = context.options().catalogue;
    return named.isEmpty() ? DefaultCatalogue::path() : QFileInfo(named).absoluteFilePath();
}

} // namespace

QList<QCommandLineOption> backupOptions()
{
    return {
        {u"to"_s, Cli::tr("Write the backup to FILE instead of the backups folder."), u"FILE"_s}};
}

ExitCode runBackup(CommandContext &context)
{
    if (!context.positional().isEmpty())
        return context.usageError(Cli::tr("backup takes no arguments: the file goes after --to"));
    const auto catalogue = context.openCatalogue();
    if (!catalogue)
        return context.fail(catalogue.error());
    const CatalogueBackups backups((*catalogue)->path());
    const QString target = context.parser().value(u"to"_s);
    const auto made = backups.make(**catalogue, QDateTime::currentDateTimeUtc(), target);
    if (!made)
        return context.fail(made.error());
    if (target.isEmpty())
        backups.prune(BackupRotation{});
    context.print(QDir::toNativeSeparators(made->path) + u'\n');
    return ExitCode::Done;
}

ExitCode runBackups(CommandContext &context)
{
    if (!context.positional().isEmpty())
        return context.usageError(Cli::tr("backups takes no arguments"));
    const auto format = context.format();
    if (!format)
        return context.usageError(format.error().message);
    const QList<CatalogueBackups::Backup> list = CatalogueBackups(cataloguePath(context)).list();
    if (*format == OutputFormat::Json) {
        QJsonArray rows;
        for (const auto &b : list)
            rows.append(QJsonObject{{u"made_at"_s, b.made.toString(Qt::ISODate)},
                                    {u"size"_s, b.size},
                                    {u"path"_s, b.path}});
        context.printJson(rows);
    } else if (!list.isEmpty()) {
        TablePrinter table({Cli::tr("Made (UTC)"), Cli::tr("Size"), Cli::tr("File")});
        const QLocale locale;
        for (const auto &b : list)
            table.addRow({b.made.toString(Qt::ISODate), locale.formattedDataSize(b.size),
                          QDir::toNativeSeparators(b.path)});
        context.print(table.toString());
    }
    if (list.isEmpty()) {
        context.note(Cli::tr("entente: %1 has no backups yet").arg(cataloguePath(context)));
        return ExitCode::NothingFound;
    }
    return ExitCode::Done;
}

ExitCode runRestore(CommandContext &context)
{
    if (context.positional().size() != 1)
        return context.usageError(Cli::tr("restore takes one backup file"));
    const QString backup = context.positional().constFirst();
    if (!QFileInfo(backup).isFile())
        return context.usageError(Cli::tr("There is no file %1").arg(backup));
    const QString path = cataloguePath(context);
    const auto aside = CatalogueBackups(path).restore(backup, QDateTime::currentDateTimeUtc());
    if (!aside)
        return context.fail(aside.error());
    if (!aside->isEmpty())
        context.note(Cli::tr("entente: the catalogue as it was is kept in %1")
                         .arg(QDir::toNativeSeparators(*aside)));
    context.print(QDir::toNativeSeparators(path) + u'\n');
    return ExitCode::Done;
}

ExitCode runSalvage(CommandContext &context)
{
    if (context.positional().size() != 2)
        return context.usageError(Cli::tr("salvage takes the damaged catalogue and a new file"));
    const QString damaged = context.positional().at(0);
    const QString target = context.positional().at(1);
    const auto report = CatalogueSalvage::run(damaged, target);
    if (!report)
        return context.fail(report.error());
    const QStringList lines = CatalogueSalvage::describe(*report, target);
    context.print(lines.join(u'\n') + u'\n');
    return ExitCode::Done;
}

} // namespace entente::cli

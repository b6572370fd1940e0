#include "helptext.h"

#include "cli/clioptions.h"
#include "cli/clitr.h"
#include "cli/command.h"
#include "cli/commands.h"
#include "cli/exitcodes.h"
#include "cli/logsetup.h"
#include "sample/defaultcatalogue.h"

#include <QDir>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace entente::cli::HelpText {

namespace {

constexpr qsizetype lineWidth = 79;

// Words of `text` in lines of at most `width` characters.
QStringList wrap(const QString &text, qsizetype width)
{
    QStringList lines;
    QString line;
    for (const QString &word : text.split(u' ', Qt::SkipEmptyParts)) {
        if (!line.isEmpty() && line.size() + 1 + word.size() > width) {
            lines.append(line);
            line.clear();
        }
        line += (line.isEmpty() ? QString() : u" "_s) + word;
    }
    if (!line.isEmpty())
        lines.append(line);
    return lines;
}

// Blank-line separated paragraphs, each wrapped.
QString paragraph(const QString &text)
{
    QStringList blocks;
    for (const QString &block : text.split(u"\n\n"_s))
        blocks.append(wrap(block.simplified(), lineWidth).join(u'\n'));
    return blocks.join(u"\n\n"_s) + u'\n';
}

// "  term    description", descriptions wrapped and aligned after the longest term.
QString twoColumns(const QList<std::pair<QString, QString>> &rows)
{
    qsizetype termWidth = 0;
    for (const auto &[term, description] : rows)
        termWidth = std::max(termWidth, term.size());
    const qsizetype indent = 2 + termWidth + 2;
    const qsizetype width = std::max<qsizetype>(lineWidth - indent, 30);
    QString text;
    for (const auto &[term, description] : rows) {
        const QStringList lines = wrap(description, width);
        text += u"  "_s + term.leftJustified(termWidth) + u"  "_s + lines.value(0) + u'\n';
        for (qsizetype i = 1; i < lines.size(); ++i)
            text += QString(indent, u' ') + lines.at(i) + u'\n';
    }
    return text;
}

QString optionTerm(const QCommandLineOption &option)
{
    QStringList names;
    for (const QString &name : option.names())
        names.append((name.size() == 1 ? u"-"_s : u"--"_s) + name);
    QString term = names.join(u", "_s);
    if (!option.valueName().isEmpty())
        term += u' ' + option.valueName();
    return term;
}

QString optionsSection(const QList<QCommandLineOption> &options)
{
    QList<std::pair<QString, QString>> rows;
    for (const QCommandLineOption &option : options)
        rows.append({optionTerm(option), option.description()});
    return Cli::tr("Options:") + u'\n' + twoColumns(rows);
}

QString exitCodesSection()
{
    QList<std::pair<QString, QString>> rows;
    for (const ExitCodeDescription &row : exitCodeTable())
        rows.append({QString::number(toInt(row.code)), row.meaning});
    return Cli::tr("Exit codes (the same for every command):") + u'\n' + twoColumns(rows);
}

QString usageLine(const QString &commandPart)
{
    return Cli::tr("Usage: entente [--catalogue FILE] [--verbose] %1").arg(commandPart) + u'\n';
}

} // namespace

QString general()
{
    QList<std::pair<QString, QString>> commandRows;
    for (const Command &command : commands())
        commandRows.append({command.name, Cli::tr(command.summary)});

    return usageLine(Cli::tr("[COMMAND [ARGUMENTS]]")) + u'\n' +
           paragraph(Cli::tr("Entente catalogues bilateral diplomatic meetings. Without a command "
                             "it opens its window; with one it runs without a display and prints "
                             "the result on standard output.")) +
           u'\n' + Cli::tr("Commands:") + u'\n' + twoColumns(commandRows) + u'\n' +
           optionsSection({catalogueOption(), verboseOption(), helpOption(), versionOption()}) +
           u'\n' +
           paragraph(
               Cli::tr(
                   "Without --catalogue, commands use the default catalogue %1, created "
                   "with a sample meeting on first use. Commands that only read open "
                   "the catalogue read-only and change nothing in it (a catalogue from an "
                   "older version is first upgraded, keeping a backup copy); a missing "
                   "--catalogue file is not created by them. Standard error carries only messages "
                   "for people; the technical log goes to %2, or to standard error with "
                   "--verbose.")
                   .arg(QDir::toNativeSeparators(DefaultCatalogue::path()),
                        QDir::toNativeSeparators(LogSetup::logFilePath()))) +
           u'\n' + exitCodesSection() + u'\n' +
           paragraph(Cli::tr("Run “entente COMMAND --help” for the arguments and options of a "
                             "command."));
}

QString forCommand(const Command &command)
{
    QList<QCommandLineOption> options =
        command.options ? command.options() : QList<QCommandLineOption>();
    options.append({catalogueOption(), verboseOption(), helpOption()});
    const QString synopsis = Cli::tr(command.synopsis);
    QString text = usageLine(synopsis.isEmpty() ? command.name : command.name + u' ' + synopsis) +
                   u'\n' + paragraph(Cli::tr(command.summary));
    if (command.details && *command.details)
        text += u'\n' + paragraph(Cli::tr(command.details));
    return text + u'\n' + optionsSection(options) + u'\n' + exitCodesSection();
}

QString version()
{
    return u"entente "_s + QCoreApplication::applicationVersion() + u'\n';
}

} // namespace entente::cli::HelpText

#include "commandcontext.h"

#include "cli/clitr.h"
#include "cli/console.h"
#include "cli/logsetup.h"
#include "query/searchparser.h"
#include "sample/defaultcatalogue.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace entente::cli {

CommandContext::CommandContext(const Command &command, const GlobalOptions &options,
                               const QCommandLineParser &parser)
    : m_command(command)
    , m_options(options)
    , m_parser(parser)
{}

Result<std::unique_ptr<Catalogue>> CommandContext::openCatalogue() const
{
    const bool write = m_command.access == CatalogueAccess::Write;
    // A load killed before its end left indexes out, or an upgrade rebuilds the full-text
    // index: the next write does it first, which takes minutes at a million meetings; standard
    // error says so as it goes (every tenth of the meetings for the rebuild).
    qint64 shown = -1;
    const auto progress = [this, &shown](Catalogue::OpeningStep step, qint64 done, qint64 total) {
        if (step == Catalogue::OpeningStep::BuildingIndexes) {
            if (done < total)
                note(Cli::tr("entente: building index %1 of %2 that an interrupted load left out…")
                         .arg(done + 1)
                         .arg(total));
            return;
        }
        if (done == 0) { // before the backup that precedes the rebuild
            if (shown < 0)
                note(Cli::tr("entente: upgrading the catalogue for searches across scripts: a "
                             "backup first, then the full-text index…"));
            shown = 0;
            return;
        }
        const qint64 tenth = total > 0 ? done * 10 / total : 10;
        if (tenth == shown)
            return;
        shown = tenth;
        note(Cli::tr("entente: upgrading the full-text index for searches across scripts: %L1 of "
                     "%L2 meetings…")
                 .arg(done)
                 .arg(total));
    };
    auto catalogue = DefaultCatalogue::open(
        m_options.catalogue, write, write ? Catalogue::Mode::ReadWrite : Catalogue::Mode::ReadOnly,
        progress);
    if (catalogue)
        return catalogue;
    // Whatever went wrong while opening (creating the default catalogue included), the catalogue
    // is what cannot be used: never a usage mistake, never "nothing found".
    Error error = catalogue.error();
    if (error.kind != Error::Kind::ReadOnly)
        error.kind = Error::Kind::CatalogueUnusable;
    return error;
}

Result<OutputFormat> CommandContext::format() const
{
    const QString value = m_parser.value(u"format"_s);
    if (value.isEmpty() || value == u"table")
        return OutputFormat::Table;
    if (value == u"json")
        return OutputFormat::Json;
    return Error::invalid(Cli::tr("unknown format “%1”: use table or json").arg(value));
}

std::optional<SearchQuery> CommandContext::parseQuery(const QString &query) const
{
    const ParsedSearch parsed = SearchParser::parse(query);
    if (parsed)
        return parsed.query();
    note(u"entente "_s + m_command.name + u": "_s + parsed.error().describe());
    note(parsed.error().caretLines(query));
    return std::nullopt;
}

void CommandContext::print(const QString &text) const
{
    Console::out(text);
}

void CommandContext::printJson(const QJsonValue &value) const
{
    const QJsonDocument document =
        value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    Console::out(QString::fromUtf8(document.toJson(QJsonDocument::Indented)));
}

ExitCode CommandContext::fail(const Error &error) const
{
    Console::err(u"entente: "_s + error.message);
    if (!error.detail.isEmpty())
        qCWarning(lcCli).noquote()
            << m_command.name << "failed:" << error.message << "-" << error.detail;
    return exitCodeFor(error.kind);
}

ExitCode CommandContext::usageError(const QString &message) const
{
    Console::err(u"entente %1: %2"_s.arg(m_command.name, message));
    Console::err(
        Cli::tr("Run “entente %1 --help” for its arguments and options.").arg(m_command.name));
    return ExitCode::Usage;
}

void CommandContext::note(const QString &message) const
{
    Console::err(message);
}

QCommandLineOption formatOption()
{
    return {u"format"_s, Cli::tr("Print a readable table (the default) or JSON."), u"table|json"_s,
            u"table"_s};
}

} // namespace entente::cli

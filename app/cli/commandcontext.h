#pragma once

#include "cli/clioptions.h"
#include "cli/command.h"
#include "cli/exitcodes.h"
#include "domain/error.h"
#include "query/searchquery.h"
#include "storage/catalogue.h"

#include <QCommandLineParser>
#include <QJsonValue>

#include <memory>
#include <optional>

namespace entente::cli {

enum class OutputFormat {
    Table,
    Json
};

// What a running command sees: its parsed arguments, the catalogue it may open, and the ways to
// answer (standard output for results, standard error for people, an exit code for scripts).
class CommandContext
{
public:
    CommandContext(const Command &command, const GlobalOptions &options,
                   const QCommandLineParser &parser);

    const Command &command() const { return m_command; }
    const GlobalOptions &options() const { return m_options; }
    const QCommandLineParser &parser() const { return m_parser; }
    QStringList positional() const { return m_parser.positionalArguments(); }

    // The catalogue named by --catalogue, or the default one, opened as the command's access says.
    Result<std::unique_ptr<Catalogue>> openCatalogue() const;

    // The value of --format; an Invalid error for an unknown one.
    Result<OutputFormat> format() const;

    void print(const QString &text) const;
    void printJson(const QJsonValue &value) const;

    // Says what went wrong on standard error, logs the technical detail, and gives the exit code
    // for the error's kind.
    ExitCode fail(const Error &error) const;
    // A usage mistake: the message and a pointer to the command's help; exit code 2.
    ExitCode usageError(const QString &message) const;
    // A sentence for a person on standard error that is not a failure ("no meetings").
    void note(const QString &message) const;
    // The query as the search bar reads it; when it is malformed, says why on standard error
    // with a caret under the mistake (the caller then exits with ExitCode::Usage).
    std::optional<SearchQuery> parseQuery(const QString &query) const;

private:
    const Command &m_command;
    GlobalOptions m_options;
    const QCommandLineParser &m_parser;
};

// --format table|json, for the commands that print records.
QCommandLineOption formatOption();

} // namespace entente::cli

#include "clioptions.h"

#include "cli/clitr.h"

#include <QCommandLineParser>

using namespace Qt::StringLiterals;

namespace entente::cli {

QCommandLineOption catalogueOption()
{
    return {u"catalogue"_s,
            Cli::tr("Use the catalogue FILE instead of the default one (the last one opened, for "
                    "the GUI)."),
            Cli::tr("FILE")};
}

QCommandLineOption verboseOption()
{
    return {u"verbose"_s, Cli::tr("Write the technical log to standard error instead of the log "
                                  "file.")};
}

QCommandLineOption helpOption()
{
    return {{u"h"_s, u"help"_s}, Cli::tr("Show this help and exit.")};
}

QCommandLineOption versionOption()
{
    return {u"version"_s, Cli::tr("Show the version and exit.")};
}

Result<GlobalOptions> parseGlobalOptions(const QStringList &arguments)
{
    QCommandLineParser parser;
    // Everything after the command belongs to the command, options included.
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    const QCommandLineOption catalogue = catalogueOption();
    const QCommandLineOption verbose = verboseOption();
    const QCommandLineOption help = helpOption();
    const QCommandLineOption version = versionOption();
    parser.addOptions({catalogue, verbose, help, version});
    if (!parser.parse(arguments))
        return Error::invalid(parser.errorText());

    GlobalOptions options;
    options.catalogue = parser.value(catalogue);
    options.verbose = parser.isSet(verbose);
    options.help = parser.isSet(help);
    options.version = parser.isSet(version);
    QStringList positional = parser.positionalArguments();
    if (!positional.isEmpty()) {
        options.command = positional.takeFirst();
        options.commandArgs = positional;
    }
    if (parser.isSet(catalogue) && options.catalogue.isEmpty())
        return Error::invalid(Cli::tr("--catalogue needs a file name"));
    return options;
}

void mergeCommandOptions(const QCommandLineParser &parser, GlobalOptions &options)
{
    if (parser.isSet(u"catalogue"_s))
        options.catalogue = parser.value(u"catalogue"_s);
    if (parser.isSet(u"verbose"_s))
        options.verbose = true;
}

QStringList argumentsOf(int argc, char **argv)
{
    QStringList arguments;
    arguments.reserve(argc);
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    return arguments;
}

} // namespace entente::cli

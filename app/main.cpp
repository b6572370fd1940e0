#include "cli/clioptions.h"
#include "cli/commands.h"
#include "cli/logsetup.h"
#include "gui/guilauncher.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

// `entente` with no command opens the window; with a command (or --help, --version, or a usage
// mistake) it runs headless on a QCoreApplication, so scripts need no display.
int main(int argc, char *argv[])
{
    // Before any application object: QStandardPaths and QSettings use these names.
    QCoreApplication::setOrganizationName(u"Entente"_s);
    QCoreApplication::setApplicationName(u"entente"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(ENTENTE_VERSION));

    const auto options = entente::cli::parseGlobalOptions(entente::cli::argumentsOf(argc, argv));
    // Before the application object, so that even its start-up warnings go to the log.
    entente::cli::LogSetup::install(options && options->verbose);
    if (options && options->wantsGui())
        return entente::gui::run(argc, argv, *options);

    QCoreApplication app(argc, argv);
    return entente::cli::run(options);
}

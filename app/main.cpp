#include "cli/clioptions.h"
#include "cli/commands.h"
#include "cli/logsetup.h"
#include "cli/reportcommands.h"
#include "cli/translations.h"
#include "gui/guilauncher.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <csignal>

using namespace Qt::StringLiterals;

// `entente` with no command opens the window; with a command (or --help, --version, or a usage
// mistake) it runs headless on a QCoreApplication, so scripts need no display (the report
// commands on an offscreen QGuiApplication).
int main(int argc, char *argv[])
{
    // Before any application object: QStandardPaths and QSettings use these names.
    entente::cli::identifyApplication();

    const auto options = entente::cli::parseGlobalOptions(entente::cli::argumentsOf(argc, argv));
    // Before the application object, so that even its start-up warnings go to the log.
    entente::cli::LogSetup::install(options && options->verbose);
    if (options && options->wantsGui())
        return entente::gui::run(argc, argv, *options);
    // A closed pipe (`entente list | head`) is a write error the commands see and stop at,
    // quietly, rather than a signal that kills the process.
    std::signal(SIGPIPE, SIG_IGN);

    if (options && entente::cli::needsGuiApplication(options->command)) {
        // Reports paint pages (QPdfWriter, fonts), which needs a QGuiApplication, but never a
        // display: unless told otherwise it runs on the offscreen platform.
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        QGuiApplication app(argc, argv);
        entente::cli::installTranslations(app);
        return entente::cli::run(options);
    }
    QCoreApplication app(argc, argv);
    entente::cli::installTranslations(app);
    return entente::cli::run(options);
}

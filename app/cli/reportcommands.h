#pragma once

#include "cli/exitcodes.h"

#include <QCommandLineOption>
#include <QList>
#include <QStringView>

namespace entente::cli {

class CommandContext;

// entente report QUERY -o OUT.pdf [--dossiers] [--paper a4|letter] [--landscape] [--title T]
ExitCode runReport(CommandContext &context);
QList<QCommandLineOption> reportOptions();
// entente dossier ID... -o OUT.pdf [--paper a4|letter] [--landscape] [--title T]
ExitCode runDossier(CommandContext &context);
QList<QCommandLineOption> dossierOptions();

// Whether a command draws pages: those need a QGuiApplication (on the offscreen platform when
// there is no display) instead of a QCoreApplication.
bool needsGuiApplication(QStringView command);

} // namespace entente::cli

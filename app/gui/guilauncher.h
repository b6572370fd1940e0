#pragma once

#include "cli/clioptions.h"

namespace entente::gui {

// The GUI path of `entente` with no command: a QApplication, the main window and the catalogue
// named by --catalogue, else the last one used, else the default one. Returns the exit code.
int run(int &argc, char **argv, const cli::GlobalOptions &options);

} // namespace entente::gui

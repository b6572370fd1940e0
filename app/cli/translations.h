#pragma once

class QCoreApplication;

namespace entente::cli {

// Installs the program's translations on the application: always the English plural forms
// ("1 meeting", "2 meetings"), then the user's language when Entente has it, and Qt's own texts
// (standard buttons, dialogs) in that language. Headless commands get them too.
void installTranslations(QCoreApplication &application);

} // namespace entente::cli

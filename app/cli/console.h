#pragma once

#include <QString>

namespace entente::cli {

// Standard output and standard error, in UTF-8. Standard output carries the command's result and
// nothing else; standard error carries only sentences meant for a person.
namespace Console {
void out(const QString &text);
// Flushes standard output; false when anything written to it so far was lost (a full disk, a
// closed pipe), with the reason in `problem`.
bool flushOut(QString *problem);
// One message for a person, on its own line.
void err(const QString &message);
} // namespace Console

} // namespace entente::cli

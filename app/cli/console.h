#pragma once

#include <QString>

#include <cstdio>

namespace entente::cli {

// Standard output and standard error, in UTF-8. Standard output carries the command's result and
// nothing else; standard error carries only sentences meant for a person.
namespace Console {
void out(const QString &text);
// Flushes standard output; false when anything written to it so far was lost (a full disk), with
// the reason in `problem`. A reader that went away (`| head`) is not a failure: it had what it
// wanted.
bool flushOut(QString *problem);
// Whether the reader of standard output went away (a closed pipe): there is no point going on.
bool outClosed();
// One message for a person, on its own line.
void err(const QString &message);

// Sends out() and err() to other streams while it lives, for a command line run inside another
// program (the tests). The same writes, flushes and error checks run as on the real streams, and
// a write error seen before it does not leak into the run, nor one seen during it out of it.
class Redirect
{
public:
    Redirect(std::FILE *out, std::FILE *err);
    ~Redirect();
    Redirect(const Redirect &) = delete;
    Redirect &operator=(const Redirect &) = delete;

private:
    std::FILE *m_previousOut;
    std::FILE *m_previousErr;
    int m_previousError;
};
} // namespace Console

} // namespace entente::cli

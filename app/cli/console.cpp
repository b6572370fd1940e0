#include "console.h"

#include <cerrno>
#include <cstring>

using namespace Qt::StringLiterals;

namespace entente::cli::Console {

namespace {

std::FILE *outStream = stdout;
std::FILE *errStream = stderr;

// The first write error, kept until the flush reports it: later writes may succeed after a
// failed one and hide it.
int outError = 0;

void write(std::FILE *stream, const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    if (std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream) != size_t(bytes.size()) &&
        stream == outStream && outError == 0)
        outError = errno ? errno : EIO;
}

} // namespace

void out(const QString &text)
{
    write(outStream, text);
}

bool outClosed()
{
    return outError == EPIPE;
}

bool flushOut(QString *problem)
{
    if (std::fflush(outStream) != 0 && outError == 0)
        outError = errno ? errno : EIO;
    if (std::ferror(outStream) && outError == 0)
        outError = EIO;
    if (outError == EPIPE)
        return true;
    if (outError != 0 && problem)
        *problem = QString::fromLocal8Bit(std::strerror(outError));
    return outError == 0;
}

void err(const QString &message)
{
    write(errStream, message.endsWith(u'\n') ? message : message + u'\n');
    std::fflush(errStream);
}

Redirect::Redirect(std::FILE *out, std::FILE *err)
    : m_previousOut(outStream)
    , m_previousErr(errStream)
    , m_previousError(outError)
{
    outStream = out;
    errStream = err;
    outError = 0;
}

Redirect::~Redirect()
{
    outStream = m_previousOut;
    errStream = m_previousErr;
    outError = m_previousError;
}

} // namespace entente::cli::Console

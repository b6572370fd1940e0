#include "console.h"

#include <cerrno>
#include <cstdio>
#include <cstring>

using namespace Qt::StringLiterals;

namespace entente::cli::Console {

namespace {

// The first write error, kept until the flush reports it: later writes may succeed after a
// failed one and hide it.
int outError = 0;

void write(std::FILE *stream, const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    if (std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream) != size_t(bytes.size()) &&
        stream == stdout && outError == 0)
        outError = errno ? errno : EIO;
}

} // namespace

void out(const QString &text)
{
    write(stdout, text);
}

bool flushOut(QString *problem)
{
    if (std::fflush(stdout) != 0 && outError == 0)
        outError = errno ? errno : EIO;
    if (std::ferror(stdout) && outError == 0)
        outError = EIO;
    if (outError != 0 && problem)
        *problem = QString::fromLocal8Bit(std::strerror(outError));
    return outError == 0;
}

void err(const QString &message)
{
    write(stderr, message.endsWith(u'\n') ? message : message + u'\n');
    std::fflush(stderr);
}

} // namespace entente::cli::Console

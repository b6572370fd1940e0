#include "logsetup.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QStandardPaths>

#include <atomic>
#include <cstdio>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcCli, "entente.cli", QtInfoMsg)

namespace entente::cli::LogSetup {

namespace {

// The log starts afresh past this size; the previous one is kept as entente.log.1.
constexpr qint64 maxLogSize = 1024 * 1024;

std::atomic<bool> toStderr = false;
QMutex logMutex;
std::FILE *logFile = nullptr; // opened on the first message, so quiet runs create nothing
bool logFileFailed = false;

// A message may come from inside the handler itself (QFile, QStandardPaths): drop it rather
// than recurse.
thread_local bool inHandler = false;

const char *typeName(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return "debug";
    case QtInfoMsg:
        return "info";
    case QtWarningMsg:
        return "warning";
    case QtCriticalMsg:
        return "critical";
    case QtFatalMsg:
        return "fatal";
    }
    return "?";
}

std::FILE *openLogFile()
{
    if (logFile || logFileFailed)
        return logFile;
    const QString path = logFilePath();
    QDir().mkpath(QFileInfo(path).absolutePath());
    if (QFileInfo(path).size() > maxLogSize) {
        QFile::remove(path + u".1"_s);
        QFile::rename(path, path + u".1"_s);
    }
    logFile = std::fopen(QFile::encodeName(path).constData(), "a");
    logFileFailed = logFile == nullptr;
    return logFile;
}

void handler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (inHandler)
        return;
    inHandler = true;
    const QByteArray line = (QDateTime::currentDateTime().toString(Qt::ISODateWithMs) % u' ' %
                             QLatin1StringView(typeName(type)) % u' ' %
                             QLatin1StringView(context.category ? context.category : "default") %
                             u": "_s % message % u'\n')
                                .toUtf8();
    {
        QMutexLocker locker(&logMutex);
        std::FILE *out = toStderr ? stderr : openLogFile();
        if (out) {
            std::fwrite(line.constData(), 1, size_t(line.size()), out);
            std::fflush(out);
        }
        // The program is about to abort: the person must learn why, not only the log.
        if (type == QtFatalMsg && out != stderr) {
            const QByteArray text = u"entente: "_s.toUtf8() + message.toUtf8() + '\n';
            std::fwrite(text.constData(), 1, size_t(text.size()), stderr);
        }
    }
    inHandler = false;
}

} // namespace

QString logFilePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/entente.log"_s;
}

void setVerbose(bool verbose)
{
    toStderr = verbose;
    // Verbose runs also show the debug messages of our own categories.
    QLoggingCategory::setFilterRules(verbose ? u"entente.*.debug=true"_s : QString());
}

void install(bool verbose)
{
    setVerbose(verbose);
    qInstallMessageHandler(handler);
}

} // namespace entente::cli::LogSetup

#include "clirunner.h"

#include "cli/commands.h"
#include "cli/console.h"
#include "cli/translations.h"

#include <QCoreApplication>
#include <QDebug>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QProcess>

#include <cstdio>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

// Sets environment variables for its lifetime and puts back what was there.
class EnvironmentOverride
{
public:
    void set(const char *name, const QString &value)
    {
        m_saved.append({name, qEnvironmentVariableIsSet(name), qgetenv(name)});
        qputenv(name, value.toLocal8Bit());
    }
    ~EnvironmentOverride()
    {
        for (auto it = m_saved.crbegin(); it != m_saved.crend(); ++it) {
            if (it->wasSet)
                qputenv(it->name, it->value);
            else
                qunsetenv(it->name);
        }
    }

private:
    struct Saved
    {
        const char *name;
        bool wasSet;
        QByteArray value;
    };
    QList<Saved> m_saved;
};

struct FileCloser
{
    void operator()(std::FILE *file) const { std::fclose(file); }
};
using File = std::unique_ptr<std::FILE, FileCloser>;

QString readAll(std::FILE *file)
{
    QByteArray bytes;
    std::rewind(file);
    char buffer[4096];
    while (const size_t n = std::fread(buffer, 1, sizeof buffer, file))
        bytes.append(buffer, qsizetype(n));
    return QString::fromUtf8(bytes);
}

} // namespace

CliRunner::CliRunner()
{
    // What main() does before its commands run: the names the data folder goes by, and the
    // plural forms of the messages.
    static const bool prepared = [] {
        entente::cli::identifyApplication();
        entente::cli::installTranslations(*QCoreApplication::instance());
        return true;
    }();
    Q_UNUSED(prepared);
}

CliRunner::CliRunner(QString binary)
    : m_binary(std::move(binary))
{}

CliRunner::Run CliRunner::run(const QStringList &arguments, const QString &stdoutFile) const
{
    return m_binary.isEmpty() ? runInProcess(arguments, stdoutFile)
                              : runProcess(arguments, stdoutFile);
}

CliRunner::Run CliRunner::runInProcess(const QStringList &arguments,
                                       const QString &stdoutFile) const
{
    EnvironmentOverride environment;
    environment.set("HOME", m_home.path());
    environment.set("XDG_DATA_HOME", dataHome());
    environment.set("XDG_CONFIG_HOME", m_home.filePath(u"config"_s));
    environment.set("XDG_CACHE_HOME", m_home.filePath(u"cache"_s));
    const File out(stdoutFile.isEmpty()
                       ? std::tmpfile()
                       : std::fopen(QFile::encodeName(stdoutFile).constData(), "w+"));
    const File err(std::tmpfile());
    Run result;
    if (!out || !err) {
        qWarning() << "cannot open the streams for" << arguments;
        return result;
    }
    {
        const entente::cli::Console::Redirect redirect(out.get(), err.get());
        result.exitCode = entente::cli::execute(QStringList{u"entente"_s} + arguments);
    }
    if (stdoutFile.isEmpty())
        result.out = readAll(out.get());
    result.err = readAll(err.get());
    return result;
}

CliRunner::Run CliRunner::runProcess(const QStringList &arguments, const QString &stdoutFile) const
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"HOME"_s, m_home.path());
    env.insert(u"XDG_DATA_HOME"_s, dataHome());
    env.insert(u"XDG_CONFIG_HOME"_s, m_home.filePath(u"config"_s));
    env.insert(u"XDG_CACHE_HOME"_s, m_home.filePath(u"cache"_s));
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    env.remove(u"QT_LOGGING_RULES"_s);
    process.setProcessEnvironment(env);
    if (!stdoutFile.isEmpty())
        process.setStandardOutputFile(stdoutFile);
    process.start(m_binary, arguments);
    Run result;
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        return result;
    }
    if (process.exitStatus() == QProcess::NormalExit)
        result.exitCode = process.exitCode();
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

QJsonArray CliRunner::listJson() const
{
    const Run r = run({u"list"_s, u"--format"_s, u"json"_s});
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(r.out.toUtf8(), &error);
    if (r.exitCode != 0 || error.error != QJsonParseError::NoError)
        qWarning().noquote() << "list failed:" << r.exitCode << r.err << error.errorString();
    return document.array();
}

QString CliRunner::defaultCatalogue() const
{
    return dataHome() + u"/Entente/entente/catalogue.entente"_s;
}

QString CliRunner::logFile() const
{
    return dataHome() + u"/Entente/entente/entente.log"_s;
}

QString CliRunner::copyOfDefaultCatalogue(const QString &name) const
{
    if (!QFileInfo::exists(defaultCatalogue()))
        run({u"check"_s});
    const QString copy = m_home.filePath(name);
    QFile::remove(copy);
    return QFile::copy(defaultCatalogue(), copy) ? copy : QString();
}

namespace FileBytes {

QByteArray read(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool write(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
           file.write(bytes) == bytes.size();
}

bool patch(const QString &path, qint64 offset, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::ReadWrite) && file.seek(offset) &&
           file.write(bytes) == bytes.size();
}

QByteArray bigEndian(quint32 value)
{
    QByteArray bytes(4, '\0');
    for (int i = 0; i < 4; ++i)
        bytes[3 - i] = char((value >> (8 * i)) & 0xff);
    return bytes;
}

} // namespace FileBytes

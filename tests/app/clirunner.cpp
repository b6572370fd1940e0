#include "clirunner.h"

#include <QDebug>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QProcess>

using namespace Qt::StringLiterals;

CliRunner::CliRunner(QString binary)
    : m_binary(std::move(binary))
{}

CliRunner::Run CliRunner::run(const QStringList &arguments, const QString &stdoutFile) const
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

#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

// Runs `entente` command lines in a home of their own: HOME and the XDG folders point into a
// temporary folder, so the default catalogue, settings and log start fresh for each runner. By
// default the command line runs in this process (entente::cli::execute, its standard streams
// redirected to files); given the binary, it runs the real executable, as a shell would.
class CliRunner
{
public:
    struct Run
    {
        int exitCode = -1; // -1: crashed or timed out
        QString out;
        QString err;
    };

    CliRunner();
    explicit CliRunner(QString binary);

    bool isValid() const { return m_home.isValid(); }
    // `stdoutFile`, when given, receives standard output instead of `Run::out`.
    Run run(const QStringList &arguments, const QString &stdoutFile = {}) const;
    // `list --format json`, parsed.
    QJsonArray listJson() const;

    QString filePath(const QString &name) const { return m_home.filePath(name); }
    QString dataHome() const { return m_home.filePath(QStringLiteral("data")); }
    QString defaultCatalogue() const;
    QString logFile() const;
    // A real catalogue made by the binary itself, copied to `name` in the home folder.
    QString copyOfDefaultCatalogue(const QString &name) const;

private:
    Run runInProcess(const QStringList &arguments, const QString &stdoutFile) const;
    Run runProcess(const QStringList &arguments, const QString &stdoutFile) const;

    QString m_binary; // empty: in this process
    QTemporaryDir m_home;
};

// Raw file access for damaging catalogues on purpose and checking they were left untouched.
namespace FileBytes {
QByteArray read(const QString &path);
bool write(const QString &path, const QByteArray &bytes);
// Overwrites bytes of the file from `offset`.
bool patch(const QString &path, qint64 offset, const QByteArray &bytes);
QByteArray bigEndian(quint32 value);
} // namespace FileBytes

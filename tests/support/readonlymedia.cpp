#include "readonlymedia.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>

using namespace Qt::StringLiterals;

namespace entente::test {

namespace {

bool run(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    return process.waitForFinished(10000) && process.exitStatus() == QProcess::NormalExit &&
           process.exitCode() == 0;
}

} // namespace

ReadOnlyMedia::ReadOnlyMedia(const QString &folder, const QStringList &files)
    : m_folder(folder)
{
    if (!QDir().mkpath(folder))
        return;
    m_mounted = run(u"mount"_s, {u"-t"_s, u"tmpfs"_s, u"-o"_s, u"size=16m"_s, u"tmpfs"_s, folder});
    if (!m_mounted)
        return;
    for (const QString &file : files) {
        if (!QFile::copy(file, pathOf(file)))
            return;
    }
    m_ready = run(u"mount"_s, {u"-o"_s, u"remount,ro"_s, folder});
}

ReadOnlyMedia::~ReadOnlyMedia()
{
    if (m_mounted)
        run(u"umount"_s, {m_folder});
}

QString ReadOnlyMedia::pathOf(const QString &file) const
{
    return m_folder + u'/' + QFileInfo(file).fileName();
}

} // namespace entente::test

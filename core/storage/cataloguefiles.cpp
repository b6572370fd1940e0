#include "cataloguefiles.h"

#include "storage/cataloguebackups.h"

#include <QDir>
#include <QFileInfo>

#include <optional>
#include <sys/stat.h>

using namespace Qt::StringLiterals;

namespace entente {

namespace {

// The name a path will have on disk: symbolic links and `..` resolved, for a file that does not
// exist yet through its folder.
QString resolvedName(const QString &path)
{
    const QFileInfo info(path);
    if (info.exists())
        return info.canonicalFilePath();
    const QString folder = QFileInfo(info.absolutePath()).canonicalFilePath();
    if (folder.isEmpty())
        return QDir::cleanPath(info.absoluteFilePath());
    return folder % u'/' % info.fileName();
}

// Qt has no portable notion of a file's identity; the device and inode numbers are it.
struct FileIdentity
{
    dev_t device = 0;
    ino_t inode = 0;
    bool operator==(const FileIdentity &) const = default;
};

std::optional<FileIdentity> identityOf(const QString &path)
{
    struct stat status
    {
    };
    if (::stat(QFile::encodeName(path).constData(), &status) != 0)
        return std::nullopt;
    return FileIdentity{status.st_dev, status.st_ino};
}

} // namespace

CatalogueFiles::CatalogueFiles(QString cataloguePath)
    : m_path(std::move(cataloguePath))
{}

QStringList CatalogueFiles::companions() const
{
    return {m_path % u"-wal"_s, m_path % u"-shm"_s, m_path % u"-journal"_s};
}

QStringList CatalogueFiles::upgradeBackups() const
{
    const QFileInfo info(m_path);
    QStringList backups;
    const QDir folder = info.absoluteDir();
    const QStringList names =
        folder.entryList({info.fileName() % u".v*.backup"_s}, QDir::Files | QDir::Hidden);
    for (const QString &name : names)
        backups.append(folder.filePath(name));
    return backups;
}

bool CatalogueFiles::owns(const QString &path) const
{
    if (CatalogueBackups(m_path).owns(path) || CatalogueBackups(m_path).owns(resolvedName(path)))
        return true;
    // SQLite names its companions after the path it was given; a link's target may be the
    // catalogue too.
    QStringList files{m_path};
    files.append(companions());
    const QString target = resolvedName(m_path);
    if (target != m_path) {
        files.append(target);
        files.append(CatalogueFiles(target).companions());
    }
    files.append(upgradeBackups());

    const QString name = resolvedName(path);
    const std::optional<FileIdentity> identity = identityOf(path);
    for (const QString &file : std::as_const(files)) {
        if (resolvedName(file) == name)
            return true;
        if (identity && identityOf(file) == identity)
            return true;
    }
    return false;
}

} // namespace entente

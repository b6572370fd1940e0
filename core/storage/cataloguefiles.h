#pragma once

#include <QString>
#include <QStringList>

namespace entente {

// The files on disk that make up one SQLite catalogue: the database itself, SQLite's companions
// beside it (write-ahead log, shared memory, rollback journal) and the backup copies Entente keeps
// of it. Writing any of them from outside SQLite can lose the catalogue, so every output path is
// checked against them first.
class CatalogueFiles
{
public:
    explicit CatalogueFiles(QString cataloguePath);

    QString catalogue() const { return m_path; }
    // The files SQLite keeps beside the catalogue, whether they exist now or not.
    QStringList companions() const;
    // The copies kept before a schema upgrade (CATALOGUE.vN.backup) that exist now.
    QStringList upgradeBackups() const;

    // Whether `path` names one of the catalogue's files: the same name once symbolic links and
    // relative parts are resolved, or the same file on disk under another name (a hard link).
    bool owns(const QString &path) const;

private:
    QString m_path;
};

} // namespace entente

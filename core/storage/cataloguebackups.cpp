#include "cataloguebackups.h"

#include "storage/catalogue.h"
#include "storage/catalogueconnection.h"
#include "storage/consistentcopy.h"
#include "storage/fileconnection.h"
#include "storage/integritycheck.h"
#include "storage/sqlquery.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstring>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace entente {

namespace {

// Backups are named by the UTC time they were made, which sorts as it reads:
// meetings-20261207T214500Z.entente.
constexpr auto stampFormat = "yyyyMMdd'T'HHmmss'Z'";

QString stamp(const QDateTime &time)
{
    return time.toUTC().toString(QLatin1StringView(stampFormat));
}

// The newest time the catalogue was written: the file, or its write-ahead log.
QDateTime lastWritten(const QString &path)
{
    QDateTime newest = QFileInfo(path).lastModified().toUTC();
    const QFileInfo wal(path + u"-wal"_s);
    if (wal.exists() && wal.size() > 0)
        newest = std::max(newest, wal.lastModified().toUTC());
    return newest;
}

// Copies `from` to `to` through a temporary file, flushed, then renamed into place.
Status copyDurably(const QString &from, const QString &to, const QString &what)
{
    const QString temporary = to + u".part"_s;
    QFile::remove(temporary);
    const auto failure = [&](const QString &detail) {
        QFile::remove(temporary);
        return Error{Error::Kind::Output, what % u": "_s % detail, detail};
    };
    if (!QFile::copy(from, temporary))
        return failure(QFile(from).exists() ? QFile(temporary).errorString()
                                            : CatalogueBackups::tr("%1 is gone").arg(from));
    QFile file(temporary);
    if (!file.open(QIODevice::ReadWrite) || ::fsync(file.handle()) != 0)
        return failure(file.errorString());
    file.close();
    if (::rename(QFile::encodeName(temporary).constData(), QFile::encodeName(to).constData()) != 0)
        return failure(QString::fromLocal8Bit(std::strerror(errno)));
    return {};
}

} // namespace

CatalogueBackups::CatalogueBackups(QString cataloguePath)
    : m_path(std::move(cataloguePath))
{}

QString CatalogueBackups::folder() const
{
    return m_path + u".backups"_s;
}

QDateTime CatalogueBackups::madeAt(const QString &fileName)
{
    // NAME-STAMP.entente: the stamp is the last 16 characters before the suffix.
    const QString base = QFileInfo(fileName).completeBaseName();
    const qsizetype dash = base.lastIndexOf(u'-');
    if (dash < 0)
        return {};
    QDateTime made = QDateTime::fromString(base.mid(dash + 1), QLatin1StringView(stampFormat));
    made.setTimeSpec(Qt::UTC);
    return made;
}

QList<CatalogueBackups::Backup> CatalogueBackups::list() const
{
    QList<Backup> backups;
    const QDir dir(folder());
    const QString stem = QFileInfo(m_path).completeBaseName();
    for (const QFileInfo &info :
         dir.entryInfoList({stem + u"-*.entente"_s}, QDir::Files, QDir::Name | QDir::Reversed)) {
        const QDateTime made = madeAt(info.fileName());
        if (made.isValid())
            backups.append({info.absoluteFilePath(), made, info.size()});
    }
    return backups;
}

Result<CatalogueBackups::Backup> CatalogueBackups::make(const Catalogue &catalogue,
                                                        const QDateTime &now,
                                                        const QString &target) const
{
    QString path = target;
    if (path.isEmpty()) {
        if (!QDir().mkpath(folder()))
            return Error{
                Error::Kind::Output,
                tr("Cannot make the backups folder %1").arg(QDir::toNativeSeparators(folder())),
                {}};
        path = QDir(folder()).filePath(QFileInfo(m_path).completeBaseName() % u'-' % stamp(now) %
                                       u".entente"_s);
    } else if (Status s = catalogue.checkOutputPath(path); !s) {
        return s.error();
    }
    if (Status s = writeConsistentCopy(
            CatalogueConnection::of(catalogue), path,
            tr("Cannot back up the catalogue to %1").arg(QDir::toNativeSeparators(path)),
            CopyCheck::Integrity);
        !s)
        return s.error();
    return Backup{path, now.toUTC(), QFileInfo(path).size()};
}

bool CatalogueBackups::isDue(const QDateTime &now, int intervalHours) const
{
    const QList<Backup> backups = list();
    if (backups.isEmpty())
        return true;
    const Backup &newest = backups.constFirst();
    return newest.made.secsTo(now) >= qint64(intervalHours) * 3600 &&
           lastWritten(m_path) > newest.made;
}

QStringList CatalogueBackups::prune(const BackupRotation &rotation) const
{
    const QList<Backup> backups = list();
    QList<BackupRotation::Backup> facts;
    for (const Backup &b : backups)
        facts.append({b.made, b.size});
    const QList<qsizetype> kept = rotation.keep(facts);
    QStringList removed;
    for (qsizetype i = 0; i < backups.size(); ++i) {
        if (!kept.contains(i) && QFile::remove(backups.at(i).path))
            removed.append(backups.at(i).path);
    }
    return removed;
}

Result<QString> CatalogueBackups::restore(const QString &backup, const QDateTime &now) const
{
    const QString what =
        tr("Cannot restore %1 from %2")
            .arg(QDir::toNativeSeparators(m_path), QDir::toNativeSeparators(backup));
    // The backup first: only a sound catalogue may take the place of the current one. Whatever
    // is wrong with it is a wrong argument, not a damaged catalogue.
    const auto notUsable = [&](const QString &why) {
        return Error{Error::Kind::Invalid, what % u": "_s % why, {}};
    };
    {
        FileConnection source(backup, FileConnection::Mode::ReadOnly);
        if (Status s = source.open(what); !s)
            return notUsable(s.error().detail);
        SqlQuery appId(source.database(), u"PRAGMA application_id"_s);
        auto id = appId.scalar(what);
        if (!id || id->toUInt() != Catalogue::applicationId)
            return notUsable(tr("%1 is not an Entente catalogue").arg(backup));
        auto problems = integrityProblems(source.database(), IntegrityDepth::Full, what);
        if (!problems)
            return notUsable(problems.error().detail);
        if (!problems->isEmpty())
            return notUsable(tr("the backup is damaged: %1").arg(problems->join(u"; "_s)));
    }

    QString aside;
    if (QFileInfo::exists(m_path)) {
        // Fold the write-ahead log into the file; a checkpoint that cannot finish means another
        // window or process has the catalogue open.
        {
            FileConnection current(m_path, FileConnection::Mode::ReadWrite);
            if (current.open(what)) {
                SqlQuery checkpoint(current.database(), u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
                if (checkpoint.exec(what) && checkpoint.next() && checkpoint.integer(0) != 0)
                    return Error{Error::Kind::CatalogueUnusable,
                                 what % u": "_s %
                                     tr("the catalogue is open in another window or process: "
                                        "close it first"),
                                 {}};
            }
        }
        // The current file is kept as it is, with its log if one is left (a damaged file is
        // copied byte for byte: it may still hold what salvage can read).
        aside = m_path % u".before-restore-"_s % stamp(now);
        if (Status s = copyDurably(m_path, aside, what); !s)
            return s.error();
        const QString wal = m_path + u"-wal"_s;
        if (QFileInfo(wal).size() > 0) {
            if (Status s = copyDurably(wal, aside + u"-wal"_s, what); !s)
                return s.error();
        }
    }
    if (Status s = copyDurably(backup, m_path, what); !s)
        return s.error();
    // The old file's companions would be read as the new one's.
    for (const QString &companion : {m_path + u"-wal"_s, m_path + u"-shm"_s})
        QFile::remove(companion);
    return aside;
}

bool CatalogueBackups::owns(const QString &path) const
{
    const QFileInfo info(path);
    const QString folderPath = QFileInfo(folder()).absoluteFilePath();
    if (info.absolutePath() == folderPath || info.absoluteFilePath() == folderPath)
        return true;
    return info.fileName().startsWith(QFileInfo(m_path).fileName() + u".before-restore-"_s) &&
           info.absolutePath() == QFileInfo(m_path).absolutePath();
}

} // namespace entente

#include "catalogue.h"

#include "domain/logging.h"
#include "storage/bulkloadmode.h"
#include "storage/cataloguefiles.h"
#include "storage/consistentcopy.h"
#include "storage/integritycheck.h"
#include "storage/meetingsortkeys.h"
#include "storage/migrator.h"
#include "storage/sqlquery.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QThread>
#include <QUrl>
#include <QUuid>
#include <QtEndian>

using namespace Qt::StringLiterals;

namespace entente {

namespace {

Error unusable(const QString &message, const QString &detail = {})
{
    return {Error::Kind::CatalogueUnusable, message, detail};
}

// What the 100-byte SQLite header says about a file, read without SQLite so that a file that is
// not a catalogue is never touched (SQLite would happily create a WAL beside it).
struct FileHeader
{
    bool empty = false;
    bool sqlite = false;
    quint32 userVersion = 0;
    quint32 applicationId = 0;
};

Result<FileHeader> readHeader(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return unusable(
            Catalogue::tr("Cannot read the catalogue %1: %2").arg(path, file.errorString()));
    const QByteArray header = file.read(100);
    FileHeader result;
    result.empty = header.isEmpty();
    if (result.empty)
        return result;
    result.sqlite =
        header.size() == 100 && header.startsWith(QByteArrayView("SQLite format 3\0", 16));
    if (result.sqlite) {
        result.userVersion = qFromBigEndian<quint32>(header.constData() + 60);
        result.applicationId = qFromBigEndian<quint32>(header.constData() + 68);
    }
    return result;
}

} // namespace

Catalogue::Catalogue(QString path, Options options)
    : m_path(std::move(path))
    , m_options(options)
    , m_connectionPrefix(u"entente-"_s % QUuid::createUuid().toString(QUuid::WithoutBraces))
{}

Catalogue::~Catalogue()
{
    const QString prefix = m_connectionPrefix;
    for (const QString &name : QSqlDatabase::connectionNames()) {
        if (!name.startsWith(prefix))
            continue;
        {
            QSqlDatabase db = QSqlDatabase::database(name, false);
            if (db.isOpen() && !isReadOnly()) {
                // Fold the WAL back into the main file so the catalogue is one file again.
                SqlQuery checkpoint(db, u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
                if (!checkpoint.exec(u"checkpoint"_s))
                    qCWarning(lcStorage) << "checkpoint on close failed for" << m_path;
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
}

Result<std::unique_ptr<Catalogue>> Catalogue::open(const QString &path, const Options &options)
{
    const QFileInfo info(path);
    if (info.exists() && !info.isFile())
        return unusable(tr("%1 is not a catalogue file (it is a folder or a device)").arg(path));
    if (!info.exists()) {
        if (!options.createIfMissing || options.mode == Mode::ReadOnly)
            return unusable(tr("No such catalogue: %1").arg(path));
        if (!QFileInfo(info.absolutePath()).isDir())
            return unusable(tr("Cannot create the catalogue %1: the folder %2 does not exist")
                                .arg(path, info.absolutePath()));
    } else {
        const auto header = readHeader(path);
        if (!header)
            return header.error();
        // Only a path that does not exist is created: an empty file is someone's, or a catalogue
        // a failed copy emptied, and is never taken over.
        if (header->empty)
            return unusable(tr("%1 is an empty file, not a catalogue").arg(path));
        if (!header->empty && !header->sqlite)
            return unusable(
                tr("%1 is not an Entente catalogue (it is not an SQLite database)").arg(path));
        if (header->sqlite && header->applicationId != 0 && header->applicationId != applicationId)
            return unusable(
                tr("%1 is a database of another program, not an Entente catalogue").arg(path));
        if (header->sqlite && int(header->userVersion) > Migrator::latestVersion())
            return unusable(
                tr("%1 was made by a newer version of Entente (catalogue version %2; this "
                   "version reads up to %3). Update Entente to open it.")
                    .arg(path)
                    .arg(header->userVersion)
                    .arg(Migrator::latestVersion()));
        if (options.mode == Mode::ReadWrite && !info.isWritable())
            return Error{Error::Kind::ReadOnly,
                         tr("The catalogue %1 is read-only: it cannot be changed").arg(path),
                         {}};
        // Reading an older catalogue needs its schema upgraded first: done (with its backup) by
        // a short read-write open when the file may be written; otherwise the open below says why.
        if (options.mode == Mode::ReadOnly && header->sqlite && header->userVersion > 0 &&
            int(header->userVersion) < Migrator::latestVersion() && info.isWritable()) {
            Options upgrade = options;
            upgrade.mode = Mode::ReadWrite;
            if (auto upgraded = open(path, upgrade); !upgraded)
                return upgraded.error();
        }
    }

    std::unique_ptr<Catalogue> catalogue(new Catalogue(info.absoluteFilePath(), options));
    // A catalogue on read-only media (a write-protected stick, a read-only share): SQLite cannot
    // make its -shm file there, so it is read as immutable, unless changes wait in its
    // write-ahead log, which nothing could fold in.
    if (options.mode == Mode::ReadOnly && info.exists() &&
        !QFileInfo(info.absolutePath()).isWritable()) {
        const QFileInfo wal(info.absoluteFilePath() % u"-wal"_s);
        if (wal.exists() && wal.size() > 0)
            return unusable(tr("%1 is on read-only media and changes to it wait in %2, which "
                               "cannot be folded in there: copy both files to a writable folder "
                               "to open it")
                                .arg(path, wal.fileName()));
        catalogue->m_immutable = true;
    }
    if (Status s = catalogue->prepare(); !s)
        return s.error();
    return catalogue;
}

Result<QSqlDatabase> Catalogue::connect(const QString &connectionName) const
{
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connectionName);
    db.setDatabaseName(m_path);
    QString connectOptions = u"QSQLITE_BUSY_TIMEOUT=%1"_s.arg(m_options.busyTimeoutMs);
    if (isReadOnly())
        connectOptions += u";QSQLITE_OPEN_READONLY"_s;
    if (m_immutable) {
        // Nobody can change a file on read-only media, and SQLite could not create the shared
        // memory file it wants beside it: it reads the file as it is, with no locks.
        QUrl uri = QUrl::fromLocalFile(m_path);
        uri.setQuery(u"immutable=1"_s);
        db.setDatabaseName(uri.toString(QUrl::FullyEncoded));
        connectOptions += u";QSQLITE_OPEN_URI"_s;
    }
    db.setConnectOptions(connectOptions);
    if (!db.open())
        return SqlQuery::toError(db.lastError(), tr("Cannot open the catalogue %1").arg(m_path),
                                 db.lastError().text());

    // journal_mode is set once, by prepare(), after the file is known to be a catalogue: it
    // persists in the file, and setting it would rewrite the header of someone else's database.
    const QStringList pragmas = {u"PRAGMA foreign_keys = ON"_s, u"PRAGMA trusted_schema = OFF"_s,
                                 u"PRAGMA synchronous = FULL"_s};
    for (const QString &pragma : pragmas) {
        SqlQuery q(db, pragma);
        if (Status s = q.exec(tr("Cannot open the catalogue %1").arg(m_path)); !s)
            return s.error();
    }
    return db;
}

QSqlDatabase Catalogue::database() const
{
    const QString name = m_connectionPrefix % u'-' %
                         QString::number(reinterpret_cast<quintptr>(QThread::currentThread()), 16);
    if (QSqlDatabase::contains(name))
        return QSqlDatabase::database(name);
    auto db = connect(name);
    if (!db) {
        qCWarning(lcStorage).noquote() << db.error().message << db.error().detail;
        return QSqlDatabase::database(name, false);
    }
    return *db;
}

void Catalogue::releaseConnection() const
{
    const QString name = m_connectionPrefix % u'-' %
                         QString::number(reinterpret_cast<quintptr>(QThread::currentThread()), 16);
    if (!QSqlDatabase::contains(name))
        return;
    QSqlDatabase::database(name, false).close();
    QSqlDatabase::removeDatabase(name);
}

Status Catalogue::prepare()
{
    const QString name = m_connectionPrefix % u'-' %
                         QString::number(reinterpret_cast<quintptr>(QThread::currentThread()), 16);
    auto db = connect(name);
    if (!db)
        return db.error();

    // Reading the schema touches the first pages: a damaged header or schema shows here, at once,
    // without reading the whole file (that is what integrityProblems() is for).
    SqlQuery schema(*db, u"SELECT count(*) FROM sqlite_schema"_s);
    auto tables = schema.scalar(tr("Cannot open the catalogue %1").arg(m_path));
    if (!tables)
        return tables.error();

    SqlQuery appId(*db, u"PRAGMA application_id"_s);
    auto id = appId.scalar(tr("Cannot open the catalogue %1").arg(m_path));
    if (!id)
        return id.error();
    if (tables->toInt() > 0 && id->toUInt() != applicationId)
        return unusable(tr("%1 is an SQLite database but not an Entente catalogue").arg(m_path));

    if (!isReadOnly()) {
        SqlQuery wal(*db, u"PRAGMA journal_mode = WAL"_s);
        if (Status s = wal.exec(tr("Cannot open the catalogue %1").arg(m_path)); !s)
            return s;
    }
    Migrator migrator(*db, m_path, [this](qint64 done, qint64 total) {
        if (m_options.progress)
            m_options.progress(OpeningStep::RebuildingFullText, done, total);
    });
    if (Status s = migrator.migrate(isReadOnly()); !s)
        return s;
    if (!isReadOnly()) {
        // A load killed before its end left indexes out: build them now, before anything reads
        // the catalogue along them.
        const auto indexes = [this](int done, int total) {
            if (m_options.progress)
                m_options.progress(OpeningStep::BuildingIndexes, done, total);
        };
        if (Status s = BulkLoadMode::finishInterruptedLoad(*db, indexes); !s)
            return s;
    }
    if (!isReadOnly()) {
        // Titles and places sort for the reader's language: keys made for another one (or by
        // another version of the collation library) are made again. The catalogue still opens
        // if that fails; its table then keeps the order it had.
        auto refreshed = MeetingSortKeys(*db).refresh(NameCollation(QLocale()));
        if (!refreshed)
            qCWarning(lcStorage).noquote() << refreshed.error().message << refreshed.error().detail;
    }
    return {};
}

int Catalogue::latestSchemaVersion()
{
    return Migrator::latestVersion();
}

int Catalogue::schemaVersion() const
{
    SqlQuery q(database(), u"PRAGMA user_version"_s);
    auto v = q.scalar(u"user_version"_s);
    return v ? v->toInt() : -1;
}

Result<Catalogue::Contents> Catalogue::contents() const
{
    SqlQuery any(database(), u"SELECT EXISTS (SELECT 1 FROM meetings), EXISTS "
                             "(SELECT 1 FROM persons)"_s);
    if (Status s = any.exec(
            QCoreApplication::translate("Catalogue", "Cannot read the catalogue %1").arg(m_path));
        !s)
        return s.error();
    any.next();
    return Contents{any.value(0).toBool(), any.value(1).toBool()};
}

Result<QStringList> Catalogue::integrityProblems(Check depth) const
{
    return entente::integrityProblems(
        database(), depth == Check::Quick ? IntegrityDepth::Quick : IntegrityDepth::Full,
        tr("Cannot check the catalogue %1").arg(m_path));
}

Status Catalogue::checkOutputPath(const QString &output) const
{
    if (!CatalogueFiles(m_path).owns(output))
        return {};
    return Error::invalid(
        tr("%1 is the open catalogue %2 or one of its files: writing there "
           "would destroy the catalogue. Choose another file.")
            .arg(QDir::toNativeSeparators(output), QDir::toNativeSeparators(m_path)));
}

Status Catalogue::saveCopy(const QString &target) const
{
    if (Status s = checkOutputPath(target); !s)
        return s;
    return writeConsistentCopy(
        database(), target,
        tr("Cannot save a copy of the catalogue to %1").arg(QDir::toNativeSeparators(target)));
}

} // namespace entente

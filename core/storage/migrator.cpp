#include "migrator.h"

#include "domain/logging.h"
#include "storage/catalogue.h"
#include "storage/consistentcopy.h"
#include "storage/countryseeder.h"
#include "storage/fulltextrebuild.h"
#include "storage/searchindex.h"
#include "storage/sqlquery.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QScopeGuard>

using namespace Qt::StringLiterals;

namespace entente {

namespace {

// version -> resource path, from file names like "0001_initial.sql".
QMap<int, QString> migrationFiles()
{
    QMap<int, QString> files;
    const QDir dir(u":/migrations"_s);
    for (const QString &name : dir.entryList({u"*.sql"_s}, QDir::Files, QDir::Name)) {
        bool ok = false;
        const int version = name.section(u'_', 0, 0).toInt(&ok);
        if (ok && version > 0)
            files.insert(version, dir.filePath(name));
    }
    return files;
}

} // namespace

Migrator::Migrator(QSqlDatabase db, QString path,
                   std::function<void(qint64 done, qint64 total)> rebuilding)
    : m_db(std::move(db))
    , m_path(std::move(path))
    , m_rebuilding(std::move(rebuilding))
{}

int Migrator::latestVersion()
{
    const auto files = migrationFiles();
    return files.isEmpty() ? 0 : files.lastKey();
}

QStringList Migrator::splitStatements(const QString &script)
{
    QStringList statements;
    QString current;
    const QStringList lines = script.split(u'\n');
    for (const QString &line : lines) {
        const QString trimmed = line.trimmed();
        if (trimmed.startsWith(u"--") || (trimmed.isEmpty() && current.isEmpty()))
            continue;
        current += line % u'\n';
        if (trimmed.endsWith(u';')) {
            statements.append(current.trimmed().chopped(1));
            current.clear();
        }
    }
    if (!current.trimmed().isEmpty())
        statements.append(current.trimmed());
    return statements;
}

Status Migrator::migrate(bool readOnly, int target)
{
    SqlQuery versionQuery(m_db, u"PRAGMA user_version"_s);
    auto current = versionQuery.scalar(tr("Cannot read the catalogue version of %1").arg(m_path));
    if (!current)
        return current.error();
    const int from = current->toInt();
    const int latest = target < 0 ? latestVersion() : target;
    if (from == latest)
        return {};
    if (from > latest)
        return Error{Error::Kind::CatalogueUnusable,
                     tr("%1 was made by a newer version of Entente").arg(m_path),
                     {}};
    if (readOnly)
        return Error{Error::Kind::ReadOnly,
                     tr("%1 must be upgraded to this version of Entente, but it is open read-only")
                         .arg(m_path),
                     {}};
    // Rebuilding the full-text index (version 8) takes minutes on a large catalogue, and the
    // backup before it too: say so before either starts, so the window never looks stuck.
    constexpr int rebuildsFullText = 8;
    if (from > 0 && from < rebuildsFullText && latest >= rebuildsFullText && m_rebuilding)
        m_rebuilding(0, 1);
    if (from > 0) {
        if (Status s = backUp(from); !s)
            return s;
    }
    const auto files = migrationFiles();
    for (auto it = files.cbegin(); it != files.cend(); ++it) {
        if (it.key() <= from || it.key() > latest)
            continue;
        if (Status s = apply(it.key(), it.value()); !s)
            return s;
        qCInfo(lcStorage) << "migrated" << m_path << "to version" << it.key();
    }
    return {};
}

Status Migrator::backUp(int fromVersion)
{
    const QString backup = m_path % u".v%1.backup"_s.arg(fromVersion);
    if (Status s = writeConsistentCopy(m_db, backup,
                                       tr("Cannot back up %1 before upgrading it").arg(m_path));
        !s)
        return Error{Error::Kind::Storage, s.error().message, s.error().detail};
    return {};
}

Status Migrator::apply(int version, const QString &resource)
{
    QFile file(resource);
    if (!file.open(QIODevice::ReadOnly))
        return Error{Error::Kind::Storage, tr("Migration %1 is missing").arg(version), resource};
    const QString what = tr("Cannot upgrade %1 to catalogue version %2").arg(m_path).arg(version);

    // A migration may make a table again (SQLite's twelve-step procedure), which needs foreign
    // keys off; they are checked before the commit instead, and turned on again whatever happens.
    // The pragma is a no-op inside a transaction, so it comes first.
    if (Status s = SqlQuery(m_db, u"PRAGMA foreign_keys = OFF"_s).exec(what); !s)
        return s;
    const auto foreignKeysOn = qScopeGuard([this, &what] {
        if (Status s = SqlQuery(m_db, u"PRAGMA foreign_keys = ON"_s).exec(what); !s)
            qCWarning(lcStorage).noquote() << s.error().message << s.error().detail;
    });

    auto transaction = Transaction::begin(m_db);
    if (!transaction)
        return transaction.error();
    for (const QString &statement : splitStatements(QString::fromUtf8(file.readAll()))) {
        SqlQuery step(m_db, statement);
        if (Status s = step.exec(what); !s)
            return s;
    }
    if (version == 1 || version == 6) {
        if (Status s = CountrySeeder(m_db).seed(); !s)
            return s;
    }
    if (version == 7) {
        if (Status s = CountrySeeder(m_db).seedOrganisations(); !s)
            return s;
    }
    if (version == 8) {
        // Search keys: every meeting's full-text row is made again from the meeting into the
        // new table, which then takes the old one's name; people's name keys follow matchKey().
        if (Status s = FullTextRebuild(m_db).fill(u"meeting_fts_keyed"_s, m_rebuilding); !s)
            return s;
        for (const QString &sql : {u"DROP TABLE meeting_fts"_s,
                                   u"ALTER TABLE meeting_fts_keyed RENAME TO meeting_fts"_s}) {
            if (Status s = SqlQuery(m_db, sql).exec(what); !s)
                return s;
        }
        if (Status s = SearchIndex(m_db).rekeyPeople(); !s)
            return s;
    }
    if (version == 3) {
        // Folded document titles: SQL cannot fold, NameFolding does.
        if (Status s = SearchIndex(m_db).backfill(); !s)
            return s;
    }
    // PRAGMA takes no bound parameters; the values are integers we produce ourselves.
    SqlQuery bump(m_db, u"PRAGMA user_version = %1"_s.arg(version));
    if (Status s = bump.exec(what); !s)
        return s;
    SqlQuery appId(m_db, u"PRAGMA application_id = %1"_s.arg(Catalogue::applicationId));
    if (Status s = appId.exec(what); !s)
        return s;
    SqlQuery foreignKeys(m_db, u"PRAGMA foreign_key_check"_s);
    if (Status s = foreignKeys.exec(what); !s)
        return s;
    if (foreignKeys.next())
        return Error{Error::Kind::Storage, what,
                     tr("a row of %1 refers to a missing row of %2")
                         .arg(foreignKeys.text(0), foreignKeys.text(2))};
    foreignKeys.finish();
    return transaction->commit();
}

} // namespace entente

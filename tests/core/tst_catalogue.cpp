#include "storage/catalogue.h"
#include "storage/catalogueconnection.h"
#include "storage/meetingrepository.h"
#include "storage/migrator.h"
#include "testcatalogue.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace entente;

namespace {

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(bytes);
}

// Runs plain SQL on a file with a private connection, as another program would.
bool runSql(const QString &path, const QStringList &statements)
{
    const QString name = u"raw-"_s + QString::number(quintptr(&path));
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        ok = db.open();
        for (const QString &sql : statements) {
            QSqlQuery q(db);
            ok = ok && q.exec(sql);
        }
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

} // namespace

class TestCatalogue : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void createsAFreshCatalogueWithTheLatestSchema();
    void connectionSettingsAreApplied();
    void migratesAnOlderCatalogueAndKeepsABackup();
    void splitsMigrationScriptsIntoStatements();
    void refusesAMissingFileUnlessAskedToCreate();
    void refusesFilesThatAreNotCatalogues_data();
    void refusesFilesThatAreNotCatalogues();
    void refusesACatalogueFromANewerVersion();
    void reportsACorruptCatalogueWithoutDamagingIt();
    void reportsALockedCatalogue();
    void readOnlyModeRefusesWrites();
    void integrityCheckFindsNothingOnAGoodCatalogue();
    void closingFoldsTheWriteAheadLogIntoTheFile();
    void savesAConsistentCopy();
    void aCopyReplacesAnOlderOneOnlyWhenComplete();
    void refusesOutputsThatAreTheCataloguesFiles();
};

void TestCatalogue::createsAFreshCatalogueWithTheLatestSchema()
{
    test::TestCatalogue catalogue;
    QVERIFY(catalogue);
    QCOMPARE(catalogue->schemaVersion(), Migrator::latestVersion());
    QVERIFY(Migrator::latestVersion() >= 2);
    QCOMPARE(test::rowCount(catalogue.path(), u"meetings"_s), 0);
    QVERIFY(test::rowCount(catalogue.path(), u"countries"_s) > 249);
    QVERIFY(test::rowCount(catalogue.path(), u"saved_searches"_s) == 0);
}

void TestCatalogue::connectionSettingsAreApplied()
{
    test::TestCatalogue catalogue;
    QSqlQuery q(CatalogueConnection::of(*catalogue));
    const auto pragma = [&](const QString &name) {
        q.exec(u"PRAGMA "_s + name);
        return q.next() ? q.value(0).toString() : QString();
    };
    QCOMPARE(pragma(u"foreign_keys"_s), u"1"_s);
    QCOMPARE(pragma(u"journal_mode"_s), u"wal"_s);
    QCOMPARE(pragma(u"synchronous"_s), u"2"_s); // FULL
    QCOMPARE(pragma(u"trusted_schema"_s), u"0"_s);
    QCOMPARE(pragma(u"application_id"_s).toUInt(), Catalogue::applicationId);
}

void TestCatalogue::migratesAnOlderCatalogueAndKeepsABackup()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"old.entente"_s);
    // Build a version-1 catalogue with the real first migration only, and put a meeting in it.
    {
        const QString name = u"v1"_s;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QVERIFY(Migrator(db, path).migrate(false, 1).ok());
        }
        QSqlDatabase::removeDatabase(name);
    }
    QVERIFY(runSql(path, {u"INSERT INTO persons (name_latin, created_at, updated_at) "
                          "VALUES ('Sergey Lavrov', '2009', '2009')"_s}));
    // Even a read-only open upgrades an older catalogue first (it must, to read it), keeping
    // a backup of the old file.
    auto opened = Catalogue::open(path, {Catalogue::Mode::ReadOnly, false, 100});
    QVERIFY2(opened, opened ? "" : qPrintable(opened.error().message));
    QVERIFY((*opened)->isReadOnly());
    QCOMPARE((*opened)->schemaVersion(), Migrator::latestVersion());
    opened->reset();
    QCOMPARE(test::rowCount(path, u"persons"_s), 1);
    QCOMPARE(test::rowCount(path, u"saved_searches"_s), 0);
    // The backup is the version-1 file, whole: the person is there, the new table is not.
    const QString backup = path + u".v1.backup"_s;
    QVERIFY(QFile::exists(backup));
    QCOMPARE(test::rowCount(backup, u"persons"_s), 1);
    QCOMPARE(test::rowCount(backup, u"saved_searches"_s), -1);
}

void TestCatalogue::splitsMigrationScriptsIntoStatements()
{
    const QStringList statements = Migrator::splitStatements(
        u"-- comment;\nCREATE TABLE a (x TEXT DEFAULT ';');\n\nINSERT INTO a VALUES\n  ('1'),\n  ('2');\n"_s);
    QCOMPARE(statements.size(), 2);
    QCOMPARE(statements.at(0), u"CREATE TABLE a (x TEXT DEFAULT ';')"_s);
    QVERIFY(statements.at(1).startsWith(u"INSERT INTO a VALUES"_s));
    QVERIFY(statements.at(1).endsWith(u"('2')"_s));
}

void TestCatalogue::refusesAMissingFileUnlessAskedToCreate()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"missing.entente"_s);
    auto refused = Catalogue::open(path);
    QVERIFY(!refused);
    QCOMPARE(refused.error().kind, Error::Kind::CatalogueUnusable);
    QVERIFY(refused.error().message.contains(u"No such catalogue"_s));
    QVERIFY(!QFile::exists(path));

    auto inMissingFolder = Catalogue::open(dir.filePath(u"no/such/folder.entente"_s),
                                           {Catalogue::Mode::ReadWrite, true, 100});
    QVERIFY(!inMissingFolder);
    QVERIFY(inMissingFolder.error().message.contains(u"does not exist"_s));
}

void TestCatalogue::refusesFilesThatAreNotCatalogues_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QStringList>("sql");
    QTest::addColumn<QString>("expected");

    QTest::newRow("text file") << QByteArray("meeting,date\nLavrov,2009-11-25\n") << QStringList()
                               << u"not an SQLite database"_s;
    QTest::newRow("binary garbage")
        << QByteArray(4096, '\x7f') << QStringList() << u"not an SQLite database"_s;
    QTest::newRow("empty file") << QByteArray() << QStringList() << u"empty file"_s;
    QTest::newRow("database of another program")
        << QByteArray() << QStringList{u"CREATE TABLE notes (body TEXT)"_s}
        << u"not an Entente catalogue"_s;
    QTest::newRow("database with a foreign application id")
        << QByteArray() << QStringList{u"PRAGMA application_id = 1234"_s, u"CREATE TABLE t (x)"_s}
        << u"another program"_s;
}

void TestCatalogue::refusesFilesThatAreNotCatalogues()
{
    QFETCH(QByteArray, content);
    QFETCH(QStringList, sql);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"file.entente"_s);
    writeFile(path, content);
    if (!sql.isEmpty())
        QVERIFY(runSql(path, sql));
    const QByteArray before = fileBytes(path);

    auto refused = Catalogue::open(path);
    QVERIFY(!refused);
    QCOMPARE(refused.error().kind, Error::Kind::CatalogueUnusable);
    QVERIFY2(refused.error().message.contains(expected), qPrintable(refused.error().message));
    QVERIFY2(refused.error().message.contains(path), "the message names the file");
    QCOMPARE(fileBytes(path), before);
    QVERIFY(!QFile::exists(path + u"-wal"_s));
}

void TestCatalogue::refusesACatalogueFromANewerVersion()
{
    test::TestCatalogue catalogue;
    catalogue.close();
    QVERIFY(runSql(catalogue.path(), {u"PRAGMA user_version = 999"_s}));
    const QByteArray before = fileBytes(catalogue.path());
    auto refused = Catalogue::open(catalogue.path());
    QVERIFY(!refused);
    QCOMPARE(refused.error().kind, Error::Kind::CatalogueUnusable);
    QVERIFY(refused.error().message.contains(u"newer version"_s));
    QCOMPARE(fileBytes(catalogue.path()), before);
}

void TestCatalogue::reportsACorruptCatalogueWithoutDamagingIt()
{
    test::TestCatalogue catalogue;
    catalogue.addSample();
    catalogue.close();
    // Overwrite the schema (the rest of page 1) with garbage, keeping the 100-byte header.
    QByteArray bytes = fileBytes(catalogue.path());
    QVERIFY(bytes.size() > 8192);
    for (int i = 100; i < 4096; ++i)
        bytes[i] = char(0xA5 ^ i);
    writeFile(catalogue.path(), bytes);

    auto refused = Catalogue::open(catalogue.path());
    QVERIFY(!refused);
    QCOMPARE(refused.error().kind, Error::Kind::CatalogueUnusable);
    QVERIFY2(refused.error().message.contains(u"damaged"_s), qPrintable(refused.error().message));
    QCOMPARE(fileBytes(catalogue.path()), bytes);
}

void TestCatalogue::reportsALockedCatalogue()
{
    test::TestCatalogue catalogue;
    catalogue.close();
    // Another program holds an exclusive lock on the file for as long as this block runs.
    const QString name = u"locker"_s;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(catalogue.path());
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(u"PRAGMA locking_mode = EXCLUSIVE"_s));
        QVERIFY(q.exec(u"BEGIN EXCLUSIVE"_s));
        QVERIFY(q.exec(u"UPDATE vocabulary SET label = label"_s));

        auto refused = Catalogue::open(catalogue.path(), {Catalogue::Mode::ReadWrite, false, 50});
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind, Error::Kind::CatalogueUnusable);
        QVERIFY2(refused.error().message.contains(u"locked"_s),
                 qPrintable(refused.error().message));
        QVERIFY(q.exec(u"ROLLBACK"_s));
    }
    QSqlDatabase::removeDatabase(name);
    QVERIFY(catalogue.reopen());
}

void TestCatalogue::readOnlyModeRefusesWrites()
{
    test::TestCatalogue catalogue;
    catalogue.close();
    auto opened = Catalogue::open(catalogue.path(), {Catalogue::Mode::ReadOnly, false, 100});
    QVERIFY2(opened, opened ? "" : qPrintable(opened.error().message));
    auto written = MeetingRepository(**opened).remove(1);
    QVERIFY(!written);
    QCOMPARE(written.error().kind, Error::Kind::ReadOnly);
    QVERIFY(written.error().message.contains(u"read-only"_s));
}

void TestCatalogue::integrityCheckFindsNothingOnAGoodCatalogue()
{
    test::TestCatalogue catalogue;
    catalogue.addSample();
    auto problems = catalogue->integrityProblems();
    QVERIFY(problems);
    QCOMPARE(*problems, QStringList());
}

void TestCatalogue::closingFoldsTheWriteAheadLogIntoTheFile()
{
    test::TestCatalogue catalogue;
    catalogue.addSample();
    catalogue.close();
    QVERIFY(!QFile::exists(catalogue.path() + u"-wal"_s) ||
            QFileInfo(catalogue.path() + u"-wal"_s).size() == 0);
    QCOMPARE(test::rowCount(catalogue.path(), u"meetings"_s), 2);
}

void TestCatalogue::savesAConsistentCopy()
{
    test::TestCatalogue catalogue;
    catalogue.addSample();
    const QString copy = catalogue.dir() + u"/copy.entente"_s;
    QVERIFY(catalogue->saveCopy(copy).ok());
    auto opened = Catalogue::open(copy);
    QVERIFY(opened);
    auto count = MeetingRepository(**opened).count();
    QVERIFY(count);
    QCOMPARE(*count, 2);
}

void TestCatalogue::aCopyReplacesAnOlderOneOnlyWhenComplete()
{
    test::TestCatalogue catalogue;
    catalogue.addSample();
    const QString copy = catalogue.dir() + u"/copy.entente"_s;
    writeFile(copy, "an earlier copy");
    // A copy that cannot be finished (its folder's temporary name is taken by a folder) leaves
    // the earlier file as it was.
    QVERIFY(QDir().mkpath(copy + u".part/blocker"_s));
    const Status failed = catalogue->saveCopy(copy);
    QVERIFY(!failed);
    QCOMPARE(failed.error().kind, Error::Kind::Output);
    QVERIFY2(failed.error().message.contains(u"copy.entente"_s),
             qPrintable(failed.error().message));
    QFile earlier(copy);
    QVERIFY(earlier.open(QIODevice::ReadOnly));
    QCOMPARE(earlier.readAll(), "an earlier copy"_ba);
    earlier.close();

    QVERIFY(QDir(copy + u".part"_s).removeRecursively());
    QVERIFY(catalogue->saveCopy(copy).ok());
    auto opened = Catalogue::open(copy);
    QVERIFY(opened);
    QCOMPARE(*MeetingRepository(**opened).count(), 2);
    QVERIFY(!QFileInfo::exists(copy + u".part"_s));
}

void TestCatalogue::refusesOutputsThatAreTheCataloguesFiles()
{
    test::TestCatalogue catalogue;
    const QString path = catalogue->path();
    const QString folder = QFileInfo(path).absolutePath();
    QVERIFY(QFile::link(path, folder + u"/link.entente"_s));
    writeFile(path + u".v2.backup"_s, "backup");
    for (const QString &own : QStringList{
             path, path + u"-wal"_s, path + u"-shm"_s, path + u"-journal"_s, path + u".v2.backup"_s,
             folder + u"/link.entente"_s, folder + u"/./sub/../"_s + QFileInfo(path).fileName()}) {
        const Status s = catalogue->checkOutputPath(own);
        QVERIFY2(!s, qPrintable(own));
        QCOMPARE(s.error().kind, Error::Kind::Invalid);
        QVERIFY(s.error().message.contains(u"open catalogue"_s));
        QVERIFY(!catalogue->saveCopy(own));
    }
    for (const QString &other : QStringList{folder + u"/report.pdf"_s, path + u".pdf"_s,
                                            path + u"-wal.json"_s, folder + u"/other.entente"_s})
        QVERIFY2(catalogue->checkOutputPath(other).ok(), qPrintable(other));
    QVERIFY(catalogue->integrityProblems()->isEmpty());
}

QTEST_GUILESS_MAIN(TestCatalogue)
#include "tst_catalogue.moc"

// What `entente` does when things go wrong: usage mistakes, missing, foreign, damaged and newer
// catalogue files (left untouched), unwritable output, and where the technical log goes.

#include "clirunner.h"
#include "readonlymedia.h"
#include "storage/catalogue.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QScopeGuard>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

#include <memory>
#include <unistd.h>

using namespace Qt::StringLiterals;

class TestCliErrors : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();

    void usageMistakes_data();
    void usageMistakes();
    void missingCatalogueIsNotCreated_data();
    void missingCatalogueIsNotCreated();
    void unusableFileIsLeftUntouched_data();
    void unusableFileIsLeftUntouched();
    void unreadableFile();
    void lockedCatalogue();
    void logGoesToTheLogFile();
    void unwritableOutput();
    void outputOverTheCatalogueIsRefused_data();
    void importRefusesADamagedCatalogue();
    void aFullDiskIsNamed();
    void aCatalogueOnReadOnlyMediaIsRead();
    void outputOverTheCatalogueIsRefused();

private:
    std::unique_ptr<CliRunner> m_cli;
};

void TestCliErrors::init()
{
    m_cli = std::make_unique<CliRunner>(QStringLiteral(ENTENTE_BINARY));
    QVERIFY(m_cli->isValid());
}

void TestCliErrors::usageMistakes_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("unknown command") << QStringList{u"frobnicate"_s};
    QTest::newRow("unknown global option") << QStringList{u"--bogus"_s, u"list"_s};
    QTest::newRow("unknown command option") << QStringList{u"list"_s, u"--bogus"_s};
    QTest::newRow("catalogue without a file") << QStringList{u"list"_s, u"--catalogue"_s};
    QTest::newRow("unknown format") << QStringList{u"list"_s, u"--format"_s, u"xml"_s};
    QTest::newRow("list with an argument") << QStringList{u"list"_s, u"everything"_s};
    QTest::newRow("show without id") << QStringList{u"show"_s};
    QTest::newRow("show abc") << QStringList{u"show"_s, u"abc"_s};
    QTest::newRow("show negative id") << QStringList{u"show"_s, u"-5"_s};
    QTest::newRow("help of unknown command") << QStringList{u"help"_s, u"frobnicate"_s};
    QTest::newRow("who-held without title") << QStringList{u"who-held"_s};
    QTest::newRow("who-held bad date") << QStringList{
        u"who-held"_s, u"Minister of Foreign Affairs"_s, u"--date"_s, u"2009-13-45"_s};
    QTest::newRow("who-held month only")
        << QStringList{u"who-held"_s, u"Minister of Foreign Affairs"_s, u"--date"_s, u"2009-11"_s};
    QTest::newRow("who-held unknown country") << QStringList{
        u"who-held"_s, u"Minister of Foreign Affairs"_s, u"--country"_s, u"Atlantis"_s};
}

void TestCliErrors::usageMistakes()
{
    QFETCH(QStringList, arguments);
    const CliRunner::Run r = m_cli->run(arguments);
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(r.out, QString());
    QVERIFY(!r.err.isEmpty());
    QVERIFY2(r.err.contains(u"--help"_s), qPrintable(r.err));
}

void TestCliErrors::missingCatalogueIsNotCreated_data()
{
    QTest::addColumn<QStringList>("command");
    QTest::newRow("list") << QStringList{u"list"_s};
    QTest::newRow("show") << QStringList{u"show"_s, u"1"_s};
    QTest::newRow("check") << QStringList{u"check"_s};
    QTest::newRow("who-held") << QStringList{u"who-held"_s, u"Minister of Foreign Affairs"_s};
}

void TestCliErrors::missingCatalogueIsNotCreated()
{
    QFETCH(QStringList, command);
    const QString missing = m_cli->filePath(u"nowhere.entente"_s);
    const CliRunner::Run r = m_cli->run(QStringList{u"--catalogue"_s, missing} + command);
    QCOMPARE(r.exitCode, 3);
    QCOMPARE(r.out, QString());
    QVERIFY2(r.err.contains(u"No such catalogue"_s, Qt::CaseInsensitive), qPrintable(r.err));
    QVERIFY(r.err.contains(missing));
    QCOMPARE(r.err.count(u'\n'), 1);
    QVERIFY(!QFileInfo::exists(missing));
    QVERIFY(!QFileInfo::exists(missing + u"-wal"_s));
    // Nor is the default catalogue made as a side effect.
    QVERIFY(!QFileInfo::exists(m_cli->defaultCatalogue()));
}

void TestCliErrors::unusableFileIsLeftUntouched_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("expectedMessage");
    QTest::newRow("text file") << u"text"_s << u"not an Entente catalogue"_s;
    QTest::newRow("empty file") << u"empty"_s << u"empty file"_s;
    QTest::newRow("SQLite database of another program") << u"foreign"_s << u"not an Entente"_s;
    QTest::newRow("other application id") << u"appid"_s << u"another program"_s;
    QTest::newRow("damaged schema page") << u"corrupt"_s << u"damaged"_s;
    QTest::newRow("newer schema version") << u"newer"_s << u"newer version"_s;
    QTest::newRow("folder") << u"folder"_s << u"folder"_s;
}

void TestCliErrors::unusableFileIsLeftUntouched()
{
    QFETCH(QString, kind);
    QFETCH(QString, expectedMessage);
    QString path = m_cli->filePath(u"bad.entente"_s);
    if (kind == u"text") {
        QVERIFY(
            FileBytes::write(path, "Minutes of the meeting, not a database.\n"_qba.repeated(200)));
    } else if (kind == u"empty") {
        QVERIFY(FileBytes::write(path, {}));
    } else if (kind == u"foreign") {
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"foreign"_s);
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(u"CREATE TABLE recipes (id INTEGER PRIMARY KEY, name TEXT)"_s));
            QVERIFY(q.exec(u"INSERT INTO recipes (name) VALUES ('borscht')"_s));
            db.close();
        }
        QSqlDatabase::removeDatabase(u"foreign"_s);
    } else if (kind == u"appid") {
        path = m_cli->copyOfDefaultCatalogue(u"appid.entente"_s);
        QVERIFY(FileBytes::patch(path, 68, FileBytes::bigEndian(0x12345678)));
    } else if (kind == u"corrupt") {
        path = m_cli->copyOfDefaultCatalogue(u"corrupt.entente"_s);
        QVERIFY(FileBytes::patch(path, 100, QByteArray(4096 - 100, '\x5a')));
    } else if (kind == u"newer") {
        path = m_cli->copyOfDefaultCatalogue(u"newer.entente"_s);
        QVERIFY(FileBytes::patch(
            path, 60,
            FileBytes::bigEndian(quint32(entente::Catalogue::latestSchemaVersion() + 1))));
    } else if (kind == u"folder") {
        QVERIFY(QDir().mkpath(path));
    }
    QVERIFY(!path.isEmpty());
    const QByteArray before = FileBytes::read(path);
    const QDateTime modified = QFileInfo(path).lastModified();

    // Commands that read, and those that would create a missing catalogue: only a path that
    // does not exist is created.
    const QString csv = m_cli->filePath(u"one.csv"_s);
    QVERIFY(FileBytes::write(csv, "title,date\nTalks,2021-03-03\n"));
    const QList<QStringList> commands{
        {u"list"_s}, {u"check"_s}, {u"import"_s, csv}, {u"generate"_s, u"--meetings"_s, u"1"_s}};
    for (const QStringList &command : commands) {
        const CliRunner::Run r = m_cli->run(QStringList{u"--catalogue"_s, path} + command);
        QCOMPARE(r.exitCode, 3);
        QCOMPARE(r.out, QString());
        QVERIFY2(r.err.contains(expectedMessage, Qt::CaseInsensitive), qPrintable(r.err));
        QCOMPARE(r.err.count(u'\n'), 1); // one line, no log noise
        QCOMPARE(FileBytes::read(path), before);
        QCOMPARE(QFileInfo(path).lastModified(), modified);
        QCOMPARE(QFileInfo(path + u"-wal"_s).size(), 0);
        QVERIFY(!QFileInfo::exists(path + u"-journal"_s));
    }
}

void TestCliErrors::unreadableFile()
{
    if (::geteuid() == 0)
        QSKIP("root reads every file");
    const QString path = m_cli->copyOfDefaultCatalogue(u"locked-away.entente"_s);
    QVERIFY(QFile::setPermissions(path, QFileDevice::WriteOwner));
    const CliRunner::Run r = m_cli->run({u"--catalogue"_s, path, u"list"_s});
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QCOMPARE(r.exitCode, 3);
    QCOMPARE(r.err.count(u'\n'), 1);
}

void TestCliErrors::lockedCatalogue()
{
    const QString path = m_cli->copyOfDefaultCatalogue(u"locked.entente"_s);
    const QString connection = u"locker"_s;
    {
        // Another program in the middle of a write, holding the file exclusively.
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connection);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(u"PRAGMA locking_mode = EXCLUSIVE"_s));
        QVERIFY(q.exec(u"BEGIN EXCLUSIVE"_s));
        QVERIFY(q.exec(u"CREATE TABLE other_programs_work (x)"_s));

        const CliRunner::Run r = m_cli->run({u"--catalogue"_s, path, u"list"_s});
        QCOMPARE(r.exitCode, 3);
        QCOMPARE(r.out, QString());
        QVERIFY2(r.err.contains(u"locked"_s), qPrintable(r.err));
        QCOMPARE(r.err.count(u'\n'), 1);
        QVERIFY(q.exec(u"ROLLBACK"_s));
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
}

void TestCliErrors::logGoesToTheLogFile()
{
    const QString damaged = m_cli->copyOfDefaultCatalogue(u"damaged.entente"_s);
    QVERIFY(FileBytes::patch(damaged, 100, QByteArray(4096 - 100, '\x5a')));
    const QString log = m_cli->logFile();
    QFile::remove(log);

    const CliRunner::Run quiet = m_cli->run({u"--catalogue"_s, damaged, u"list"_s});
    QCOMPARE(quiet.exitCode, 3);
    for (const QString &noise : {u"QSqlDatabase"_s, u"entente.storage"_s, u"entente.cli"_s,
                                 u"QSQLITE"_s, u"sqlite_schema"_s, u"warning"_s})
        QVERIFY2(!quiet.err.contains(noise), qPrintable(quiet.err));
    QVERIFY2(FileBytes::read(log).contains("entente.storage"), FileBytes::read(log).constData());

    const CliRunner::Run verbose =
        m_cli->run({u"--verbose"_s, u"--catalogue"_s, damaged, u"list"_s});
    QCOMPARE(verbose.exitCode, 3);
    QVERIFY2(verbose.err.contains(u"entente.storage"_s), qPrintable(verbose.err));

    // The same after the command.
    const CliRunner::Run late = m_cli->run({u"list"_s, u"--catalogue"_s, damaged, u"--verbose"_s});
    QVERIFY2(late.err.contains(u"entente.storage"_s), qPrintable(late.err));

    // A healthy run says nothing at all on standard error.
    QCOMPARE(m_cli->run({u"list"_s}).err, QString());
}

void TestCliErrors::unwritableOutput()
{
    if (!QFileInfo::exists(u"/dev/full"_s))
        QSKIP("needs /dev/full");
    const CliRunner::Run r = m_cli->run({u"list"_s, u"--format"_s, u"json"_s}, u"/dev/full"_s);
    QCOMPARE(r.exitCode, 4);
    QVERIFY2(r.err.contains(u"cannot write the output"_s), qPrintable(r.err));
}

void TestCliErrors::outputOverTheCatalogueIsRefused_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("output"); // relative to the home folder
    for (const QString &command : {u"report"_s, u"export"_s, u"dossier"_s}) {
        const QByteArray c = command.toUtf8();
        QTest::newRow(QByteArray(c + " over the catalogue").constData())
            << command << u"b.entente"_s;
        QTest::newRow(QByteArray(c + " through ./ and ..").constData())
            << command << u"./sub/../b.entente"_s;
        QTest::newRow(QByteArray(c + " over its write-ahead log").constData())
            << command << u"b.entente-wal"_s;
        QTest::newRow(QByteArray(c + " over its shared memory").constData())
            << command << u"b.entente-shm"_s;
        QTest::newRow(QByteArray(c + " over its upgrade backup").constData())
            << command << u"b.entente.v3.backup"_s;
        QTest::newRow(QByteArray(c + " through a symbolic link").constData())
            << command << u"symlink"_s;
        QTest::newRow(QByteArray(c + " through a hard link").constData())
            << command << u"hardlink"_s;
    }
}

void TestCliErrors::outputOverTheCatalogueIsRefused()
{
    QFETCH(QString, command);
    QFETCH(QString, output);
    const QString catalogue = m_cli->copyOfDefaultCatalogue(u"b.entente"_s);
    QVERIFY(QDir().mkpath(m_cli->filePath(u"sub"_s)));
    const QString backup = catalogue + u".v3.backup"_s;
    QVERIFY(QFile::copy(catalogue, backup));
    QVERIFY(QFile::link(catalogue, m_cli->filePath(u"symlink"_s)));
    QCOMPARE(::link(QFile::encodeName(catalogue).constData(),
                    QFile::encodeName(m_cli->filePath(u"hardlink"_s)).constData()),
             0);
    const QByteArray before = FileBytes::read(catalogue);

    QDir::setCurrent(m_cli->filePath({}));
    QStringList arguments{u"--catalogue"_s, catalogue, command, u"-o"_s, output};
    arguments.append(command == u"dossier" ? u"1"_s : u"date:2009"_s);
    if (command == u"export")
        arguments.append({u"--format"_s, u"json"_s});
    const CliRunner::Run r = m_cli->run(arguments);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(u"is the open catalogue"_s), qPrintable(r.err));
    QCOMPARE(FileBytes::read(catalogue), before);
    QCOMPARE(FileBytes::read(backup), before);
    QCOMPARE(QFileInfo(catalogue + u"-wal"_s).size(), 0);
    // The same command with another file still writes it.
    arguments[4] = m_cli->filePath(u"out.file"_s);
    QCOMPARE(m_cli->run(arguments).exitCode, 0);
    QVERIFY(QFileInfo(m_cli->filePath(u"out.file"_s)).size() > 0);
    QCOMPARE(FileBytes::read(catalogue), before);
}

void TestCliErrors::importRefusesADamagedCatalogue()
{
    const QString csv = m_cli->filePath(u"one.csv"_s);
    QVERIFY(FileBytes::write(csv, "title,date,parties\nTalks,2021-03-03,RUS; ARM\n"));
    const QString healthy = m_cli->copyOfDefaultCatalogue(u"healthy.entente"_s);
    const qint64 pages = QFileInfo(healthy).size() / 4096;
    QVERIFY(pages > 4);
    int damaged = 0;
    // Each copy has one page past the schema overwritten, as a failing disk leaves it.
    for (qint64 page = 2; page < pages; ++page) {
        const QString path = m_cli->filePath(u"damaged-%1.entente"_s.arg(page));
        QVERIFY(QFile::copy(healthy, path));
        QVERIFY(FileBytes::patch(path, page * 4096 + 8, QByteArray(4000, '\x5a')));
        const CliRunner::Run check = m_cli->run({u"--catalogue"_s, path, u"check"_s});
        if (check.exitCode != 3)
            continue; // a page nothing reads (free, or overflow no check follows)
        ++damaged;
        // The count it gives is the number of problems it lists.
        if (!check.out.isEmpty()) {
            const qsizetype listed = check.out.count(u'\n');
            QVERIFY2(check.err.contains(u"damaged: %1 problem"_s.arg(listed)),
                     qPrintable(check.out + check.err));
        }
        const QByteArray before = FileBytes::read(path);
        const CliRunner::Run r = m_cli->run({u"--catalogue"_s, path, u"import"_s, csv});
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains(u"damaged"_s), qPrintable(r.err));
        QCOMPARE(FileBytes::read(path), before);
        QCOMPARE(QFileInfo(path + u"-wal"_s).size(), 0);
    }
    QVERIFY2(damaged >= 3, qPrintable(QString::number(damaged)));
    // The healthy copy takes the same file.
    QCOMPARE(m_cli->run({u"--catalogue"_s, healthy, u"import"_s, csv}).exitCode, 0);
}

void TestCliErrors::aFullDiskIsNamed()
{
    // A real full disk: a tmpfs of 64 KiB. Mounting needs root (as CI runs) and a kernel that
    // lets this process mount.
    const QString disk = m_cli->filePath(u"small-disk"_s);
    QVERIFY(QDir().mkpath(disk));
    QProcess mount;
    mount.start(u"mount"_s, {u"-t"_s, u"tmpfs"_s, u"-o"_s, u"size=64k"_s, u"tmpfs"_s, disk});
    if (!mount.waitForFinished() || mount.exitStatus() != QProcess::NormalExit ||
        mount.exitCode() != 0)
        QSKIP("cannot mount a small tmpfs here (needs root and mount rights)");
    const auto unmount = qScopeGuard([&] { QProcess::execute(u"umount"_s, {disk}); });

    const QString catalogue = m_cli->filePath(u"full.entente"_s);
    // Enough meetings that neither file fits in 64 KiB.
    QCOMPARE(m_cli
                 ->run({u"--catalogue"_s, catalogue, u"generate"_s, u"--meetings"_s, u"300"_s,
                        u"--seed"_s, u"3"_s})
                 .exitCode,
             0);
    for (const QString &command : {u"export"_s, u"report"_s}) {
        const QString output =
            disk + (command == u"export" ? u"/meetings.json"_s : u"/report.pdf"_s);
        const CliRunner::Run r =
            m_cli->run({u"--catalogue"_s, catalogue, command, u"-o"_s, output});
        QCOMPARE(r.exitCode, 4);
        QVERIFY2(r.err.contains(u"the disk is full"_s), qPrintable(r.err));
        QVERIFY(!r.err.contains(u"Unknown error"_s));
        QVERIFY(!QFileInfo::exists(output)); // no half-written file left
    }
}

void TestCliErrors::aCatalogueOnReadOnlyMediaIsRead()
{
    const QString catalogue = m_cli->copyOfDefaultCatalogue(u"stick.entente"_s);
    const QString pending = m_cli->filePath(u"pending.entente"_s);
    QVERIFY(QFile::copy(catalogue, pending));
    QVERIFY(FileBytes::write(pending + u"-wal"_s, QByteArray(4096, 'w')));
    entente::test::ReadOnlyMedia media(m_cli->filePath(u"stick"_s),
                                       {catalogue, pending, pending + u"-wal"_s});
    if (!media.isReady())
        QSKIP("cannot mount read-only media here (needs root and mount rights)");
    const QString onMedia = media.pathOf(catalogue);
    QVERIFY(!QFileInfo::exists(onMedia + u"-wal"_s));

    // Read commands read it as it is.
    const CliRunner::Run list = m_cli->run({u"--catalogue"_s, onMedia, u"list"_s});
    QCOMPARE(list.exitCode, 0);
    QVERIFY2(list.out.contains(u"Joint meeting of the collegiums"_s), qPrintable(list.err));
    const CliRunner::Run found =
        m_cli->run({u"--catalogue"_s, onMedia, u"search"_s, u"minister:Лавров"_s});
    QCOMPARE(found.exitCode, 0);
    QCOMPARE(m_cli->run({u"--catalogue"_s, onMedia, u"check"_s}).exitCode, 0);
    const QString exported = m_cli->filePath(u"from-stick.json"_s);
    QCOMPARE(m_cli->run({u"--catalogue"_s, onMedia, u"export"_s, u"-o"_s, exported}).exitCode, 0);
    QVERIFY(QFileInfo(exported).size() > 0);
    // Writing is refused with the reason.
    const QString csv = m_cli->filePath(u"one.csv"_s);
    QVERIFY(FileBytes::write(csv, "title,date\nTalks,2021-03-03\n"));
    const CliRunner::Run import = m_cli->run({u"--catalogue"_s, onMedia, u"import"_s, csv});
    QCOMPARE(import.exitCode, 3);
    QVERIFY2(import.err.contains(u"read-only"_s), qPrintable(import.err));

    // Changes waiting in a write-ahead log cannot be folded in on the media: said, exit 3.
    const CliRunner::Run waiting = m_cli->run({u"--catalogue"_s, media.pathOf(pending), u"list"_s});
    QCOMPARE(waiting.exitCode, 3);
    QVERIFY2(waiting.err.contains(u"read-only media"_s) &&
                 waiting.err.contains(u"pending.entente-wal"_s),
             qPrintable(waiting.err));
}

QTEST_GUILESS_MAIN(TestCliErrors)
#include "tst_clierrors.moc"

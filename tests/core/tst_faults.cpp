// Faults under SQLite: a write that fails, a full disk, an fsync that fails, injected at the Nth
// call (FaultyVfs) into an import, an edit, a schema upgrade, a backup and Save a Copy. After
// each, with the disk well again, the catalogue opens, passes its integrity check, and holds
// either everything it held before or everything the operation wrote: never something between.
// A copy that failed leaves no file, or the earlier one, behind.

#include "faultyvfs.h"
#include "import/importfile.h"
#include "import/meetingimporter.h"
#include "io/meetingexporter.h"
#include "meetingfixture.h"
#include "reports/meetingselection.h"
#include "storage/cataloguebackups.h"
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

#include <functional>

using namespace Qt::StringLiterals;
using namespace entente;
using test::FaultyVfs;

Q_DECLARE_METATYPE(FaultyVfs::Fault)

class TestFaults : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void importIsAllOrNothing_data() { faults(); }
    void importIsAllOrNothing();
    void editIsAllOrNothing_data() { faults(); }
    void editIsAllOrNothing();
    void upgradeIsAllOrNothing_data() { faults(); }
    void upgradeIsAllOrNothing();
    void backupIsWholeOrAbsent_data() { faults(); }
    void backupIsWholeOrAbsent();
    void saveACopyKeepsTheEarlierCopy_data() { faults(); }
    void saveACopyKeepsTheEarlierCopy();

private:
    static void faults();
    // The calls of `fault`'s kind `run` makes on a healthy disk, then `run` again with the fault
    // at points spread over them (the first, the second, a quarter, a half, three quarters, the
    // last); `check` after each, the disk well again. Every point must really fail.
    // `reported`: every failure must come back as an error (not so for opening a catalogue,
    // whose refresh of sort keys is allowed to fail: the catalogue opens with its old order).
    static void atEveryPoint(FaultyVfs::Fault fault, const std::function<void()> &prepare,
                             const std::function<Status()> &run,
                             const std::function<void(bool failed)> &check, bool reported = true);
    static qint64 rows(const QString &path, const QString &table)
    {
        return test::rowCount(path, table);
    }

    QTemporaryDir m_dir;
    QString m_file; // a JSON export of 40 meetings with their people
};

void TestFaults::faults()
{
    QTest::addColumn<FaultyVfs::Fault>("fault");
    QTest::newRow("a write fails") << FaultyVfs::Fault::WriteError;
    QTest::newRow("the disk is full") << FaultyVfs::Fault::DiskFull;
    QTest::newRow("an fsync fails") << FaultyVfs::Fault::SyncError;
}

void TestFaults::initTestCase()
{
    QVERIFY(FaultyVfs::install()); // before any connection: they pick their VFS when opened
    test::TestCatalogue source;
    test::MeetingFixture::build(*source, 40);
    m_file = m_dir.filePath(u"meetings.json"_s);
    MeetingExporter::Options options;
    options.format = MeetingExporter::Format::Json;
    auto selection = MeetingSelection::fromQuery(*source, QString());
    QVERIFY(selection);
    QVERIFY(MeetingExporter(*source, options).write(*selection, m_file));
}

void TestFaults::atEveryPoint(FaultyVfs::Fault fault, const std::function<void()> &prepare,
                              const std::function<Status()> &run,
                              const std::function<void(bool failed)> &check, bool reported)
{
    prepare();
    FaultyVfs::count(fault);
    QVERIFY(run());
    const int total = FaultyVfs::calls();
    if (total == 0 && fault == FaultyVfs::Fault::SyncError)
        QSKIP("SQLite makes no fsync here: Entente flushes the copy itself with fsync(2)");
    QVERIFY2(total > 0, "the operation must reach the disk");
    check(false);
    QList<int> points{0, 1, total / 4, total / 2, 3 * total / 4, total - 1};
    std::sort(points.begin(), points.end());
    points.erase(std::unique(points.begin(), points.end()), points.end());
    for (const int point : std::as_const(points)) {
        if (point >= total)
            continue;
        prepare();
        FaultyVfs::arm(fault, point);
        const Status status = run();
        const bool tripped = FaultyVfs::tripped();
        FaultyVfs::disarm();
        QVERIFY2(tripped, qPrintable(u"call %1 of %2 was not reached"_s.arg(point).arg(total)));
        // An fsync that fails after the data reached the log may still leave it committed; a
        // failed write never does. Either way the outcome is whole.
        if (reported && fault != FaultyVfs::Fault::SyncError)
            QVERIFY2(!status,
                     qPrintable(u"call %1 of %2 failed unnoticed"_s.arg(point).arg(total)));
        check(!status);
        if (QTest::currentTestFailed()) {
            qWarning() << "at call" << point << "of" << total;
            return;
        }
    }
}

void TestFaults::importIsAllOrNothing()
{
    QFETCH(FaultyVfs::Fault, fault);
    std::unique_ptr<test::TestCatalogue> catalogue;
    qint64 meetingsBefore = 0;
    qint64 peopleBefore = 0;
    qint64 fileMeetings = 0;
    atEveryPoint(
        fault,
        [&] {
            catalogue = std::make_unique<test::TestCatalogue>();
            catalogue->addSample();
            meetingsBefore = rows(catalogue->path(), u"meetings"_s);
            peopleBefore = rows(catalogue->path(), u"persons"_s);
        },
        [&]() -> Status {
            auto file = ImportFile::open(m_file);
            if (!file)
                return file.error();
            auto report = MeetingImporter(**catalogue, {}).run(**file);
            if (!report)
                return report.error();
            fileMeetings = report->meetingsImported;
            return {};
        },
        [&](bool) {
            catalogue->close();
            QVERIFY(catalogue->reopen());
            QVERIFY((*catalogue)->integrityProblems()->isEmpty());
            const qint64 meetings = rows(catalogue->path(), u"meetings"_s);
            const qint64 people = rows(catalogue->path(), u"persons"_s);
            if (meetings == meetingsBefore) {
                QCOMPARE(people, peopleBefore); // nothing of the import
            } else {
                QCOMPARE(meetings, meetingsBefore + fileMeetings); // all of it
                QVERIFY(people > peopleBefore);
            }
        });
}

void TestFaults::editIsAllOrNothing()
{
    QFETCH(FaultyVfs::Fault, fault);
    std::unique_ptr<test::TestCatalogue> catalogue;
    qint64 id = 0;
    Meeting before;
    atEveryPoint(
        fault,
        [&] {
            catalogue = std::make_unique<test::TestCatalogue>();
            id = catalogue->addSample().meeting;
            before = *MeetingRepository(**catalogue).get(id);
        },
        [&]() -> Status {
            Meeting edited = before;
            edited.tone = u"tense"_s;
            edited.summary = u"The ministers disagreed."_s;
            edited.topics.append({0, u"Fisheries"_s});
            return MeetingRepository(**catalogue).update(edited);
        },
        [&](bool) {
            catalogue->close();
            QVERIFY(catalogue->reopen());
            QVERIFY((*catalogue)->integrityProblems()->isEmpty());
            const Meeting after = *MeetingRepository(**catalogue).get(id);
            if (after.tone == before.tone) {
                QCOMPARE(after.summary, before.summary);
                QCOMPARE(after.topics.size(), before.topics.size());
                QCOMPARE(after.version, before.version);
            } else {
                QCOMPARE(after.tone, u"tense"_s);
                QCOMPARE(after.summary, u"The ministers disagreed."_s);
                QCOMPARE(after.topics.size(), before.topics.size() + 1);
                QCOMPARE(after.version, before.version + 1);
            }
        });
}

void TestFaults::upgradeIsAllOrNothing()
{
    QFETCH(FaultyVfs::Fault, fault);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"v6.entente"_s);
    atEveryPoint(
        fault,
        [&] {
            for (const QString &name : QDir(dir.path()).entryList(QDir::Files))
                QFile::remove(dir.filePath(name));
            {
                QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"v6"_s);
                db.setDatabaseName(path);
                QVERIFY(db.open());
                QVERIFY(Migrator(db, path).migrate(false, 6));
                QSqlQuery q(db);
                QVERIFY(q.exec(u"INSERT INTO meetings (id, title, title_folded, start_date, "
                               "start_precision, end_date, end_precision, status, created_at, "
                               "updated_at) VALUES (1, 'Talks', 'talks', '2009-11-25', 'day', "
                               "'2009-11-25', 'day', 'held', '2009-11-25T10:00:00', "
                               "'2009-11-25T10:00:00')"_s));
                QVERIFY(q.exec(u"INSERT INTO meeting_parties VALUES (1, 'RUS', 'host', 0)"_s));
                db.close();
            }
            QSqlDatabase::removeDatabase(u"v6"_s);
        },
        [&]() -> Status {
            auto opened = Catalogue::open(path);
            return opened ? Status() : Status(opened.error());
        },
        [&](bool) {
            // Opened again on a healthy disk, it is upgraded (again, or already) and whole.
            auto opened = Catalogue::open(path);
            QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().message));
            QCOMPARE((*opened)->schemaVersion(), Catalogue::latestSchemaVersion());
            QVERIFY((*opened)->integrityProblems()->isEmpty());
            const auto meeting = MeetingRepository(**opened).get(1);
            QVERIFY(meeting);
            QCOMPARE(meeting->parties.at(0).country, u"RUS"_s);
        },
        false);
}

void TestFaults::backupIsWholeOrAbsent()
{
    QFETCH(FaultyVfs::Fault, fault);
    test::TestCatalogue catalogue;
    catalogue.addSample();
    test::MeetingFixture::build(*catalogue, 20);
    const qint64 meetings = rows(catalogue.path(), u"meetings"_s);
    const CatalogueBackups backups(catalogue.path());
    const QDateTime when = QDateTime::fromString(u"2026-12-07T10:00:00Z"_s, Qt::ISODate);
    atEveryPoint(
        fault,
        [&] {
            for (const CatalogueBackups::Backup &b : backups.list())
                QFile::remove(b.path);
        },
        [&]() -> Status {
            auto made = backups.make(*catalogue, when);
            return made ? Status() : Status(made.error());
        },
        [&](bool failed) {
            const QStringList left = QDir(backups.folder()).entryList(QDir::Files);
            if (failed) {
                QVERIFY2(left.isEmpty(), qPrintable(left.join(u", "_s))); // no part, no half
            } else {
                QCOMPARE(left.size(), 1);
                auto copy = Catalogue::open(backups.list().at(0).path, {Catalogue::Mode::ReadOnly});
                QVERIFY(copy);
                QVERIFY((*copy)->integrityProblems()->isEmpty());
                QCOMPARE(rows(backups.list().at(0).path, u"meetings"_s), meetings);
            }
            QCOMPARE(rows(catalogue.path(), u"meetings"_s), meetings);
        });
}

void TestFaults::saveACopyKeepsTheEarlierCopy()
{
    QFETCH(FaultyVfs::Fault, fault);
    test::TestCatalogue catalogue;
    catalogue.addSample();
    const QString target = catalogue.dir() + u"/copy.entente"_s;
    // The earlier copy: the sample alone. The catalogue then grows.
    QVERIFY(catalogue->saveCopy(target));
    const QByteArray earlier = [&] {
        QFile f(target);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }();
    test::MeetingFixture::build(*catalogue, 20);
    const qint64 meetings = rows(catalogue.path(), u"meetings"_s);
    atEveryPoint(
        fault,
        [&] {
            QFile::remove(target);
            QFile f(target);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(earlier);
        },
        [&]() -> Status { return catalogue->saveCopy(target); },
        [&](bool failed) {
            QFile f(target);
            QVERIFY(f.open(QIODevice::ReadOnly));
            if (failed)
                QCOMPARE(f.readAll(), earlier);
            else
                QCOMPARE(rows(target, u"meetings"_s), meetings);
            QVERIFY(!QFileInfo::exists(target + u".part"_s));
        });
}

QTEST_GUILESS_MAIN(TestFaults)
#include "tst_faults.moc"

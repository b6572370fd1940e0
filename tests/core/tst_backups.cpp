// Backups of a catalogue: which ones the rotation keeps, a backup that reads back as the
// catalogue it copied, when one is due, and a restore that keeps the current file aside and
// refuses what is not a sound catalogue.

#include "cataloguedump.h"
#include "domain/backuprotation.h"
#include "storage/cataloguebackups.h"
#include "storage/meetingrepository.h"
#include "testcatalogue.h"

#include <QFile>
#include <QFileInfo>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace entente;

class TestBackups : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rotationKeepsDaysThenWeeks();
    void rotationStaysWithinTheBudget();
    void aBackupReadsBackAsTheCatalogue();
    void aBackupIsDueAfterTheIntervalAndAnEdit();
    void pruneRemovesWhatTheRotationDrops();
    void restoreKeepsTheCurrentFileAside();
    void restoreRefusesWhatIsNotASoundCatalogue();
    void backupsAreNeverAnOutput();
};

namespace {

QDateTime utc(const QString &iso)
{
    QDateTime t = QDateTime::fromString(iso, Qt::ISODate);
    t.setTimeSpec(Qt::UTC);
    return t;
}

QByteArray bytesOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Sets when a file was last written, as if it had been then.
bool touch(const QString &path, const QDateTime &time)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) &&
           file.setFileTime(time, QFileDevice::FileModificationTime);
}

} // namespace

void TestBackups::rotationKeepsDaysThenWeeks()
{
    // Two backups a day, morning and evening, from Monday 2 November to Monday 7 December 2026.
    QList<BackupRotation::Backup> backups;
    for (QDate day(2026, 11, 2); day <= QDate(2026, 12, 7); day = day.addDays(1)) {
        backups.append({QDateTime(day, QTime(9, 0), Qt::UTC), 100});
        backups.append({QDateTime(day, QTime(18, 0), Qt::UTC), 100});
    }
    QStringList kept;
    for (const qsizetype i : BackupRotation{}.keep(backups))
        kept.append(backups.at(i).made.toString(Qt::ISODate));
    kept.sort();
    // The evening of each of the last seven days (1–7 December, weeks 49 and 50), then the newest
    // of each of four weeks before: 48 (ends 29 Nov), 47, 46 and 45.
    QCOMPARE(kept, (QStringList{u"2026-11-08T18:00:00Z"_s, u"2026-11-15T18:00:00Z"_s,
                                u"2026-11-22T18:00:00Z"_s, u"2026-11-29T18:00:00Z"_s,
                                u"2026-12-01T18:00:00Z"_s, u"2026-12-02T18:00:00Z"_s,
                                u"2026-12-03T18:00:00Z"_s, u"2026-12-04T18:00:00Z"_s,
                                u"2026-12-05T18:00:00Z"_s, u"2026-12-06T18:00:00Z"_s,
                                u"2026-12-07T18:00:00Z"_s}));
}

void TestBackups::rotationStaysWithinTheBudget()
{
    QList<BackupRotation::Backup> backups;
    for (int i = 0; i < 5; ++i)
        backups.append({utc(u"2026-12-0%1T12:00:00Z"_s.arg(i + 1)), 400});
    BackupRotation rotation;
    rotation.budgetBytes = 1000;
    QList<qsizetype> kept = rotation.keep(backups);
    std::sort(kept.begin(), kept.end());
    QCOMPARE(kept, (QList<qsizetype>{3, 4})); // the two newest fit; the oldest go first
    rotation.budgetBytes = 10;
    QCOMPARE(rotation.keep(backups), QList<qsizetype>{4}); // the newest stays whatever its size
    QVERIFY(BackupRotation{}.keep({}).isEmpty());
}

void TestBackups::aBackupReadsBackAsTheCatalogue()
{
    test::TestCatalogue catalogue;
    catalogue.addSample();
    const CatalogueBackups backups(catalogue.path());
    const QDateTime now = utc(u"2026-12-07T21:45:09Z"_s);
    const auto made = backups.make(*catalogue, now);
    QVERIFY2(made, qPrintable(made ? QString() : made.error().message));
    QCOMPARE(QFileInfo(made->path).fileName(),
             QFileInfo(catalogue.path()).completeBaseName() + u"-20261207T214509Z.entente"_s);
    QCOMPARE(QFileInfo(made->path).absolutePath(), QFileInfo(backups.folder()).absoluteFilePath());
    QVERIFY(!QFileInfo::exists(made->path + u".part"_s));
    const QList<CatalogueBackups::Backup> listed = backups.list();
    QCOMPARE(listed.size(), 1);
    QCOMPARE(listed.at(0).made, now);
    QCOMPARE(listed.at(0).size, QFileInfo(made->path).size());

    auto copy = Catalogue::open(made->path, {Catalogue::Mode::ReadOnly});
    QVERIFY(copy);
    QCOMPARE(test::dumpCatalogue(**copy), test::dumpCatalogue(*catalogue));
}

void TestBackups::aBackupIsDueAfterTheIntervalAndAnEdit()
{
    test::TestCatalogue catalogue;
    const auto ids = catalogue.addSample();
    const CatalogueBackups backups(catalogue.path());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QVERIFY(backups.isDue(now, 24)); // none yet
    QVERIFY(backups.make(*catalogue, now));
    QVERIFY(!backups.isDue(now.addSecs(3600), 24));
    // A day later but nothing written since: nothing to keep.
    QVERIFY(touch(catalogue.path(), now.addSecs(-60)));
    QVERIFY(touch(catalogue.path() + u"-wal"_s, now.addSecs(-60)));
    QVERIFY(!backups.isDue(now.addSecs(25 * 3600), 24));
    // An edit after the backup.
    auto meeting = MeetingRepository(*catalogue).get(ids.meeting);
    meeting->tone = u"warm"_s;
    QVERIFY(MeetingRepository(*catalogue).update(*meeting));
    QVERIFY(touch(catalogue.path() + u"-wal"_s, now.addSecs(60)));
    QVERIFY(backups.isDue(now.addSecs(25 * 3600), 24));
}

void TestBackups::pruneRemovesWhatTheRotationDrops()
{
    test::TestCatalogue catalogue;
    const CatalogueBackups backups(catalogue.path());
    // Three backups on one day and one the day before: the newest of each day stays.
    for (const QString &time : {u"2026-12-06T10:00:00Z"_s, u"2026-12-07T08:00:00Z"_s,
                                u"2026-12-07T12:00:00Z"_s, u"2026-12-07T16:00:00Z"_s})
        QVERIFY(backups.make(*catalogue, utc(time)));
    const QStringList removed = backups.prune(BackupRotation{});
    QCOMPARE(removed.size(), 2);
    QList<QDateTime> left;
    for (const auto &b : backups.list())
        left.append(b.made);
    QCOMPARE(left,
             (QList<QDateTime>{utc(u"2026-12-07T16:00:00Z"_s), utc(u"2026-12-06T10:00:00Z"_s)}));
}

void TestBackups::restoreKeepsTheCurrentFileAside()
{
    test::TestCatalogue catalogue;
    const auto ids = catalogue.addSample();
    const QStringList before = test::dumpCatalogue(*catalogue);
    const CatalogueBackups backups(catalogue.path());
    const auto made = backups.make(*catalogue, utc(u"2026-12-07T10:00:00Z"_s));
    QVERIFY(made);
    // After the backup, the sample meeting is deleted.
    QVERIFY(MeetingRepository(*catalogue).remove(ids.meeting));
    const QStringList edited = test::dumpCatalogue(*catalogue);
    QVERIFY(edited != before);
    catalogue.close();

    const auto aside = backups.restore(made->path, utc(u"2026-12-07T11:00:00Z"_s));
    QVERIFY2(aside, qPrintable(aside ? QString() : aside.error().message));
    QCOMPARE(*aside, catalogue.path() + u".before-restore-20261207T110000Z"_s);
    QVERIFY(catalogue.reopen());
    QCOMPARE(test::dumpCatalogue(*catalogue), before);
    auto kept = Catalogue::open(*aside, {Catalogue::Mode::ReadOnly});
    QVERIFY(kept);
    QCOMPARE(test::dumpCatalogue(**kept), edited);
    QVERIFY(QFileInfo::exists(made->path)); // the backup stays a backup
}

void TestBackups::restoreRefusesWhatIsNotASoundCatalogue()
{
    test::TestCatalogue catalogue;
    catalogue.addSample();
    const CatalogueBackups backups(catalogue.path());
    const auto made = backups.make(*catalogue, utc(u"2026-12-07T10:00:00Z"_s));
    QVERIFY(made);
    catalogue.close();
    const QByteArray current = bytesOf(catalogue.path());

    // Not a database; a damaged backup (a page in the middle overwritten).
    const QString text = catalogue.dir() + u"/notes.txt"_s;
    QFile notes(text);
    QVERIFY(notes.open(QIODevice::WriteOnly));
    notes.write("minutes of the meeting\n");
    notes.close();
    const QString damaged = catalogue.dir() + u"/damaged.entente"_s;
    QVERIFY(QFile::copy(made->path, damaged));
    QFile file(damaged);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QVERIFY(file.seek(file.size() / 2 / 4096 * 4096));
    file.write(QByteArray(4096, '\x5a'));
    file.close();

    for (const QString &bad : {text, damaged}) {
        const auto refused = backups.restore(bad, utc(u"2026-12-07T11:00:00Z"_s));
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind, Error::Kind::Invalid);
        QVERIFY2(refused.error().message.contains(bad == text ? u"is not an Entente catalogue"_s
                                                              : u"the backup is damaged"_s),
                 qPrintable(refused.error().message));
        QCOMPARE(bytesOf(catalogue.path()), current); // untouched
        QVERIFY(!QFileInfo::exists(catalogue.path() + u".before-restore-20261207T110000Z"_s));
    }
}

void TestBackups::backupsAreNeverAnOutput()
{
    test::TestCatalogue catalogue;
    const CatalogueBackups backups(catalogue.path());
    const auto made = backups.make(*catalogue, utc(u"2026-12-07T10:00:00Z"_s));
    QVERIFY(made);
    QVERIFY(!catalogue->checkOutputPath(made->path));
    QVERIFY(!catalogue->checkOutputPath(backups.folder() + u"/new.entente"_s));
    QVERIFY(!catalogue->checkOutputPath(catalogue.path() + u".before-restore-20261207T110000Z"_s));
    QVERIFY(catalogue->checkOutputPath(catalogue.dir() + u"/copy.entente"_s));
    const auto elsewhere = backups.make(*catalogue, utc(u"2026-12-07T10:00:00Z"_s), made->path);
    QVERIFY(!elsewhere);
    QCOMPARE(elsewhere.error().kind, Error::Kind::Invalid);
}

QTEST_GUILESS_MAIN(TestBackups)
#include "tst_backups.moc"

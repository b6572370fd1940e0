#include "contenthash.h"
#include "generator/meetingsynth.h"
#include "generator/syntheticworld.h"
#include "sample/samplecatalogue.h"
#include "storage/bulkwriter.h"
#include "storage/catalogueconnection.h"
#include "storage/countryrepository.h"
#include "storage/meetingrepository.h"
#include "storage/personrepository.h"
#include "testcatalogue.h"

#include <QSqlQuery>
#include <QTest>

#include <functional>
#include <map>

using namespace Qt::StringLiterals;
using namespace entente;

namespace {

// What both write paths are given: people, then meetings whose members, parents and document
// links refer to what was written before (by position, resolved to ids as they are written).
struct Fixture
{
    QList<Person> people;
    QList<GeneratedMeeting> meetings; // member ids: index into people + 1
};

struct Writer
{
    std::function<Result<qint64>(const Person &)> addPerson;
    // The meeting's id and its documents' ids.
    std::function<Result<std::pair<qint64, QList<qint64>>>(const Meeting &)> addMeeting;
};

Fixture makeFixture(const Catalogue &catalogue)
{
    Fixture f;
    const auto countries = CountryRepository(catalogue).all();
    const SyntheticWorld world = SyntheticWorld::build(*countries, 5);
    QList<qint64> provisional;
    for (qsizetype i = 0; i < world.people().size(); ++i)
        provisional.append(i + 1);
    QList<qint64> topics;
    for (qint64 i = 1; i <= 200; ++i)
        topics.append(i);
    MeetingSynth synth(world, provisional, topics, 5, 160);
    f.meetings = synth.next(160);
    // Only the people the meetings name, renumbered in order of first appearance.
    std::map<qint64, qint64> renumbered;
    for (GeneratedMeeting &g : f.meetings) {
        for (Delegation &d : g.meeting.delegations) {
            for (DelegationMember &m : d.members) {
                auto [it, added] = renumbered.try_emplace(m.personId, f.people.size() + 1);
                if (added)
                    f.people.append(world.people().at(m.personId - 1));
                m.personId = it->second;
            }
        }
        // Topics by name only: both paths then make the same top-level topics.
        for (TopicRef &t : g.meeting.topics)
            t.id = 0;
    }
    // The sample, and the untidy input a person types: spaces around text, a repeated topic, no
    // place, a topic named twice in different letter case.
    Person lavrov = SampleCatalogue::lavrov();
    lavrov.nameLatin = u"  Sergey Lavrov "_s;
    f.people.append(lavrov);
    f.people.append(SampleCatalogue::martynov());
    const qint64 lavrovId = f.people.size() - 1;
    const qint64 martynovId = f.people.size();
    GeneratedMeeting sample;
    sample.meeting = SampleCatalogue::jointCollegium(lavrovId, martynovId);
    sample.meeting.title = u"  "_s + sample.meeting.title + u" "_s;
    sample.meeting.topics.append({0, u"disarmament"_s});
    sample.meeting.topics.append({0, u"Disarmament"_s});
    sample.meeting.delegations[0].members[0].position += u"  "_s;
    sample.meeting.sources.append({u" Interfax "_s, u"Talks"_s, u" https://example.org/1 "_s,
                                   PartialDate::month(2009, 11), u"  Text with spaces kept.  "_s});
    const qint64 parent = f.meetings.size();
    sample.links =
        QList<QList<std::pair<DocumentRelation, qint64>>>(sample.meeting.documents.size());
    for (OutcomeDocument &d : sample.meeting.documents)
        d.links.clear();
    f.meetings.append(sample);
    GeneratedMeeting sub;
    sub.meeting = SampleCatalogue::oneToOne(0, lavrovId, martynovId);
    sub.meeting.place.clear();
    sub.meeting.placeCountry.clear();
    sub.parentOrdinal = parent;
    f.meetings.append(sub);
    return f;
}

// Writes the fixture, resolving parents and links to the ids the writer gave.
bool writeFixture(const Fixture &f, const Writer &writer)
{
    QList<qint64> people;
    for (const Person &p : f.people) {
        auto id = writer.addPerson(p);
        if (!id) {
            qWarning().noquote() << id.error().message << id.error().detail;
            return false;
        }
        people.append(*id);
    }
    QList<qint64> meetings;
    QList<qint64> documents;
    for (GeneratedMeeting g : f.meetings) {
        Meeting &m = g.meeting;
        for (Delegation &d : m.delegations) {
            for (DelegationMember &member : d.members)
                member.personId = people.at(member.personId - 1);
        }
        if (g.parentOrdinal >= 0)
            m.parentId = meetings.at(g.parentOrdinal);
        for (qsizetype d = 0; d < g.links.size(); ++d) {
            for (const auto &[relation, ordinal] : std::as_const(g.links.at(d)))
                m.documents[d].links.append({relation, documents.at(ordinal), {}});
        }
        auto written = writer.addMeeting(m);
        if (!written) {
            qWarning().noquote() << written.error().message << written.error().detail;
            return false;
        }
        meetings.append(written->first);
        documents.append(written->second);
    }
    return true;
}

Writer repositories(const Catalogue &catalogue)
{
    return {[&catalogue](const Person &p) { return PersonRepository(catalogue).create(p); },
            [&catalogue](const Meeting &m) -> Result<std::pair<qint64, QList<qint64>>> {
                auto id = MeetingRepository(catalogue).create(m);
                if (!id)
                    return id.error();
                auto read = MeetingRepository(catalogue).get(*id);
                if (!read)
                    return read.error();
                QList<qint64> documents;
                for (const OutcomeDocument &d : read->documents)
                    documents.append(d.id);
                return std::pair{*id, documents};
            }};
}

Writer bulk(BulkWriter &writer)
{
    return {[&writer](const Person &p) { return writer.addPerson(p); },
            [&writer](const Meeting &m) -> Result<std::pair<qint64, QList<qint64>>> {
                auto id = writer.add(m);
                if (!id)
                    return id.error();
                return std::pair{*id, writer.lastDocumentIds()};
            }};
}

QStringList schema(const Catalogue &catalogue)
{
    QSqlQuery q(CatalogueConnection::of(catalogue));
    q.exec(u"SELECT type, name, tbl_name, sql FROM sqlite_schema ORDER BY name"_s);
    QStringList lines;
    while (q.next())
        lines.append(q.value(0).toString() + u'|' + q.value(1).toString() + u'|' +
                     q.value(2).toString() + u'|' + q.value(3).toString());
    return lines;
}

QString pragma(const Catalogue &catalogue, const QString &name)
{
    QSqlQuery q(CatalogueConnection::of(catalogue));
    q.exec(u"PRAGMA "_s + name);
    return q.next() ? q.value(0).toString() : QString();
}

// Every row of every table but the full-text index's own segments (which keep a trace of rows
// deleted until they are merged) and the time of writing.
QStringList contents(const QString &path)
{
    QStringList lines;
    const QString name = u"contents"_s;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        db.open();
        QSqlQuery tables(db);
        tables.exec(u"SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE "
                    "'sqlite_%' AND name NOT IN ('meeting_fts_data', 'meeting_fts_idx') ORDER BY "
                    "name"_s);
        while (tables.next()) {
            lines.append(tables.value(0).toString());
            lines.append(test::tableLines(db, tables.value(0).toString(),
                                          {u"created_at"_s, u"updated_at"_s}));
        }
    }
    QSqlDatabase::removeDatabase(name);
    return lines;
}

qint64 count(const Catalogue &catalogue, const QString &table)
{
    QSqlQuery q(CatalogueConnection::of(catalogue));
    q.exec(u"SELECT count(*) FROM "_s + table);
    return q.next() ? q.value(0).toLongLong() : -1;
}

} // namespace

class TestBulkWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void writesWhatTheRepositoriesWrite();
    void continuesACatalogueThatHoldsMeetings();
    void keepsTheTimestampsItIsGiven();
    void refusesWhatTheRepositoriesRefuse();
    void cancelledLoadWritesNothing();
    void unfinishedLoadWritesNothing();

private:
    void compareCatalogues(const Catalogue &expected, const Catalogue &actual);
};

void TestBulkWriter::compareCatalogues(const Catalogue &expected, const Catalogue &actual)
{
    // Whole records, as the program reads them.
    QCOMPARE(count(actual, u"meetings"_s), count(expected, u"meetings"_s));
    QCOMPARE(count(actual, u"persons"_s), count(expected, u"persons"_s));
    QSqlQuery ids(CatalogueConnection::of(expected));
    QVERIFY(ids.exec(u"SELECT id FROM meetings ORDER BY id"_s));
    while (ids.next()) {
        const qint64 id = ids.value(0).toLongLong();
        auto a = MeetingRepository(expected).get(id);
        auto b = MeetingRepository(actual).get(id);
        QVERIFY(a && b);
        QCOMPARE(b->parentId, a->parentId);
        QCOMPARE(b->title, a->title);
        QCOMPARE(b->start, a->start);
        QCOMPARE(b->end, a->end);
        QCOMPARE(b->place, a->place);
        QCOMPARE(b->placeCountry, a->placeCountry);
        QCOMPARE(b->format, a->format);
        QCOMPARE(b->status, a->status);
        QCOMPARE(b->parties, a->parties);
        QCOMPARE(b->delegations, a->delegations);
        for (qsizetype d = 0; d < a->delegations.size(); ++d) {
            for (qsizetype m = 0; m < a->delegations.at(d).members.size(); ++m) {
                QCOMPARE(b->delegations.at(d).members.at(m).nameLatin,
                         a->delegations.at(d).members.at(m).nameLatin);
                QCOMPARE(b->delegations.at(d).members.at(m).nameNative,
                         a->delegations.at(d).members.at(m).nameNative);
            }
        }
        QCOMPARE(b->topics.size(), a->topics.size());
        for (qsizetype t = 0; t < a->topics.size(); ++t) {
            QCOMPARE(b->topics.at(t).id, a->topics.at(t).id);
            QCOMPARE(b->topics.at(t).name, a->topics.at(t).name);
        }
        QCOMPARE(b->documents, a->documents);
        QCOMPARE(b->tone, a->tone);
        QCOMPARE(b->summary, a->summary);
        QCOMPARE(b->sources, a->sources);
        QCOMPARE(b->subEvents.size(), a->subEvents.size());
        for (qsizetype s = 0; s < a->subEvents.size(); ++s)
            QCOMPARE(b->subEvents.at(s).id, a->subEvents.at(s).id);
        QCOMPARE(b->version, a->version);
    }
    QSqlQuery people(CatalogueConnection::of(expected));
    QVERIFY(people.exec(u"SELECT id FROM persons ORDER BY id"_s));
    while (people.next()) {
        auto a = PersonRepository(expected).get(people.value(0).toLongLong());
        auto b = PersonRepository(actual).get(people.value(0).toLongLong());
        QVERIFY(a && b);
        QCOMPARE(b->nameLatin, a->nameLatin);
        QCOMPARE(b->nameNative, a->nameNative);
        QCOMPARE(b->aliases, a->aliases);
        QCOMPARE(b->country, a->country);
        QCOMPARE(b->positions, a->positions);
        QCOMPARE(b->version, a->version);
    }

    // Every row of every table, derived ones included, ids and all, but for the time of writing.
    // The full-text index's segments depend on how often it was committed, not on its content:
    // its content table and its answers are compared instead.
    QCOMPARE(schema(actual), schema(expected));
    QSqlQuery tables(CatalogueConnection::of(expected));
    QVERIFY(tables.exec(u"SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE "
                        "'sqlite_%' AND name NOT IN ('meeting_fts_data', 'meeting_fts_idx') ORDER "
                        "BY name"_s));
    const QStringList timestamps = {u"created_at"_s, u"updated_at"_s};
    while (tables.next()) {
        const QString table = tables.value(0).toString();
        const QStringList a =
            test::tableLines(CatalogueConnection::of(expected), table, timestamps);
        const QStringList b = test::tableLines(CatalogueConnection::of(actual), table, timestamps);
        QVERIFY2(a == b, qPrintable(table));
    }
    for (const QString &term : {u"disarmament"_s, u"lavrov"_s, u"minister"_s, u"сергей"_s}) {
        const QString sql =
            u"SELECT group_concat(rowid) FROM meeting_fts WHERE meeting_fts MATCH '"_s + term +
            u"'"_s;
        QSqlQuery a(CatalogueConnection::of(expected));
        QSqlQuery b(CatalogueConnection::of(actual));
        QVERIFY(a.exec(sql) && a.next() && b.exec(sql) && b.next());
        QCOMPARE(b.value(0).toString(), a.value(0).toString());
    }
    for (const QString &name : {u"journal_mode"_s, u"user_version"_s, u"application_id"_s,
                                u"synchronous"_s, u"cache_size"_s, u"foreign_keys"_s}) {
        QCOMPARE(pragma(actual, name), pragma(expected, name));
    }
    const auto problems = actual.integrityProblems();
    QVERIFY(problems && problems->isEmpty());
}

void TestBulkWriter::writesWhatTheRepositoriesWrite()
{
    test::TestCatalogue normal;
    test::TestCatalogue loaded;
    const Fixture fixture = makeFixture(*normal);
    QVERIFY(fixture.people.size() > 50);
    QVERIFY(writeFixture(fixture, repositories(*normal)));

    BulkWriter::Options options;
    options.meetingsPerTransaction = 40; // several batches
    QList<BulkWriter::Progress> progress;
    options.progress = [&](const BulkWriter::Progress &p) {
        progress.append(p);
    };
    BulkWriter writer(*loaded, options);
    QVERIFY(writer.begin().ok());
    QVERIFY(writer.rebuildsIndexes());
    QVERIFY(writeFixture(fixture, bulk(writer)));
    QVERIFY(writer.commit().ok());
    QVERIFY(progress.size() > 3);
    QCOMPARE(progress.constLast().phase, BulkWriter::Phase::Finished);
    QCOMPARE(progress.constLast().done, fixture.meetings.size());

    compareCatalogues(*normal, *loaded);
}

void TestBulkWriter::continuesACatalogueThatHoldsMeetings()
{
    test::TestCatalogue normal;
    test::TestCatalogue loaded;
    normal.addSample();
    loaded.addSample();
    const Fixture fixture = makeFixture(*normal);
    QVERIFY(writeFixture(fixture, repositories(*normal)));
    BulkWriter::Options options;
    options.meetingsPerTransaction = 64;
    BulkWriter writer(*loaded, options);
    QVERIFY(writer.begin().ok());
    QVERIFY(!writer.rebuildsIndexes()); // the catalogue holds meetings: indexes kept up to date
    QVERIFY(writeFixture(fixture, bulk(writer)));
    QVERIFY(writer.commit().ok());
    compareCatalogues(*normal, *loaded);
}

void TestBulkWriter::keepsTheTimestampsItIsGiven()
{
    test::TestCatalogue loaded;
    BulkWriter::Options options;
    options.timestamp = QDateTime(QDate(2024, 5, 6), QTime(7, 8, 9, 10), Qt::UTC);
    BulkWriter writer(*loaded, options);
    QVERIFY(writer.begin().ok());
    auto lavrov = writer.addPerson(SampleCatalogue::lavrov());
    auto martynov = writer.addPerson(SampleCatalogue::martynov());
    QVERIFY(lavrov && martynov);
    Meeting m = SampleCatalogue::jointCollegium(*lavrov, *martynov);
    auto plain = writer.add(m);
    m.createdAt = QDateTime(QDate(2010, 1, 2), QTime(3, 4, 5), Qt::UTC);
    m.updatedAt = m.createdAt.addDays(3);
    auto dated = writer.add(m);
    QVERIFY(plain && dated);
    QVERIFY(writer.commit().ok());
    auto first = MeetingRepository(*loaded).get(*plain);
    auto second = MeetingRepository(*loaded).get(*dated);
    QCOMPARE(first->createdAt, options.timestamp);
    QCOMPARE(first->updatedAt, options.timestamp);
    QCOMPARE(second->createdAt, m.createdAt);
    QCOMPARE(second->updatedAt, m.updatedAt);
    QSqlQuery q(CatalogueConnection::of(*loaded));
    QVERIFY(q.exec(u"SELECT DISTINCT created_at FROM persons"_s) && q.next());
    QCOMPARE(q.value(0).toString(), u"2024-05-06T07:08:09.010Z"_s);
}

void TestBulkWriter::refusesWhatTheRepositoriesRefuse()
{
    // The same ids in both: the repositories' catalogue holds the two ministers too.
    test::TestCatalogue normal;
    const SampleCatalogue::Ids sample = normal.addSample();
    test::TestCatalogue loaded;
    BulkWriter writer(*loaded);
    QVERIFY(writer.begin().ok());
    auto lavrov = writer.addPerson(SampleCatalogue::lavrov());
    auto martynov = writer.addPerson(SampleCatalogue::martynov());
    QVERIFY(lavrov && martynov);
    QCOMPARE(*lavrov, sample.lavrov);
    QCOMPARE(*martynov, sample.martynov);
    const Meeting good = SampleCatalogue::jointCollegium(*lavrov, *martynov);

    const QList<std::pair<QString, std::function<void(Meeting &)>>> mistakes = {
        {u"country"_s,
         [](Meeting &m) {
             m.parties[1].country = u"XXX"_s;
         }},
        {u"format"_s,
         [](Meeting &m) {
             m.format = u"picnic"_s;
         }},
        {u"person"_s,
         [](Meeting &m) {
             m.delegations[0].members[0].personId = 999;
         }},
        {u"parent"_s,
         [](Meeting &m) {
             m.parentId = 999;
         }},
        {u"kind"_s,
         [](Meeting &m) {
             m.documents[0].kind = u"poem"_s;
         }},
        {u"date"_s,
         [](Meeting &m) {
             m.start = PartialDate::day(2009, 2, 30);
         }},
    };
    for (const auto &[what, spoil] : mistakes) {
        Meeting bad = good;
        spoil(bad);
        const auto id = writer.add(bad);
        QVERIFY2(!id, qPrintable(what));
        QCOMPARE(id.error().kind, Error::Kind::Invalid);
        const auto refused = MeetingRepository(*normal).create(bad);
        QVERIFY2(!refused, qPrintable(what));
        QCOMPARE(refused.error().kind, Error::Kind::Invalid);
    }
    Person nobody;
    QVERIFY(!writer.addPerson(nobody));
    // A refused record leaves the load going.
    QVERIFY(writer.add(good));
    QVERIFY(writer.commit().ok());
    QCOMPARE(count(*loaded, u"meetings"_s), 1);
}

void TestBulkWriter::cancelledLoadWritesNothing()
{
    test::TestCatalogue loaded;
    const QStringList schemaBefore = schema(*loaded);
    const QStringList empty = [&] {
        test::TestCatalogue fresh;
        fresh.close();
        return contents(fresh.path());
    }();
    const Fixture fixture = makeFixture(*loaded);
    int asked = 0;
    BulkWriter::Options options;
    options.meetingsPerTransaction = 30; // several batches committed before the cancellation
    options.cancelled = [&asked, &fixture] {
        return ++asked > fixture.people.size() + 100;
    };
    {
        BulkWriter writer(*loaded, options);
        QVERIFY(writer.begin().ok());
        QVERIFY(!writeFixture(fixture, bulk(writer)));
        QVERIFY(writer.wasCancelled());
    }
    QCOMPARE(count(*loaded, u"meetings"_s), 0);
    QCOMPARE(count(*loaded, u"persons"_s), 0);
    QCOMPARE(count(*loaded, u"meeting_fts"_s), 0);
    QCOMPARE(schema(*loaded), schemaBefore);
    QCOMPARE(pragma(*loaded, u"journal_mode"_s), u"wal"_s);
    QCOMPARE(pragma(*loaded, u"foreign_keys"_s), u"1"_s);
    loaded.close();
    QCOMPARE(contents(loaded.path()), empty);
}

void TestBulkWriter::unfinishedLoadWritesNothing()
{
    test::TestCatalogue loaded;
    loaded.addSample();
    const qint64 meetings = count(*loaded, u"meetings"_s);
    const QStringList before = test::tableLines(CatalogueConnection::of(*loaded), u"meetings"_s);
    const Fixture fixture = makeFixture(*loaded);
    {
        BulkWriter::Options options;
        options.meetingsPerTransaction = 25;
        BulkWriter writer(*loaded, options);
        QVERIFY(writer.begin().ok());
        QVERIFY(writeFixture(fixture, bulk(writer)));
        // Gone without commit(): what the batches committed goes too.
    }
    QCOMPARE(count(*loaded, u"meetings"_s), meetings);
    QCOMPARE(test::tableLines(CatalogueConnection::of(*loaded), u"meetings"_s), before);
    QCOMPARE(count(*loaded, u"persons"_s), 2);
    const auto problems = loaded->integrityProblems();
    QVERIFY(problems && problems->isEmpty());
}

QTEST_GUILESS_MAIN(TestBulkWriter)
#include "tst_bulkwriter.moc"

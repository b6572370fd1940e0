// Upgrading a version-2 catalogue fills the search tables: who took part in which meeting (and,
// from version 5, whether it is a top-level meeting), and folded document titles (written by
// version 3's C++ step).

#include "query/searchparser.h"
#include "storage/catalogue.h"
#include "storage/catalogueconnection.h"
#include "storage/meetingsearch.h"
#include "storage/migrator.h"
#include "storage/searchsql.h"

#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace entente;

class TestSearchMigration : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void upgradeFillsTheSearchTables();
    void upgradeRebuildsTheFullTextIndexWithSearchKeys();

private:
    static QList<qint64> find(const Catalogue &catalogue, const QString &query);
};

QList<qint64> TestSearchMigration::find(const Catalogue &catalogue, const QString &query)
{
    const ParsedSearch parsed = SearchParser::parse(query);
    if (!parsed)
        return {-1};
    auto filter = SearchSql(catalogue).compile(parsed.query());
    if (!filter)
        return {-2};
    auto ids = MeetingSearch(catalogue).ids(*filter, MeetingSearch::Scope::All);
    return ids ? *ids : QList<qint64>{-3};
}

void TestSearchMigration::upgradeFillsTheSearchTables()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"old.entente"_s);
    {
        // A catalogue as version 2 left it, with one meeting written by plain SQL.
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"v2"_s);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QVERIFY(Migrator(db, path).migrate(false, 2));
        QSqlQuery q(db);
        const QStringList statements = {
            u"INSERT INTO persons (id, name_latin, name_native, created_at, updated_at) VALUES "
            "(1, 'Talbak Nazarov', 'Талбак Назаров', 'x', 'x')"_s,
            u"INSERT INTO person_name_keys (match_key, person_id) VALUES ('talbak', 1), "
            "('nazarov', 1)"_s,
            u"INSERT INTO meetings (id, title, title_folded, start_date, start_precision, "
            "end_date, end_precision, status, created_at, updated_at) VALUES (7, 'Talks', "
            "'talks', '1999-04-02', 'day', '1999-04-02', 'day', 'held', 'x', 'x')"_s,
            u"INSERT INTO meeting_parties (meeting_id, country_code, role) VALUES "
            "(7, 'TJK', 'host')"_s,
            u"INSERT INTO delegations (id, meeting_id, country_code) VALUES (3, 7, 'TJK')"_s,
            u"INSERT INTO delegation_members (delegation_id, person_id, is_head) VALUES "
            "(3, 1, 1)"_s,
            u"INSERT INTO documents (meeting_id, title, kind, action) VALUES (7, "
            "'Протокол о СОТРУДНИЧЕСТВЕ', 'protocol', 'signed')"_s,
            // A sub-event with the same person, for version 5's top_level.
            u"INSERT INTO meetings (id, parent_id, title, title_folded, start_date, "
            "start_precision, end_date, end_precision, status, created_at, updated_at) VALUES "
            "(8, 7, 'One to one', 'one to one', '1999-04-02', 'day', '1999-04-02', 'day', "
            "'held', 'x', 'x')"_s,
            u"INSERT INTO meeting_parties (meeting_id, country_code, role) VALUES "
            "(8, 'TJK', 'host')"_s,
            u"INSERT INTO delegations (id, meeting_id, country_code) VALUES (4, 8, 'TJK')"_s,
            u"INSERT INTO delegation_members (delegation_id, person_id, is_head) VALUES "
            "(4, 1, 1)"_s,
        };
        for (const QString &statement : statements)
            QVERIFY2(q.exec(statement), qPrintable(q.lastError().text()));
    }
    QSqlDatabase::removeDatabase(u"v2"_s);

    auto catalogue = Catalogue::open(path);
    QVERIFY2(catalogue, catalogue ? "" : qPrintable(catalogue.error().message));
    QCOMPARE((*catalogue)->schemaVersion(), Catalogue::latestSchemaVersion());
    QVERIFY(QFileInfo::exists(path + u".v2.backup"_s));

    QSqlQuery q(CatalogueConnection::of(*(*catalogue)));
    QVERIFY(q.exec(u"SELECT person_id, start_date, meeting_id, is_head, top_level FROM "
                   "meeting_people ORDER BY meeting_id"_s));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 1);
    QCOMPARE(q.value(1).toString(), u"1999-04-02"_s);
    QCOMPARE(q.value(2).toInt(), 7);
    QCOMPARE(q.value(3).toInt(), 1);
    QCOMPARE(q.value(4).toInt(), 1);
    QVERIFY(q.next());
    QCOMPARE(q.value(2).toInt(), 8);
    QCOMPARE(q.value(4).toInt(), 0); // the sub-event (version 5)
    QVERIFY(!q.next());
    // Version 5's heads index holds is_head after the meeting.
    QVERIFY(q.exec(u"SELECT name FROM pragma_index_info('meeting_people_by_meeting') ORDER BY "
                   "seqno"_s));
    QStringList columns;
    while (q.next())
        columns.append(q.value(0).toString());
    QCOMPARE(columns, (QStringList{u"meeting_id"_s, u"is_head"_s}));
    QVERIFY(q.exec(u"SELECT title_folded FROM documents"_s));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), u"протокол о сотрудничестве"_s);
    q.finish();

    for (const QString &text : {u"minister:Назаров"_s, u"document:сотрудничеств"_s}) {
        const ParsedSearch parsed = SearchParser::parse(text);
        QVERIFY(parsed);
        auto filter = SearchSql(**catalogue).compile(parsed.query());
        QVERIFY(filter);
        auto ids = MeetingSearch(**catalogue).ids(*filter, MeetingSearch::Scope::TopLevel);
        QVERIFY(ids);
        QCOMPARE(*ids, QList<qint64>{7});
        auto count = MeetingSearch(**catalogue).count(*filter, MeetingSearch::Scope::TopLevel);
        QVERIFY(count);
        QCOMPARE(*count, qint64(1));
    }
    const ParsedSearch everywhere = SearchParser::parse(u"minister:Назаров"_s);
    auto filter = SearchSql(**catalogue).compile(everywhere.query());
    QVERIFY(filter);
    auto all = MeetingSearch(**catalogue).ids(*filter, MeetingSearch::Scope::All);
    QVERIFY(all);
    QCOMPARE(*all, (QList<qint64>{7, 8}));
}

void TestSearchMigration::upgradeRebuildsTheFullTextIndexWithSearchKeys()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"v7.entente"_s);
    {
        // A catalogue as version 7 left it: its full-text row holds folded words only, and the
        // person's German alias was keyed before German spellings were read.
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"v7"_s);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QVERIFY(Migrator(db, path).migrate(false, 7));
        QSqlQuery q(db);
        const QStringList statements = {
            u"INSERT INTO persons (id, name_latin, name_native, created_at, updated_at) VALUES "
            "(1, 'Sergey Lavrov', 'Сергей Лавров', 'x', 'x')"_s,
            u"INSERT INTO person_aliases (person_id, alias) VALUES (1, 'Sergej Lawrow')"_s,
            u"INSERT INTO person_name_keys (match_key, person_id) VALUES ('sergei', 1), "
            "('lavrov', 1), ('lawrow', 1)"_s,
            u"INSERT INTO meetings (id, title, title_folded, start_date, start_precision, "
            "end_date, end_precision, status, summary, created_at, updated_at) VALUES (7, "
            "'Talks', 'talks', '2015-04-02', 'day', '2015-04-02', 'day', 'held', 'Переговоры "
            "Сергея Лаврова и Шойгу', 'x', 'x')"_s,
            u"INSERT INTO meeting_parties (meeting_id, country_code, role) VALUES "
            "(7, 'RUS', 'host'), (7, 'DEU', 'guest')"_s,
            u"INSERT INTO delegations (id, meeting_id, country_code) VALUES (3, 7, 'DEU')"_s,
            u"INSERT INTO delegation_members (delegation_id, person_id, position) VALUES "
            "(3, 1, 'Außenminister')"_s,
            u"INSERT INTO meeting_people (person_id, start_date, meeting_id, is_head, top_level) "
            "VALUES (1, '2015-04-02', 7, 1, 1)"_s,
            u"INSERT INTO sources (meeting_id, publisher, title, body) VALUES (7, 'Spiegel', "
            "'Lawrow in Berlin', 'Heute traf Lawrow Šojgu')"_s,
            u"INSERT INTO meeting_fts (rowid, title, summary, body) VALUES (7, 'talks', "
            "'переговоры сергея лаврова и шойгу', 'sergey lavrov сергей лавров ausenminister "
            "spiegel lawrow in berlin heute traf lawrow sojgu')"_s,
        };
        for (const QString &statement : statements)
            QVERIFY2(q.exec(statement), qPrintable(q.lastError().text()));
    }
    QSqlDatabase::removeDatabase(u"v7"_s);

    QList<std::pair<qint64, qint64>> told;
    Catalogue::Options options;
    options.progress = [&told](Catalogue::OpeningStep step, qint64 done, qint64 total) {
        if (step == Catalogue::OpeningStep::RebuildingFullText)
            told.append({done, total});
    };
    auto catalogue = Catalogue::open(path, options);
    QVERIFY2(catalogue, catalogue ? "" : qPrintable(catalogue.error().message));
    QCOMPARE((*catalogue)->schemaVersion(), Catalogue::latestSchemaVersion());
    // Told before the backup (0 of 1), then as the meetings are done.
    QCOMPARE(told, (QList<std::pair<qint64, qint64>>{{0, 1}, {1, 1}}));

    // Cyrillic finds the German source's Latin, Latin the Cyrillic summary's genitive, and the
    // Czech-style Šojgu (lost by the old folded row) the Russian Шойгу.
    const QList<qint64> talks{7};
    QCOMPARE(find(**catalogue, u"Лавров"_s), talks);
    QCOMPARE(find(**catalogue, u"Lavrov Berlin"_s), talks);
    QCOMPARE(find(**catalogue, u"Shoigu"_s), talks);
    QCOMPARE(find(**catalogue, u"=Шойгу"_s), talks);
    QCOMPARE(find(**catalogue, u"=Shoigu"_s), QList<qint64>{});
    QCOMPARE(find(**catalogue, u"minister:Lawrow"_s), talks);

    QSqlQuery q(CatalogueConnection::of(*(*catalogue)));
    QVERIFY(q.exec(u"SELECT group_concat(match_key, ' ') FROM (SELECT match_key FROM "
                   "person_name_keys WHERE person_id = 1 ORDER BY match_key)"_s));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), u"lavrov sergei"_s);
    // One full-text table, of the new shape.
    QVERIFY(q.exec(u"SELECT count(*) FROM sqlite_schema WHERE name LIKE 'meeting_fts%' AND "
                   "type = 'table' AND sql LIKE 'CREATE VIRTUAL%'"_s));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 1);
    QVERIFY(q.exec(u"SELECT title_keys FROM meeting_fts WHERE rowid = 7"_s));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), u"talks"_s);
}

QTEST_GUILESS_MAIN(TestSearchMigration)
#include "tst_searchmigration.moc"

#include "models/meetingtablemodel.h"
#include "models/roles.h"
#include "storage/bulkwriter.h"
#include "storage/catalogueconnection.h"
#include "storage/meetingrepository.h"
#include "storage/meetingsortkeys.h"
#include "storage/meetingtablequery.h"
#include "storage/migrator.h"
#include "testcatalogue.h"

#include <QAbstractItemModelTester>
#include <QCollator>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <numeric>

using namespace Qt::StringLiterals;
using namespace entente;

// The meetings table sorts titles and places the way the reader's language does (QCollator's
// order through stored sort keys): Latin and Cyrillic together, ties by id, keyset pages that
// still return every row once; keys made again when the catalogue is opened under another
// language, and filled in when an older catalogue is upgraded.
class TestLocaleSort : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup();
    void titlesSortForTheLocale_data();
    void titlesSortForTheLocale();
    void placesSortForTheLocale();
    void pagesHoldEveryRowOnceAcrossBoundaries_data();
    void pagesHoldEveryRowOnceAcrossBoundaries();
    void anotherLocaleRekeysTheCatalogue();
    void readOnlyKeepsTheStoredOrder();
    void upgradeFillsTheKeys();
    void bulkWriterWritesTheSameKeys();

private:
    static QList<qint64> write(const Catalogue &catalogue, const QStringList &titles,
                               const QStringList &places = {});
    static QStringList column(const Catalogue &catalogue, int column, Qt::SortOrder order);
    static QString info(const Catalogue &catalogue, const QString &name);
};

namespace {

const QStringList mix = {u"Ärger"_s, u"apple"_s, u"Zebra"_s, u"Ёлка"_s,
                         u"ель"_s,   u"Жук"_s,   u"ёж"_s};
const QStringList english = {u"apple"_s, u"Ärger"_s, u"Zebra"_s, u"ёж"_s,
                             u"Ёлка"_s,  u"ель"_s,   u"Жук"_s};
const QStringList russian = {u"ёж"_s,    u"Ёлка"_s,  u"ель"_s,  u"Жук"_s,
                             u"apple"_s, u"Ärger"_s, u"Zebra"_s};

QStringList reversed(QStringList list)
{
    std::reverse(list.begin(), list.end());
    return list;
}

} // namespace

void TestLocaleSort::cleanup()
{
    QLocale::setDefault(QLocale::c());
}

QList<qint64> TestLocaleSort::write(const Catalogue &catalogue, const QStringList &titles,
                                    const QStringList &places)
{
    MeetingRepository meetings(catalogue);
    QList<qint64> ids;
    for (qsizetype i = 0; i < titles.size(); ++i) {
        Meeting m;
        m.title = titles.at(i);
        m.place = places.value(i);
        m.start = PartialDate::day(2001, 1 + int(i % 12), 1 + int(i % 28));
        m.parties = {{u"RUS"_s, PartyRole::Host}, {u"BLR"_s, PartyRole::Guest}};
        auto id = meetings.create(m);
        if (!id)
            qWarning().noquote() << id.error().message << id.error().detail;
        ids.append(id ? *id : 0);
    }
    return ids;
}

QStringList TestLocaleSort::column(const Catalogue &catalogue, int column, Qt::SortOrder order)
{
    MeetingTableModel model(std::make_unique<MeetingTableQuery>(catalogue));
    model.sort(column, order);
    QStringList texts;
    for (int row = 0; row < model.rowCount(); ++row) {
        model.meetingId(row); // reads the row's page, wherever it is
        texts.append(model.index(row, column).data().toString());
    }
    return texts;
}

QString TestLocaleSort::info(const Catalogue &catalogue, const QString &name)
{
    QSqlQuery q(CatalogueConnection::of(catalogue));
    q.prepare(u"SELECT value FROM catalogue_info WHERE name = ?"_s);
    q.addBindValue(name);
    return q.exec() && q.next() ? q.value(0).toString() : u"(none)"_s;
}

void TestLocaleSort::titlesSortForTheLocale_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("English: Latin, then Cyrillic") << u"en_US"_s << english;
    QTest::newRow("Russian: Cyrillic, then Latin") << u"ru_RU"_s << russian;
}

void TestLocaleSort::titlesSortForTheLocale()
{
    QFETCH(QString, locale);
    QFETCH(QStringList, expected);
    QLocale::setDefault(QLocale(locale));
    test::TestCatalogue catalogue;
    QVERIFY(catalogue);
    QVERIFY(!write(*catalogue, mix).contains(0));
    QCOMPARE(column(*catalogue, MeetingColumn::Title, Qt::AscendingOrder), expected);
    QCOMPARE(column(*catalogue, MeetingColumn::Title, Qt::DescendingOrder), reversed(expected));
    QCOMPARE(info(*catalogue, u"sort_locale"_s), QLocale(locale).bcp47Name());
}

void TestLocaleSort::placesSortForTheLocale()
{
    QLocale::setDefault(QLocale(u"ru_RU"_s));
    test::TestCatalogue catalogue;
    const QStringList places = {u"Minsk"_s, u"Москва"_s, u"Ашхабад"_s, QString(), u"Astana"_s};
    QVERIFY(!write(*catalogue, QStringList(places.size(), u"Talks"_s), places).contains(0));
    QCOMPARE(column(*catalogue, MeetingColumn::Place, Qt::AscendingOrder),
             (QStringList{QString(), u"Ашхабад"_s, u"Москва"_s, u"Astana"_s, u"Minsk"_s}));
}

void TestLocaleSort::pagesHoldEveryRowOnceAcrossBoundaries_data()
{
    QTest::addColumn<Qt::SortOrder>("order");
    QTest::newRow("ascending") << Qt::AscendingOrder;
    QTest::newRow("descending") << Qt::DescendingOrder;
}

void TestLocaleSort::pagesHoldEveryRowOnceAcrossBoundaries()
{
    QFETCH(Qt::SortOrder, order);
    QLocale::setDefault(QLocale(u"en_US"_s));
    test::TestCatalogue catalogue;
    QSqlQuery(CatalogueConnection::of(*catalogue))
        .exec(u"PRAGMA synchronous = OFF"_s); // test speed only
    // Three pages of titles that repeat (ties broken by id across page ends), differ only in
    // case (equal keys) or count ("Round 9" before "Round 10").
    QStringList titles;
    for (int i = 0; i < 700; ++i)
        titles.append(i % 3 == 0   ? mix.at(i % mix.size()).toUpper()
                      : i % 3 == 1 ? mix.at(i % mix.size())
                                   : u"Round %1"_s.arg(i % 40));
    const QList<qint64> ids = write(*catalogue, titles);
    QVERIFY(!ids.contains(0));

    QCollator collator(QLocale(u"en_US"_s));
    collator.setNumericMode(true);
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    QList<qsizetype> expected(titles.size());
    std::iota(expected.begin(), expected.end(), 0);
    std::sort(expected.begin(), expected.end(), [&](qsizetype a, qsizetype b) {
        const int c = collator.compare(titles.at(a), titles.at(b));
        const bool less = c != 0 ? c < 0 : ids.at(a) < ids.at(b);
        const bool greater = c != 0 ? c > 0 : ids.at(a) > ids.at(b);
        return order == Qt::AscendingOrder ? less : greater;
    });

    MeetingTableModel model(std::make_unique<MeetingTableQuery>(*catalogue));
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.sort(MeetingColumn::Title, order);
    QCOMPARE(model.rowCount(), titles.size());
    QSet<qint64> seen;
    // Down the table as a view scrolls: each page continues from the key of the one before.
    for (int row = 0; row < model.rowCount(); ++row) {
        const qint64 id = model.index(row, 0).data(Role::Id).toLongLong();
        QVERIFY2(!seen.contains(id), qPrintable(u"row %1 repeats %2"_s.arg(row).arg(id)));
        seen.insert(id);
        QCOMPARE(id, ids.at(expected.at(row)));
    }
    QCOMPARE(seen.size(), titles.size());
}

void TestLocaleSort::anotherLocaleRekeysTheCatalogue()
{
    QLocale::setDefault(QLocale(u"en_US"_s));
    test::TestCatalogue catalogue;
    QVERIFY(!write(*catalogue, mix).contains(0));
    QCOMPARE(column(*catalogue, MeetingColumn::Title, Qt::AscendingOrder), english);

    QLocale::setDefault(QLocale(u"ru_RU"_s));
    QVERIFY(catalogue.reopen());
    QCOMPARE(info(*catalogue, u"sort_locale"_s), u"ru"_s);
    QCOMPARE(info(*catalogue, u"sort_collation"_s), NameCollation().identity());
    QCOMPARE(column(*catalogue, MeetingColumn::Title, Qt::AscendingOrder), russian);
    // New meetings get keys of the same collation, and sort among the others.
    QVERIFY(!write(*catalogue, {u"Брест"_s, u"Brest"_s}).contains(0));
    QCOMPARE(column(*catalogue, MeetingColumn::Title, Qt::AscendingOrder),
             (QStringList{u"Брест"_s, u"ёж"_s, u"Ёлка"_s, u"ель"_s, u"Жук"_s, u"apple"_s,
                          u"Ärger"_s, u"Brest"_s, u"Zebra"_s}));
    QVERIFY(catalogue->integrityProblems()->isEmpty());
}

void TestLocaleSort::readOnlyKeepsTheStoredOrder()
{
    QLocale::setDefault(QLocale(u"ru_RU"_s));
    test::TestCatalogue catalogue;
    QVERIFY(!write(*catalogue, mix).contains(0));
    catalogue.close();

    // Opened read-only under English: nothing can be re-keyed; the file's order holds, and
    // MeetingSortKeys says which collation that is.
    QLocale::setDefault(QLocale(u"en_US"_s));
    Catalogue::Options options;
    options.mode = Catalogue::Mode::ReadOnly;
    auto readOnly = Catalogue::open(catalogue.path(), options);
    QVERIFY(readOnly);
    QCOMPARE(column(**readOnly, MeetingColumn::Title, Qt::AscendingOrder), russian);
    auto stored = MeetingSortKeys(CatalogueConnection::of(*(*readOnly))).collation();
    QVERIFY(stored);
    QCOMPARE(stored->identity(), NameCollation(QLocale(u"ru_RU"_s)).identity());
}

void TestLocaleSort::upgradeFillsTheKeys()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"old.entente"_s);
    {
        // A catalogue as version 3 left it: no keys, no record of a collation.
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"v3"_s);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QVERIFY(Migrator(db, path).migrate(false, 3));
        QSqlQuery q(db);
        for (qsizetype i = 0; i < mix.size(); ++i) {
            q.prepare(u"INSERT INTO meetings (title, title_folded, start_date, start_precision, "
                      "end_date, end_precision, place, status, created_at, updated_at) VALUES (?, "
                      "'', '2001-01-01', 'day', '2001-01-01', 'day', ?, 'held', 'x', 'x')"_s);
            q.addBindValue(mix.at(i));
            q.addBindValue(mix.at(mix.size() - 1 - i));
            QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        }
    }
    QSqlDatabase::removeDatabase(u"v3"_s);

    QLocale::setDefault(QLocale(u"ru_RU"_s));
    auto catalogue = Catalogue::open(path);
    QVERIFY(catalogue);
    QCOMPARE((*catalogue)->schemaVersion(), Catalogue::latestSchemaVersion());
    QCOMPARE(column(**catalogue, MeetingColumn::Title, Qt::AscendingOrder), russian);
    QCOMPARE(column(**catalogue, MeetingColumn::Place, Qt::DescendingOrder), reversed(russian));
    QCOMPARE(info(**catalogue, u"sort_locale"_s), u"ru"_s);
    QVERIFY((*catalogue)->integrityProblems()->isEmpty());
}

void TestLocaleSort::bulkWriterWritesTheSameKeys()
{
    // The generator's and importer's path: the same keys as MeetingRepository, in the
    // collation the file records.
    QLocale::setDefault(QLocale(u"ru_RU"_s));
    test::TestCatalogue catalogue;
    QLocale::setDefault(QLocale(u"en_US"_s)); // the writer follows the file, not the caller
    BulkWriter writer(*catalogue);
    QVERIFY(writer.begin().ok());
    for (const QString &title : mix) {
        Meeting m;
        m.title = title;
        m.place = title;
        m.start = PartialDate::year(2003);
        m.parties = {{u"RUS"_s, PartyRole::Host}};
        QVERIFY(writer.add(m));
    }
    QVERIFY(writer.commit().ok());
    QCOMPARE(column(*catalogue, MeetingColumn::Title, Qt::AscendingOrder), russian);
    QCOMPARE(column(*catalogue, MeetingColumn::Place, Qt::AscendingOrder), russian);
    QSqlQuery q(CatalogueConnection::of(*catalogue));
    QVERIFY(q.exec(u"SELECT title, title_key FROM meetings"_s));
    const NameCollation collation(QLocale(u"ru_RU"_s));
    while (q.next())
        QCOMPARE(q.value(1).toByteArray(), collation.sortKey(q.value(0).toString()));
}

QTEST_GUILESS_MAIN(TestLocaleSort)
#include "tst_localesort.moc"

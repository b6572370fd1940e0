// Free-text search across scripts and spellings (docs/search.md, "Spellings and scripts"): a
// catalogue whose summaries are in English, Russian, German and French answers a word typed in
// either script, in any usual romanisation or variant spelling and in Russian case forms, while
// =word keeps one spelling and common words never meet their look-alikes in the other language.

#include "domain/meeting.h"
#include "domain/searchkeys.h"
#include "import/importfile.h"
#include "import/meetingimporter.h"
#include "query/searchparser.h"
#include "storage/meetingrepository.h"
#include "storage/meetingsearch.h"
#include "storage/searchsql.h"
#include "testcatalogue.h"

#include <QHash>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace entente;

namespace {

// Each word of one language beside the word of the other that its romanisation or spelling
// would meet if common words were keyed like names.
const QStringList commonEnglish = {
    u"on"_s,   u"no"_s,   u"to"_s,    u"by"_s,   u"my"_s,   u"a"_s,    u"i"_s,    u"god"_s,
    u"son"_s,  u"net"_s,  u"tip"_s,   u"plan"_s, u"dome"_s, u"most"_s, u"rot"_s,  u"pot"_s,
    u"nose"_s, u"bar"_s,  u"ton"_s,   u"sum"_s,  u"tour"_s, u"man"_s,  u"pan"_s,  u"mere"_s,
    u"date"_s, u"data"_s, u"of"_s,    u"off"_s,  u"are"_s,  u"area"_s, u"part"_s, u"party"_s,
    u"set"_s,  u"say"_s,  u"see"_s,   u"use"_s,  u"day"_s,  u"way"_s,  u"new"_s,  u"old"_s,
    u"yes"_s,  u"let"_s,  u"get"_s,   u"ten"_s,  u"two"_s,  u"one"_s,  u"vote"_s, u"note"_s,
    u"rate"_s, u"unit"_s, u"unity"_s, u"case"_s, u"type"_s, u"time"_s,
};
const QStringList commonRussian = {
    u"он"_s,  u"но"_s,  u"то"_s,   u"бы"_s,  u"мы"_s,   u"а"_s,    u"и"_s,    u"год"_s, u"сон"_s,
    u"нет"_s, u"тип"_s, u"план"_s, u"дом"_s, u"мост"_s, u"рот"_s,  u"пот"_s,  u"нос"_s, u"бар"_s,
    u"тон"_s, u"сам"_s, u"тур"_s,  u"мэр"_s, u"пан"_s,  u"мера"_s, u"да"_s,   u"не"_s,  u"ты"_s,
    u"я"_s,   u"вы"_s,  u"от"_s,   u"до"_s,  u"за"_s,   u"ли"_s,   u"же"_s,   u"уже"_s, u"вот"_s,
    u"тут"_s, u"там"_s, u"про"_s,  u"раз"_s, u"час"_s,  u"вид"_s,  u"дело"_s, u"мир"_s, u"пол"_s,
    u"кот"_s, u"лес"_s, u"рис"_s,  u"сок"_s, u"вор"_s,  u"ток"_s,  u"года"_s,
};

} // namespace

class TestCrossScriptSearch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void findsAcrossScriptsAndSpellings_data();
    void findsAcrossScriptsAndSpellings();
    void commonWordsFindOnlyThemselves();
    void commonWordsHaveKeysOfTheirOwn();
    void realTripsFindTheSamePeopleInEitherScript();

private:
    void add(const QString &name, const QString &summary);
    QStringList find(const QString &query) const;
    static qint64 count(const Catalogue &catalogue, const QString &query);

    test::TestCatalogue m_catalogue;
    QHash<qint64, QString> m_names;
};

void TestCrossScriptSearch::add(const QString &name, const QString &summary)
{
    Meeting m;
    m.title = u"Meeting "_s + QString::number(m_names.size() + 1);
    m.start = PartialDate::day(2017, 3, 1 + int(m_names.size()));
    m.end = m.start;
    m.format = u"talks"_s;
    m.status = MeetingStatus::Held;
    m.parties = {{u"RUS"_s, PartyRole::Host}, {u"USA"_s, PartyRole::Guest}};
    m.summary = summary;
    auto id = MeetingRepository(*m_catalogue).create(m);
    QVERIFY2(id, qPrintable(id ? QString() : id.error().message + id.error().detail));
    m_names.insert(*id, name);
}

QStringList TestCrossScriptSearch::find(const QString &query) const
{
    const ParsedSearch parsed = SearchParser::parse(query);
    if (!parsed)
        return {u"parse error: "_s + parsed.error().describe()};
    auto filter = SearchSql(*m_catalogue).compile(parsed.query());
    if (!filter)
        return {u"compile error: "_s + filter.error().message};
    auto ids = MeetingSearch(*m_catalogue).ids(*filter, MeetingSearch::Scope::All);
    if (!ids)
        return {u"SQL error: "_s + ids.error().message + ids.error().detail};
    QStringList names;
    for (const qint64 id : *ids)
        names.append(m_names.value(id));
    names.sort();
    return names;
}

void TestCrossScriptSearch::initTestCase()
{
    QVERIFY(m_catalogue);
    add(u"en-kerry"_s, u"Secretary of State John Kerry met Foreign Minister Sergei Lavrov in "
                       "Geneva."_s);
    add(u"en-tillerson"_s, u"Talks between Sergey Lavrov and Rex Tillerson on Syria."_s);
    add(u"en-possessive"_s, u"Foreign Minister Lavrov's visit to Minsk."_s);
    add(u"en-primakov"_s, u"Yevgeny Primakov received the delegation."_s);
    add(u"en-zakharova"_s, u"Spokeswoman Maria Zakharova commented on the talks."_s);
    add(u"en-lukashenko"_s, u"Aleksandr Lukashenko met the minister."_s);
    add(u"de"_s, u"Außenminister Sergej Lawrow traf Maria Sacharowa und Jewgeni Primakow."_s);
    add(u"fr"_s, u"Le ministre Sergueï Lavrov a rencontré Ievgueni Primakov."_s);
    add(u"ru-kerry"_s, u"Министр иностранных дел России Сергей Лавров провёл переговоры с "
                       "Джоном Керри."_s);
    add(u"ru-tillerson"_s, u"Переговоры Сергея Лаврова с Рексом Тиллерсоном."_s);
    add(u"ru-cases"_s, u"Встреча с Лавровым и Захаровой."_s);
    add(u"ru-primakov"_s, u"Евгений Примаков принял делегацию."_s);
    add(u"ru-lukashenko"_s, u"Александр Лукашенко встретился с министром."_s);
    add(u"lavrova"_s, u"Интервью Ольги Лавровой."_s);
    add(u"common-en"_s, commonEnglish.join(u' '));
    add(u"common-ru"_s, commonRussian.join(u' '));
}

void TestCrossScriptSearch::findsAcrossScriptsAndSpellings_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QStringList>("expected");
    const QStringList lavrov = {u"de"_s,           u"en-kerry"_s, u"en-possessive"_s,
                                u"en-tillerson"_s, u"fr"_s,       u"lavrova"_s,
                                u"ru-cases"_s,     u"ru-kerry"_s, u"ru-tillerson"_s};
    QTest::newRow("Cyrillic finds Latin") << u"Лавров"_s << lavrov;
    QTest::newRow("Latin finds Cyrillic") << u"Lavrov"_s << lavrov;
    QTest::newRow("German spelling") << u"Lawrow"_s << lavrov;
    QTest::newRow("genitive") << u"Лаврова"_s << lavrov;
    QTest::newRow("instrumental") << u"Лавровым"_s << lavrov;
    QTest::newRow("lower case") << u"лавров"_s << lavrov;
    const QStringList sergey = {u"de"_s, u"en-kerry"_s, u"en-tillerson"_s,
                                u"fr"_s, u"ru-kerry"_s, u"ru-tillerson"_s};
    QTest::newRow("Sergey") << u"Sergey"_s << sergey;
    QTest::newRow("Sergei") << u"Sergei"_s << sergey;
    QTest::newRow("Serguei") << u"Serguei"_s << sergey;
    QTest::newRow("Сергей") << u"Сергей"_s << sergey;
    QTest::newRow("Сергея") << u"Сергея"_s << sergey;
    const QStringList yevgeny = {u"de"_s, u"en-primakov"_s, u"fr"_s, u"ru-primakov"_s};
    QTest::newRow("Yevgeny") << u"Yevgeny"_s << yevgeny;
    QTest::newRow("Evgeny") << u"Evgeny"_s << yevgeny;
    QTest::newRow("Ievgueni") << u"Ievgueni"_s << yevgeny;
    QTest::newRow("Евгений") << u"Евгений"_s << yevgeny;
    QTest::newRow("Primakov in German") << u"Primakow"_s << yevgeny;
    const QStringList zakharova = {u"de"_s, u"en-zakharova"_s, u"ru-cases"_s};
    QTest::newRow("Zakharova") << u"Zakharova"_s << zakharova;
    QTest::newRow("Sacharowa") << u"Sacharowa"_s << zakharova;
    QTest::newRow("Захарова") << u"Захарова"_s << zakharova;
    const QStringList alexander = {u"en-lukashenko"_s, u"ru-lukashenko"_s};
    QTest::newRow("Alexander") << u"Alexander"_s << alexander;
    QTest::newRow("Aleksandr") << u"Aleksandr"_s << alexander;
    QTest::newRow("Александр") << u"Александр"_s << alexander;
    QTest::newRow("Kerry in Russian") << u"Керри"_s << QStringList{u"en-kerry"_s, u"ru-kerry"_s};
    QTest::newRow("Tillerson in Russian, instrumental")
        << u"Тиллерсоном"_s << QStringList{u"en-tillerson"_s, u"ru-tillerson"_s};
    QTest::newRow("phrase across scripts")
        << u"\"Сергей Лавров\""_s << QStringList{u"de"_s, u"en-kerry"_s, u"en-tillerson"_s,
                                                 u"fr"_s, u"ru-kerry"_s, u"ru-tillerson"_s};
    QTest::newRow("phrase, words apart") << u"\"Sergei Minsk\""_s << QStringList{};
    QTest::newRow("exact word") << u"=Sergei"_s << QStringList{u"en-kerry"_s};
    QTest::newRow("exact Cyrillic word") << u"=Лаврова"_s << QStringList{u"ru-tillerson"_s};
    QTest::newRow("exact phrase") << u"=\"Sergey Lavrov\""_s << QStringList{u"en-tillerson"_s};
    QTest::newRow("exact and free") << u"=Lavrov Tillerson"_s << QStringList{u"en-tillerson"_s};
    QTest::newRow("not exact") << u"Лавров -=Lavrov"_s
                               << QStringList{u"de"_s,       u"en-possessive"_s, u"lavrova"_s,
                                              u"ru-cases"_s, u"ru-kerry"_s,      u"ru-tillerson"_s};
    QTest::newRow("prefix across scripts") << u"Лавр*"_s << lavrov;
}

void TestCrossScriptSearch::findsAcrossScriptsAndSpellings()
{
    QFETCH(QString, query);
    QFETCH(QStringList, expected);
    QCOMPARE(find(query), expected);
}

void TestCrossScriptSearch::commonWordsFindOnlyThemselves()
{
    QVERIFY(commonEnglish.size() + commonRussian.size() >= 100);
    const auto check = [this](const QString &word, const QString &own, const QString &other) {
        const QStringList found = find(word);
        QVERIFY2(found.contains(own), qPrintable(word + u" does not find "_s + own));
        QVERIFY2(!found.contains(other), qPrintable(word + u" finds "_s + other));
    };
    for (const QString &word : commonEnglish)
        check(word, u"common-en"_s, u"common-ru"_s);
    for (const QString &word : commonRussian)
        check(word, u"common-ru"_s, u"common-en"_s);
}

void TestCrossScriptSearch::commonWordsHaveKeysOfTheirOwn()
{
    // No two words of the lists, in either language, share a key: none finds another.
    QHash<QString, QString> seen;
    for (const QString &word : commonEnglish + commonRussian) {
        const QString key = SearchKeys::of(word);
        QVERIFY2(!key.isEmpty(), qPrintable(word));
        QVERIFY2(!seen.contains(key),
                 qPrintable(u"%1 and %2 share the key %3"_s.arg(seen.value(key), word, key)));
        seen.insert(key, word);
    }
}

qint64 TestCrossScriptSearch::count(const Catalogue &catalogue, const QString &query)
{
    const ParsedSearch parsed = SearchParser::parse(query);
    if (!parsed)
        return -1;
    auto filter = SearchSql(catalogue).compile(parsed.query());
    if (!filter)
        return -2;
    auto n = MeetingSearch(catalogue).count(*filter, MeetingSearch::Scope::All);
    return n ? *n : -3;
}

void TestCrossScriptSearch::realTripsFindTheSamePeopleInEitherScript()
{
    // Material not written for these tests: 769 real trips of US secretaries of state, with
    // English remarks (tests/data/realtrips/SOURCE.md).
    test::TestCatalogue trips;
    auto file = ImportFile::open(QStringLiteral(ENTENTE_REAL_TRIPS));
    QVERIFY(file);
    auto report = MeetingImporter(*trips, ImportOptions{}).run(**file);
    QVERIFY2(report, qPrintable(report ? QString() : report.error().message));
    QCOMPARE(report->meetingsImported, 769);

    const qint64 lavrov = count(*trips, u"Lavrov"_s);
    QVERIFY(lavrov > 0);
    for (const QString &spelling : {u"Лавров"_s, u"Лаврова"_s, u"Лавровым"_s, u"Lawrow"_s})
        QCOMPARE(count(*trips, spelling), lavrov);
    const qint64 sergei = count(*trips, u"\"Sergei Lavrov\""_s);
    QVERIFY(sergei > 0);
    QCOMPARE(count(*trips, u"\"Сергей Лавров\""_s), sergei);
    QCOMPARE(count(*trips, u"\"Sergey Lavrov\""_s), sergei);
    const qint64 putin = count(*trips, u"Putin"_s);
    QVERIFY(putin > 0);
    QCOMPARE(count(*trips, u"Путин"_s), putin);
    QCOMPARE(count(*trips, u"Путиным"_s), putin);
}

QTEST_GUILESS_MAIN(TestCrossScriptSearch)
#include "tst_crossscriptsearch.moc"

// The importer against real catalogues: round trips through the JSON and CSV exports, matching of
// people and countries, invalid records, malformed files, duplicates, dry runs, cancellation,
// document links and the removal that undoes an import.

#include "cataloguedump.h"
#include "countrynames.h"
#include "domain/duplicaterule.h"
#include "import/csvreader.h"
#include "import/importfile.h"
#include "import/meetingimporter.h"
#include "io/meetingexporter.h"
#include "meetingfixture.h"
#include "query/searchparser.h"
#include "reports/meetingselection.h"
#include "search/meetingqueries.h"
#include "storage/catalogueconnection.h"
#include "storage/meetingrepository.h"
#include "storage/personrepository.h"
#include "testcatalogue.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace entente;

namespace {

// An export with what a new catalogue legitimately renumbers or restamps taken out: ids become
// the titles they stand for, versions and timestamps go.
QJsonArray normalised(const QJsonArray &meetings)
{
    QHash<qint64, QString> titles;
    for (const QJsonValue &v : meetings)
        titles.insert(v[u"id"_s].toInteger(), v[u"title"_s].toString());
    const auto strip = [](QJsonObject o, const QStringList &keys) {
        for (const QString &k : keys)
            o.remove(k);
        return o;
    };
    QList<QJsonObject> out;
    for (const QJsonValue &v : meetings) {
        QJsonObject m =
            strip(v.toObject(), {u"id"_s, u"version"_s, u"created_at"_s, u"updated_at"_s});
        m[u"parent_id"_s] = titles.value(m[u"parent_id"_s].toInteger());
        QJsonArray subEvents;
        for (const QJsonValue &id : m[u"sub_event_ids"_s].toArray())
            subEvents.append(titles.value(id.toInteger()));
        m[u"sub_event_ids"_s] = subEvents;
        QJsonArray delegations;
        for (const QJsonValue &d : m[u"delegations"_s].toArray()) {
            QJsonObject delegation = d.toObject();
            // A person's record comes with their first appearance, which depends on the order.
            const auto member = [&](QJsonObject p) {
                p.remove(u"person_id"_s);
                p.remove(u"person"_s);
                return p;
            };
            if (delegation[u"head"_s].isObject())
                delegation[u"head"_s] = member(delegation[u"head"_s].toObject());
            QJsonArray members;
            for (const QJsonValue &x : delegation[u"members"_s].toArray())
                members.append(member(x.toObject()));
            delegation[u"members"_s] = members;
            delegations.append(delegation);
        }
        m[u"delegations"_s] = delegations;
        QJsonArray documents;
        for (const QJsonValue &d : m[u"documents"_s].toArray()) {
            QJsonObject document = strip(d.toObject(), {u"id"_s});
            QJsonArray links;
            for (const QJsonValue &l : document[u"links"_s].toArray()) {
                QJsonObject link = strip(l.toObject(), {u"document_id"_s});
                link[u"meeting_id"_s] = titles.value(link[u"meeting_id"_s].toInteger());
                links.append(link);
            }
            document[u"links"_s] = links;
            documents.append(document);
        }
        m[u"documents"_s] = documents;
        out.append(m);
    }
    std::sort(out.begin(), out.end(), [](const QJsonObject &x, const QJsonObject &y) {
        return x[u"title"_s].toString() < y[u"title"_s].toString();
    });
    QJsonArray sorted;
    for (const QJsonObject &m : std::as_const(out))
        sorted.append(m);
    return sorted;
}

// Every person record of an export without ids and versions, sorted. Two people may share a name.
QStringList people(const QJsonArray &meetings)
{
    QStringList out;
    for (const QJsonValue &m : meetings) {
        for (const QJsonValue &d : m[u"delegations"_s].toArray()) {
            QJsonArray members = d[u"members"_s].toArray();
            members.prepend(d[u"head"_s]);
            for (const QJsonValue &x : members) {
                QJsonObject person = x[u"person"_s].toObject();
                if (person.isEmpty())
                    continue;
                person.remove(u"id"_s);
                person.remove(u"version"_s);
                out.append(QString::fromUtf8(QJsonDocument(person).toJson(QJsonDocument::Compact)));
            }
        }
    }
    out.sort();
    return out;
}

QJsonArray readJson(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).array();
}

} // namespace

class TestMeetingImporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void jsonRoundTripKeepsEveryRecord();
    void csvRoundTripKeepsEveryColumn();
    void exportResavedBySpreadsheetNeedsNoMapping();
    void peopleAreMatchedAcrossScriptsAndSpellings();
    void countriesAreMatchedByName();
    void countriesAsSourcesWriteThemAreAllRead();
    void organisationsRoundTripThroughJsonAndCsv();
    void aRealTripsSpreadsheetImportsWhole();
    void unknownCountriesAreListedAndMappedOnce();
    void invalidRecordsStopTheImportUnlessSkipped();
    void malformedFileWritesNothing();
    void duplicatesAreReportedAndSkipped();
    void aMultiCityTourImportsWhole();
    void dryRunWritesNothingButReportsTheSame();
    void cancelledImportWritesNothing();
    void linksResolveForwardAndReportMissingTargets();
    void removeUndoesTheImport();
    void importIntoAnAnalystsCatalogueStaysDurable();

private:
    QString exportAll(const Catalogue &catalogue, MeetingExporter::Format format);
    QString write(const QByteArray &bytes, const QString &name);
    Result<ImportReport> import(const Catalogue &catalogue, const QString &path,
                                ImportOptions options = {});

    QTemporaryDir m_dir;
    test::TestCatalogue m_source;
    int m_files = 0;
};

void TestMeetingImporter::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(m_source);
    QVERIFY(m_source.addSample().meeting > 0);
    test::MeetingFixture::build(*m_source, 40);
}

QString TestMeetingImporter::exportAll(const Catalogue &catalogue, MeetingExporter::Format format)
{
    MeetingExporter::Options options;
    options.format = format;
    const QString path = m_dir.filePath(u"export-%1.%2"_s.arg(++m_files).arg(
        format == MeetingExporter::Format::Csv ? u"csv"_s : u"json"_s));
    auto selection = MeetingSelection::fromQuery(catalogue, QString());
    if (!selection || !MeetingExporter(catalogue, options).write(*selection, path))
        return {};
    return path;
}

QString TestMeetingImporter::write(const QByteArray &bytes, const QString &name)
{
    QFile file(m_dir.filePath(name));
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return {};
    return file.fileName();
}

Result<ImportReport> TestMeetingImporter::import(const Catalogue &catalogue, const QString &path,
                                                 ImportOptions options)
{
    auto file = ImportFile::open(path);
    if (!file)
        return file.error();
    return MeetingImporter(catalogue, std::move(options)).run(**file);
}

void TestMeetingImporter::jsonRoundTripKeepsEveryRecord()
{
    const QString first = exportAll(*m_source, MeetingExporter::Format::Json);
    QVERIFY(!first.isEmpty());
    test::TestCatalogue target;
    auto report = import(*target, first);
    QVERIFY2(report.ok(), qPrintable(report.ok() ? QString() : report.error().message));
    QVERIFY(report->written);
    QCOMPARE(report->invalidRecords, 0);
    QVERIFY(report->duplicates.isEmpty());
    const QJsonArray before = readJson(first);
    QCOMPARE(report->meetingsImported, before.size());
    QVERIFY(report->subEventsImported > 0);
    QVERIFY(report->problems.isEmpty());

    const QString second = exportAll(*target, MeetingExporter::Format::Json);
    const QJsonArray after = readJson(second);
    QCOMPARE(after.size(), before.size());
    QJsonArray a = normalised(before);
    QJsonArray b = normalised(after);
    for (qsizetype i = 0; i < a.size(); ++i) {
        QCOMPARE(QJsonDocument(b.at(i).toObject()).toJson(),
                 QJsonDocument(a.at(i).toObject()).toJson());
    }
    QCOMPARE(people(after), people(before));
    QVERIFY(people(before).size() > 10);
    // Each person the file brings is one record, namesakes included.
    QCOMPARE(test::rowCount(target.path(), u"persons"_s), people(before).size());
    QCOMPARE(test::rowCount(target.path(), u"document_links"_s),
             test::rowCount(m_source.path(), u"document_links"_s));
}

void TestMeetingImporter::csvRoundTripKeepsEveryColumn()
{
    const QString first = exportAll(*m_source, MeetingExporter::Format::Csv);
    QVERIFY(!first.isEmpty());
    test::TestCatalogue target;
    auto file = ImportFile::open(first);
    QVERIFY(file.ok());
    QVERIFY(!(*file)->needsMapping());
    auto report = MeetingImporter(*target, {}).run(**file);
    QVERIFY2(report.ok(), qPrintable(report.ok() ? QString() : report.error().message));
    QVERIFY2(report->problems.isEmpty(), qPrintable(report->problems.value(0).reason));
    QVERIFY(report->written);
    const QString second = exportAll(*target, MeetingExporter::Format::Csv);

    const auto rows = [](const QString &path) {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return QStringList();
        QStringList lines = QString::fromUtf8(f.readAll()).split(u"\r\n"_s);
        return lines;
    };
    const auto ids = QRegularExpression(u"^\\d+,\\d*,"_s);
    QStringList a = rows(first);
    QStringList b = rows(second);
    QCOMPARE(b.size(), a.size());
    // Ids, versions and timestamps aside (the first two and the last four columns, which hold no
    // commas), every cell reads back the same.
    const auto middle = [](const QString &line) {
        QStringList cut = line.split(u',');
        if (cut.size() < 7)
            return line;
        cut = cut.mid(2, cut.size() - 6);
        return cut.join(u',');
    };
    for (qsizetype i = 1; i < a.size(); ++i)
        QCOMPARE(middle(b.at(i)), middle(a.at(i)));
}

void TestMeetingImporter::exportResavedBySpreadsheetNeedsNoMapping()
{
    // The sample's export as a Russian-locale spreadsheet saves it again: semicolons, Windows-1251.
    test::TestCatalogue source;
    const auto sample = source.addSample();
    auto meeting = MeetingRepository(*source).get(sample.meeting);
    QVERIFY(meeting.ok());
    meeting->place = u"Москва"_s;
    meeting->tone = u"полное взаимопонимание"_s;
    QVERIFY(MeetingRepository(*source).update(*meeting).ok());
    const QString exported = exportAll(*source, MeetingExporter::Format::Csv);
    QFile in(exported);
    QVERIFY(in.open(QIODevice::ReadOnly));
    CsvReader reader(&in, u"export.csv"_s);
    QVERIFY(reader.open().ok());
    QString resaved;
    for (;;) {
        auto record = reader.next();
        QVERIFY(record.ok());
        if (!*record)
            break;
        QStringList cells;
        for (QString cell : (*record)->fields) {
            if (cell.contains(u';') || cell.contains(u'"') || cell.contains(u'\n'))
                cell = u'"' + cell.replace(u"\""_s, u"\"\""_s) + u'"';
            cells.append(cell);
        }
        resaved += cells.join(u';') + u"\r\n"_s;
    }
    QStringEncoder cp1251("windows-1251");
    const QString path = write(cp1251.encode(resaved), u"resaved.csv"_s);
    QVERIFY(!cp1251.hasError());

    auto file = ImportFile::open(path);
    QVERIFY(file.ok());
    QCOMPARE((*file)->encodingName(), u"Windows-1251"_s);
    QCOMPARE((*file)->delimiter(), QChar(u';'));
    QVERIFY(!(*file)->needsMapping());
    test::TestCatalogue target;
    auto report = MeetingImporter(*target, {}).run(**file);
    QVERIFY(report.ok());
    QVERIFY2(report->problems.isEmpty(), qPrintable(report->problems.value(0).reason));
    QCOMPARE(report->meetingsImported, 2);
    const QString again = exportAll(*target, MeetingExporter::Format::Csv);
    const auto rows = [](const QString &csv) {
        QFile f(csv);
        if (!f.open(QIODevice::ReadOnly))
            return QStringList();
        QStringList lines = QString::fromUtf8(f.readAll()).split(u"\r\n"_s);
        // Versions and timestamps differ: the last three columns, which hold no comma.
        for (QString &line : lines)
            line = line.section(u',', 0, -4);
        return lines;
    };
    QCOMPARE(rows(again), rows(exported));
}

void TestMeetingImporter::peopleAreMatchedAcrossScriptsAndSpellings()
{
    test::TestCatalogue target;
    const auto sample = target.addSample();
    const qint64 peopleBefore = test::rowCount(target.path(), u"persons"_s);
    const QString csv = write(u"date,title,parties,heads_of_delegation,delegation_members\n"
                              "2011-03-01,Talks one,RUS (host); BLR (guest),"
                              "RUS: Sergei Lavrov (Minister); BLR: Сяргей Мартынаў (Minister),"
                              "RUS: Ivan Novikov (Adviser)\n"
                              "2012-04-02,Talks two,RUS (host); UKR (guest),"
                              "RUS: Лавров Сергей; UKR: Sergey Martynov (Namesake),"
                              "RUS: Иван Новиков\n"_s.toUtf8(),
                              u"people.csv"_s);
    auto report = import(*target, csv);
    QVERIFY2(report.ok(), qPrintable(report.ok() ? QString() : report.error().message));
    QVERIFY2(report->problems.isEmpty(), qPrintable(report->problems.value(0).reason));
    QCOMPARE(report->meetingsImported, 2);
    // Lavrov (twice) and Martynov (in Belarusian) join the stored people; Novikov is new once, in
    // both scripts; a Ukrainian namesake of Martynov is another person.
    QStringList created;
    for (const auto &p : report->newPeople)
        created.append(p.name);
    QCOMPARE(created, (QStringList{u"Ivan Novikov"_s, u"Sergey Martynov"_s}));
    QCOMPARE(test::rowCount(target.path(), u"persons"_s), peopleBefore + 2);
    auto talks = MeetingRepository(*target).get(report->meetingIds.at(0));
    QVERIFY(talks.ok());
    QCOMPARE(talks->delegations.at(0).members.at(0).personId, sample.lavrov);
    QCOMPARE(talks->delegations.at(1).members.at(0).personId, sample.martynov);
    auto two = MeetingRepository(*target).get(report->meetingIds.at(1));
    QVERIFY(two.ok());
    QCOMPARE(two->delegations.at(0).members.at(0).personId, sample.lavrov);
    QCOMPARE(two->delegations.at(0).members.at(1).personId,
             talks->delegations.at(0).members.at(1).personId);
    QVERIFY(two->delegations.at(1).members.at(0).personId != sample.martynov);
}

void TestMeetingImporter::countriesAreMatchedByName()
{
    test::TestCatalogue target;
    const QString csv = write(u"Дата;Название;Страна;Стороны\n"
                              "25.11.2009;Переговоры;Россия;\"Россия (хозяин); Беларусь (гость)\"\n"
                              "26.11.2009;Talks;Atlantis;\"Atlantis; BLR\"\n"_s.toUtf8(),
                              u"countries.csv"_s);
    auto report = import(*target, csv, {.skipInvalid = true});
    QVERIFY2(report.ok(), qPrintable(report.ok() ? QString() : report.error().message));
    QCOMPARE(report->meetingsImported, 1);
    QCOMPARE(report->invalidRecords, 1);
    QCOMPARE(report->problems.value(0).line, 3);
    QCOMPARE(report->problems.value(0).field, u"country"_s);
    QCOMPARE(report->problems.value(0).reason,
             u"“Atlantis” is not a country (a name or an ISO code)"_s);
    auto m = MeetingRepository(*target).get(report->meetingIds.at(0));
    QVERIFY(m.ok());
    QCOMPARE(m->placeCountry, u"RUS"_s);
    QCOMPARE(m->parties, (QList<Party>{{u"RUS"_s, PartyRole::Host}, {u"BLR"_s, PartyRole::Guest}}));
}

void TestMeetingImporter::countriesAsSourcesWriteThemAreAllRead()
{
    // A trips spreadsheet's country column, and the host with a guest in the parties cell; then
    // rows where an international organisation is the host and the place is Brussels.
    const test::NamesAndCodes &countries = test::countryNamesAsSourcesWrite();
    const test::NamesAndCodes &organisations = test::organisationNamesAsSourcesWrite();
    const auto quoted = [](QString text) -> QString {
        return u'"' + text.replace(u'"', u"\"\""_s) + u'"';
    };
    QString csv = u"Date,Title,Country,Parties\n"_s;
    const QDate first(1950, 1, 15);
    for (qsizetype i = 0; i < countries.size(); ++i) {
        const QString parties = countries.at(i).first + u" (host); France (guest)"_s;
        csv += u"%1,Trip %2,%3,%4\n"_s.arg(first.addMonths(int(i)).toString(Qt::ISODate))
                   .arg(i)
                   .arg(quoted(countries.at(i).first), quoted(parties));
    }
    for (qsizetype i = 0; i < organisations.size(); ++i) {
        const QString parties = organisations.at(i).first + u" (host); Russia (guest)"_s;
        csv += u"%1,Summit %2,Belgium,%3\n"_s.arg(first.addMonths(int(i)).toString(Qt::ISODate))
                   .arg(i)
                   .arg(quoted(parties));
    }
    test::TestCatalogue target;
    auto report = import(*target, write(csv.toUtf8(), u"trips.csv"_s));
    QVERIFY2(report.ok(), qPrintable(report.ok() ? QString() : report.error().message));
    for (const ImportProblem &p : report->problems)
        qWarning() << p.line << p.field << p.reason;
    QCOMPARE(report->invalidRecords, 0);
    QCOMPARE(report->meetingsImported, countries.size() + organisations.size());
    for (qsizetype i = 0; i < report->meetingIds.size(); ++i) {
        const bool country = i < countries.size();
        const auto &[written, code] =
            country ? countries.at(i) : organisations.at(i - countries.size());
        auto m = MeetingRepository(*target).get(report->meetingIds.at(i));
        QVERIFY(m.ok());
        QCOMPARE(m->title,
                 country ? u"Trip %1"_s.arg(i) : u"Summit %1"_s.arg(i - countries.size()));
        QVERIFY2(m->placeCountry == (country ? code : u"BEL"_s), qPrintable(written));
        QCOMPARE(m->parties.size(), 2);
        QVERIFY2(m->parties.at(0).country == code, qPrintable(written));
        QCOMPARE(m->parties.at(0).role, PartyRole::Host);
        QCOMPARE(m->parties.at(1).country, country ? u"FRA"_s : u"RUS"_s);
    }
    // Searched by today's names: country:Belarus finds the rows written Byelorussia and
    // Белоруссия; country:USSR those written U.S.S.R. and СССР; party:EU every way of writing
    // the European Union.
    const MeetingQueries queries(*target);
    const auto count = [&](const QString &query) {
        return *queries.count(*queries.prepare(SearchParser::parse(query).query()),
                              MeetingQueries::Scope::All);
    };
    const auto written = [](const test::NamesAndCodes &names, const QString &code) {
        return std::count_if(names.cbegin(), names.cend(),
                             [&](const auto &n) { return n.second == code; });
    };
    QCOMPARE(count(u"country:Belarus"_s), written(countries, u"BLR"_s));
    QVERIFY(written(countries, u"BLR"_s) >= 2);
    QCOMPARE(count(u"country:USSR"_s), written(countries, u"SUN"_s));
    QCOMPARE(count(u"host:Congo-Kinshasa"_s), written(countries, u"COD"_s));
    QCOMPARE(count(u"party:EU"_s), written(organisations, u"EU"_s));
    QCOMPARE(count(u"party:Евросоюз"_s), written(organisations, u"EU"_s));
    QCOMPARE(count(u"party:\"North Atlantic Treaty Organization\""_s),
             written(organisations, u"NATO"_s));
    QCOMPARE(count(u"party:Belarus"_s), written(countries, u"BLR"_s));
    // country: keeps meaning countries: EU is not one.
    const auto notACountry = queries.prepare(SearchParser::parse(u"country:EU"_s).query());
    QVERIFY(notACountry);
    QCOMPARE(notACountry->notes(),
             QStringList{u"European Union is an international organisation, not a country: "
                         "party:EU finds its meetings"_s});
}

void TestMeetingImporter::aRealTripsSpreadsheetImportsWhole()
{
    // 769 travels of eleven Secretaries of State as the Office of the Historian lists them
    // (tests/data/realtrips/SOURCE.md): country names as that source writes them, multi-city
    // tours, and shuttle diplomacy that returns to a capital within a day.
    test::TestCatalogue target;
    auto report = import(*target, QStringLiteral(ENTENTE_REAL_TRIPS));
    QVERIFY2(report.ok(), qPrintable(report.ok() ? QString() : report.error().message));
    for (const ImportProblem &p : report->problems)
        qWarning() << p.line << p.field << p.reason;
    QCOMPARE(report->invalidRecords, 0);
    QVERIFY(report->duplicates.isEmpty());
    QCOMPARE(report->meetingsImported, 769);
    QVERIFY(report->unknownCountries.isEmpty());

    // The file's rows by their country cell, against the code each must have become.
    QFile file(QStringLiteral(ENTENTE_REAL_TRIPS));
    QVERIFY(file.open(QIODevice::ReadOnly));
    CsvReader reader(&file, file.fileName());
    QVERIFY(reader.open());
    QVERIFY(*reader.next()); // the header
    const QMap<QString, QString> expected{
        {u"U.S.S.R."_s, u"SUN"_s},
        {u"Germany, Federal Republic of"_s, u"DEU"_s},
        {u"German Democratic Republic"_s, u"DDR"_s},
        {u"Korea, Republic of"_s, u"KOR"_s},
        {u"Korea, South"_s, u"KOR"_s},
        {u"Korea, North"_s, u"PRK"_s},
        {u"Burma"_s, u"MMR"_s},
        {u"Burma (Myanmar)"_s, u"MMR"_s},
        {u"Yugoslavia"_s, u"YUG"_s},
        {u"Czechoslovakia"_s, u"CSK"_s},
        {u"Byelorussia"_s, u"BLR"_s},
        {u"Kirghizia"_s, u"KGZ"_s},
        {u"China, People’s Republic of"_s, u"CHN"_s},
        {u"Cote d'Ivoire"_s, u"CIV"_s},
        {u"Democratic Republic of the Congo (Zaire)"_s, u"COD"_s},
        {u"Southern Rhodesia (Zimbabwe)"_s, u"ZWE"_s},
        {u"Denmark (Greenland)"_s, u"GRL"_s},
        {u"Vatican City"_s, u"VAT"_s},
        {u"Holy See"_s, u"VAT"_s},
    };
    QMap<QString, int> seen;
    for (qsizetype i = 0; i < report->meetingIds.size(); ++i) {
        const auto record = reader.next();
        QVERIFY(record && *record);
        const QStringList &row = (*record)->fields;
        const auto m = MeetingRepository(*target).get(report->meetingIds.at(i));
        QVERIFY(m);
        QCOMPARE(m->start.toIso(), row.at(0));
        QCOMPARE(m->parties.size(), 2);
        QCOMPARE(m->parties.at(0).country, u"USA"_s);
        QCOMPARE(m->parties.at(1).country, m->placeCountry);
        if (const auto code = expected.constFind(row.at(3)); code != expected.cend()) {
            QVERIFY2(m->placeCountry == *code, qPrintable(row.at(3) + u" → "_s + m->placeCountry));
            ++seen[row.at(3)];
        }
    }
    QCOMPARE(seen.size(), expected.size()); // every spelling listed is in the file

    // The shuttle's second stop in Damascus is its own meeting; the file imported again is
    // every row a duplicate, return visits included, and adds nothing.
    const MeetingQueries queries(*target);
    QCOMPARE(*queries.count(
                 *queries.prepare(SearchParser::parse(u"place:Damascus date:1992-07"_s).query()),
                 MeetingQueries::Scope::All),
             2);
    auto again = import(*target, QStringLiteral(ENTENTE_REAL_TRIPS));
    QVERIFY(again);
    QCOMPARE(again->meetingsImported, 0);
    QCOMPARE(again->duplicates.size(), 769);
}

void TestMeetingImporter::organisationsRoundTripThroughJsonAndCsv()
{
    // An EU–Russia summit: the EU's delegation led by its High Representative, a joint statement
    // with the EU as a party.
    test::TestCatalogue source;
    Person borrell;
    borrell.nameLatin = u"Josep Borrell"_s;
    borrell.country = u"EU"_s;
    borrell.positions.append({0,
                              u"High Representative for Foreign Affairs and Security Policy"_s,
                              u"European Union"_s,
                              u"EU"_s,
                              {},
                              {}});
    const auto borrellId = PersonRepository(*source).create(borrell);
    QVERIFY(borrellId);
    Person lavrov;
    lavrov.nameLatin = u"Sergey Lavrov"_s;
    lavrov.country = u"RUS"_s;
    const auto lavrovId = PersonRepository(*source).create(lavrov);
    QVERIFY(lavrovId);
    Meeting summit;
    summit.title = u"EU–Russia consultations"_s;
    summit.start = PartialDate::day(2020, 2, 5);
    summit.place = u"Brussels"_s;
    summit.placeCountry = u"BEL"_s;
    summit.format = u"consultations"_s;
    summit.parties = {{u"EU"_s, PartyRole::Host}, {u"RUS"_s, PartyRole::Guest}};
    summit.delegations = {
        {u"EU"_s, {{*borrellId, u"High Representative"_s, true, {}, {}}}},
        {u"RUS"_s, {{*lavrovId, u"Minister of Foreign Affairs"_s, true, {}, {}}}}};
    OutcomeDocument statement;
    statement.title = u"Joint statement on consular dialogue"_s;
    statement.kind = u"joint_statement"_s;
    statement.action = u"adopted"_s;
    statement.parties = {u"EU"_s, u"RUS"_s};
    summit.documents = {statement};
    const auto id = MeetingRepository(*source).create(summit);
    QVERIFY2(id, qPrintable(id ? QString() : id.error().message));

    // JSON names the kind of each party.
    const QString json = exportAll(*source, MeetingExporter::Format::Json);
    const QJsonArray exported = readJson(json);
    QCOMPARE(exported.size(), 1);
    const QJsonArray parties = exported.at(0)[u"parties"_s].toArray();
    QCOMPARE(parties.at(0).toObject(),
             (QJsonObject{{u"organisation"_s, u"EU"_s}, {u"role"_s, u"host"_s}}));
    QCOMPARE(parties.at(1).toObject(),
             (QJsonObject{{u"country"_s, u"RUS"_s}, {u"role"_s, u"guest"_s}}));
    QCOMPARE(exported.at(0)[u"delegations"_s][0][u"organisation"_s].toString(), u"EU"_s);

    for (const auto format : {MeetingExporter::Format::Json, MeetingExporter::Format::Csv}) {
        test::TestCatalogue target;
        auto report = import(*target, exportAll(*source, format));
        QVERIFY2(report.ok(), qPrintable(report.ok() ? QString() : report.error().message));
        QCOMPARE(report->invalidRecords, 0);
        QCOMPARE(report->meetingsImported, 1);
        const auto m = MeetingRepository(*target).get(report->meetingIds.at(0));
        QVERIFY(m);
        QCOMPARE(m->parties, summit.parties);
        QCOMPARE(m->delegations.size(), 2);
        QCOMPARE(m->delegations.at(0).country, u"EU"_s);
        QCOMPARE(m->delegations.at(0).members.at(0).nameLatin, u"Josep Borrell"_s);
        QCOMPARE(m->documents.at(0).parties, statement.parties);
        if (format == MeetingExporter::Format::Json) {
            const QJsonArray again = readJson(exportAll(*target, format));
            QCOMPARE(QJsonDocument(normalised(again)).toJson(),
                     QJsonDocument(normalised(exported)).toJson());
            QCOMPARE(people(again), people(exported));
        }
    }
}

void TestMeetingImporter::unknownCountriesAreListedAndMappedOnce()
{
    const QString csv = write("date,title,country\n2016-01-01,A,Rusia\n2016-02-01,B,Rusia\n"
                              "2016-03-01,C,Atlantis\n2016-04-01,D,Belarus\n",
                              u"unknown.csv"_s);
    test::TestCatalogue target;
    auto refused = import(*target, csv, {.dryRun = true});
    QVERIFY(refused.ok());
    QCOMPARE(refused->invalidRecords, 3);
    QCOMPARE(refused->unknownCountries, (QStringList{u"Rusia"_s, u"Atlantis"_s}));
    QCOMPARE(refused->problems.value(0).reason,
             u"“Rusia” is not a country: did you mean Russia (RUS)?"_s);

    ImportOptions mapped;
    mapped.countryNames = {{u"Rusia"_s, u"RUS"_s}, {u"Atlantis"_s, u"GRC"_s}};
    auto report = import(*target, csv, mapped);
    QVERIFY(report.ok());
    QCOMPARE(report->invalidRecords, 0);
    QCOMPARE(report->unknownCountries, QStringList());
    QCOMPARE(MeetingRepository(*target).get(report->meetingIds.at(1))->placeCountry, u"RUS"_s);
    QCOMPARE(MeetingRepository(*target).get(report->meetingIds.at(2))->placeCountry, u"GRC"_s);
    QCOMPARE(MeetingRepository(*target).get(report->meetingIds.at(3))->placeCountry, u"BLR"_s);
}

void TestMeetingImporter::invalidRecordsStopTheImportUnlessSkipped()
{
    test::TestCatalogue target;
    target.addSample();
    const QStringList before = test::dumpCatalogue(*target);
    const QString csv = write("title,start_date,end_date,parties\n"
                              "Good one,2015-01-10,,RUS; ARM\n"
                              ",2015-02-10,,RUS; ARM\n"
                              "Ends early,2015-03-10,2015-03-01,RUS; ARM\n"
                              "Good two,2015-04-10,,RUS; GEO\n",
                              u"invalid.csv"_s);
    auto report = import(*target, csv);
    QVERIFY(report.ok());
    QVERIFY(!report->written);
    QCOMPARE(report->recordsRead, 4);
    QCOMPARE(report->invalidRecords, 2);
    QCOMPARE(report->problems.size(), 2);
    QCOMPARE(report->problems.at(0).line, 3);
    QCOMPARE(report->problems.at(0).reason, u"a meeting needs a title"_s);
    QCOMPARE(report->problems.at(1).line, 4);
    QVERIFY(report->problems.at(1).reason.contains(u"before it starts"_s));
    QCOMPARE(test::dumpCatalogue(*target), before);

    auto skipped = import(*target, csv, {.skipInvalid = true});
    QVERIFY(skipped.ok());
    QVERIFY(skipped->written);
    QCOMPARE(skipped->meetingsImported, 2);
    auto two = MeetingRepository(*target).get(skipped->meetingIds.at(1));
    QVERIFY(two.ok());
    QCOMPARE(two->title, u"Good two"_s);
}

void TestMeetingImporter::malformedFileWritesNothing()
{
    test::TestCatalogue target;
    target.addSample();
    const QStringList before = test::dumpCatalogue(*target);
    QByteArray json = "[\n";
    for (int i = 1; i <= 3; ++i)
        json += "{\"id\": " + QByteArray::number(i) + ", \"title\": \"Talks " +
                QByteArray::number(i) + "\", \"start_date\": \"2016-0" + QByteArray::number(i) +
                "\", \"parties\": [{\"country\": \"RUS\", \"role\": \"host\"}]},\n";
    json += "{\"id\": 4, \"title\": \"Cut";
    auto report = import(*target, write(json, u"truncated.json"_s));
    QVERIFY(!report.ok());
    QCOMPARE(report.error().message, u"truncated.json is not a valid Entente JSON file: the file "
                                     u"ends inside the meeting that starts on line 5: it is "
                                     u"incomplete"_s);
    QCOMPARE(test::dumpCatalogue(*target), before);

    auto unclosed = import(*target, write("title,date\nA,2016\n\"B,2017\nC,2018\n", u"q.csv"_s));
    QVERIFY(!unclosed.ok());
    QVERIFY(unclosed.error().message.contains(u"line 3: a quoted field is never closed"_s));
    QCOMPARE(test::dumpCatalogue(*target), before);
}

void TestMeetingImporter::duplicatesAreReportedAndSkipped()
{
    test::TestCatalogue target;
    const auto sample = target.addSample();
    // The sample meeting and its sub-event, exported and imported again into the same catalogue.
    MeetingExporter::Options options;
    const QString path = m_dir.filePath(u"sample.json"_s);
    QVERIFY(MeetingExporter(*target, options)
                .write(MeetingSelection::fromIds({sample.meeting}, {}), path)
                .ok());
    const QStringList before = test::dumpCatalogue(*target);
    auto report = import(*target, path);
    QVERIFY(report.ok());
    QCOMPARE(report->recordsRead, 2);
    QCOMPARE(report->meetingsImported, 0);
    QCOMPARE(report->duplicates.size(), 1); // the sub-event goes with its meeting, unreported
    QCOMPARE(report->duplicates.at(0).line, 2);
    QCOMPARE(report->duplicates.at(0).existing.value(0).id, sample.meeting);
    QCOMPARE(test::dumpCatalogue(*target), before);

    auto allowed = import(*target, path, {.allowDuplicates = true});
    QVERIFY(allowed.ok());
    QCOMPARE(allowed->meetingsImported, 2);
    QCOMPARE(allowed->subEventsImported, 1);
    QCOMPARE(allowed->duplicates.size(), 1);
    QVERIFY(allowed->newPeople.isEmpty()); // Lavrov and Martynov are the stored ones
    QCOMPARE(allowed->matchedPeople.size(), 2);

    // Twice the same meeting in one file: the second is a duplicate of the first.
    const QString twice =
        write("title,date,parties\nTalks,2018-05-05,RUS; KAZ\nTalks again,2018-05-06,KAZ; RUS\n",
              u"twice.csv"_s);
    auto inFile = import(*target, twice);
    QVERIFY(inFile.ok());
    QCOMPARE(inFile->meetingsImported, 1);
    QCOMPARE(inFile->duplicates.size(), 1);
    QCOMPARE(inFile->duplicates.at(0).line, 3);
    QCOMPARE(inFile->duplicates.at(0).existing.value(0).title, u"Talks"_s);
    QCOMPARE(inFile->duplicates.at(0).existing.value(0).id, 0);
}

void TestMeetingImporter::aMultiCityTourImportsWhole()
{
    // The legs of one tour, as a trips spreadsheet lists them: the same parties on adjacent days,
    // each in its own cities; then one leg listed twice, the second time with its title edited.
    const QString tour = write("title,start_date,end_date,place,parties\n"
                               "Visit to Frankfurt and Bonn,1989-11-11,1989-11-13,"
                               "\"Frankfurt, Bonn\",USA; DEU\n"
                               "Visit to Berlin,1989-11-14,1989-11-14,Berlin,USA; DEU\n"
                               "Visit to Berlin (the Wall),1989-11-14,1989-11-14,Berlin,USA; DEU\n"
                               "Meeting with Kohl,1989-11-14,1989-11-14,Berlin,USA; DEU\n",
                               u"tour.csv"_s);
    test::TestCatalogue target;
    auto report = import(*target, tour);
    QVERIFY(report.ok());
    QCOMPARE(report->meetingsImported, 2);
    QCOMPARE(report->duplicates.size(), 2);
    QCOMPARE(report->duplicates.at(0).line, 4);
    QCOMPARE(report->duplicates.at(0).existing.value(0).title, u"Visit to Berlin"_s);
    QCOMPARE(DuplicateRule::codes(report->duplicates.at(0).existing.value(0).duplicateReasons),
             (QStringList{u"same_parties"_s, u"same_place"_s, u"overlapping_dates"_s,
                          u"similar_title"_s, u"same_format"_s}));
    QCOMPARE(DuplicateRule::describe(report->duplicates.at(0).existing.value(0).duplicateReasons),
             u"same parties, same place, overlapping dates, similar title, same format"_s);
    QCOMPARE(report->duplicates.at(1).line, 5);

    // Into a catalogue that already holds the tour: every leg is found again, none is added.
    auto again = import(*target, tour);
    QVERIFY(again.ok());
    QCOMPARE(again->meetingsImported, 0);
    QCOMPARE(again->duplicates.size(), 4);
    QVERIFY(again->duplicates.at(0).existing.value(0).id > 0);
}

void TestMeetingImporter::dryRunWritesNothingButReportsTheSame()
{
    test::TestCatalogue target;
    const QStringList before = test::dumpCatalogue(*target);
    const QString path = exportAll(*m_source, MeetingExporter::Format::Json);
    auto dry = import(*target, path, {.dryRun = true});
    QVERIFY(dry.ok());
    QVERIFY(!dry->written);
    QCOMPARE(test::dumpCatalogue(*target), before);
    auto real = import(*target, path);
    QVERIFY(real.ok());
    QVERIFY(real->written);
    QCOMPARE(dry->meetingsImported, real->meetingsImported);
    QCOMPARE(dry->newPeople.size(), real->newPeople.size());
    QCOMPARE(dry->newVocabulary, real->newVocabulary);
}

void TestMeetingImporter::cancelledImportWritesNothing()
{
    test::TestCatalogue target;
    target.addSample();
    const QStringList before = test::dumpCatalogue(*target);
    const QString path = exportAll(*m_source, MeetingExporter::Format::Json);
    int asked = 0;
    ImportOptions options;
    options.allowDuplicates = true;
    options.cancelled = [&asked] {
        return ++asked > 20;
    };
    auto report = import(*target, path, options);
    QVERIFY(report.ok());
    QVERIFY(report->cancelled);
    QVERIFY(!report->written);
    QVERIFY(report->recordsRead > 0);
    QCOMPARE(test::dumpCatalogue(*target), before);
}

void TestMeetingImporter::linksResolveForwardAndReportMissingTargets()
{
    test::TestCatalogue target;
    const QByteArray json = R"([
{"id": 1, "title": "First", "start_date": "2019-01-01", "parties": [{"country": "RUS", "role": "host"}],
 "documents": [{"id": 11, "title": "Plan", "kind": "plan", "action": "signed",
   "links": [{"relation": "develops", "document_id": 22, "title": "Programme"},
             {"relation": "renews", "document_id": 99, "title": "Lost treaty"}]}]},
{"id": 2, "title": "Second", "start_date": "2019-06-01", "parties": [{"country": "BLR", "role": "host"}],
 "format": "exchange_of_notes", "format_label": "Exchange of notes",
 "documents": [{"id": 22, "title": "Programme", "kind": "roadmap", "kind_label": "Road map",
   "action": "adopted"}]}
])";
    auto report = import(*target, write(json, u"links.json"_s));
    QVERIFY(report.ok());
    QVERIFY(report->written);
    QCOMPARE(report->meetingsImported, 2);
    QCOMPARE(report->problems.size(), 1);
    QCOMPARE(report->problems.at(0).line, 2);
    QCOMPARE(report->problems.at(0).reason,
             u"the link to “Lost treaty” is left out: that document is not in the file"_s);
    QCOMPARE(report->newVocabulary, (QStringList{u"format: exchange_of_notes (Exchange of notes)"_s,
                                                 u"document kind: roadmap (Road map)"_s}));
    auto first = MeetingRepository(*target).get(report->meetingIds.at(0));
    QVERIFY(first.ok());
    QCOMPARE(first->documents.at(0).links.size(), 1);
    QCOMPARE(first->documents.at(0).links.at(0).targetTitle, u"Programme"_s);
    QCOMPARE(first->documents.at(0).links.at(0).relation, DocumentRelation::Develops);
}

void TestMeetingImporter::removeUndoesTheImport()
{
    test::TestCatalogue target;
    target.addSample();
    const QStringList before = test::dumpCatalogue(*target);
    const QByteArray json = R"([
{"id": 5, "title": "New", "start_date": "2020-02", "parties": [{"country": "RUS", "role": "host"}],
 "format": "tea_party", "topics": ["Tea"], "topic_paths": [["Culture", "Tea"]],
 "delegations": [{"country": "RUS", "head": {"person_id": 3, "name": "Pavel Nobody",
   "name_native": "", "position": "Envoy"}, "members": []}]},
{"id": 6, "parent_id": 5, "title": "New, part two", "start_date": "2020-02",
 "parties": [{"country": "RUS", "role": "host"}]}
])";
    auto report = import(*target, write(json, u"undo.json"_s));
    QVERIFY(report.ok());
    QVERIFY(report->written);
    QCOMPARE(report->meetingsImported, 2);
    QCOMPARE(report->newPeople.size(), 1);
    QVERIFY(test::dumpCatalogue(*target) != before);
    QVERIFY(MeetingImporter::remove(*target, *report).ok());
    QCOMPARE(test::dumpCatalogue(*target), before);
}

void TestMeetingImporter::importIntoAnAnalystsCatalogueStaysDurable()
{
    // A power cut during an import must not harm what the catalogue held: the connection keeps
    // its synchronous setting while the import writes.
    test::TestCatalogue target;
    target.addSample();
    const auto synchronous = [&target] {
        QSqlQuery q(CatalogueConnection::of(*target));
        return q.exec(u"PRAGMA synchronous"_s) && q.next() ? q.value(0).toInt() : -1;
    };
    const int before = synchronous();
    QVERIFY(before > 0);
    QList<int> during;
    ImportOptions options;
    options.allowDuplicates = true;
    options.progress = [&](qint64, qint64) {
        during.append(synchronous());
    };
    auto report = import(*target, exportAll(*m_source, MeetingExporter::Format::Json), options);
    QVERIFY(report.ok());
    QVERIFY(report->written);
    QVERIFY(!during.isEmpty());
    for (const int value : std::as_const(during))
        QCOMPARE(value, before);
    QCOMPARE(synchronous(), before);
}

QTEST_GUILESS_MAIN(TestMeetingImporter)
#include "tst_meetingimporter.moc"
